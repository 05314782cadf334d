/** Degree and attribute assortativity by hand (NetworkX's values on the reference graphs: describe.test.ts). */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { attributeAssortativity, degreeAssortativity } from '../../../src/metrics/structure/assortativity.js';
import { smallView } from '../centrality/networkx-cases.js';

describe('assortativity by hand', () => {
  it('a star is perfectly disassortative by degree', () => {
    const g = indexGraph(smallView(['h', 'a', 'b', 'c'], [['h', 'a'], ['h', 'b'], ['h', 'c']]));
    expect(degreeAssortativity(g)).toBeCloseTo(-1, 12);
  });

  it('is NaN when every end has the same degree', () => {
    expect(degreeAssortativity(indexGraph(smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']])))).toBeNaN();
  });

  it('attribute assortativity: 1 when ties stay inside groups, −1 across two balanced groups', () => {
    const g = indexGraph(smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['c', 'd']]));
    expect(attributeAssortativity(g, ['x', 'x', 'y', 'y'])).toBe(1);
    expect(attributeAssortativity(g, ['x', 'y', 'x', 'y'])).toBe(-1);
  });

  it('leaves out nodes without a value, with their ties', () => {
    const g = indexGraph(smallView(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['c', 'd'], ['a', 'e'], ['c', 'e']]));
    expect(attributeAssortativity(g, ['x', 'x', 'y', 'y', undefined])).toBe(1);
  });
});
