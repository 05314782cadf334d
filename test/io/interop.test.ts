/**
 * Acceptance 2 of issue 2: the Gephi sample files convert to native JSON with the right counts, and
 * to CSV and back without loss.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph, saveGraph } from '../../src/io/files.js';
import { canonical } from './random-graph.js';
import { runCapture } from '../helpers/run-cli.js';

/** Files written by Gephi and Gephi Lite (origin in test/fixtures/interop/README.md). */
const INTEROP = join(import.meta.dirname, '../fixtures/interop');
const TMP = mkdtempSync(join(tmpdir(), 'ecograph-interop-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCapture(argv);

describe.each([
  ['les-miserables.gexf', 77, 254],
  ['airlines.graphml', 235, 2101],
])('%s', (file, nodes, edges) => {
  it(`converts to JSON and info reports ${nodes} nodes and ${edges} edges`, async () => {
    const out = join(TMP, `${file}.json`);
    const convert = await cli('convert', join(INTEROP, file), out);
    expect(convert.code).toBe(0);
    const info = await cli('info', out, '--format', 'json');
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.stdout) as { nodes: { total: number }; edges: { total: number } };
    expect(summary.nodes.total).toBe(nodes);
    expect(summary.edges.total).toBe(edges);
  });

  it('converts to CSV and back without loss', async () => {
    const original = await loadGraph(join(INTEROP, file));
    const dir = join(TMP, `${file}-csv`);
    await saveGraph(original, dir + '/');
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,label/);
    const back = await loadGraph(dir);
    expect(back.order).toBe(nodes);
    expect(back.size).toBe(edges);
    expect(canonical(back, { graphAttributes: false })).toStrictEqual(canonical(original, { graphAttributes: false }));
    // and through every format
    let g = original;
    for (const ext of ['gexf', 'graphml', 'json']) {
      const path = join(TMP, `${file}.again.${ext}`);
      await saveGraph(g, path);
      g = await loadGraph(path);
    }
    expect(canonical(g)).toStrictEqual(canonical(original));
  });
});

it('les-miserables keeps Gephi viz data and typed attributes', async () => {
  const g = await loadGraph(join(INTEROP, 'les-miserables.gexf'));
  expect(g.getNodeAttributes('11')).toEqual({ label: 'Valjean', modularity_class: 1, color: '#f55b5b', size: 100, x: -87.93029, y: 6.8120565 });
  expect(g.getAttribute('name')).toBe('Les Miserables.gexf');
  expect(g.someEdge((_e, a) => typeof a.weight === 'number' && a.weight === 8)).toBe(true);
});

const GRAPHS = join(import.meta.dirname, '../../graphs');
const bundled = readdirSync(GRAPHS).filter((f) => f.endsWith('.json'));

it.each(bundled)('bundled data set %s survives GEXF, GraphML and CSV', async (file) => {
  const original = await loadGraph(join(GRAPHS, file));
  for (const out of ['x.gexf', 'x.graphml', 'x-csv/']) {
    const path = join(TMP, `${file}-${out}`);
    await saveGraph(original, path);
    const back = await loadGraph(path);
    const withGraph = !out.endsWith('/');
    expect(canonical(back, { graphAttributes: withGraph })).toStrictEqual(canonical(original, { graphAttributes: withGraph }));
  }
});
