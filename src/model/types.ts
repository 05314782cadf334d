/**
 * TypeScript types of the in-memory ecosystem graph: a graphology multi graph of type `mixed`
 * (collaboration ties undirected, every other kind directed).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { AffiliationRole, Confidence, EdgeKind, NodeKind, SpinoffType } from './schema.js';
import type { GraphRoster, SeedStatement } from './graph-attributes.js';

/** A value an attribute may hold. */
export type AttributeValue = string | number | boolean | string[];

/** Attributes of a node. The node's id is its graph key. Unknown extra attributes are kept. */
export interface NodeAttributes extends Attributes {
  label: string;
  /** Absent on untyped nodes (foreign graphs loaded without `--kind-from`). */
  kind?: NodeKind;
  region?: string;
  sector?: string;
  founded?: number;
  dissolved?: number;
  listed?: boolean;
  country?: string;
  url?: string;
  sources?: string[];
  confidence?: Confidence;
  notes?: string;
  /** Layout position and display hints (GEXF viz data), when a file carries them. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** Attributes of an edge. Its direction is the graphology edge type. */
export interface EdgeAttributes extends Attributes {
  /** Absent on untyped edges. */
  kind?: EdgeKind;
  year?: number;
  since?: number;
  until?: number;
  weight?: number;
  amount?: number;
  currency?: string;
  role?: AffiliationRole | string;
  /** On spin-off ties: what kind of spin-off the source says it is. */
  type?: SpinoffType;
  sources?: string[];
  confidence?: Confidence;
  notes?: string;
}

/** Attributes of the graph itself. */
export interface GraphAttributes extends Attributes {
  format?: string;
  name?: string;
  description?: string;
  sources?: string[];
  /** The population the graph is bounded by, as its sources give it; coverage is reported against it. */
  roster?: GraphRoster;
  /** Statements of the domain papers and whether the data reproduce them. */
  seedStatements?: SeedStatement[];
  /** What was looked for and not found, and where. */
  knownGaps?: string[];
}

/** The ecosystem graph. */
export type EcoGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
