/** Typed values in GEXF and GraphML: text to value by the declared type, and back. */
import { describe, expect, it } from 'vitest';
import { formatTypedValue, parseTypedValue } from '../../src/io/xml-values.js';

const pipeList = (text: string) => (text === '' ? [] : text.split('|'));
const jsonList = (text: string): string[] | undefined => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
};

describe('parseTypedValue', () => {
  it('keeps strings as written, spaces included', () => {
    expect(parseTypedValue(' 42 ', 'string', pipeList)).toEqual({ ok: true, value: ' 42 ' });
  });

  it('reads numbers (trimmed) and refuses what is not one', () => {
    expect(parseTypedValue(' 42 ', 'number', JSON.parse)).toEqual({ ok: true, value: 42 });
    expect(parseTypedValue('-1.5e3', 'number', pipeList)).toEqual({ ok: true, value: -1500 });
    expect(parseTypedValue('12abc', 'number', pipeList)).toEqual({ ok: false, code: 'bad-number', expected: 'a number' });
    expect(parseTypedValue('', 'number', pipeList)).toEqual({ ok: false, code: 'bad-number', expected: 'a number' });
  });

  it('checks integrality for integer declarations', () => {
    expect(parseTypedValue('7', 'integer', pipeList)).toEqual({ ok: true, value: 7 });
    expect(parseTypedValue('7.5', 'integer', pipeList)).toEqual({ ok: false, code: 'bad-number', expected: 'an integer' });
    expect(parseTypedValue('x', 'integer', pipeList)).toEqual({ ok: false, code: 'bad-number', expected: 'a number' });
  });

  it('reads booleans in the spellings the model accepts', () => {
    expect(parseTypedValue('true', 'boolean', pipeList)).toEqual({ ok: true, value: true });
    expect(parseTypedValue(' No ', 'boolean', pipeList)).toEqual({ ok: true, value: false });
    expect(parseTypedValue('maybe', 'boolean', pipeList)).toEqual({ ok: false, code: 'bad-value', expected: 'true or false' });
  });

  it("reads string lists with the format's own list reader", () => {
    expect(parseTypedValue('a|b', 'string[]', pipeList)).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseTypedValue('["a","b"]', 'string[]', jsonList)).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseTypedValue('[1]', 'string[]', jsonList)).toEqual({ ok: false, code: 'bad-value', expected: 'a list of strings' });
  });

  it('reads JSON values and refuses malformed JSON', () => {
    expect(parseTypedValue('{"k":[1,null]}', 'json', pipeList)).toEqual({ ok: true, value: { k: [1, null] } });
    expect(parseTypedValue('null', 'json', pipeList)).toEqual({ ok: true, value: null });
    expect(parseTypedValue('{k:1}', 'json', pipeList)).toEqual({ ok: false, code: 'bad-value', expected: 'a JSON value' });
  });
});

describe('formatTypedValue', () => {
  it('writes numbers in the shortest round-trip form and booleans as words', () => {
    expect(formatTypedValue(0.1, 'number', JSON.stringify)).toBe('0.1');
    expect(formatTypedValue(1e21, 'number', JSON.stringify)).toBe('1e+21');
    expect(formatTypedValue(false, 'boolean', JSON.stringify)).toBe('false');
    expect(formatTypedValue('as is ', 'string', JSON.stringify)).toBe('as is ');
  });

  it("writes lists with the format's list writer and other values as JSON", () => {
    expect(formatTypedValue(['a', 'b'], 'string[]', (items) => items.join('|'))).toBe('a|b');
    expect(formatTypedValue({ k: [1] }, 'json', JSON.stringify)).toBe('{"k":[1]}');
    expect(formatTypedValue(null, 'json', JSON.stringify)).toBe('null');
    expect(formatTypedValue(undefined, 'json', JSON.stringify)).toBe('null');
  });

  it('reads back what it writes, for every type', () => {
    const cases: Array<[unknown, 'string' | 'number' | 'boolean' | 'string[]' | 'json']> = [
      ['x y', 'string'],
      [0.30000000000000004, 'number'],
      [-2, 'number'],
      [true, 'boolean'],
      [['p', 'q r'], 'string[]'],
      [{ a: [1, 'b'] }, 'json'],
    ];
    for (const [value, type] of cases) {
      const text = formatTypedValue(value, type, JSON.stringify);
      expect(parseTypedValue(text, type, jsonList), `${type} ${text}`).toEqual({ ok: true, value });
    }
  });
});
