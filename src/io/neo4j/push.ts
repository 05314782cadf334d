/**
 * Pushing an ecosystem graph into Neo4j: batched `UNWIND … MERGE` in transactions, idempotent
 * (pushing twice leaves the same database), a failed batch rolled back and named in the error, so
 * re-running completes an interrupted push.
 */
import type { EcoGraph } from '../../model/types.js';
import type { Connection } from './connection.js';
import {
  ACTOR_LABEL,
  ALL_RELATIONSHIP_TYPES,
  EDGE_DIRECTED_PROPERTY,
  EDGE_KEY_PROPERTY,
  GRAPH_LABEL,
  KIND_LABELS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  UNTYPED_RELATIONSHIP,
} from './mapping.js';
import { toProperties } from './properties.js';

export interface PushOptions {
  /** Rows per transaction. */
  batch?: number;
  /** Delete every ecograph node and relationship first. */
  replace?: boolean;
  /** Called after each committed batch. */
  onProgress?: (done: number, total: number) => void;
  /** Called after each committed batch with what it held and how long it took. */
  onBatch?: (what: string, rows: number, milliseconds: number) => void;
}

export const DEFAULTS = { batch: 5000, replace: false } as const;

export interface PushReport {
  nodes: number;
  edges: number;
  batches: number;
}

/** Thrown when a batch fails: the batch was rolled back; earlier batches stay committed. */
export class BatchError extends Error {
  constructor(
    readonly batch: number,
    readonly batches: number,
    readonly what: string,
    cause: Error,
  ) {
    super(`batch ${batch} of ${batches} (${what}) failed and was rolled back: ${cause.message}. Re-run the push to complete it.`);
    this.name = 'BatchError';
  }
}

interface Job {
  what: string;
  query: string;
  rows: Record<string, unknown>[];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const removeKindLabels = KIND_LABELS.map((l) => `n:${l}`).join(', ');

function nodeQuery(label: string | undefined): string {
  return [
    'UNWIND $rows AS row',
    `MERGE (n:${ACTOR_LABEL} {id: row.id})`,
    'SET n = row.props',
    `REMOVE ${removeKindLabels}`,
    ...(label ? [`SET n:${label}`] : []),
  ].join('\n');
}

function edgeQuery(type: string): string {
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${ACTOR_LABEL} {id: row.source})`,
    `MATCH (b:${ACTOR_LABEL} {id: row.target})`,
    `MERGE (a)-[r:${type} {${EDGE_KEY_PROPERTY}: row.key}]->(b)`,
    'SET r = row.props',
  ].join('\n');
}

/** Creates the uniqueness constraint on `Actor.id` and relationship key indexes (idempotent). */
export async function ensureSchema(conn: Connection): Promise<void> {
  const session = conn.driver.session(conn.database ? { database: conn.database } : {});
  try {
    await session.run(`CREATE CONSTRAINT ecograph_actor_id IF NOT EXISTS FOR (n:${ACTOR_LABEL}) REQUIRE n.id IS UNIQUE`);
    for (const type of ALL_RELATIONSHIP_TYPES)
      await session.run(`CREATE INDEX ecograph_${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${EDGE_KEY_PROPERTY})`);
  } finally {
    await session.close();
  }
}

/** Deletes every ecograph node (and so its relationships) and the graph node, in batches. */
export async function clearGraph(conn: Connection): Promise<void> {
  const session = conn.driver.session(conn.database ? { database: conn.database } : {});
  try {
    await session.run(`MATCH (n) WHERE n:${ACTOR_LABEL} OR n:${GRAPH_LABEL} CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
  } finally {
    await session.close();
  }
}

/**
 * Pushes a graph: the graph node, nodes grouped by kind (label per kind plus `Actor`), then
 * relationships grouped by type, each group in batches of `batch` rows, one transaction each.
 *
 * @param graph - the ecosystem graph
 * @param conn - an open connection (see `connect`)
 * @param options - batch size, replace, progress
 * @example
 * const conn = await connect();
 * await pushGraph(loadedGraph, conn, { batch: 5000 });
 */
export async function pushGraph(graph: EcoGraph, conn: Connection, options: PushOptions = {}): Promise<PushReport> {
  const batch = Math.max(1, options.batch ?? DEFAULTS.batch);
  await ensureSchema(conn);
  if (options.replace) await clearGraph(conn);

  const jobs: Job[] = [];
  const graphName = String(graph.getAttribute('name') ?? 'ecograph');
  jobs.push({
    what: 'graph attributes',
    query: `UNWIND $rows AS row MERGE (g:${GRAPH_LABEL} {id: row.id}) SET g = row.props`,
    rows: [{ id: 'graph', props: { ...toProperties({ ...graph.getAttributes(), name: graphName }), id: 'graph' } }],
  });
  const byLabel = new Map<string, Record<string, unknown>[]>();
  graph.forEachNode((id, attrs) => {
    const label = attrs.kind ? NODE_LABELS[attrs.kind] : '';
    let rows = byLabel.get(label);
    if (!rows) byLabel.set(label, (rows = []));
    rows.push({ id, props: { ...toProperties(attrs), id } });
  });
  for (const [label, rows] of byLabel)
    for (const [i, part] of chunk(rows, batch).entries())
      jobs.push({ what: `${label || 'untyped'} nodes ${i * batch + 1}–${i * batch + part.length}`, query: nodeQuery(label || undefined), rows: part });
  const byType = new Map<string, Record<string, unknown>[]>();
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    const type = attrs.kind ? RELATIONSHIP_TYPES[attrs.kind] : UNTYPED_RELATIONSHIP;
    let rows = byType.get(type);
    if (!rows) byType.set(type, (rows = []));
    const props = toProperties(attrs);
    props[EDGE_KEY_PROPERTY] = key;
    if (!attrs.kind) props[EDGE_DIRECTED_PROPERTY] = !undirected;
    rows.push({ key, source, target, props });
  });
  for (const [type, rows] of byType)
    for (const [i, part] of chunk(rows, batch).entries())
      jobs.push({ what: `${type} relationships ${i * batch + 1}–${i * batch + part.length}`, query: edgeQuery(type), rows: part });

  const total = graph.order + graph.size + 1;
  let done = 0;
  const session = conn.driver.session(conn.database ? { database: conn.database } : {});
  try {
    for (const [i, job] of jobs.entries()) {
      const started = performance.now();
      try {
        await session.executeWrite((tx) => tx.run(job.query, { rows: job.rows }));
        options.onBatch?.(job.what, job.rows.length, performance.now() - started);
      } catch (err) {
        throw new BatchError(i + 1, jobs.length, job.what, err as Error);
      }
      done += job.rows.length;
      options.onProgress?.(done, total);
    }
  } finally {
    await session.close();
  }
  return { nodes: graph.order, edges: graph.size, batches: jobs.length };
}
