export { connect, resolveConnection, CONNECTION_DEFAULTS, type Connection, type ConnectionOptions } from './connection.js';
export { pushGraph, ensureSchema, clearGraph, BatchError, type PushOptions, type PushReport } from './push.js';
export { pullGraph, type PullOptions } from './pull.js';
export { writeNodeProperties, type WriteBackOptions } from './write-back.js';
export { NODE_LABELS, RELATIONSHIP_TYPES, ACTOR_LABEL, GRAPH_LABEL, UNTYPED_RELATIONSHIP } from './mapping.js';
