/**
 * Typed attribute values in XML formats (GEXF attvalues, GraphML data): text to value by the
 * declared type, and value to text, so that each value reads back with its own type.
 */
import type { ProblemCode } from '../model/problems.js';
import { parseBoolean, parseNumber } from '../model/values.js';
import type { ValueType } from './attribute-columns.js';

export type ParsedValue = { ok: true; value: unknown } | { ok: false; code: ProblemCode; expected: string };

/**
 * Parses the text of a value declared with a type.
 *
 * @param text the attribute or element text
 * @param type the declared value type (`integer` checks integrality)
 * @param parseList how the format writes a list of strings
 * @example
 * parseTypedValue(' 42 ', 'number', JSON.parse); // { ok: true, value: 42 }
 */
export function parseTypedValue(
  text: string,
  type: ValueType | 'integer',
  parseList: (text: string) => string[] | undefined,
): ParsedValue {
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'number':
    case 'integer': {
      const n = parseNumber(text);
      if (n === undefined) return { ok: false, code: 'bad-number', expected: 'a number' };
      if (type === 'integer' && !Number.isInteger(n)) return { ok: false, code: 'bad-number', expected: 'an integer' };
      return { ok: true, value: n };
    }
    case 'boolean': {
      const b = parseBoolean(text);
      return b === undefined ? { ok: false, code: 'bad-value', expected: 'true or false' } : { ok: true, value: b };
    }
    case 'string[]': {
      const list = parseList(text);
      return list === undefined ? { ok: false, code: 'bad-value', expected: 'a list of strings' } : { ok: true, value: list };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, code: 'bad-value', expected: 'a JSON value' };
      }
  }
}

/**
 * The text of a value: numbers in JavaScript's shortest round-trip form, lists by the format's
 * own list writer, other JSON values as JSON.
 *
 * @param value an attribute value of the given type
 * @param type its value type
 * @param formatList how the format writes a list of strings
 * @example
 * formatTypedValue(0.1, 'number', JSON.stringify); // '0.1'
 */
export function formatTypedValue(value: unknown, type: ValueType, formatList: (items: readonly string[]) => string): string {
  switch (type) {
    case 'string':
      return value as string;
    case 'number':
    case 'boolean':
      return String(value);
    case 'string[]':
      return formatList(value as string[]);
    case 'json':
      return JSON.stringify(value) ?? 'null';
  }
}
