/**
 * A permutation test of a node measure between two groups of nodes: the observed difference of
 * the groups' means against its distribution when the group labels are shuffled at random among
 * the compared nodes of each stratum (node kind), so that each draw keeps the number of group
 * members of every kind. The groups must be defined outside the measure (an attribute, a tie to a
 * university), or the test answers a question it was built to answer.
 */
import type { Rng } from '../../model/random.js';
import { MetricError } from '../metric-error.js';
import { drawSummary, runDraws, type DrawOptions, type PValues, pValues } from './draws.js';

/** The comparison: which nodes are compared, in which group and stratum. */
export interface PermutationInput {
  /** The measure of each node (by node number). */
  values: ArrayLike<number>;
  /** 1: first group, 0: second group, −1: not compared. */
  groups: ArrayLike<number>;
  /** Stratum of each node (e.g. the code of its kind); labels move only within a stratum. */
  strata: ArrayLike<number>;
}

export interface PermutationResult {
  /** Compared nodes in the first and second group. */
  sizes: { first: number; second: number };
  means: { first: number; second: number };
  /** mean(first) − mean(second). */
  observed: number;
  draws: number;
  seed: number;
  distribution: { mean: number; sd: number; min: number; max: number };
  /** greater: first above second; less: first below; twoSided: |difference| at least as large. */
  p: PValues;
  values: Float64Array;
}

/** Difference of means of the nodes labelled 1 and 0 among `members`. */
function difference(values: ArrayLike<number>, members: Int32Array, labels: Int8Array): number {
  let sumA = 0;
  let nA = 0;
  let sumB = 0;
  let nB = 0;
  for (let k = 0; k < members.length; k++) {
    const x = values[members[k]!]!;
    if (labels[k] === 1) {
      sumA += x;
      nA++;
    } else {
      sumB += x;
      nB++;
    }
  }
  return sumA / nA - sumB / nB;
}

/** Shuffles labels[from … to) in place (Fisher–Yates). */
function shuffle(labels: Int8Array, from: number, to: number, rng: Rng): void {
  for (let i = to - 1; i > from; i--) {
    const j = from + rng.int(i - from + 1);
    const t = labels[i]!;
    labels[i] = labels[j]!;
    labels[j] = t;
  }
}

/**
 * Runs the permutation test.
 *
 * @param input - values, group labels and strata by node number
 * @param options - draws and seed (draw r shuffles with its own generator)
 * @returns group sizes and means, the observed difference, its null distribution and the p-values
 * @throws MetricError when a group is empty or a compared value is not finite
 * @example
 * permutationTest({ values: [3, 5, 1, 2], groups: [1, 1, 0, 0], strata: [0, 0, 0, 0] }, { draws: 999, seed: 1 });
 */
export function permutationTest(input: PermutationInput, options: DrawOptions): PermutationResult {
  const n = input.values.length;
  if (input.groups.length !== n || input.strata.length !== n) throw new MetricError('permute', 'values, groups and strata differ in length');
  // compared nodes, ordered by stratum so that each stratum is one contiguous block of labels
  const compared: number[] = [];
  for (let v = 0; v < n; v++) {
    if (input.groups[v] !== 1 && input.groups[v] !== 0) continue;
    if (!Number.isFinite(input.values[v]!)) throw new MetricError('permute', `node ${v} has no finite value`);
    compared.push(v);
  }
  compared.sort((a, b) => input.strata[a]! - input.strata[b]! || a - b);
  const members = Int32Array.from(compared);
  const observedLabels = Int8Array.from(compared, (v) => input.groups[v]!);
  const first = observedLabels.reduce((s, x) => s + x, 0);
  const second = members.length - first;
  if (first === 0 || second === 0) throw new MetricError('permute', `both groups need nodes (first: ${first}, second: ${second})`);
  const blocks: [number, number][] = [];
  for (let k = 0; k < members.length; ) {
    let end = k + 1;
    while (end < members.length && input.strata[members[end]!] === input.strata[members[k]!]) end++;
    blocks.push([k, end]);
    k = end;
  }
  const mean = (label: number) => {
    let s = 0;
    let c = 0;
    for (let k = 0; k < members.length; k++)
      if (observedLabels[k] === label) {
        s += input.values[members[k]!]!;
        c++;
      }
    return s / c;
  };
  const observed = difference(input.values, members, observedLabels);
  const labels = new Int8Array(members.length);
  const values = runDraws(options, (rng) => {
    labels.set(observedLabels);
    for (const [from, to] of blocks) shuffle(labels, from, to, rng);
    return difference(input.values, members, labels);
  });
  return {
    sizes: { first, second },
    means: { first: mean(1), second: mean(0) },
    observed,
    draws: options.draws,
    seed: options.seed,
    distribution: drawSummary(values),
    p: pValues(observed, values),
    values,
  };
}
