/**
 * timeline and compareRegions against NetworkX / igraph on the hand-made graph and every bundled
 * graph (reference values: scripts/reference/evolution.py, which re-implements the date model —
 * derived bounds, undated rules, event windows, placement counts — in Python; fixture
 * test/fixtures/reference/evolution/expected.json). Timelines under the default rule (bound, no
 * window) with their dated-only indicators; the hand-made graph also under each rule with a 2-year window.
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
import { timeline, type TimelineYear } from '../../../src/metrics/evolution/timeline.js';

const ROOT = join(import.meta.dirname, '../../..');
type Values = Record<string, number | null>;
interface Expected {
  graphs: Record<
    string,
    {
      undated: { nodes: number; edges: number };
      compare: { values: Values; datedOnly: Values; dating: unknown; undatedShare: number | null };
      years: Array<Record<string, unknown>>;
      includeWindow2?: Array<Record<string, unknown>>;
      boundWindow2?: Array<Record<string, unknown>>;
      excludeWindow2?: Array<Record<string, unknown>>;
    }
  >;
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

/** Every count and indicator of a timeline's rows against the reference rows. */
function rowsEqual(rows: TimelineYear[], refRows: Array<Record<string, unknown>>): void {
  expect(rows.map((r) => r.year)).toEqual(refRows.map((r) => r.year));
  rows.forEach((row, i) => {
    const r = refRows[i]!;
    for (const k of EXACT) expect(row[k], `${row.year} ${k}`).toEqual(r[k]);
    for (const k of REAL) close(row[k], r[k] as number | null, `${row.year} ${k}`);
    modularityReaches(row.modularity, r.igraphModularity as number | null, `${row.year} modularity`);
    expect(row.dating, `${row.year} dating`).toEqual(r.dating);
    close(row.undatedShare, r.undatedShare as number | null, `${row.year} undatedShare`);
    const dated = r.datedOnly as Values;
    for (const k of [...EXACT.filter((x) => x !== 'year' && x !== 'newFirms' && x !== 'newSpinoffs'), ...REAL])
      close(row.datedOnly[k] ?? null, dated[k] ?? null, `${row.year} datedOnly.${k}`);
    modularityReaches(row.datedOnly.modularity ?? null, dated.igraphModularity ?? null, `${row.year} datedOnly.modularity`);
  });
}

function valuesEqual(values: Values, ref: Values, what: string): void {
  for (const [id, value] of Object.entries(values)) {
    if (id === 'modularity') modularityReaches(value, ref.igraphModularity!, `${what} ${id}`);
    else close(value, ref[id], `${what} ${id}`);
  }
  expect(Object.keys(values).sort()).toEqual(Object.keys(ref).filter((k) => k !== 'igraphModularity').concat('modularity').sort());
}

describe.each(Object.keys(expected.graphs))('%s', (path) => {
  const ref = expected.graphs[path]!;

  it('timeline (bound, no window): every year, count and indicator, and its dated-only indicators, equal the reference', async () => {
    const graph = await loadGraph(join(ROOT, path));
    const t = timeline(graph);
    expect(t.rules).toEqual({ undated: 'bound', window: null });
    expect(t.undated).toEqual(ref.undated);
    rowsEqual(t.years, ref.years);
  });

  it.runIf(ref.includeWindow2 !== undefined).each(['include', 'bound', 'exclude'] as const)('timeline (%s, 2-year event window) equals the reference', async (undated) => {
    const graph = await loadGraph(join(ROOT, path));
    rowsEqual(timeline(graph, { undated, window: 2 }).years, ref[`${undated}Window2`]!);
  });

  it('compare: every indicator of the whole graph, under bound and on dated elements only, equals the reference', async () => {
    const graph = await loadGraph(join(ROOT, path));
    const [region] = compareRegions([{ name: path, graph }]).regions;
    valuesEqual(region!.values, ref.compare.values, 'values');
    valuesEqual(region!.datedOnly, ref.compare.datedOnly, 'datedOnly');
    expect(region!.dating).toEqual(ref.compare.dating);
    close(region!.undatedShare, ref.compare.undatedShare, 'undatedShare');
  });
});
