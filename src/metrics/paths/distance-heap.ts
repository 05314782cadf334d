/**
 * An indexed binary min-heap of nodes on typed arrays, for Dijkstra's algorithm: each node is in
 * the heap at most once, keyed by (tentative distance, sequence number); lowering a node's
 * distance gives it a new sequence number. Popping order therefore equals NetworkX's heap of
 * (distance, insertion counter) entries with stale entries skipped, so ties between equally
 * distant nodes break the same way.
 */

export class DistanceHeap {
  /** Heap slots holding node indices. */
  private readonly heap: Int32Array;
  /** Slot of each node in the heap, −1 when absent. */
  private readonly slot: Int32Array;
  /** Key of each node: the caller's distance array (read, never written here). */
  private readonly dist: Float64Array;
  private readonly seq: Float64Array;
  private counter = 0;
  size = 0;

  /**
   * @param n - number of nodes
   * @param dist - the distances the heap orders by (the caller updates them before {@link set})
   */
  constructor(n: number, dist: Float64Array) {
    this.heap = new Int32Array(n);
    this.slot = new Int32Array(n).fill(-1);
    this.dist = dist;
    this.seq = new Float64Array(n);
  }

  /** Empties the heap and restarts the sequence (call between searches). */
  clear(): void {
    for (let i = 0; i < this.size; i++) this.slot[this.heap[i]!] = -1;
    this.size = 0;
    this.counter = 0;
  }

  private less(a: number, b: number): boolean {
    const da = this.dist[a]!;
    const db = this.dist[b]!;
    return da < db || (da === db && this.seq[a]! < this.seq[b]!);
  }

  private up(i: number): void {
    const { heap, slot } = this;
    const v = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!this.less(v, p)) break;
      heap[i] = p;
      slot[p] = i;
      i = parent;
    }
    heap[i] = v;
    slot[v] = i;
  }

  private down(i: number): void {
    const { heap, slot } = this;
    const n = this.size;
    const v = heap[i]!;
    while (true) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.less(heap[r]!, heap[l]!) ? r : l;
      const child = heap[c]!;
      if (!this.less(child, v)) break;
      heap[i] = child;
      slot[child] = i;
      i = c;
    }
    heap[i] = v;
    slot[v] = i;
  }

  /** Inserts node v, or moves it up after its distance was lowered; either way with a new sequence number. */
  set(v: number): void {
    this.seq[v] = this.counter++;
    const at = this.slot[v]!;
    if (at < 0) {
      this.heap[this.size] = v;
      this.up(this.size++);
    } else this.up(at);
  }

  /** Removes and returns the node with the smallest (distance, sequence). */
  pop(): number {
    const top = this.heap[0]!;
    this.slot[top] = -1;
    const last = this.heap[--this.size]!;
    if (this.size > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }
}
