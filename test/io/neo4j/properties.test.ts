/** Attribute values ↔ Neo4j property values: integers as Neo4j integers, other values as JSON text listed in `_json`. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { JSON_PROPERTIES, fromProperties, toProperties } from '../../../src/io/neo4j/properties.js';

describe('toProperties and fromProperties', () => {
  it('keeps integers as Neo4j integers, other values as they are, and objects as marked JSON', () => {
    const props = toProperties({ year: 1990, weight: 0.5, listed: true, sources: ['a', 'b'], extra: { x: [1, 'y'] }, gone: undefined });
    expect((props.year as { toNumber(): number }).toNumber()).toBe(1990);
    expect(props.weight).toBe(0.5);
    expect(props.extra).toBe('{"x":[1,"y"]}');
    expect(props._json).toEqual(['extra']);
    expect('gone' in props).toBe(false);
    const back = fromProperties({ ...props, year: 1990 });
    expect(back).toEqual({ year: 1990, weight: 0.5, listed: true, sources: ['a', 'b'], extra: { x: [1, 'y'] } });
  });

  it('sends integers in homogeneous number lists as Neo4j integers, and unsafe integers as floats', () => {
    const props = toProperties({ years: [1990, 2001], ratios: [0.5, 2.5], huge: 2 ** 60 });
    expect((props.years as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect((props.years as Array<{ toNumber(): number }>).map((v) => v.toNumber())).toEqual([1990, 2001]);
    expect(props.ratios).toEqual([0.5, 2.5]);
    expect(props.huge).toBe(2 ** 60);
    expect(JSON_PROPERTIES in props).toBe(false);
  });

  it('stores mixed lists and lists of lists as JSON, keeps empty and boolean lists, and leaves out null', () => {
    const props = toProperties({ mixed: ['a', 1], nested: [['a']], empty: [], nothing: null, flags: [true, false] });
    expect(props).toEqual({ mixed: '["a",1]', nested: '[["a"]]', empty: [], flags: [true, false], _json: ['mixed', 'nested'] });
    expect(fromProperties(props)).toEqual({ mixed: ['a', 1], nested: [['a']], empty: [], flags: [true, false] });
  });

  it('reads a property listed in _json as JSON only when it is text, and others as they are', () => {
    expect(fromProperties({ a: '{"k":1}', b: '{"k":1}', n: 3, _json: ['a', 'n'] })).toEqual({ a: { k: 1 }, b: '{"k":1}', n: 3 });
    expect(fromProperties({ a: '[1]', _json: 'a' })).toEqual({ a: '[1]' });
    expect(fromProperties({})).toEqual({});
  });

  it('round-trips every attribute value the model can hold', () => {
    const attributes = { label: '京都', founded: 1897, share: 0.25, public: false, tags: ['x'], geo: { lat: 35.0, lon: 135.8 }, list: [1.5, 2.5] };
    const props = toProperties(attributes);
    const asRead = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v]));
    expect(fromProperties(asRead)).toEqual(attributes);
  });
});
