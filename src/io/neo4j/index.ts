/**
 * The `ecograph/neo4j` entry: pushing a graph to Neo4j, pulling one back, and writing computed
 * measures to node properties. A separate entry so that neo4j-driver loads only when it is used.
 *
 * @example
 * import { loadGraph } from 'ecograph';
 * import { connect, pushGraph } from 'ecograph/neo4j';
 * const connection = await connect({ uri: 'bolt://localhost:7687', user: 'neo4j', password: 'secret' });
 * try {
 *   await pushGraph(await loadGraph('graphs/kyoto-life-science.json'), connection);
 * } finally {
 *   await connection.close();
 * }
 *
 * @module ecograph/neo4j
 */
export { connect, resolveConnection, CONNECTION_DEFAULTS, type Connection, type ConnectionOptions } from './connection.js';
export { pushGraph, ensureSchema, clearGraph, BatchError, type PushOptions, type PushReport } from './push.js';
export { pullGraph, type PullOptions } from './pull.js';
export { writeNodeProperties, type WriteBackOptions } from './write-back.js';
export { NODE_LABELS, RELATIONSHIP_TYPES, ACTOR_LABEL, GRAPH_LABEL, UNTYPED_RELATIONSHIP } from './mapping.js';
