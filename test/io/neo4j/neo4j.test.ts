/**
 * Against a real Neo4j server (never a mock): `npm run neo4j:start`, or NEO4J_URI / NEO4J_USER /
 * NEO4J_PASSWORD for your own. Skipped with one line when no server answers, unless the run requires
 * it (CI=true, ECOGRAPH_REQUIRE_NEO4J=1 or ECOGRAPH_REQUIRE_TOOLS=1: see test/helpers/required-tools.ts).
 * All Neo4j tests that need a server live in this one file so they never race on the shared
 * database; what runs without one is tested beside each module (connection, mapping, properties,
 * push, pull, write-back).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { loadGraph, saveGraph } from '../../../src/io/files.js';
import { haveTool } from '../../helpers/required-tools.js';
import { CONNECTION_DEFAULTS } from '../../../src/io/neo4j/connection.js';
import { connect, pullGraph, pushGraph, type Connection } from '../../../src/io/neo4j/index.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { graphDifferences } from '../../helpers/graph-equality.js';
import { runCli } from '../../../src/cli/main.js';
import type { CommandIO } from '../../../src/cli/command.js';
import { centralityTable } from '../../../src/metrics/centrality/centrality-table.js';
import { lineageSummary } from '../../../src/metrics/lineage/index.js';
import { brokers } from '../../../src/metrics/brokerage/brokers.js';
import { buildView } from '../../../src/metrics/view.js';
import { louvain } from '../../../src/metrics/communities/louvain.js';
import { COOKBOOK } from '../../../src/io/neo4j/cookbook.js';

async function tryConnect(): Promise<Connection | Error> {
  try {
    return await connect();
  } catch (err) {
    return err as Error;
  }
}

/** The root cause of a failed connection, short enough for one line. */
function connectFailure(err: Error): string {
  const cause = /Caused by: (.*)$/m.exec(err.message)?.[1] ?? err.message.split('\n')[0]!;
  return cause.length > 120 ? `${cause.slice(0, 117)}...` : cause;
}

const attempt = await tryConnect();
const available = haveTool(
  'neo4j',
  attempt instanceof Error
    ? {
        missing: `no Neo4j server at ${process.env.NEO4J_URI ?? CONNECTION_DEFAULTS.uri} (${connectFailure(attempt)})`,
        install: 'npm run neo4j:start (needs Java 17 and Maven: apt-get install openjdk-17-jdk-headless maven)',
      }
    : undefined,
);
const conn = attempt as Connection;

const ROOT = new URL('../../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/ecograph.js');
const bundled = existsSync(join(ROOT, 'graphs'))
  ? readdirSync(join(ROOT, 'graphs')).filter((f) => f.endsWith('.json')).map((f) => join(ROOT, 'graphs', f))
  : [];

async function roundTrip(graph: EcoGraph, batch = 5000): Promise<EcoGraph> {
  await pushGraph(graph, conn, { replace: true, batch });
  const pulled = await pullGraph(conn);
  expect(pulled.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return pulled.graph;
}

async function count(query: string): Promise<number> {
  const session = conn.driver.session();
  try {
    const r = await session.run(query);
    return Number(r.records[0]!.get(0));
  } finally {
    await session.close();
  }
}

/** Everything in the database, as comparable text: labels, properties, relationship types and ends. */
async function snapshot(): Promise<string> {
  const session = conn.driver.session();
  try {
    const nodes = await session.run('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id');
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, properties(r) AS p, b.id AS b ORDER BY k, a, b',
    );
    const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
    return JSON.stringify([
      nodes.records.map((r) => [r.get('id'), [...(r.get('labels') as string[])].sort(), sortKeys(r.get('p'))]),
      rels.records.map((r) => [r.get('a'), r.get('t'), r.get('k'), sortKeys(r.get('p')), r.get('b')]),
    ]);
  } finally {
    await session.close();
  }
}

function runCliProcess(args: string[]): { done: Promise<{ code: number | null; stderr: string }>; kill: () => void } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { done, kill: () => child.kill('SIGKILL') };
}

