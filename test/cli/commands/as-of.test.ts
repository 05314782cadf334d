/**
 * `--at Y` (with `--window`, `--undated`) on every analysis: the result equals the same command on
 * the snapshot at the end of Y written to a file, JSON records the year, window and rule, and the
 * standard and compact routes give the same output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph, saveGraph } from '../../../src/io/files.js';
import { asOfGraph, datingCounts, snapshotAt } from '../../../src/metrics/evolution/snapshot.js';
import { runCapture } from '../../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '../../..');
const KYOTO = join(ROOT, 'graphs/kyoto-life-science.json');
const HAMAMATSU = join(ROOT, 'graphs/hamamatsu-spinoffs.json');
const TMP = mkdtempSync(join(tmpdir(), 'ecograph-as-of-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function json(argv: string[]): Promise<Record<string, unknown>> {
  const r = await runCapture([...argv, '--format', 'json']);
  expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** The snapshot of a graph file at the end of a year, written as JSON. */
async function snapshotFile(path: string, year: number, rules: { window?: number } = {}): Promise<string> {
  const out = join(TMP, `${year}-${rules.window ?? 'all'}-${path.split('/').pop()}`);
  await saveGraph(snapshotAt(await loadGraph(path), year, rules), out);
  return out;
}

function withoutAsOf(view: unknown): unknown {
  const { asOf: _asOf, ...rest } = view as Record<string, unknown>;
  return rest;
}

describe('brokers --at', () => {
  const argv = ['brokers', KYOTO, '--between', 'university', '--and', 'anchor', '--via', 'firm'];

  it('2009 and 2024 differ as the dated ties say', async () => {
    const before = await json([...argv, '--at', '2009']);
    const after = await json([...argv, '--at', '2024']);
    const ids = (out: Record<string, unknown>) => (out.nodes as Array<{ id: string }>).map((n) => n.id);
    // in 2009 Takara Bio (founded 2002, tied to its parent Takara Shuzo) is the only firm tied to either side
    expect(ids(before)).toEqual(['takara-bio']);
    // Chordia (founded 2017: Takeda spin-off, collaborating with Kyoto University) brokers by 2024
    expect(ids(after)[0]).toBe('chordia');
    // Hand count on the 2024 snapshot of graphs/kyoto-life-science.json (undirected): Chordia lies on the
    // only shortest path of Kyoto University–Takeda (KU–Chordia–Takeda) and of CiRA to Shimadzu, Horiba
    // and NTT (all leave CiRA by Takeda–Chordia–KU); KU–Shimadzu runs through ASTEM and the prefecture,
    // Takara Shuzo is out of reach. 4 pairs, halved as NetworkX does on undirected graphs: 2.
    // Regional Fish carries KU–NTT and CiRA–NTT: 2 pairs, halved: 1.
    const betweenness = Object.fromEntries((after.nodes as Array<{ id: string; betweenness: number }>).map((n) => [n.id, n.betweenness]));
    expect(betweenness.chordia).toBe(2);
    expect(betweenness['regional-fish']).toBe(1);
    expect(betweenness.orizuru).toBe(0);
  });

  it('records the year, window and rule with the placement counts, and equals the command on the snapshot file', async () => {
    const out = await json([...argv, '--at', '2009', '--window', '5']);
    const graph = await loadGraph(KYOTO);
    const view = out.view as { asOf: unknown };
    expect(view.asOf).toEqual({ year: 2009, window: 5, undated: 'bound', counts: datingCounts(graph, 2009, { window: 5 }) });
    expect((out.rolesView as { asOf: unknown }).asOf).toEqual(view.asOf);
    const plain = await json(['brokers', await snapshotFile(KYOTO, 2009, { window: 5 }), '--between', 'university', '--and', 'anchor', '--via', 'firm']);
    expect(out.nodes).toEqual(plain.nodes);
    expect(withoutAsOf(out.view)).toEqual(plain.view);
  });
});

