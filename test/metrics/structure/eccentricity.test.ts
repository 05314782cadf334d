/** Eccentricity within each (strongly) connected component: against NetworkX and by hand. */
import { describe, expect, it } from 'vitest';
import { eccentricity } from '../../../src/metrics/structure/eccentricity.js';
import { byNode, smallView } from '../centrality/networkx-cases.js';
import { describeNodeMeasure } from './node-measure-cases.js';

describeNodeMeasure('eccentricity', eccentricity);

describe('eccentricity by hand', () => {
  it('is the longest distance inside the node’s component; 0 when isolated', () => {
    const g = smallView(['a', 'b', 'c', 'x', 'y', 'z'], [['a', 'b'], ['b', 'c'], ['x', 'y']]);
    expect(byNode(eccentricity(g))).toEqual({ a: 2, b: 1, c: 2, x: 1, y: 1, z: 0 });
  });

  it('reads out-distances inside the strong component on a directed view', () => {
    // cycle a→b→c→a plus c→d: d is a component of its own
    const g = smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']], { directed: true, directedTies: true });
    expect(byNode(eccentricity(g))).toEqual({ a: 2, b: 2, c: 2, d: 0 });
  });
});
