/**
 * The typed columns (CSV headers, GEXF attributes, GraphML keys) a writer declares for a set of
 * attribute records: one column per attribute name and value type, so that an attribute holding
 * numbers on some nodes and text on others still reads back with each value's own type.
 */

/** The value types the writers keep apart. `json` is any other JSON value (objects, number lists, null). */
export type ValueType = 'string' | 'number' | 'boolean' | 'string[]' | 'json';

/** One declared column: an attribute name with one value type. */
export interface AttributeColumn {
  name: string;
  type: ValueType;
  /** For `number` columns: every value is a safe integer (writers may declare an integer type). */
  integer: boolean;
}

/**
 * The value type of one attribute value; `undefined` for `undefined` (an absent attribute).
 *
 * @param value an attribute value
 * @example
 * valueTypeOf(['a', 'b']); // 'string[]'
 * valueTypeOf(3.5); // 'number'
 */
export function valueTypeOf(value: unknown): ValueType | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' && Number.isFinite(value)) return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  return 'json';
}

/** The key of a column in a map: name and type. */
export const columnKey = (name: string, type: ValueType) => `${type}\u0000${name}`;

/**
 * The columns needed for a set of records, in order of first appearance.
 *
 * @param records attribute records (node or edge attributes)
 * @param include which attribute names to declare (others are written another way or not at all)
 * @returns one column per (name, value type) pair found
 * @example
 * collectColumns([{ a: 1 }, { a: 'x', b: true }], () => true);
 * // [{name:'a',type:'number',integer:true}, {name:'a',type:'string',…}, {name:'b',type:'boolean',…}]
 */
export function collectColumns(
  records: Iterable<Record<string, unknown>>,
  include: (name: string, value: unknown) => boolean,
): AttributeColumn[] {
  const columns = new Map<string, AttributeColumn>();
  for (const record of records)
    for (const [name, value] of Object.entries(record)) {
      const type = valueTypeOf(value);
      if (type === undefined || !include(name, value)) continue;
      const key = columnKey(name, type);
      let column = columns.get(key);
      if (!column) {
        column = { name, type, integer: true };
        columns.set(key, column);
      }
      if (type === 'number' && !Number.isSafeInteger(value)) column.integer = false;
    }
  return [...columns.values()];
}
