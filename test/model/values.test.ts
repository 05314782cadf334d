/**
 * Coercion of attribute values to their declared types: numbers and booleans as spreadsheet users
 * write them, years, lists, enumerations, and a problem code and message naming the attribute and
 * the value when a value does not fit.
 */
import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from '../../src/model/schema.js';
import { coerceValue, joinList, parseBoolean, parseNumber, splitList } from '../../src/model/values.js';

const year: AttributeDefinition = { name: 'founded', type: 'integer', year: true, description: 'founding year' };
const count: AttributeDefinition = { name: 'employees', type: 'integer', description: 'head count' };
const amount: AttributeDefinition = { name: 'amount', type: 'number', description: 'amount' };
const listed: AttributeDefinition = { name: 'listed', type: 'boolean', description: 'listed' };
const sources: AttributeDefinition = { name: 'sources', type: 'string[]', description: 'citations' };
const notes: AttributeDefinition = { name: 'notes', type: 'string', description: 'free text' };
const confidence: AttributeDefinition = { name: 'confidence', type: 'string', enum: ['sourced', 'inferred'], description: 'confidence' };

describe('parseNumber', () => {
  it('reads decimals, signs, leading or trailing points and exponents, around spaces', () => {
    expect(parseNumber(' 42 ')).toBe(42);
    expect(parseNumber('-3.5')).toBe(-3.5);
    expect(parseNumber('+.25')).toBe(0.25);
    expect(parseNumber('7.')).toBe(7);
    expect(parseNumber('1.5e3')).toBe(1500);
  });

  it('refuses what is not a plain decimal number', () => {
    for (const text of ['', '  ', 'abc', '1,000', '0x10', 'Infinity', 'NaN', '1e', '--1']) expect(parseNumber(text)).toBeUndefined();
    expect(parseNumber('1e999')).toBeUndefined(); // overflows to Infinity
  });
});

describe('parseBoolean', () => {
  it('reads true/yes/1 and false/no/0 in any case', () => {
    for (const t of ['true', 'YES', ' 1 ']) expect(parseBoolean(t)).toBe(true);
    for (const f of ['False', 'no', '0']) expect(parseBoolean(f)).toBe(false);
    expect(parseBoolean('maybe')).toBeUndefined();
  });
});

describe('lists', () => {
  it('split on " | ", trimmed, without empty items, and join back', () => {
    expect(splitList(' a report | b.csv |  | c ')).toEqual(['a report', 'b.csv', 'c']);
    expect(splitList('')).toEqual([]);
    expect(joinList(['a', 'b'])).toBe('a | b');
    expect(splitList(joinList(['x y', 'z']))).toEqual(['x y', 'z']);
  });
});

describe('coerceValue', () => {
  it('takes years as integers from 1000 to 2999, from numbers or text', () => {
    expect(coerceValue(year, 1998)).toEqual({ ok: true, value: 1998 });
    expect(coerceValue(year, '2004')).toEqual({ ok: true, value: 2004 });
    for (const bad of [999, 3000, 1998.5, 'soon', true]) {
      const r = coerceValue(year, bad);
      expect(r).toMatchObject({ ok: false, code: 'bad-year' });
      expect(r.ok === false && r.message).toBe(`founded must be a year (an integer 1000–2999), got ${JSON.stringify(bad)}`);
    }
  });

  it('takes numbers and integers, and names the attribute and value when they do not fit', () => {
    expect(coerceValue(amount, '2.5e6')).toEqual({ ok: true, value: 2_500_000 });
    expect(coerceValue(count, 12)).toEqual({ ok: true, value: 12 });
    expect(coerceValue(amount, 'lots')).toEqual({ ok: false, code: 'bad-number', message: 'amount must be a number, got "lots"' });
    expect(coerceValue(amount, Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, code: 'bad-number' });
    expect(coerceValue(count, '2.5')).toEqual({ ok: false, code: 'bad-number', message: 'employees must be an integer, got "2.5"' });
  });

  it('takes booleans as values or as spreadsheet words', () => {
    expect(coerceValue(listed, false)).toEqual({ ok: true, value: false });
    expect(coerceValue(listed, 'yes')).toEqual({ ok: true, value: true });
    expect(coerceValue(listed, 1)).toEqual({ ok: false, code: 'bad-value', message: 'listed must be true or false, got 1' });
  });

  it('takes lists as " | "-separated text or arrays of strings (copied)', () => {
    expect(coerceValue(sources, 'a | b')).toEqual({ ok: true, value: ['a', 'b'] });
    const given = ['a'];
    const r = coerceValue(sources, given);
    expect(r).toEqual({ ok: true, value: ['a'] });
    expect(r.ok && r.value).not.toBe(given);
    expect(coerceValue(sources, ['a', 2])).toEqual({ ok: false, code: 'bad-value', message: 'sources must be a list of strings, got ["a",2]' });
  });

  it('takes text from strings, numbers and booleans, and checks enumerations', () => {
    expect(coerceValue(notes, 'hello')).toEqual({ ok: true, value: 'hello' });
    expect(coerceValue(notes, 12)).toEqual({ ok: true, value: '12' });
    expect(coerceValue(notes, true)).toEqual({ ok: true, value: 'true' });
    expect(coerceValue(notes, { a: 1 })).toEqual({ ok: false, code: 'bad-value', message: 'notes must be text, got {"a":1}' });
    expect(coerceValue(notes, undefined)).toEqual({ ok: false, code: 'bad-value', message: 'notes must be text, got undefined' });
    expect(coerceValue(confidence, 'sourced')).toEqual({ ok: true, value: 'sourced' });
    expect(coerceValue(confidence, 'guessed')).toEqual({
      ok: false,
      code: 'bad-value',
      message: 'confidence must be one of sourced, inferred, got "guessed"',
    });
  });
});
