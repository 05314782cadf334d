/** The typed columns writers declare: one per attribute name and value type, in order of first appearance. */
import { describe, expect, it } from 'vitest';
import { collectColumns, columnKey, valueTypeOf } from '../../src/io/attribute-columns.js';

describe('valueTypeOf', () => {
  it('names the type of each kind of value, and nothing for an absent one', () => {
    expect(valueTypeOf('x')).toBe('string');
    expect(valueTypeOf('')).toBe('string');
    expect(valueTypeOf(3.5)).toBe('number');
    expect(valueTypeOf(0)).toBe('number');
    expect(valueTypeOf(false)).toBe('boolean');
    expect(valueTypeOf(['a', 'b'])).toBe('string[]');
    expect(valueTypeOf([])).toBe('string[]');
    expect(valueTypeOf(undefined)).toBeUndefined();
  });

  it('puts every other JSON value, and non-finite numbers, in json', () => {
    expect(valueTypeOf(null)).toBe('json');
    expect(valueTypeOf({ a: 1 })).toBe('json');
    expect(valueTypeOf([1, 2])).toBe('json');
    expect(valueTypeOf(['a', 1])).toBe('json');
    expect(valueTypeOf(Number.NaN)).toBe('json');
    expect(valueTypeOf(Infinity)).toBe('json');
  });
});

describe('columnKey', () => {
  it('keeps the same name with different types apart', () => {
    expect(columnKey('a', 'number')).not.toBe(columnKey('a', 'string'));
    expect(columnKey('a', 'number')).toBe(columnKey('a', 'number'));
  });
});

describe('collectColumns', () => {
  it('gives one column per (name, type) pair in order of first appearance', () => {
    const columns = collectColumns([{ a: 1 }, { a: 'x', b: true }, { b: false, c: ['p'] }], () => true);
    expect(columns).toEqual([
      { name: 'a', type: 'number', integer: true },
      { name: 'a', type: 'string', integer: true },
      { name: 'b', type: 'boolean', integer: true },
      { name: 'c', type: 'string[]', integer: true },
    ]);
  });

  it('marks a number column integer only when every value is a safe integer', () => {
    const columns = collectColumns([{ n: 1, m: 2 }, { n: 2.5, m: 2 ** 53 }, { n: 3, m: 4 }], () => true);
    expect(columns).toEqual([
      { name: 'n', type: 'number', integer: false },
      { name: 'm', type: 'number', integer: false },
    ]);
    expect(collectColumns([{ k: -7 }, { k: 0 }], () => true)).toEqual([{ name: 'k', type: 'number', integer: true }]);
  });

  it('skips absent values and the names the caller excludes', () => {
    const seen: Array<[string, unknown]> = [];
    const columns = collectColumns([{ label: 'A', kind: 'firm', x: undefined, y: 1 }], (name, value) => {
      seen.push([name, value]);
      return name !== 'label' && name !== 'kind';
    });
    expect(columns).toEqual([{ name: 'y', type: 'number', integer: true }]);
    expect(seen).toEqual([
      ['label', 'A'],
      ['kind', 'firm'],
      ['y', 1],
    ]);
  });

  it('gives no columns for no records', () => {
    expect(collectColumns([], () => true)).toEqual([]);
  });
});
