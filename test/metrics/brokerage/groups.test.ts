/** Groups for brokerage: kinds or any attribute, "undefined" for a missing value, lists joined. */
import { describe, expect, it } from 'vitest';
import { groupFunction } from '../../../src/metrics/brokerage/groups.js';
import { createEcoGraph } from '../../../src/model/graph.js';

describe('groupFunction', () => {
  const graph = createEcoGraph();
  graph.addNode('a', { label: 'A', kind: 'firm', sector: 'bio' } as never);
  graph.addNode('b', { label: 'B', kind: 'university', tags: ['x', 'y'] } as never);
  graph.addNode('c', { label: 'C', founded: 1990 } as never);

  it('groups by kind', () => {
    const groupOf = groupFunction(graph, 'kind');
    expect(['a', 'b', 'c'].map(groupOf)).toEqual(['firm', 'university', 'undefined']);
  });

  it('groups by another attribute: text, joined lists, numbers, "undefined" when missing', () => {
    expect(['a', 'b', 'c'].map(groupFunction(graph, 'sector'))).toEqual(['bio', 'undefined', 'undefined']);
    expect(groupFunction(graph, 'tags')('b')).toBe('x|y');
    expect(groupFunction(graph, 'founded')('c')).toBe('1990');
  });
});
