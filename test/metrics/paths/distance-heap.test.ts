/** The typed-array Dijkstra heap pops by (distance, sequence), as NetworkX's heap of (distance, counter) entries. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/model/random.js';
import { DistanceHeap } from '../../../src/metrics/paths/distance-heap.js';

describe('DistanceHeap', () => {
  it('pops in order of distance, ties in order of the last set()', () => {
    const rng = createRng(5);
    const n = 500;
    const dist = new Float64Array(n).fill(Infinity);
    const heap = new DistanceHeap(n, dist);
    const seq = new Map<number, number>();
    let counter = 0;
    for (let round = 0; round < 3000; round++) {
      const v = rng.int(n);
      const d = rng.int(40); // many ties
      if (d < dist[v]!) {
        dist[v] = d;
        heap.set(v);
        seq.set(v, counter++);
      }
    }
    const expected = [...seq.keys()].sort((a, b) => dist[a]! - dist[b]! || seq.get(a)! - seq.get(b)!);
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    expect(popped).toEqual(expected);
    heap.clear();
    dist.fill(1);
    heap.set(3);
    heap.set(1);
    expect([heap.pop(), heap.pop(), heap.size]).toEqual([3, 1, 0]);
  });
});
