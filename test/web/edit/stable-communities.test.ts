import { describe, expect, it } from 'vitest';
import { relabelCommunities } from '../../../web/src/edit/stable-communities.js';

const partition = (groups: string[][]) => new Map(groups.flatMap((g, c) => g.map((n) => [n, c] as const)));

describe('relabelCommunities', () => {
  it('gives back the previous numbers when the new partition only renumbers the same groups', () => {
    const before = partition([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    const after = partition([['f'], ['d', 'e'], ['a', 'b', 'c']]);
    expect(relabelCommunities(before, after)).toEqual(before);
  });

  it('keeps the numbers of groups that overlap most, and gives a new group the smallest free number', () => {
    const before = partition([['a', 'b', 'c', 'd'], ['e', 'f', 'g'], ['h', 'i']]);
    // Louvain numbers by size: the split of community 0 and the new node x get shuffled numbers.
    const after = new Map([
      ['e', 0], ['f', 0], ['g', 0], ['x', 0],
      ['a', 1], ['b', 1], ['c', 1],
      ['h', 2], ['i', 2],
      ['d', 3],
    ]);
    const relabelled = relabelCommunities(before, after);
    expect(relabelled.get('a')).toBe(0);
    expect(relabelled.get('e')).toBe(1);
    expect(relabelled.get('x')).toBe(1);
    expect(relabelled.get('h')).toBe(2);
    expect(relabelled.get('d')).toBe(3);
    // The grouping itself is unchanged: same pairs of nodes together.
    for (const [n, c] of after) for (const [m, k] of after) expect(relabelled.get(n) === relabelled.get(m)).toBe(c === k);
  });

  it('uses each previous number once when two new groups share one old group', () => {
    const before = partition([['a', 'b', 'c', 'd', 'e']]);
    const after = partition([['a', 'b', 'c'], ['d', 'e']]);
    const relabelled = relabelCommunities(before, after);
    expect(relabelled.get('a')).toBe(0);
    expect(relabelled.get('d')).toBe(1);
  });

  it('numbers an all-new partition from 0 in its own order, and handles empty input', () => {
    expect(relabelCommunities(new Map(), partition([['x'], ['y']]))).toEqual(partition([['x'], ['y']]));
    expect(relabelCommunities(partition([['a']]), new Map())).toEqual(new Map());
  });
});
