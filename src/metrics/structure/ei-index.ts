/**
 * Krackhardt and Stern's E-I index (1988) by its published formula, at the levels UCINET reports:
 * E-I = (E − I) / (E + I), with E the ties between members of different groups and I the ties
 * inside a group (on a directed view, arcs). −1: every tie inside groups; +1: every tie across.
 *
 * - whole network: over all ties whose two ends have a group;
 * - group: over the ties with at least one end in the group (I: both ends in it);
 * - node: over the node's ties (in and out on a directed view);
 * - expected value given the group sizes: the E-I of the complete graph on the same groups,
 *   (P_E − P_I) / (P_E + P_I) with P_I = Σ_g n_g(n_g − 1)/2 possible internal and P_E the other
 *   possible ties (both doubled on a directed view);
 * - rescaled: the observed index mapped linearly onto [−1, 1] between the least and the largest
 *   value possible with the same number of ties and group sizes (E at most min(T, P_E), at least
 *   max(0, T − P_I) for T ties);
 * - permutation test: the group labels are shuffled among the nodes that have one (a seeded
 *   Fisher–Yates shuffle per draw, one generator seeded once for the whole loop), and
 *   p(≥) = (b≥ + 1)/(R + 1), p(≤) = (b≤ + 1)/(R + 1) for R draws, b the draws at least / at most as
 *   large as the observed index.
 *
 * Nodes without a group are left out, with their ties.
 */
import { createRng } from '../../model/random.js';
import type { IndexedGraph } from '../indexed-graph.js';

export interface EiOptions {
  /** Permutation draws (0: no test). */
  draws: number;
  seed: number;
}

export const DEFAULTS: EiOptions = { draws: 5000, seed: 1 };

export interface EiGroup {
  value: string;
  nodes: number;
  internalTies: number;
  externalTies: number;
  /** null when the group has no tie. */
  eiIndex: number | null;
}

export interface EiResult {
  internalTies: number;
  externalTies: number;
  /** null without ties between grouped nodes. */
  observed: number | null;
  /** null with fewer than two grouped nodes. */
  expected: number | null;
  /** null without ties, or when the least and largest possible values coincide. */
  rescaled: number | null;
  /** null without ties or with 0 draws. */
  permutation: { draws: number; seed: number; greaterOrEqual: number; lessOrEqual: number } | null;
  groups: EiGroup[];
  /** E-I of each node by index; NaN for nodes without a group or without ties to grouped nodes. */
  nodes: Float64Array;
}

function countTies(g: IndexedGraph, code: Int32Array): { internal: number; external: number } {
  let internal = 0;
  let external = 0;
  for (let u = 0; u < code.length; u++) {
    const a = code[u]!;
    if (a < 0) continue;
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const v = g.outTargets[e]!;
      if (!g.directed && v < u) continue;
      const b = code[v]!;
      if (b < 0) continue;
      if (a === b) internal++;
      else external++;
    }
  }
  return { internal, external };
}

/**
 * The E-I index of a partition of a view's nodes.
 *
 * @param g - an indexed view
 * @param value - the group of each node, by index (undefined: no group)
 * @param options - permutation draws and seed
 * @example
 * eiIndex(g, g.nodes.map((id) => String(eco.getNodeAttribute(id, 'region'))), { draws: 1000, seed: 7 }).observed;
 * @see Krackhardt, D. and Stern, R. N. (1988) Informal networks and organizational crises: an experimental simulation, Social Psychology Quarterly 51(2), 123–140
 */
export function eiIndex(g: IndexedGraph, value: ReadonlyArray<string | undefined>, options: Partial<EiOptions> = {}): EiResult {
  const { draws, seed } = { ...DEFAULTS, ...options };
  const n = g.nodes.length;
  const names = [...new Set(value.filter((v): v is string => v !== undefined))].sort();
  const codeOf = new Map(names.map((v, i) => [v, i]));
  const code = Int32Array.from(value, (v) => (v === undefined ? -1 : codeOf.get(v)!));
  const sizes = new Array<number>(names.length).fill(0);
  for (const c of code) if (c >= 0) sizes[c]!++;
  const { internal, external } = countTies(g, code);
  const ties = internal + external;
  const observed = ties === 0 ? null : (external - internal) / ties;
  const grouped = sizes.reduce((s, x) => s + x, 0);
  const factor = g.directed ? 2 : 1;
  const pairs = (factor * grouped * (grouped - 1)) / 2;
  const possibleInside = sizes.reduce((s, x) => s + (factor * x * (x - 1)) / 2, 0);
  const possibleAcross = pairs - possibleInside;
  const expected = pairs === 0 ? null : (possibleAcross - possibleInside) / pairs;
  let rescaled: number | null = null;
  if (observed !== null) {
    const high = (2 * Math.min(ties, possibleAcross) - ties) / ties;
    const low = (2 * Math.max(0, ties - possibleInside) - ties) / ties;
    rescaled = high === low ? null : (2 * (observed - low)) / (high - low) - 1;
  }
  const groups: EiGroup[] = names.map((v, c) => ({ value: v, nodes: sizes[c]!, internalTies: 0, externalTies: 0, eiIndex: null }));
  const nodeInternal = new Float64Array(n);
  const nodeExternal = new Float64Array(n);
  const visit = (u: number, v: number) => {
    const a = code[u]!;
    const b = code[v]!;
    if (a < 0 || b < 0) return;
    if (a === b) {
      nodeInternal[u]!++;
      nodeInternal[v]!++;
      groups[a]!.internalTies++;
    } else {
      nodeExternal[u]!++;
      nodeExternal[v]!++;
      groups[a]!.externalTies++;
      groups[b]!.externalTies++;
    }
  };
  for (let u = 0; u < n; u++)
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const v = g.outTargets[e]!;
      if (g.directed || u < v) visit(u, v);
    }
  for (const group of groups) {
    const t = group.internalTies + group.externalTies;
    group.eiIndex = t === 0 ? null : (group.externalTies - group.internalTies) / t;
  }
  const nodes = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = nodeInternal[i]! + nodeExternal[i]!;
    nodes[i] = code[i]! < 0 || t === 0 ? NaN : (nodeExternal[i]! - nodeInternal[i]!) / t;
  }
  let permutation: EiResult['permutation'] = null;
  if (observed !== null && draws > 0) {
    const rng = createRng(seed);
    const members = [...code.keys()].filter((i) => code[i]! >= 0);
    const labels = Int32Array.from(members, (i) => code[i]!);
    const shuffled = Int32Array.from(code);
    let greater = 0;
    let less = 0;
    // a tolerance for ties with the observed value: the same counts in another order sum exactly, but stay safe
    const slack = 1e-12;
    for (let d = 0; d < draws; d++) {
      for (let i = labels.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = labels[i]!;
        labels[i] = labels[j]!;
        labels[j] = t;
      }
      members.forEach((m, i) => (shuffled[m] = labels[i]!));
      const c = countTies(g, shuffled);
      const value = (c.external - c.internal) / ties;
      if (value >= observed - slack) greater++;
      if (value <= observed + slack) less++;
    }
    permutation = { draws, seed, greaterOrEqual: (greater + 1) / (draws + 1), lessOrEqual: (less + 1) / (draws + 1) };
  }
  return { internalTies: internal, externalTies: external, observed, expected, rescaled, permutation, groups, nodes };
}
