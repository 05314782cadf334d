/**
 * Pulling from Neo4j into an ecosystem graph: the whole ecograph graph, or the nodes and
 * relationships a Cypher query returns (with the endpoints of returned relationships). The result
 * goes through the same validation as a file.
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { buildGraph, type BuildResult } from '../../model/build.js';
import type { EdgeKind, NodeKind } from '../../model/schema.js';
import type { RawEdge, RawGraph, RawNode } from '../../model/raw.js';
import type { Connection } from './connection.js';
import {
  ACTOR_LABEL,
  EDGE_DIRECTED_PROPERTY,
  EDGE_KEY_PROPERTY,
  GRAPH_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
} from './mapping.js';
import { fromProperties } from './properties.js';

export interface PullOptions {
  /** A Cypher query; its returned nodes, relationships and paths make the graph. */
  query?: string;
  params?: Record<string, unknown>;
  onProgress?: (done: number, total: number) => void;
}

const KIND_OF_LABEL = new Map<string, NodeKind>(Object.entries(NODE_LABELS).map(([k, l]) => [l, k as NodeKind]));
const KIND_OF_TYPE = new Map<string, EdgeKind>(Object.entries(RELATIONSHIP_TYPES).map(([k, t]) => [t, k as EdgeKind]));

function rawNode(id: string, labels: readonly string[], props: Record<string, unknown>, file: string): RawNode {
  const attributes = fromProperties(props);
  delete attributes.id;
  if (attributes.kind === undefined) {
    const kind = labels.map((l) => KIND_OF_LABEL.get(l)).find((k) => k !== undefined);
    if (kind !== undefined) attributes.kind = kind;
  }
  if (attributes.label === undefined && typeof attributes.name === 'string') attributes.label = attributes.name;
  return { id, attributes, loc: { file } };
}

function rawEdge(key: string, type: string, source: string, target: string, props: Record<string, unknown>, file: string): RawEdge {
  const attributes = fromProperties(props);
  delete attributes[EDGE_KEY_PROPERTY];
  const kind = typeof attributes.kind === 'string' ? attributes.kind : KIND_OF_TYPE.get(type);
  const edge: RawEdge = { key, source, target, attributes, loc: { file } };
  if (kind !== undefined) attributes.kind = kind;
  else {
    if (typeof attributes[EDGE_DIRECTED_PROPERTY] === 'boolean') edge.directed = attributes[EDGE_DIRECTED_PROPERTY] as boolean;
    delete attributes[EDGE_DIRECTED_PROPERTY];
  }
  return edge;
}

/** Pulls the whole ecograph graph (all `Actor` nodes and the relationships between them). */
async function pullAll(conn: Connection, file: string, options: PullOptions): Promise<RawGraph> {
  const raw: RawGraph = { file, format: 'json', attributes: {}, nodes: [], edges: [], problems: [] };
  const session = conn.driver.session({ defaultAccessMode: neo4j.session.READ, ...(conn.database ? { database: conn.database } : {}) });
  try {
    const meta = await session.run(`MATCH (g:${GRAPH_LABEL} {id: 'graph'}) RETURN properties(g) AS props`);
    const gp = meta.records[0]?.get('props') as Record<string, unknown> | undefined;
    if (gp) {
      raw.attributes = fromProperties(gp);
      delete raw.attributes.id;
    }
    const counts = await session.run(`MATCH (n:${ACTOR_LABEL}) WITH count(n) AS n MATCH (:${ACTOR_LABEL})-[r]->(:${ACTOR_LABEL}) RETURN n, count(r) AS m`);
    const total = Number(counts.records[0]?.get('n') ?? 0) + Number(counts.records[0]?.get('m') ?? 0);
    let done = 0;
    const nodes = await session.run(`MATCH (n:${ACTOR_LABEL}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id`);
    for (const r of nodes.records) {
      raw.nodes.push(rawNode(String(r.get('id')), r.get('labels') as string[], r.get('props') as Record<string, unknown>, file));
      if (++done % 10000 === 0) options.onProgress?.(done, total);
    }
    const edges = await session.run(
      `MATCH (a:${ACTOR_LABEL})-[r]->(b:${ACTOR_LABEL}) RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props, elementId(r) AS eid ORDER BY r.${EDGE_KEY_PROPERTY}, eid`,
    );
    for (const r of edges.records) {
      const props = r.get('props') as Record<string, unknown>;
      const key = typeof props[EDGE_KEY_PROPERTY] === 'string' ? (props[EDGE_KEY_PROPERTY] as string) : String(r.get('eid'));
      raw.edges.push(rawEdge(key, r.get('type') as string, String(r.get('source')), String(r.get('target')), props, file));
      if (++done % 10000 === 0) options.onProgress?.(done, total);
    }
    options.onProgress?.(total, total);
  } finally {
    await session.close();
  }
  return raw;
}

