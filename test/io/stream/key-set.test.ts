/** The key set of tie keys: a Set of strings, whether keys come as strings or as ranges of a text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet } from '../../../src/io/stream/key-set.js';

describe('KeySet', () => {
  it('adds new keys (true) and refuses present ones (false), as a Set does, through many growths', () => {
    const keys = new KeySet(1);
    const reference = new Set<string>();
    for (let i = 0; i < 30_000; i++) {
      const key = i % 3 === 0 ? `e${(i * 7) % 9_001}` : i % 3 === 1 ? `京都-${i % 5_000}` : `${i % 7_000}`;
      expect(keys.add(key), key).toBe(!reference.has(key));
      reference.add(key);
    }
    expect(keys.size).toBe(reference.size);
    for (const key of reference) expect(keys.has(key)).toBe(true);
    expect(keys.has('e9001')).toBe(false);
    expect(keys.has('京都-5000')).toBe(false);
  });

  it('a table filled to three quarters, just short of growing, still finds every key and answers absent ones', () => {
    // capacity 8: 16 slots, which take 12 hashed keys before the 13th makes the table grow
    const keys = new KeySet(8);
    const held = Array.from({ length: 12 }, (_, i) => `k${i}x`);
    for (const key of held) expect(keys.add(key)).toBe(true);
    for (const key of held) {
      expect(keys.has(key)).toBe(true);
      expect(keys.add(key)).toBe(false);
    }
    for (let i = 12; i < 200; i++) expect(keys.has(`k${i}x`)).toBe(false);
    expect(keys.add('k12x')).toBe(true);
    for (const key of [...held, 'k12x']) expect(keys.has(key)).toBe(true);
    expect(keys.size).toBe(13);
  });

  it('a range of a text is the key its slice is', () => {
    const keys = new KeySet(2);
    const text = '{"key":"e1","other":"e12","x":"e1"}';
    expect(keys.addIn(text, 8, 10)).toBe(true); // e1
    expect(keys.has('e1')).toBe(true);
    expect(keys.hasIn(text, 21, 24)).toBe(false); // e12
    expect(keys.addIn(text, 31, 33)).toBe(false); // e1 again
    expect(keys.add('e12')).toBe(true);
    expect(keys.hasIn(text, 21, 24)).toBe(true);
    expect(keys.size).toBe(2);
  });

  it('tells apart the empty key, prefixes, case, surrogate halves, NUL and keys longer than 65,535 units', () => {
    const keys = new KeySet(4);
    const long = 'k'.repeat(70_000);
    const all = ['', 'a', 'aa', 'A', '\u0000', 'a\u0000', '😀', '\ud83d', '\uffff', long, `${long}x`, long.slice(1)];
    for (const key of all) expect(keys.add(key), JSON.stringify(key.slice(0, 5))).toBe(true);
    for (const key of all) expect(keys.add(key)).toBe(false);
    expect(keys.has('aaa')).toBe(false);
    expect(keys.has(`${long}y`)).toBe(false);
    expect(keys.size).toBe(all.length);
  });

  it('agrees with a Set on random keys given as strings or as ranges', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.boolean(), fc.string({ maxLength: 3 })), { maxLength: 300 }), (entries) => {
        const keys = new KeySet(1);
        const reference = new Set<string>();
        for (const [key, asRange, pad] of entries) {
          const added = asRange ? keys.addIn(`${pad}${key}${pad}`, pad.length, pad.length + key.length) : keys.add(key);
          expect(added).toBe(!reference.has(key));
          reference.add(key);
        }
        for (const [key] of entries) expect(keys.has(key)).toBe(true);
        expect(keys.size).toBe(reference.size);
      }),
    );
  });
});

describe('KeySet with numbered keys', () => {
  it('agrees with a Set on numbered keys of one prefix (dense, sparse, beyond the bit set and later reached), others, and ranges of a text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.nat({ max: 100_000 }).map((x) => `e${x}`),
            fc.nat({ max: 900_000_000 }).map((x) => `e${x}`),
            fc.nat({ max: 300 }).map((x) => `n${x}`),
            fc.nat({ max: 300 }).map((x) => `${x}`),
            fc.constantFrom('e', 'e01', 'e007', '', 'e1 ', '京都1', 'E1'),
          ),
          { maxLength: 1_500 },
        ),
        (keys) => {
          const set = new KeySet(1);
          const reference = new Set<string>();
          for (const key of keys) {
            const text = `{"key":"${key}"}`;
            expect(set.hasIn(text, 8, 8 + key.length), key).toBe(reference.has(key));
            expect(set.addIn(text, 8, 8 + key.length), key).toBe(!reference.has(key));
            reference.add(key);
          }
          expect(set.size).toBe(reference.size);
          for (const key of [...keys, 'e', 'e0', 'e00', 'x']) expect(set.has(key), key).toBe(reference.has(key));
        },
      ),
      { numRuns: 100, seed: 20261207 },
    );
  });

  it('five million numbered keys in order, then each again: all new, then all present', () => {
    const set = new KeySet(16);
    for (let i = 0; i < 5_000_000; i++) if (!set.add(`e${i}`)) throw new Error(`e${i} refused`);
    for (let i = 0; i < 5_000_000; i += 4999) expect(set.add(`e${i}`)).toBe(false);
    expect(set.has('e5000000')).toBe(false);
    expect(set.size).toBe(5_000_000);
  });

  it('a key beyond the bit set when added stays in the set when the bit set reaches it', () => {
    const set = new KeySet(1);
    expect(set.add('e10000000')).toBe(true); // beyond 64 × 0 + 65536: into the hash table
    for (let i = 0; i < 200_000; i++) set.add(`e${i}`);
    expect(set.add('e9000000')).toBe(true); // the bit set widens past ten million and takes e10000000 in
    expect(set.add('e10000000')).toBe(false);
    expect(set.has('e10000000')).toBe(true);
    expect(set.has('e10000001')).toBe(false);
    expect(set.size).toBe(200_002);
  });
});
