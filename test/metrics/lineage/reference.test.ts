/**
 * Acceptance 1: generations and descendants (and the other per-root figures) equal the NetworkX
 * reference values in test/fixtures/reference/lineage/expected.json, written by
 * scripts/reference/lineage.py. Counts compare exactly; meanChildren to relative 1e-9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { lineageSummary, lineageTree, type LineageTreeNode, type RootSummary } from '../../../src/metrics/lineage/index.js';

const DIR = join(import.meta.dirname, '../../fixtures/reference/lineage');

interface ReferenceRoot extends RootSummary {
  generationOf: Record<string, number>;
}
interface ReferenceGraph {
  name: string;
  file: string;
  roots: ReferenceRoot[];
  explicitRoots: ReferenceRoot[];
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { graphs: ReferenceGraph[] };

function expectSummary(actual: RootSummary, ref: ReferenceRoot) {
  const { generationOf: _g, meanChildren, ...exact } = ref;
  const { meanChildren: actualMean, ...rest } = actual;
  expect(rest).toEqual(exact);
  if (meanChildren === null) expect(actualMean).toBeNull();
  else {
    expect(actualMean).not.toBeNull();
    expect(Math.abs(actualMean! - meanChildren) / meanChildren).toBeLessThanOrEqual(1e-9);
  }
}

function flatten(tree: LineageTreeNode): LineageTreeNode[] {
  const out: LineageTreeNode[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    stack.push(...node.children);
  }
  return out;
}

it('the fixtures cover the hand-made and seeded random DAGs', () => {
  const names = expected.graphs.map((g) => g.name);
  expect(names).toEqual(expect.arrayContaining(['chain', 'wide-tree', 'diamond', 'several-roots', 'forest']));
  expect(names.filter((n) => n.startsWith('random-')).length).toBeGreaterThanOrEqual(4);
});

describe.each(expected.graphs)('$name', (ref) => {
  it('finds the same roots, in graph order, with the NetworkX figures', async () => {
    const graph = await loadGraph(join(DIR, ref.file));
    const report = lineageSummary(graph);
    expect(report.roots.map((r) => r.root)).toEqual(ref.roots.map((r) => r.root));
    report.roots.forEach((r, i) => expectSummary(r, ref.roots[i]!));
  });

  it('gives each firm its longest-path generation under each root', async () => {
    const graph = await loadGraph(join(DIR, ref.file));
    const { firms } = lineageSummary(graph);
    const byId = new Map(firms.map((f) => [f.id, f]));
    for (const root of ref.roots) {
      expect(byId.get(root.root)?.generationByRoot[root.root]).toBe(0);
      for (const [id, g] of Object.entries(root.generationOf)) expect(byId.get(id)?.generationByRoot[root.root], `${id} under ${root.root}`).toBe(g);
    }
    for (const f of firms) {
      const own = ref.roots.filter((r) => r.root === f.id || r.generationOf[f.id] !== undefined).map((r) => r.root);
      expect(f.roots).toEqual(own);
      expect(f.generation).toBe(Math.max(...Object.values(f.generationByRoot)));
    }
    const inTrees = new Set(ref.roots.flatMap((r) => [r.root, ...Object.keys(r.generationOf)]));
    expect(firms.length).toBe(inTrees.size);
  });

  it.runIf(ref.explicitRoots.length > 0)('summarises explicitly given roots (--root), isolated ones included', async () => {
    const graph = await loadGraph(join(DIR, ref.file));
    const report = lineageSummary(graph, { roots: ref.explicitRoots.map((r) => r.root) });
    report.roots.forEach((r, i) => expectSummary(r, ref.explicitRoots[i]!));
  });

  it('lineageTree places every descendant once, at its reference generation', async () => {
    const graph = await loadGraph(join(DIR, ref.file));
    for (const root of [...ref.roots, ...ref.explicitRoots]) {
      const nodes = flatten(lineageTree(graph, root.root));
      expect(nodes.length).toBe(root.descendants + 1);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      for (const n of nodes) expect(n.generation).toBe(n.id === root.root ? 0 : root.generationOf[n.id]);
    }
  });
});
