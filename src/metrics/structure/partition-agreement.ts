/**
 * Agreement of two partitions of the same nodes (e.g. Louvain communities against an attribute),
 * as igraph `compare_communities`:
 *
 * - normalised mutual information (Danon, Díaz-Guilera, Duch and Arenas 2005, igraph's "nmi"):
 *   NMI = 2 I(A;B) / (H(A) + H(B)); 1 when both partitions put every node in one group
 *   (H(A) + H(B) = 0), as igraph returns;
 * - adjusted Rand index (Hubert and Arabie 1985, igraph's "ari"): the share of node pairs on which
 *   the partitions agree, corrected for chance; 1 for identical partitions.
 */
import { MetricError } from '../metric-error.js';

export const DEFAULTS = {} as const;

function contingency(a: readonly (string | number)[], b: readonly (string | number)[]): { table: Map<string, number>; rows: Map<string | number, number>; columns: Map<string | number, number> } {
  if (a.length !== b.length) throw new MetricError('partition agreement', `the partitions cover ${a.length} and ${b.length} nodes; they must cover the same nodes`);
  const table = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const columns = new Map<string | number, number>();
  for (let i = 0; i < a.length; i++) {
    const key = `${String(a[i])}\u0000${String(b[i])}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    columns.set(b[i]!, (columns.get(b[i]!) ?? 0) + 1);
  }
  return { table, rows, columns };
}

/**
 * Normalised mutual information of two partitions.
 *
 * @param a - the group of each node in the first partition
 * @param b - the group of the same nodes in the second
 * @returns NMI in [0, 1] (NaN for no nodes)
 * @throws MetricError when the lists differ in length
 * @example
 * normalizedMutualInformation([0, 0, 1, 1], ['x', 'x', 'y', 'y']); // 1
 * @see https://python.igraph.org/en/stable/api/igraph.clustering.html#compare_communities
 */
export function normalizedMutualInformation(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const n = a.length;
  if (n === 0) return NaN;
  const { table, rows, columns } = contingency(a, b);
  const entropy = (counts: Iterable<number>) => {
    let h = 0;
    for (const c of counts) h -= (c / n) * Math.log(c / n);
    return h;
  };
  const ha = entropy(rows.values());
  const hb = entropy(columns.values());
  if (ha + hb === 0) return 1;
  let mutual = 0;
  const rowOf = new Map([...rows].map(([k, v]) => [String(k), v]));
  const columnOf = new Map([...columns].map(([k, v]) => [String(k), v]));
  for (const [key, nij] of table) {
    const [x, y] = key.split('\u0000') as [string, string];
    mutual += (nij / n) * Math.log((nij * n) / (rowOf.get(x)! * columnOf.get(y)!));
  }
  return (2 * mutual) / (ha + hb);
}

/**
 * Adjusted Rand index of two partitions.
 *
 * @param a - the group of each node in the first partition
 * @param b - the group of the same nodes in the second
 * @returns ARI (1 for identical partitions, about 0 for independent ones; NaN for fewer than two nodes)
 * @throws MetricError when the lists differ in length
 * @example
 * adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]); // -0.5
 * @see https://python.igraph.org/en/stable/api/igraph.clustering.html#compare_communities
 */
export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const n = a.length;
  if (n < 2) return NaN;
  const { table, rows, columns } = contingency(a, b);
  const pairs = (x: number) => (x * (x - 1)) / 2;
  let index = 0;
  for (const nij of table.values()) index += pairs(nij);
  let sumA = 0;
  for (const c of rows.values()) sumA += pairs(c);
  let sumB = 0;
  for (const c of columns.values()) sumB += pairs(c);
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
