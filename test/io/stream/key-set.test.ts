/** The key set of tie keys: a Set of strings, whether keys come as strings or as ranges of a text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_LATER, KEY_NEW, KEY_TAKEN, KeySet, type LaterDuplicates } from '../../../src/io/stream/key-set.js';

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

/** FNV-1a over UTF-16 code units, written here again to check that the colliding keys below collide. */
function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Pairs of keys with the same 32-bit hash (found by a birthday search over `k<i>x`). */
const COLLIDING = [
  ['k32728x', 'k261234x'],
  ['k32729x', 'k261235x'],
  ['k32018x', 'k261324x'],
] as const;

/**
 * Runs a list of operations on a key set and on a `Set`: `later` (addLaterIn), `add` and `has`
 * (settling first when keys wait, as the builder does) and `settle`; ends with `settleLast` or
 * `settle`. Checks every answer, and that each settling names exactly the keys checked later that
 * the `Set` already held when they were added, in order.
 */
function runAgainstSet(ops: ReadonlyArray<readonly ['later' | 'add' | 'has' | 'settle', string]>, last: 'settle' | 'settleLast', capacity = 1): void {
  const keys = new KeySet(capacity);
  const reference = new Set<string>();
  /** The keys checked later since the last settling, with whether the Set held them. */
  let waiting: Array<{ key: string; held: boolean }> = [];
  const check = (found: LaterDuplicates) => {
    const expected = waiting.flatMap((w, k) => (w.held ? [[k, w.key] as const] : []));
    expect([...found.entries].map((k, i) => [k, found.keys[i]])).toEqual(expected);
    waiting = [];
  };
  for (const [op, key] of ops) {
    const text = `{"key":"${key}"}`;
    if (op === 'later') {
      const answer = keys.addLaterIn(text, 8, 8 + key.length);
      if (answer === KEY_LATER) waiting.push({ key, held: reference.has(key) });
      else expect(answer, key).toBe(reference.has(key) ? KEY_TAKEN : KEY_NEW);
      reference.add(key);
      continue;
    }
    if (keys.unsettled || op === 'settle') check(keys.settle());
    if (op === 'add') expect(keys.addIn(text, 8, 8 + key.length), key).toBe(!reference.has(key));
    if (op === 'add') reference.add(key);
    if (op === 'has') expect(keys.has(key), key).toBe(reference.has(key));
  }
  check(last === 'settle' ? keys.settle() : keys.settleLast());
  expect(keys.unsettled).toBe(false);
  expect(keys.size).toBe(reference.size);
  if (last === 'settle') for (const key of reference) expect(keys.has(key), key).toBe(true);
}

describe('KeySet: keys checked later', () => {
  it('the colliding keys of these tests do collide', () => {
    for (const [a, b] of COLLIDING) expect(fnv1a(a)).toBe(fnv1a(b));
  });

  it('settle and settleLast name the keys already there, in the order given, whatever else was added or asked before', () => {
    const key = fc.oneof(
      fc.nat({ max: 40 }).map((x) => `k${x}x`),
      fc.nat({ max: 40 }).map((x) => `e${x}`),
      fc.nat({ max: 900_000_000 }).map((x) => `e${x}`),
      fc.constantFrom(...COLLIDING.flat(), '', '京都', 'e', 'e01', 'a'.repeat(70_000), `${'a'.repeat(70_000)}b`),
    );
    const op = fc.tuple(fc.constantFrom('later', 'later', 'later', 'later', 'add', 'has', 'settle') as fc.Arbitrary<'later' | 'add' | 'has' | 'settle'>, key);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), fc.constantFrom('settle', 'settleLast') as fc.Arbitrary<'settle' | 'settleLast'>, (ops, last) => runAgainstSet(ops, last)),
      { numRuns: 300, seed: 20261213 },
    );
  });

  it('settleLast over buckets (200,000 keys): duplicates far apart, three copies, colliding keys, keys already in the table, long keys', () => {
    const ops: Array<readonly ['later' | 'add' | 'has' | 'settle', string]> = [];
    // before: keys in the table by addIn, so that keys checked later are also looked up there
    for (let i = 0; i < 300; i++) ops.push(['add', `t${i}y`]);
    ops.push(['add', COLLIDING[2][0]]);
    for (let i = 0; i < 200_000; i++) {
      ops.push(['later', `k${(i * 7919) % 190_000}x`]); // 10,000 keys twice, far apart
      if (i === 5) ops.push(['later', 'three'], ['later', COLLIDING[0][0]], ['later', COLLIDING[1][1]]);
      if (i === 90_000) ops.push(['later', 'three'], ['later', COLLIDING[0][1]], ['later', COLLIDING[2][1]], ['later', 't7y'], ['later', 'a'.repeat(70_000)]);
      if (i === 199_000) ops.push(['later', 'three'], ['later', COLLIDING[0][0]], ['later', COLLIDING[2][0]], ['later', 'a'.repeat(70_000)], ['later', COLLIDING[1][0]]);
    }
    runAgainstSet(ops, 'settleLast', 16);
    runAgainstSet(ops, 'settle', 16);
  });

  it('settleLast of a quarter million distinct keys finds none', () => {
    const keys = new KeySet(16);
    for (let i = 0; i < 250_000; i++) keys.addLaterIn(`q${i}x`, 0, `q${i}x`.length);
    const found = keys.settleLast();
    expect(found.entries.length).toBe(0);
    expect(keys.size).toBe(250_000);
  });

  it('refuses a lookup while keys wait to be checked', () => {
    const keys = new KeySet(4);
    expect(keys.addLaterIn('ax', 0, 2)).toBe(KEY_LATER);
    expect(() => keys.has('ax')).toThrow(/settled/);
    expect(() => keys.add('bx')).toThrow(/settled/);
    expect(keys.settle().entries.length).toBe(0);
    expect(keys.has('ax')).toBe(true);
    expect(keys.add('ax')).toBe(false);
  });
});
