/**
 * The fixed mapping between ecograph kinds and Neo4j labels and relationship types. Labels and
 * types in Cypher text come only from here — never from data — so no query is built from data.
 */
import type { EdgeKind, NodeKind } from '../../model/schema.js';

/** Label on every ecograph node, with the uniqueness constraint on `id`. */
export const ACTOR_LABEL = 'Actor';

/** The node holding the graph's own attributes. */
export const GRAPH_LABEL = 'EcographGraph';

export const NODE_LABELS: Record<NodeKind, string> = {
  founder: 'Founder',
  person: 'Person',
  firm: 'Firm',
  anchor: 'AnchorCompany',
  university: 'University',
  institute: 'Institute',
  investor: 'Investor',
  government: 'Government',
};

export const RELATIONSHIP_TYPES: Record<EdgeKind, string> = {
  spinoff: 'SPUN_OFF',
  investment: 'INVESTED_IN',
  collaboration: 'COLLABORATES_WITH',
  founded: 'FOUNDED',
  affiliation: 'AFFILIATED_WITH',
  mentorship: 'MENTORS',
};

/** Relationship type of untyped edges (foreign graphs). */
export const UNTYPED_RELATIONSHIP = 'LINKED_TO';

/** Every label a node can carry besides `Actor`. */
export const KIND_LABELS: readonly string[] = Object.values(NODE_LABELS);

/** Every relationship type ecograph writes. */
export const ALL_RELATIONSHIP_TYPES: readonly string[] = [...Object.values(RELATIONSHIP_TYPES), UNTYPED_RELATIONSHIP];

/**
 * Edge properties ecograph adds in Neo4j: `key` (the edge id, merged on) and `directed` (the
 * direction of an untyped edge; typed edges take theirs from the kind). Relationships in Neo4j
 * always have a direction; an undirected tie is stored source → target and read back undirected.
 */
export const EDGE_KEY_PROPERTY = 'key';
export const EDGE_DIRECTED_PROPERTY = 'directed';
