/** Node kind codes of the compact form: every kind round-trips, untyped nodes get UNTYPED. */
import { describe, expect, it } from 'vitest';
import { UNTYPED, kindCode, kindOfCode } from '../../src/model/compact-graph.js';
import { NODE_KINDS } from '../../src/model/schema.js';

describe('kind codes', () => {
  it('index NODE_KINDS and round-trip', () => {
    NODE_KINDS.forEach((kind, i) => {
      expect(kindCode(kind)).toBe(i);
      expect(kindOfCode(kindCode(kind))).toBe(kind);
    });
  });

  it('give UNTYPED for a node without a kind, and back', () => {
    expect(kindCode(undefined)).toBe(UNTYPED);
    expect(kindOfCode(UNTYPED)).toBeUndefined();
    expect(NODE_KINDS.length).toBeLessThan(UNTYPED);
  });
});
