import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { ANNOTATIONS, annotation, writeAnnotations } from '../../src/metrics/annotations.js';
import { degreeCentrality } from '../../src/metrics/centrality/degree.js';
import { firmLineages } from '../../src/metrics/lineage/summary.js';
import { buildView } from '../../src/metrics/view.js';

const HAMAMATSU = join(import.meta.dirname, '..', '..', 'graphs', 'hamamatsu-spinoffs.json');

describe('annotations', () => {
  it('declares unique ids and attribute names with a type each', () => {
    const names = ANNOTATIONS.flatMap((a) => a.attributes.map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ANNOTATIONS.map((a) => a.id)).size).toBe(ANNOTATIONS.length);
    for (const a of ANNOTATIONS) for (const c of a.attributes) expect(['double', 'integer', 'string']).toContain(c.type);
  });
  it('computes the same values as the measures they come from', async () => {
    const graph = await loadGraph(HAMAMATSU);
    const degree = annotation('degree')!.compute(graph, {}).degree!;
    expect(degree).toEqual(degreeCentrality(buildView(graph).graph));
    const lineage = annotation('lineage')!.compute(graph, {});
    for (const f of firmLineages(graph)) {
      expect(lineage.spinoffGeneration!.get(f.id)).toBe(f.generation);
      expect(lineage.spinoffRoot!.get(f.id)).toBe(f.roots.join(' | '));
    }
    const community = annotation('community')!.compute(graph, {}).community!;
    expect(community.size).toBe(graph.order);
    const roles = annotation('brokerage')!.compute(graph, {});
    for (const [node, total] of roles.brokerageTotal!) {
      const parts = ['Coordinator', 'Itinerant', 'Representative', 'Gatekeeper', 'Liaison'].map((r) => roles[`brokerage${r}`]!.get(node) as number);
      expect(parts.reduce((s, x) => s + x, 0)).toBe(total);
    }
  });
  it('writes values onto the nodes, and refuses to overwrite an attribute', async () => {
    const graph = await loadGraph(HAMAMATSU);
    const first = graph.nodes()[0]!;
    expect(writeAnnotations(graph, { score: new Map([[first, 2.5]]) })).toEqual(['score']);
    expect(graph.getNodeAttribute(first, 'score')).toBe(2.5);
    expect(() => writeAnnotations(graph, { score: new Map([[first, 1]]), other: new Map([[first, 1]]) })).toThrow(/already has the attribute "score"/);
    expect(graph.getNodeAttribute(first, 'other')).toBeUndefined();
  });
});
