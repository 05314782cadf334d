import { describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import { readRaw } from '../../src/io/formats.js';
import { writeJson } from '../../src/io/json.js';
import { buildGraph } from '../../src/model/build.js';
import { lineageSummary } from '../../src/metrics/lineage/index.js';

describe('generateEcosystem', () => {
  const graph = generateEcosystem({ nodes: 5000, seed: 1 });
  const text = writeJson(graph);

  it('gives the same file for the same seed and another for another seed', () => {
    expect(writeJson(generateEcosystem({ nodes: 5000, seed: 1 }))).toBe(text);
    expect(writeJson(generateEcosystem({ nodes: 5000, seed: 2 }))).not.toBe(text);
  });

  it('has exactly the nodes asked for and passes validation with no problem at all', () => {
    expect(graph.order).toBe(5000);
    const built = buildGraph(readRaw({ format: 'json', file: { file: 'g.json', text } }));
    expect(built.problems).toEqual([]);
    expect(built.graph.size).toBe(graph.size);
  });

  it('marks every element illustrative and sourced to the generator', () => {
    const bad = [
      ...graph.filterNodes((_n, a) => a.confidence !== 'illustrative' || !a.sources?.length),
      ...graph.filterEdges((_e, a) => a.confidence !== 'illustrative' || !a.sources?.length),
    ];
    expect(bad).toEqual([]);
  });

  it('grows spin-off forests several generations deep from anchors, universities and institutes', () => {
    const { roots } = lineageSummary(graph);
    const deepest = Math.max(...roots.map((r) => r.generations));
    expect(deepest).toBeGreaterThanOrEqual(4);
    const seededByOrganisations = roots.filter((r) => ['anchor', 'university', 'institute'].includes(graph.getNodeAttribute(r.root, 'kind') ?? ''));
    expect(seededByOrganisations.length).toBeGreaterThan(0);
  });

  it('has heavy-tailed collaboration: degrees spread far wider than in a Poisson graph', () => {
    const degree = new Map<string, number>();
    graph.forEachUndirectedEdge((_e, a, s, t) => {
      if (a.kind !== 'collaboration') return;
      degree.set(s, (degree.get(s) ?? 0) + 1);
      degree.set(t, (degree.get(t) ?? 0) + 1);
    });
    const values = [...degree.values()];
    const mean = values.reduce((x, y) => x + y, 0) / values.length;
    const variance = values.reduce((x, y) => x + (y - mean) ** 2, 0) / values.length;
    // A Poisson degree (no preferential attachment) would have variance ≈ mean and a maximum near
    // mean + 4·sqrt(mean); preferential attachment spreads it far wider.
    expect(variance).toBeGreaterThan(2 * mean);
    expect(Math.max(...values)).toBeGreaterThan(mean + 8 * Math.sqrt(mean));
  });
});
