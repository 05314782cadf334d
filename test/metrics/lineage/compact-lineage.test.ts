/**
 * Lineage on typed arrays equals lineageSummary: on the bundled graphs, the reference DAGs, a
 * generated 20 000-node ecosystem and hand-made graphs with parallel ties, several parents and
 * given roots, the report from `loadCompactGraph` + `compactLineageSummary` is the standard one,
 * field for field and in the same order.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { loadGraph } from '../../../src/io/files.js';
import { writeJson } from '../../../src/io/json.js';
import { loadCompactGraph } from '../../../src/open/index.js';
import { compactLineageSummary, lineageSummary, type LineageReport } from '../../../src/metrics/lineage/index.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { spinoffGraph } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'ecograph-compact-lineage-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function compactReport(path: string, roots?: readonly string[]): Promise<LineageReport> {
  const load = await loadCompactGraph(path, { keep: { labels: true, lineage: true } });
  return compactLineageSummary(
    { ids: load.graph.nodes, labels: load.labels!, founded: load.founded!, listed: load.listed!, spinoffs: load.spinoffs! },
    roots ? { roots } : {},
  );
}

/** Same report, and the same JSON text (key order included). */
function expectSameReport(actual: LineageReport, expected: LineageReport): void {
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

function saved(graph: EcoGraph, name: string): string {
  const path = join(tmp, `${name}.json`);
  writeFileSync(path, writeJson(graph));
  return path;
}

const jsonIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));

describe('compactLineageSummary equals lineageSummary', () => {
  it.each([...jsonIn(join(ROOT, 'graphs')), ...jsonIn(join(ROOT, 'test/fixtures/reference/lineage/graphs'))])('%s', async (path) => {
    const graph = await loadGraph(path);
    const expected = lineageSummary(graph);
    expectSameReport(await compactReport(path), expected);
    // every node with children as a given root, and a root given twice
    const given = expected.roots.map((r) => r.root).concat(expected.firms.filter((f) => f.generation === 1).map((f) => f.id).slice(0, 5));
    if (given.length > 0) {
      given.push(given[0]!);
      expectSameReport(await compactReport(path, given), lineageSummary(graph, { roots: given }));
    }
  });

  it('a generated 20 000-node ecosystem (spin-off forests several generations deep)', async () => {
    const graph = generateEcosystem({ nodes: 20_000, seed: 11 });
    const path = saved(graph, 'generated');
    const expected = lineageSummary(graph);
    expect(expected.roots.length).toBeGreaterThan(10);
    expectSameReport(await compactReport(path), expected);
  });

  it('parallel ties, two parents, listed firms, missing years, a root without children, an unknown root', async () => {
    const graph = spinoffGraph(
      [
        ['u', 'university', { founded: 1900 }],
        ['a', 'anchor', { founded: 1950 }],
        ['f1', 'firm', { founded: 1960, listed: true }],
        ['f2', 'firm'],
        ['f3', 'firm', { founded: 1990, listed: true }],
        ['f4', 'firm', { founded: 1985 }],
        ['lone', 'firm'],
      ],
      [
        ['u', 'f1'],
        ['u', 'f1', { confidence: 'inferred' }],
        ['a', 'f1'],
        ['f1', 'f2'],
        ['f2', 'f3'],
        ['f1', 'f3'],
        ['a', 'f4'],
        ['f4', 'f3'],
      ],
    );
    const path = saved(graph, 'hand-made');
    expectSameReport(await compactReport(path), lineageSummary(graph));
    expectSameReport(await compactReport(path, ['f1', 'lone', 'u']), lineageSummary(graph, { roots: ['f1', 'lone', 'u'] }));
    await expect(compactReport(path, ['nope'])).rejects.toThrow('no node "nope" in the graph');
  });
});
