/** The open-addressing id table: ids to dense indices, across growth, collisions and odd strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable, NOT_NUMBERED, unitsWithRoom } from '../../../src/io/stream/id-table.js';

describe('IdTable', () => {
  it('gives ids consecutive indices and finds them again; an unknown id is -1', () => {
    const table = new IdTable();
    expect(table.size).toBe(0);
    expect(table.get('a')).toBe(-1);
    expect(['a', 'b', 'c'].map((id) => table.add(id))).toEqual([0, 1, 2]);
    expect([table.get('c'), table.get('a'), table.get('b'), table.get('d')]).toEqual([2, 0, 1, -1]);
    expect(table.size).toBe(3);
    expect(table.ids).toEqual(['a', 'b', 'c']);
  });

  it('keeps every id through many growths from a tiny capacity, agreeing with a Map', () => {
    const table = new IdTable(1);
    const reference = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const id = i % 3 === 0 ? `n${i}` : i % 3 === 1 ? `京都-${i}` : `${i}`;
      reference.set(id, table.add(id));
    }
    expect(table.size).toBe(20_000);
    for (const [id, index] of reference) if (table.get(id) !== index) throw new Error(`${id}: ${table.get(id)} vs ${index}`);
    expect(table.get('n1')).toBe(-1);
    expect(table.toMap()).toEqual(reference);
  });

  it('addIfAbsent adds a new id (its index) and refuses a present one (-1), as a Set would, through growths', () => {
    const table = new IdTable(1);
    const reference = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      const id = `e${(i * 7) % 3_001}`;
      expect(table.addIfAbsent(id), id).toBe(reference.has(id) ? -1 : reference.size);
      reference.add(id);
    }
    expect(table.ids).toEqual([...reference]);
    for (const id of reference) expect(table.get(id)).toBe(table.ids.indexOf(id));
  });

  it('findOrAdd gives the index get then add would give, for numbered ids near, far and beyond the array and for others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat({ max: 300 }).map((x) => `n${x}`), fc.nat({ max: 200_000 }).map((x) => `n${x}`), fc.constantFrom('n', 'n01', 'm7', '7', 'a', '京')), { maxLength: 400 }),
        (ids) => {
          const table = new IdTable(1);
          const reference = new IdTable(1);
          for (const id of ids) {
            const before = table.size;
            const index = table.findOrAdd(id);
            const known = reference.get(id);
            expect(index, id).toBe(known >= 0 ? known : reference.add(id));
            expect(table.size, id).toBe(known >= 0 ? before : before + 1);
          }
          expect(table.ids).toEqual(reference.ids);
          for (const id of reference.ids) expect(table.get(id), id).toBe(reference.get(id));
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('tells apart the empty string, prefixes and ids differing only in case or surrogate halves', () => {
    const table = new IdTable(4);
    const ids = ['', 'a', 'aa', 'A', '\u0000', '😀', '\ud83d', 'a\u0000'];
    ids.forEach((id) => table.add(id));
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, i) => i));
    expect(table.get('aaa')).toBe(-1);
  });

  it('finds ids whose hashes share a slot (linear probing)', () => {
    // A table of 16 slots: 40 ids must collide somewhere, and all stay reachable after growth.
    const table = new IdTable(2);
    const ids = Array.from({ length: 40 }, (_, i) => `id-${i}`);
    ids.forEach((id) => table.add(id));
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, i) => i));
  });

  it('toMap maps each id to its index, in index order', () => {
    const table = new IdTable();
    table.add('x');
    table.add('y');
    expect([...table.toMap()]).toEqual([
      ['x', 0],
      ['y', 1],
    ]);
  });
});

describe('IdTable with numbered ids', () => {
  it('agrees with a Map on numbered ids of one prefix (dense, sparse, beyond the array and later reached), others, and ranges of a text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.nat({ max: 12_000 }).map((x) => `n${x}`),
            fc.nat({ max: 50_000_000 }).map((x) => `n${x}`),
            fc.nat({ max: 300 }).map((x) => `e${x}`),
            fc.nat({ max: 300 }).map((x) => `${x}`),
            fc.constantFrom('n', 'n01', 'n007', '', 'n1 ', '京都1', 'N1'),
          ),
          { maxLength: 3_000 },
        ),
        fc.array(fc.nat({ max: 13_000 }).map((x) => `n${x}`), { maxLength: 100 }),
        (added, probes) => {
          const table = new IdTable(1);
          const reference = new Map<string, number>();
          for (const id of added) {
            if (reference.has(id)) continue;
            reference.set(id, table.add(id));
          }
          for (const id of [...added, ...probes, 'n', 'n0', 'n00', 'x']) {
            const expected = reference.get(id) ?? -1;
            expect(table.get(id), id).toBe(expected);
            const text = `{"key":"${id}"}`;
            expect(table.getIn(text, 8, 8 + id.length), id).toBe(expected);
          }
          expect(table.ids).toEqual([...reference.keys()]);
        },
      ),
      { numRuns: 60, seed: 20261206 },
    );
  });

  it('a million numbered ids in order: each found by number, and the unknown neighbours are not', () => {
    const table = new IdTable(16);
    for (let i = 0; i < 1_000_000; i++) table.add(`n${i}`);
    for (let i = 0; i < 1_000_000; i += 997) expect(table.get(`n${i}`)).toBe(i);
    expect(table.get('n1000000')).toBe(-1);
    expect(table.get('n01')).toBe(-1);
    expect(table.numberedIn('n5', 0, 2)).toBe(5);
    expect(table.numberedIn('m5', 0, 2)).toBe(NOT_NUMBERED);
  });

  it('an id beyond the array when added is found by hash, then by number once the array reaches it', () => {
    const table = new IdTable(1);
    expect(table.add('n10000')).toBe(0); // beyond 4 × 1 + 4096: waits in the hash table
    for (let i = 0; i < 3000; i++) table.add(`n${i}`);
    expect(table.numberedIn('n10000', 0, 6)).toBe(NOT_NUMBERED);
    expect(table.get('n10000')).toBe(0);
    table.add('n9000'); // the array widens to 16384 numbers and takes n10000 in
    expect(table.numberedIn('n10000', 0, 6)).toBe(0);
    expect(table.numberedIn('n10001', 0, 6)).toBe(-1);
    expect(table.get('n9000')).toBe(3001);
    expect(table.get('n2999')).toBe(3000);
  });
});

describe('unitsWithRoom', () => {
  it('returns the pool itself when the units needed fit', () => {
    const pool = new Uint16Array(8);
    expect(unitsWithRoom(pool, 3, 8)).toBe(pool);
  });

  it('doubles the pool until they fit, keeping the used units and only those', () => {
    const pool = Uint16Array.from([1, 2, 3, 4, 9, 9, 9, 9]);
    const grown = unitsWithRoom(pool, 4, 20);
    expect(grown.length).toBe(32);
    expect(Array.from(grown.subarray(0, 8))).toEqual([1, 2, 3, 4, 0, 0, 0, 0]);
    expect(unitsWithRoom(pool, 4, 9).length).toBe(16);
  });

  it('grows an empty pool', () => {
    expect(unitsWithRoom(new Uint16Array(0), 0, 5).length).toBe(16);
  });
});