// Pushes of 10k-node graphs take tens of seconds on a loaded two-core machine.
describe.runIf(available)('Neo4j (real server)', { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecograph-neo4j-'));
  });
  afterAll(async () => {
    await conn?.close();
  });

  it.each(bundled.length > 0 ? bundled : ['(no bundled graphs yet)'])('push → pull keeps every node, edge, kind and attribute: %s', async (file) => {
    if (!existsSync(file)) return expect(bundled).toEqual([]);
    const graph = await loadGraph(file);
    const back = await roundTrip(graph);
    expect(graphDifferences(graph, back)).toEqual([]);
    expect(back.order).toBeGreaterThan(0);
    return undefined;
  });

  it('push → pull of a 10k-node generated graph is lossless, and a second push changes nothing', async () => {
    const graph = generateEcosystem({ nodes: 10_000, seed: 11 });
    const back = await roundTrip(graph);
    expect(graphDifferences(graph, back)).toEqual([]);
    const before = await snapshot();
    await pushGraph(graph, conn, { batch: 5000 });
    expect(await snapshot()).toBe(before);
    expect(await count('MATCH (n:Actor) RETURN count(n)')).toBe(10_000);
    expect(await count('MATCH (:Actor)-[r]->(:Actor) RETURN count(r)')).toBe(graph.size);
  });

  it('labels and relationship types follow the fixed mapping, with a uniqueness constraint on Actor.id', async () => {
    const graph = generateEcosystem({ nodes: 300, seed: 2 });
    await pushGraph(graph, conn, { replace: true });
    expect(await count('MATCH (n:Actor:AnchorCompany) RETURN count(n)')).toBe(graph.filterNodes((_n, a) => a.kind === 'anchor').length);
    expect(await count('MATCH (n:Actor:Founder) RETURN count(n)')).toBe(graph.filterNodes((_n, a) => a.kind === 'founder').length);
    expect(await count('MATCH ()-[r:SPUN_OFF]->() RETURN count(r)')).toBe(graph.filterEdges((_e, a) => a.kind === 'spinoff').length);
    expect(await count('MATCH ()-[r:COLLABORATES_WITH]->() RETURN count(r)')).toBe(
      graph.filterEdges((_e, a) => a.kind === 'collaboration').length,
    );
    const session = conn.driver.session();
    try {
      // Any uniqueness constraint on Actor(id) will do (a user's server may have created its own).
      const r = await session.run(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND labelsOrTypes = ['Actor'] AND properties = ['id'] RETURN count(*) AS n",
      );
      expect(Number(r.records[0]?.get('n'))).toBe(1);
    } finally {
      await session.close();
    }
  });

  it('hostile labels, ids and property values round-trip as data', async () => {
    const graph = createEcoGraph({ name: "O'Brien `graph` }) RETURN 1 //" });
    const hostile = ["x'}) DETACH DELETE n //", 'MATCH (n) DETACH DELETE n', '`backtick`', '}) ) ]', '"quoted"', '京都大学 <img src=x>'];
    hostile.forEach((h, i) =>
      graph.addNode(`${h}#${i}`, { label: h, kind: 'firm', notes: h, sources: [h, 'seed.txt'], confidence: 'illustrative', 'weird `key` })': h }),
    );
    graph.addDirectedEdgeWithKey("k'`})", `${hostile[0]}#0`, `${hostile[1]}#1`, { kind: 'spinoff', notes: hostile[2]!, sources: ['x'] });
    graph.addUndirectedEdgeWithKey('u1', `${hostile[2]}#2`, `${hostile[3]}#3`, { kind: 'collaboration', weight: 2.5, sources: [] });
    const back = await roundTrip(graph);
    expect(graphDifferences(graph, back)).toEqual([]);
    expect(back.getAttribute('name')).toBe("O'Brien `graph` }) RETURN 1 //");
  });

  it('value types survive: integers, floats, booleans, string lists, untyped directed and undirected ties', async () => {
    const graph = createEcoGraph();
    graph.addNode('a', { label: 'A', count: 3, ratio: 0.25, flag: false, tags: ['x', 'y'], empty: [], nested: { a: [1, 'b'] } });
    graph.addNode('b', { label: 'B' });
    graph.addDirectedEdgeWithKey('d', 'a', 'b', { weight: 1e-9 });
    graph.addUndirectedEdgeWithKey('u', 'b', 'a', { weight: 3 });
    const back = await roundTrip(graph);
    expect(graphDifferences(graph, back)).toEqual([]);
    expect(back.getNodeAttribute('a', 'nested')).toEqual({ a: [1, 'b'] });
  });

  it('an interrupted push (killed mid-way) completes on re-run', async () => {
    const graph = generateEcosystem({ nodes: 10_000, seed: 5 });
    const file = join(dir, 'g10k.json');
    await saveGraph(graph, file);
    const session = conn.driver.session();
    await session.run('MATCH (n) WHERE n:Actor OR n:EcographGraph DETACH DELETE n');
    await session.close();
    const run = runCliProcess(['neo4j', 'push', file, '--batch', '200']);
    // Kill it once some, but not all, batches have committed.
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      seen = await count('MATCH (n:Actor) RETURN count(n)');
      if (seen >= 1000) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    run.kill();
    const first = await run.done;
    expect(first.code).not.toBe(0);
    const partialNodes = await count('MATCH (n:Actor) RETURN count(n)');
    const partialEdges = await count('MATCH (:Actor)-[r]->(:Actor) RETURN count(r)');
    expect(partialNodes + partialEdges).toBeLessThan(graph.order + graph.size);
    const second = runCliProcess(['neo4j', 'push', file, '--batch', '2000']);
    expect((await second.done).code).toBe(0);
    const back = await pullGraph(conn);
    expect(graphDifferences(graph, back.graph)).toEqual([]);
  });

  it('the CLI pulls a Cypher query result with parameters into a file, and never prints the password', async () => {
    const graph = generateEcosystem({ nodes: 500, seed: 3 });
    await pushGraph(graph, conn, { replace: true });
    const root = graph.filterNodes((n, a) => a.kind === 'anchor' && graph.outEdges(n).some((e) => graph.getEdgeAttribute(e, 'kind') === 'spinoff'))[0]!;
    const out = join(dir, 'tree.json');
    const pw = process.env.NEO4J_PASSWORD ?? 'ecograph-dev';
    const r = runCliProcess([
      'neo4j', 'pull', out,
      '--query', 'MATCH p=(a:Actor {id: $root})-[:SPUN_OFF*]->(:Actor) RETURN p',
      '--params', JSON.stringify({ root }),
      '--password', pw,
    ]);
    const { code, stderr } = await r.done;
    expect(code, stderr).toBe(0);
    if (pw.length > 3) expect(stderr).not.toContain(pw);
    const tree = await loadGraph(out);
    const reachable = new Set<string>([root]);
    const stack = [root];
    while (stack.length) {
      const n = stack.pop()!;
      for (const e of graph.outEdges(n)) {
        if (graph.getEdgeAttribute(e, 'kind') !== 'spinoff') continue;
        const t = graph.target(e);
        if (!reachable.has(t)) {
          reachable.add(t);
          stack.push(t);
        }
      }
    }
    expect(new Set(tree.nodes())).toEqual(reachable);
    expect(tree.edges().every((e) => tree.getEdgeAttribute(e, 'kind') === 'spinoff')).toBe(true);
  });

  it('a wrong password is a clear error that does not echo the password', async () => {
    const r = runCliProcess(['neo4j', 'pull', join(dir, 'x.json'), '--user', 'neo4j', '--password', 'definitely-wrong-secret-123']);
    const { code, stderr } = await r.done;
    // A server with authentication disabled accepts any password; then the pull succeeds.
    if (code !== 0) {
      expect(stderr).toContain('cannot connect to Neo4j');
      expect(stderr).not.toContain('definitely-wrong-secret-123');
    }
    expect(stderr).not.toContain('definitely-wrong-secret-123');
  });

  it('analyze --write-back writes the same values file mode computes', async () => {
    const file = join(ROOT, 'graphs/kyoto-life-science.json');
    const graph = existsSync(file) ? await loadGraph(file) : generateEcosystem({ nodes: 400, seed: 9 });
    await pushGraph(graph, conn, { replace: true });
    let out = '';
    const io: CommandIO = { stdout: (t) => void (out += t), stderr: () => undefined, interactive: false };
    const code = await runCli(['neo4j', 'analyze', '--measures', 'all', '--communities', '--lineage', '--write-back', '--format', 'json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { writtenBack: number; nodes: Array<Record<string, unknown>> };
    expect(report.writtenBack).toBe(graph.order);
    const expected = centralityTable(graph);
    const expectedValues = new Map(expected.rows.map((r) => [r.id, r.values]));
    const lineage = new Map(lineageSummary(graph).firms.map((f) => [f.id, f]));
    const partition = louvain(buildView(graph, {}).graph, { seed: 42 }).community;
    const written = new Map<string, number>();
    const session = conn.driver.session();
    try {
      const r = await session.run('MATCH (n:Actor) RETURN n.id AS id, properties(n) AS p');
      expect(r.records.length).toBe(graph.order);
      for (const rec of r.records) {
        const id = rec.get('id') as string;
        const p = rec.get('p') as Record<string, unknown>;
        for (const o of expected.outputs) {
          const want = expectedValues.get(id)![o] ?? null;
          const got = p[o] as number | undefined;
          if (want === null) {
            expect(got, `${o} of ${id}`).toBeUndefined();
            continue;
          }
          if (got === undefined) throw new Error(`${o} of ${id} was not written back`);
          // Same code on the same graph; only the node order differs (Neo4j returns its own), which
          // may change the last bits of floating-point sums: relative 1e-12.
          expect(Math.abs(got - want), `${o} of ${id}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
        }
        written.set(id, p.community as number);
        expect(p.generation ?? null).toBe(lineage.get(id)?.generation ?? null);
        // the roots are listed in node order, which is Neo4j's own here: compare them as a set
        if (lineage.has(id)) expect([...(p.lineageRoots as string[])].sort()).toEqual([...lineage.get(id)!.roots].sort());
      }
      // Communities: the same partition (numbering may differ: it follows the node order).
      const blocks = (m: Map<string, number>) => {
        const by = new Map<number, string[]>();
        for (const [id, c] of m) by.set(c, [...(by.get(c) ?? []), id]);
        return [...by.values()].map((b) => b.sort().join(',')).sort();
      };
      expect(blocks(written)).toEqual(blocks(partition));
    } finally {
      await session.close();
    }
  });

  it.runIf(existsSync(join(ROOT, 'graphs/kyoto-life-science.json')))('cookbook: brokers between universities and anchors equal `ecograph brokers`', async () => {
    const graph = await loadGraph(join(ROOT, 'graphs/kyoto-life-science.json'));
    await pushGraph(graph, conn, { replace: true });
    const und = buildView(graph, {}).graph;
    const dir = buildView(graph, { directed: true }).graph;
    const kindOf = (n: string) => graph.getNodeAttribute(n, 'kind');
    const rows = brokers(und, dir, kindOf, kindOf, { between: 'university', and: 'anchor', via: 'firm' }).filter((r) => r.tiedToBoth);
    expect(rows.length).toBeGreaterThan(0);
    const session = conn.driver.session();
    try {
      const r = await session.run(COOKBOOK.brokers.cypher);
      const got = r.records.map((x) => ({
        id: x.get('firm') as string,
        between: [...(x.get('universities') as string[])].sort(),
        and: [...(x.get('anchors') as string[])].sort(),
        brokeredPairs: Number(x.get('brokeredPairs')),
      }));
      const want = rows.map((x) => ({ id: x.id, between: x.between, and: x.and, brokeredPairs: x.brokeredPairs }));
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect(got.sort(byId)).toEqual(want.sort(byId));
    } finally {
      await session.close();
    }
  });

  it.each(['hamamatsu-spinoffs.json', 'sapporo-valley.json'].filter((f) => existsSync(join(ROOT, 'graphs', f))))(
    'cookbook: spin-off generations by variable-length paths equal `ecograph lineage` (%s)',
    async (name) => {
      const graph = await loadGraph(join(ROOT, 'graphs', name));
      await pushGraph(graph, conn, { replace: true });
      const summary = lineageSummary(graph);
      expect(summary.roots.length).toBeGreaterThan(0);
      const session = conn.driver.session();
      try {
        for (const root of summary.roots) {
          const r = await session.run(COOKBOOK.generations.cypher, { root: root.root });
          const gens = r.records.map((x) => Number(x.get('generation')));
          expect(gens.length, root.root).toBe(root.descendants);
          expect(Math.max(0, ...gens), root.root).toBe(root.generations);
          const byGeneration = Array.from({ length: root.generations }, (_, i) => gens.filter((g) => g === i + 1).length);
          expect(byGeneration, root.root).toEqual(root.byGeneration);
        }
      } finally {
        await session.close();
      }
    },
  );

  it('cookbook: an actor\'s ego network equals its neighbourhood in the file', async () => {
    const graph = generateEcosystem({ nodes: 300, seed: 4 });
    await pushGraph(graph, conn, { replace: true });
    const ego = 'a0';
    const pulled = await pullGraph(conn, { query: COOKBOOK.ego.cypher, params: { id: ego } });
    expect(new Set(pulled.graph.nodes())).toEqual(new Set([ego, ...graph.neighbors(ego)]));
    const egoEdges = new Set(graph.edges(ego));
    expect(new Set(pulled.graph.edges())).toEqual(egoEdges);
  });
});