describe('--at on the standard and compact routes', () => {
  it('centrality: the same table either way, equal to the snapshot file', async () => {
    const base = ['centrality', KYOTO, '--measures', 'degree,betweenness,pagerank', '--at', '2015'];
    const standard = await json([...base, '--loader', 'standard']);
    const compact = await json([...base, '--loader', 'compact']);
    const auto = await json(base);
    expect(compact).toEqual(standard);
    expect(auto).toEqual(standard);
    expect((standard.view as { asOf: { year: number } }).asOf.year).toBe(2015);
    const plain = await json(['centrality', await snapshotFile(KYOTO, 2015), '--measures', 'degree,betweenness,pagerank']);
    expect(standard.nodes).toEqual(plain.nodes);
  });

  it('communities: the same partition either way', async () => {
    const base = ['communities', KYOTO, '--at', '2015', '--undated', 'include'];
    const standard = await json([...base, '--loader', 'standard']);
    const compact = await json([...base, '--loader', 'compact']);
    expect(compact).toEqual(standard);
    expect((standard.view as { asOf: { undated: string } }).asOf.undated).toBe('include');
  });

  it('lineage: the trees as of 1960 either way, with asOf in JSON', async () => {
    const base = ['lineage', HAMAMATSU, '--at', '1960'];
    const standard = await json([...base, '--loader', 'standard']);
    const compact = await json([...base, '--loader', 'compact']);
    expect(compact).toEqual(standard);
    const { asOf: expected } = asOfGraph(await loadGraph(HAMAMATSU), { year: 1960 });
    expect(standard.asOf).toEqual(expected);
    const plain = await json(['lineage', await snapshotFile(HAMAMATSU, 1960)]);
    const { asOf: _asOf, ...rest } = standard;
    expect(rest).toEqual(plain);
    // fewer trees or descendants than on the whole graph
    const whole = await json(['lineage', HAMAMATSU]);
    const descendants = (out: Record<string, unknown>) => (out.roots as Array<{ descendants: number }>).reduce((s, r) => s + r.descendants, 0);
    expect(descendants(standard)).toBeLessThan(descendants(whole));
  });
});

describe('info and brokerage --at', () => {
  it('info counts the snapshot and says how its elements are placed', async () => {
    const out = await json(['info', HAMAMATSU, '--at', '1960']);
    const graph = await loadGraph(HAMAMATSU);
    const snapshot = snapshotAt(graph, 1960);
    expect((out.nodes as { total: number }).total).toBe(snapshot.order);
    expect((out.edges as { total: number }).total).toBe(snapshot.size);
    expect(out.asOf).toEqual({ year: 1960, window: null, undated: 'bound', counts: datingCounts(graph, 1960) });
    const text = await runCapture(['info', HAMAMATSU, '--at', '1960']);
    expect(text.stdout).toMatch(/as of the end of 1960 \(undated rule bound; events count from their year on\)/);
    expect(text.stdout).toMatch(/^dating: actors \d+ dated, \d+ placed by a derived bound, \d+ undated; ties/m);
  });

  it('brokerage records the year in both views', async () => {
    const out = await json(['brokerage', KYOTO, '--at', '2009', '--undated', 'exclude']);
    expect((out.view as { asOf: { undated: string } }).asOf.undated).toBe('exclude');
    expect((out.structuralHolesView as { asOf: { year: number } }).asOf.year).toBe(2009);
  });

  it('refuses --window or --undated without --at, and a year that is not whole', async () => {
    for (const argv of [
      ['centrality', KYOTO, '--window', '5'],
      ['info', KYOTO, '--undated', 'exclude'],
      ['brokers', KYOTO, '--between', 'university', '--and', 'anchor', '--at', '2009.5'],
      ['lineage', HAMAMATSU, '--at', '1960', '--window', '0'],
    ]) {
      const r = await runCapture(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--(window|at)/);
    }
  });
});
