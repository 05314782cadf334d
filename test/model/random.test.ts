/** The seeded generator: the same seed gives the same sequence, values stay in range, seeds differ. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/model/random.js';

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(seqA);
  });

  it('pins the first values of seed 1 (every seeded result depends on this sequence)', () => {
    const rng = createRng(1);
    expect(Array.from({ length: 3 }, () => rng.next())).toEqual([0.9851032323203981, 0.16242609662003815, 0.41416747588664293]);
    // fractional seeds are floored
    expect(createRng(1.9).next()).toBe(0.9851032323203981);
  });

  it('keeps next in [0, 1), int in [0, n), pick inside the array, chance near its probability', () => {
    const rng = createRng(42);
    let heads = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = rng.int(5);
      expect(Number.isInteger(k) && k >= 0 && k < 5).toBe(true);
      expect(['a', 'b', 'c']).toContain(rng.pick(['a', 'b', 'c']));
      if (rng.chance(0.3)) heads++;
    }
    expect(heads / 10_000).toBeGreaterThan(0.27);
    expect(heads / 10_000).toBeLessThan(0.33);
  });
});

describe('createRng: ranges and spread', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = Array.from({ length: 20 }, createRng(42).next);
    const draw = createRng(42);
    expect(Array.from({ length: 20 }, () => draw.next())).toEqual(a);
    const other = createRng(43);
    expect(Array.from({ length: 20 }, () => other.next())).not.toEqual(a);
  });

  it('keeps the sequence of every machine and version: the first draws of seed 1 are pinned', () => {
    const rng = createRng(1);
    expect([rng.next(), rng.next(), rng.next(), rng.int(1000)]).toEqual([0.9851032323203981, 0.16242609662003815, 0.41416747588664293, 65]);
  });

  it('uses the integer part of a fractional seed', () => {
    expect(createRng(7.9).next()).toBe(createRng(7).next());
  });

  it('draws floats in [0, 1) and integers in [0, n), every value of a small range about equally often', () => {
    const rng = createRng(5);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const f = rng.next();
      expect(f >= 0 && f < 1).toBe(true);
      counts[rng.int(6)]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  it('says yes with the probability asked, never for 0 and always for 1', () => {
    const rng = createRng(9);
    let yes = 0;
    for (let i = 0; i < 20_000; i++) if (rng.chance(0.25)) yes++;
    expect(Math.abs(yes / 20_000 - 0.25)).toBeLessThan(0.02);
    for (let i = 0; i < 100; i++) {
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
    }
  });

  it('picks every element of an array, and only those', () => {
    const rng = createRng(3);
    const items = ['a', 'b', 'c'] as const;
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(rng.pick(items));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
  });
});
