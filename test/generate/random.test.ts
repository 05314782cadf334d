/**
 * The seeded generator: the same seed gives the same sequence (pinned, so a change of algorithm is
 * noticed, since it would change every generated graph), floats lie in [0, 1), integers in [0, n), and the draws are spread evenly.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/generate/random.js';

describe('createRng', () => {
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
