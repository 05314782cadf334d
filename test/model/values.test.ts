/** Attribute values coerced to the schema's types, from CSV text or typed values, with messages naming the attribute and the value. */
import { describe, expect, it } from 'vitest';
import { EDGE_ATTRIBUTE_MAP, NODE_ATTRIBUTE_MAP } from '../../src/model/schema.js';
import { coerceValue, joinList, parseBoolean, parseNumber, splitList, yearOfDate } from '../../src/model/values.js';

const node = (name: string) => NODE_ATTRIBUTE_MAP.get(name)!;
const edge = (name: string) => EDGE_ATTRIBUTE_MAP.get(name)!;

describe('lists', () => {
  it('split on " | ", trimmed, without empty values, and join back', () => {
    expect(splitList('Annual report | 002_113372f276fbe30a.txt |  | x ')).toEqual(['Annual report', '002_113372f276fbe30a.txt', 'x']);
    expect(splitList('')).toEqual([]);
    expect(splitList('a|b')).toEqual(['a|b']);
    expect(joinList(['a', 'b'])).toBe('a | b');
  });
});

describe('parseNumber', () => {
  it('reads decimal numbers as written in a spreadsheet, and nothing else', () => {
    expect(parseNumber(' 42 ')).toBe(42);
    expect(parseNumber('-1.5e3')).toBe(-1500);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('+7.')).toBe(7);
    for (const text of ['', ' ', '1,000', '0x10', 'Infinity', 'NaN', '1e999', '12abc']) expect(parseNumber(text), text).toBeUndefined();
  });
});

describe('parseBoolean', () => {
  it('reads true/yes/1 and false/no/0 in any case', () => {
    for (const t of ['true', 'YES', ' 1 ']) expect(parseBoolean(t)).toBe(true);
    for (const f of ['False', 'no', '0']) expect(parseBoolean(f)).toBe(false);
    expect(parseBoolean('maybe')).toBeUndefined();
  });
});

describe('coerceValue', () => {
  it('reads years as integers 1000–2999, from text or numbers', () => {
    expect(coerceValue(node('founded'), '1998')).toEqual({ ok: true, value: 1998 });
    expect(coerceValue(edge('year'), 2004)).toEqual({ ok: true, value: 2004 });
    expect(coerceValue(node('founded'), '98')).toEqual({
      ok: false,
      code: 'bad-year',
      message: 'founded must be a year (an integer 1000–2999) or an ISO date (2022-01-15, 2022-01), got "98"',
    });
    expect(coerceValue(node('founded'), 1998.5)).toMatchObject({ ok: false, code: 'bad-year' });
  });

  it('reads ISO dates in any date field as their year', () => {
    expect(coerceValue(edge('year'), '2022-01-15')).toEqual({ ok: true, value: 2022 });
    expect(coerceValue(edge('since'), '2022-01')).toEqual({ ok: true, value: 2022 });
    expect(coerceValue(edge('until'), '2022-01-15T09:30:00Z')).toEqual({ ok: true, value: 2022 });
    expect(coerceValue(node('dissolved'), ' 1999-12-31 ')).toEqual({ ok: true, value: 1999 });
    for (const bad of ['2022-13', '2022-01-32', '15/01/2022', '2022-1-5', 'Jan 2022'])
      expect(coerceValue(node('founded'), bad), bad).toMatchObject({ ok: false, code: 'bad-year' });
    expect(yearOfDate('0999-01-01')).toBe(999); // a year, refused by the 1000–2999 range of date fields
  });

  it('reads numbers, refusing text that is not one', () => {
    expect(coerceValue(edge('weight'), '2.5')).toEqual({ ok: true, value: 2.5 });
    expect(coerceValue(edge('amount'), 'lots')).toEqual({ ok: false, code: 'bad-number', message: 'amount must be a number, got "lots"' });
    expect(coerceValue(edge('weight'), true)).toEqual({ ok: false, code: 'bad-number', message: 'weight must be a number, got true' });
  });

  it('reads booleans from text or booleans', () => {
    expect(coerceValue(node('listed'), 'yes')).toEqual({ ok: true, value: true });
    expect(coerceValue(node('listed'), false)).toEqual({ ok: true, value: false });
    expect(coerceValue(node('listed'), 'perhaps')).toEqual({ ok: false, code: 'bad-value', message: 'listed must be true or false, got "perhaps"' });
  });

  it('reads lists from a list cell or an array of strings, copying the array', () => {
    const sources = ['a', 'b'];
    const coerced = coerceValue(node('sources'), sources);
    expect(coerced).toEqual({ ok: true, value: ['a', 'b'] });
    expect((coerced as { value: unknown }).value).not.toBe(sources);
    expect(coerceValue(node('sources'), 'a | b')).toEqual({ ok: true, value: ['a', 'b'] });
    expect(coerceValue(node('sources'), ['a', 1])).toEqual({ ok: false, code: 'bad-value', message: 'sources must be a list of strings, got ["a",1]' });
  });

  it('reads text from text, numbers and booleans, and checks enumerations', () => {
    expect(coerceValue(node('region'), 'Kyoto')).toEqual({ ok: true, value: 'Kyoto' });
    expect(coerceValue(node('notes'), 12)).toEqual({ ok: true, value: '12' });
    expect(coerceValue(node('notes'), { a: 1 })).toEqual({ ok: false, code: 'bad-value', message: 'notes must be text, got {"a":1}' });
    expect(coerceValue(node('confidence'), 'inferred')).toEqual({ ok: true, value: 'inferred' });
    expect(coerceValue(node('confidence'), 'rumour')).toEqual({
      ok: false,
      code: 'bad-value',
      message: 'confidence must be one of sourced, illustrative, inferred, got "rumour"',
    });
  });
});