/** Walks a query's values, collecting nodes and relationships (also inside lists, maps and paths). */
function collect(value: unknown, nodes: Map<string, Node>, rels: Map<string, Relationship>): void {
  if (neo4j.isNode(value as object)) nodes.set((value as Node).elementId, value as Node);
  else if (neo4j.isRelationship(value as object)) rels.set((value as Relationship).elementId, value as Relationship);
  else if (neo4j.isPath(value as object)) {
    const p = value as { segments: { start: Node; relationship: Relationship; end: Node }[]; start: Node };
    nodes.set(p.start.elementId, p.start);
    for (const s of p.segments) {
      nodes.set(s.end.elementId, s.end);
      rels.set(s.relationship.elementId, s.relationship);
    }
  } else if (Array.isArray(value)) for (const v of value) collect(v, nodes, rels);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) collect(v, nodes, rels);
}

async function pullQuery(conn: Connection, file: string, query: string, params: Record<string, unknown>): Promise<RawGraph> {
  const raw: RawGraph = { file, format: 'json', attributes: { name: 'Neo4j query result', query }, nodes: [], edges: [], problems: [] };
  const session = conn.driver.session({ defaultAccessMode: neo4j.session.READ, ...(conn.database ? { database: conn.database } : {}) });
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  try {
    const result = await session.run(query, params);
    for (const record of result.records) for (const v of record.values()) collect(v, nodes, rels);
    const missing = [...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((id) => !nodes.has(id));
    if (missing.length > 0) {
      const more = await session.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: [...new Set(missing)] });
      for (const r of more.records) collect(r.get('n'), nodes, rels);
    }
  } finally {
    await session.close();
  }
  const idOf = new Map<string, string>();
  for (const n of nodes.values()) {
    const props = n.properties as Record<string, unknown>;
    const id = typeof props.id === 'string' || typeof props.id === 'number' ? String(props.id) : n.elementId;
    idOf.set(n.elementId, id);
    raw.nodes.push(rawNode(id, n.labels, props, file));
  }
  for (const r of rels.values()) {
    const props = r.properties as Record<string, unknown>;
    const key = typeof props[EDGE_KEY_PROPERTY] === 'string' ? (props[EDGE_KEY_PROPERTY] as string) : r.elementId;
    raw.edges.push(rawEdge(key, r.type, idOf.get(r.startNodeElementId)!, idOf.get(r.endNodeElementId)!, props, file));
  }
  return raw;
}

/**
 * Pulls a graph from Neo4j and validates it like a file.
 *
 * @param conn - an open connection
 * @param options - an optional Cypher query and parameters
 * @returns the graph and any problems (as for a file)
 * @example
 * const { graph } = await pullGraph(conn, { query: 'MATCH p=(:AnchorCompany)-[:SPUN_OFF*]->() RETURN p' });
 */
export async function pullGraph(conn: Connection, options: PullOptions = {}): Promise<BuildResult> {
  const file = `neo4j:${conn.describe}`;
  const raw = options.query ? await pullQuery(conn, file, options.query, options.params ?? {}) : await pullAll(conn, file, options);
  return buildGraph(raw);
}

