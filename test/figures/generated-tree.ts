/**
 * Seeded spin-off trees for figure tests: deep and wide, with long English names, Japanese names,
 * second parents, inferred and illustrative ties, listed firms and missing founding years.
 */
import { createRng } from '../../src/model/random.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';

const WORDS = ['Photonics', 'Precision', 'Hamamatsu', 'Engineering', 'Systems', 'Micro', 'Robotics', 'Medical', 'Devices', 'Acoustic', 'Instruments', 'Software', 'Laboratories', 'International', 'Holdings'];
const JAPANESE = ['京都大学', '浜松ホトニクス', '北海道大学マイコン研究会', 'ヤマハ発動機株式会社', '光産業創成大学院大学', '札幌バレー', '静岡大学工学部'];

export interface GeneratedTreeOptions {
  nodes: number;
  seed: number;
  /** Most children of one node (wide trees). */
  maxChildren: number;
  /** Chance that a node's children are spread (a deep tree keeps it low). */
  depthBias: number;
}

/**
 * A spin-off tree of `nodes` nodes under root `root`, reproducible from the seed.
 */
export function generatedSpinoffTree(options: GeneratedTreeOptions): EcoGraph {
  const rng = createRng(options.seed);
  const graph = createEcoGraph({ name: `generated tree ${options.seed}` });
  const ids: string[] = [];
  const year = new Map<string, number>();
  const childCount = new Map<string, number>();
  const label = (i: number): string => {
    const r = rng.next();
    if (r < 0.2) return `${rng.pick(JAPANESE)}${rng.chance(0.5) ? rng.pick(JAPANESE) : ''}`;
    if (r < 0.35) return Array.from({ length: 6 + rng.int(6) }, () => rng.pick(WORDS)).join(' ') + ` Co., Ltd. ${i}`;
    if (r < 0.4) return `Supercalifragilisticexpialidocious${rng.pick(WORDS)}Corporation${i}`;
    return `${rng.pick(WORDS)} ${rng.pick(WORDS)} ${i}`;
  };
  for (let i = 0; i < options.nodes; i++) {
    const id = `n${i}`;
    let parent: string | undefined;
    if (i > 0) {
      // Deep trees pick recent nodes as parents, wide ones pick early nodes.
      for (let tries = 0; tries < 20; tries++) {
        const candidate = rng.chance(options.depthBias) ? ids[Math.max(0, ids.length - 1 - rng.int(4))]! : ids[rng.int(Math.min(ids.length, 6))]!;
        if ((childCount.get(candidate) ?? 0) < options.maxChildren) {
          parent = candidate;
          break;
        }
      }
      parent ??= ids[ids.length - 1]!;
    }
    const founded = parent === undefined ? 1950 : Math.min(2024, (year.get(parent) ?? 1950) + rng.int(12));
    const attrs: Record<string, unknown> = {
      label: label(i),
      kind: i === 0 ? 'anchor' : rng.chance(0.1) ? 'anchor' : 'firm',
      sources: [rng.chance(0.5) ? '002_113372f276fbe30a.txt' : `Company history ${rng.int(30)} (Publisher, 2020) — https://example.org/history/${rng.int(30)}`],
    };
    if (!rng.chance(0.1)) {
      attrs.founded = founded;
      year.set(id, founded);
    } else year.set(id, founded);
    if (rng.chance(0.15)) attrs.listed = true;
    graph.addNode(id, attrs as never);
    if (parent !== undefined) {
      const confidence = rng.chance(0.1) ? 'inferred' : rng.chance(0.1) ? 'illustrative' : 'sourced';
      graph.addDirectedEdge(parent, id, { kind: 'spinoff', confidence, sources: ['002_113372f276fbe30a.txt'] });
      childCount.set(parent, (childCount.get(parent) ?? 0) + 1);
      // A second parent among earlier nodes (never a descendant: indices only grow).
      if (i > 3 && rng.chance(0.06)) {
        const other = ids[rng.int(ids.length)]!;
        if (other !== parent) graph.addDirectedEdge(other, id, { kind: 'spinoff', confidence: 'sourced' });
      }
    }
    ids.push(id);
  }
  return graph;
}
