/**
 * Neo4j throughput on a generated ecosystem graph (default 100 000 nodes): `pushGraph` (idempotent
 * batched MERGE) beside a baseline measured in the same run on the same server — a plain batched
 * `UNWIND … CREATE` of the same rows into an empty database, the least a push can cost — and
 * `pullGraph` beside reading the same graph from a native JSON text. Needs a running server
 * (`npm run neo4j:start`, or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD); skipped with a message if none.
 */
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { parseGraph, serializeGraph } from '../src/io/formats.js';
import { clearGraph, connect, pullGraph, pushGraph, type Connection } from '../src/io/neo4j/index.js';
import { toProperties } from '../src/io/neo4j/properties.js';
import { formatMs, formatRatio, timeOnce, type BenchSuite } from './suite.js';

const BATCH = 5000;

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The baseline: the same rows, created without MERGE, labels or constraint checks per kind. */
async function plainCreate(conn: Connection, nodes: Record<string, unknown>[], edges: Record<string, unknown>[]): Promise<void> {
  const session = conn.driver.session(conn.database ? { database: conn.database } : {});
  try {
    for (let i = 0; i < nodes.length; i += BATCH)
      await session.executeWrite((tx) => tx.run('UNWIND $rows AS row CREATE (n:BenchActor) SET n = row.props', { rows: nodes.slice(i, i + BATCH) }));
    await session.run('CREATE INDEX bench_actor_id IF NOT EXISTS FOR (n:BenchActor) ON (n.id)');
    await session.run('CALL db.awaitIndexes(300)');
    for (let i = 0; i < edges.length; i += BATCH)
      await session.executeWrite((tx) =>
        tx.run(
          'UNWIND $rows AS row MATCH (a:BenchActor {id: row.source}) MATCH (b:BenchActor {id: row.target}) CREATE (a)-[r:BENCH_TIE]->(b) SET r = row.props',
          { rows: edges.slice(i, i + BATCH) },
        ),
      );
  } finally {
    await session.close();
  }
}

async function dropBench(conn: Connection): Promise<void> {
  const session = conn.driver.session(conn.database ? { database: conn.database } : {});
  try {
    await session.run('MATCH (n:BenchActor) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('DROP INDEX bench_actor_id IF EXISTS');
  } finally {
    await session.close();
  }
}

const suite: BenchSuite = {
  name: 'neo4j',
  description: 'push and pull throughput against a real Neo4j (baselines: plain CREATE, JSON read)',
  async run({ options, log }) {
    let conn: Connection;
    try {
      conn = await connect();
    } catch (err) {
      log(`skipped: ${(err as Error).message} (start one with \`npm run neo4j:start\`)`);
      return;
    }
    try {
      const graph = generateEcosystem({ nodes: options.nodes ?? 100_000, seed: options.seed });
      const n = graph.order;
      const m = graph.size;
      log(`generated ecosystem: ${n} nodes, ${m} edges (seed ${options.seed}); batches of ${BATCH} rows; server ${conn.describe}`);
      const nodeRows = graph.mapNodes((id, a) => ({ id, props: { ...toProperties(a), id } }));
      const edgeRows = graph.mapEdges((key, a, source, target) => ({ source, target, props: { ...toProperties(a), key } }));
      await clearGraph(conn);
      await dropBench(conn);
      const baseline = await timeAsync(() => plainCreate(conn, nodeRows, edgeRows));
      await dropBench(conn);
      const push = await timeAsync(() => pushGraph(graph, conn, { batch: BATCH }));
      const again = await timeAsync(() => pushGraph(graph, conn, { batch: BATCH }));
      let pulled = 0;
      const pull = await timeAsync(async () => {
        pulled = (await pullGraph(conn)).graph.order;
      });
      if (pulled !== n) throw new Error(`pull returned ${pulled} of ${n} nodes`);
      const text = serializeGraph(graph, 'json')['']!;
      const read = timeOnce(() => parseGraph({ format: 'json', file: { file: 'g.json', text } })).ms;
      const rate = (ms: number) => `${Math.round((n * 1000) / ms).toLocaleString('en')} nodes/s, ${Math.round((m * 1000) / ms).toLocaleString('en')} edges/s`;
      log('operation                     time       throughput                              × baseline');
      log(`plain CREATE (baseline)  ${formatMs(baseline).padStart(10)}   ${rate(baseline).padEnd(40)} 1.00×`);
      log(`push (MERGE, new)        ${formatMs(push).padStart(10)}   ${rate(push).padEnd(40)} ${formatRatio(push, baseline)}`);
      log(`push again (no change)   ${formatMs(again).padStart(10)}   ${rate(again).padEnd(40)} ${formatRatio(again, baseline)}`);
      log(`JSON read (baseline)     ${formatMs(read).padStart(10)}   ${rate(read).padEnd(40)} 1.00×`);
      log(`pull                     ${formatMs(pull).padStart(10)}   ${rate(pull).padEnd(40)} ${formatRatio(pull, read)}`);
      await clearGraph(conn);
    } finally {
      await conn.close();
    }
  },
};

export default suite;
