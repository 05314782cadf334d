/**
 * The order of a centrality table's rows from the typed values of its first measure: highest value
 * first, a missing value (NaN) last, equal values broken by the caller's comparison (label, then id).
 *
 * On large tables the values are ordered by a radix sort of their bit patterns (four passes of 16
 * bits over an index array) instead of a comparison sort that calls back into JavaScript for every
 * pair: the order is the same, since the comparison is a total order on the values and only runs
 * of equal values go to the caller's comparison. Small tables take the comparison sort.
 */

/** Tables of at least this many rows are radix-sorted (below it the comparison sort is as fast). */
export const RADIX_MIN_ROWS = 4096;

/** One stable counting pass: `from` scattered into `to` by the 16-bit digit of `word` at `shift`. */
function scatter(word: Uint32Array, shift: number, from: Int32Array, to: Int32Array, offset: Int32Array): void {
  const n = from.length;
  for (let k = 0; k < n; k++) {
    const i = from[k]!;
    to[offset[(word[i]! >>> shift) & 0xffff]!++] = i;
  }
}

/**
 * Indices `0 … key.length − 1` ordered by `key` descending, NaN taken as −∞ (after every number)
 * and −0 as 0; indices whose keys are equal are ordered by `tie`.
 *
 * @param key - the value of each row
 * @param tie - orders two rows of equal value (a total order, e.g. by label then id)
 * @returns the row indices in table order
 * @example
 * rankOrder(Float64Array.of(0.2, NaN, 0.5, 0.2), (a, b) => a - b); // Int32Array [2, 0, 3, 1]
 */
export function rankOrder(key: Float64Array, tie: (a: number, b: number) => number): Int32Array {
  const n = key.length;
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = key[i]!;
    value[i] = Number.isNaN(x) ? -Infinity : x === 0 ? 0 : x;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < RADIX_MIN_ROWS) return order.sort((a, b) => (value[a] === value[b] ? tie(a, b) : value[b]! - value[a]!));
  // each value's bits as an unsigned 64-bit number (hi, lo) that orders like the value, complemented
  // so that ascending bits mean descending values; the four 16-bit digits counted in the same loop
  const words = new Uint32Array(value.buffer);
  const little = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;
  const high = little ? 1 : 0;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const count = new Int32Array(4 << 16);
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + high]!;
    let l = words[2 * i + 1 - high]!;
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h = h | 0x80000000;
    h = ~h >>> 0;
    l = ~l >>> 0;
    hi[i] = h;
    lo[i] = l;
    count[l & 0xffff]!++;
    count[(1 << 16) + (l >>> 16)]!++;
    count[(2 << 16) + (h & 0xffff)]!++;
    count[(3 << 16) + (h >>> 16)]!++;
  }
  // least significant digit first; each pass is stable
  let spare = new Int32Array(n);
  const passes = [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as const;
  for (let p = 0; p < 4; p++) {
    const offset = count.subarray(p << 16, (p + 1) << 16);
    const [word, shift] = passes[p]!;
    // a digit that is the same for every row changes nothing
    if (offset[(word[0]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 1 << 16; d++) {
      const c = offset[d]!;
      offset[d] = sum;
      sum += c;
    }
    scatter(word, shift, order, spare, offset);
    [order, spare] = [spare, order];
  }
  // runs of equal values: ordered by the caller's comparison
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && value[order[end]!] === value[order[start]!]) end++;
    if (end - start > 1) order.subarray(start, end).sort(tie);
    start = end;
  }
  return order;
}
