/**
 * timeline and compareRegions against NetworkX / igraph on the hand-made graph and every bundled
 * graph (reference values: scripts/reference/evolution.py, which re-implements the snapshot rules
 * in Python; fixture test/fixtures/reference/evolution/expected.json).
 *
 * Counts and generations must be equal, real values equal to 1e-9. Modularity is the one
 * exception: ecograph's Louvain and igraph's multilevel are both heuristics, so ecograph's value
 * must reach 99% of igraph's best of 16 runs (as for `ecograph communities`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { compareRegions } from '../../../src/metrics/evolution/compare.js';
import { timeline } from '../../../src/metrics/evolution/timeline.js';

const ROOT = join(import.meta.dirname, '../../..');
interface Expected {
  graphs: Record<string, { undated: { nodes: number; edges: number }; compare: Record<string, number | null>; years: Array<Record<string, unknown>> }>;
}
const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/reference/evolution/expected.json'), 'utf8')) as Expected;

const EXACT = ['year', 'nodes', 'edges', 'newFirms', 'newSpinoffs', 'components', 'maxGeneration'] as const;
const REAL = ['density', 'largestComponentShare', 'tripleHelixShare', 'meanConstraint'] as const;

function close(actual: number | null | undefined, reference: number | null | undefined, what: string): void {
  if (reference === null || reference === undefined) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - reference), `${what}: ${actual} vs ${reference}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(reference)));
}

function modularityReaches(actual: number | null, igraph: number | null, what: string): void {
  if (igraph === null) return expect(actual, what).toBeNull();
  expect(actual, what).not.toBeNull();
  expect(actual!, `${what}: ${actual} vs igraph ${igraph}`).toBeGreaterThanOrEqual(0.99 * igraph - 1e-12);
}

describe.each(Object.keys(expected.graphs))('%s', (path) => {
  const ref = expected.graphs[path]!;

  it('timeline: every year equals the reference', async () => {
    const graph = await loadGraph(join(ROOT, path));
    const t = timeline(graph);
    expect(t.undated).toEqual(ref.undated);
    expect(t.years.map((r) => r.year)).toEqual(ref.years.map((r) => r.year));
    t.years.forEach((row, i) => {
      const r = ref.years[i]!;
      for (const k of EXACT) expect(row[k], `${row.year} ${k}`).toEqual(r[k]);
      for (const k of REAL) close(row[k], r[k] as number | null, `${row.year} ${k}`);
      modularityReaches(row.modularity, r.igraphModularity as number | null, `${row.year} modularity`);
    });
  });

  it('compare: every indicator of the whole graph equals the reference', async () => {
    const graph = await loadGraph(join(ROOT, path));
    const [region] = compareRegions([{ name: path, graph }]).regions;
    for (const [id, value] of Object.entries(region!.values)) {
      if (id === 'modularity') modularityReaches(value, ref.compare.igraphModularity!, id);
      else close(value, ref.compare[id], id);
    }
    expect(Object.keys(region!.values).sort()).toEqual(Object.keys(ref.compare).filter((k) => k !== 'igraphModularity').concat('modularity').sort());
  });
});
