import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv-syntax.js';
import type { NodeField } from '../../web/src/node-fields.js';
import { cellText, filterRows, sortRows, tableCsv, tableNodeFields, UTF8_BOM, visibleWindow, type TableField } from '../../web/src/table-model.js';

const data: Record<string, Record<string, unknown>> = {
  a: { label: 'Firm 123', founded: 1990, sources: ['x', 'y'] },
  b: { label: 'Firm 9', founded: 2005 },
  c: { label: '京都大学', founded: undefined, sources: ['a, "quoted"'] },
  d: { label: 'Firm 1031', founded: 1975 },
};
const field = (name: string, type: 'number' | 'category' = 'category'): TableField => ({ id: name, title: name, type, value: (row) => data[row]![name] as never });
const label = field('label');
const founded = field('founded', 'number');
const sources = field('sources');

describe('cellText', () => {
  it('joins lists with the CSV list separator, shows objects as JSON and absent values as empty', () => {
    expect(cellText(['x', 'y'])).toBe('x | y');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText(undefined)).toBe('');
    expect(cellText(0.123456789)).toBe('0.123456789');
    expect(cellText(0.123456789, true)).toBe('0.1235');
    expect(cellText(12, true)).toBe('12');
  });
});

describe('sortRows', () => {
  it('sorts numbers by value with empty cells last in both directions', () => {
    expect(sortRows(['a', 'b', 'c', 'd'], founded, 'asc')).toEqual(['d', 'a', 'b', 'c']);
    expect(sortRows(['a', 'b', 'c', 'd'], founded, 'desc')).toEqual(['b', 'a', 'd', 'c']);
  });
  it('sorts text in natural order ("Firm 9" before "Firm 123" before "Firm 1031")', () => {
    expect(sortRows(['a', 'b', 'c', 'd'], label, 'asc').slice(0, 3)).toEqual(['b', 'a', 'd']);
    expect(sortRows(['a', 'b', 'c', 'd'], label, 'desc').slice(1)).toEqual(['d', 'a', 'b']);
  });
  it('keeps the input order of equal cells', () => {
    const same: TableField = { id: 'k', title: 'k', type: 'category', value: () => 'firm' };
    expect(sortRows(['d', 'b', 'a'], same, 'desc')).toEqual(['d', 'b', 'a']);
  });
});

describe('filterRows', () => {
  const fields = [label, founded, sources];
  it('keeps rows with a cell containing the query, ignoring case and character width', () => {
    expect(filterRows(['a', 'b', 'c', 'd'], fields, 'firm 1')).toEqual(['a', 'd']);
    expect(filterRows(['a', 'b', 'c', 'd'], fields, '京都')).toEqual(['c']);
    expect(filterRows(['a', 'b', 'c', 'd'], fields, 'ＦＩＲＭ ９')).toEqual(['b']);
    expect(filterRows(['a', 'b'], fields, '  ')).toEqual(['a', 'b']);
  });
  it('looks in one column with "column:text"', () => {
    expect(filterRows(['a', 'b', 'c', 'd'], fields, 'founded:19')).toEqual(['a', 'd']);
    expect(filterRows(['a', 'b', 'c', 'd'], fields, 'label:19')).toEqual([]);
    // an unknown column name is plain text
    expect(filterRows(['a', 'b', 'c', 'd'], fields, 'nope:x')).toEqual([]);
  });
});

describe('tableCsv', () => {
  it('writes a BOM, the titles and one quoted-as-needed row per node, which the library reader reads back', () => {
    const text = tableCsv([label, founded, sources], ['a', 'c']);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.split('\r\n')).toHaveLength(4);
    const { records, problems } = parseCsv(text, 'table.csv');
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual([
      ['label', 'founded', 'sources'],
      ['Firm 123', '1990', 'x | y'],
      ['京都大学', '', 'a, "quoted"'],
    ]);
  });
});

describe('visibleWindow', () => {
  it('covers the rows in sight plus the overscan, within the table', () => {
    expect(visibleWindow(0, 240, 24, 20000, 8)).toEqual({ start: 0, end: 18 });
    expect(visibleWindow(24 * 1000, 240, 24, 20000, 8)).toEqual({ start: 992, end: 1018 });
    expect(visibleWindow(24 * 19995, 240, 24, 20000, 8)).toEqual({ start: 19987, end: 20000 });
    expect(visibleWindow(0, 240, 24, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('tableNodeFields', () => {
  const f = (id: string): NodeField => ({ id, title: id, source: id.startsWith('metric:') ? 'metric' : 'attribute', type: 'number', value: () => undefined });
  const fields = ['id', 'attr:label', 'metric:degree', 'metric:component', 'metric:pagerank', 'metric:constraint'].map(f);
  it('lists every measure on graphs up to 5,000 nodes, and on larger ones the cheap and the computed ones until all are asked for', () => {
    expect(tableNodeFields(fields, 5000, () => false, false)).toHaveLength(6);
    expect(tableNodeFields(fields, 20000, (id) => id === 'pagerank', false).map((x) => x.id)).toEqual(['id', 'attr:label', 'metric:degree', 'metric:component', 'metric:pagerank']);
    expect(tableNodeFields(fields, 20000, () => false, true)).toHaveLength(6);
  });
});
