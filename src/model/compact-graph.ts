/**
 * The compact form of a validated ecosystem graph, as the streaming readers of `io/` produce it
 * without building a graphology graph: node ids, kinds and (on request) labels, founding years,
 * listed flags and spin-off ties, in typed arrays indexed by graph node (file order). The ties a
 * view is made of are not kept here: a reader hands each valid tie to a {@link TieSink} as it
 * arrives (the view builder of `metrics/` is one), so that `io/` reads and validates only and
 * never needs to know how a view is made.
 *
 * Browser-safe: no Node imports.
 */
import type { AttributeNames } from './graph.js';
import type { SourceLocation, Problem } from './problems.js';
import { NODE_KINDS, type EdgeKind, type NodeKind } from './schema.js';

/** Value of a node kind code for a node without a kind (kind codes index `NODE_KINDS`). */
export const UNTYPED = 255;

/** Value of a confidence code for a tie that states none (codes index `CONFIDENCE_LEVELS`). */
export const NO_CONFIDENCE = 255;

/**
 * Receives a graph's elements as a reader validates them: every node in graph order, then (or
 * interleaved, after both ends) every valid tie, over graph node indices.
 */
export interface TieSink {
  /**
   * One node of the graph; its index is the number of nodes given before it.
   *
   * @param id - its id
   * @param kind - its kind, or undefined when untyped
   */
  node(id: string, kind: NodeKind | undefined): void;
  /**
   * One valid tie (both ends exist, no validation error found so far in the graph). A reader
   * may check tie keys for duplicates only at the end of the input: a tie whose key turns out to
   * be a duplicate, and ties after it, may then have been given, and the reader refuses the graph.
   *
   * @param source - graph index of the source
   * @param target - graph index of the target
   * @param directed - whether the tie is directed
   * @param kind - its kind, or undefined when untyped
   * @param attributes - its coerced attributes (weights are read from here)
   * @param loc - where it is in its file (read it during the call: a reader may reuse the object for the next tie)
   */
  tie(source: number, target: number, directed: boolean, kind: EdgeKind | undefined, attributes: Readonly<Record<string, unknown>>, loc: SourceLocation): void;
}

/** The spin-off ties of a graph (parallel ties kept, in file order). */
export interface SpinoffTies {
  source: Int32Array;
  target: Int32Array;
  /** Index into `CONFIDENCE_LEVELS`, or {@link NO_CONFIDENCE} when the tie states none. */
  confidence: Uint8Array;
}

/**
 * What a streaming read keeps besides the ties: node data by node index (the graph's nodes in a
 * {@link CompactGraph}, the view's nodes in the compact view built from it) and facts about the
 * whole graph.
 */
export interface CompactKept {
  /** Label of each node, the id when it has none (when labels were asked for). */
  labels?: string[];
  /** Founding year of each node, NaN when unknown (when lineage was asked for). */
  founded?: Float64Array;
  /** 1 for nodes with `listed: true` (when lineage was asked for). */
  listed?: Uint8Array;
  /** Spin-off ties between these nodes, in file order (when lineage was asked for). */
  spinoffs?: SpinoffTies;
  /** Attributes of the graph itself (JSON's top-level `attributes`; none for CSV). */
  attributes: Record<string, unknown>;
  /** Warnings kept (at most the reader's `maxWarnings`; errors are thrown). */
  warnings: Problem[];
  /** All warnings found, kept or not. */
  warningCount: number;
  /** The ties of the whole graph (every valid edge, before any view), when the reader counted them. */
  ties?: number;
  /** The attribute names the whole graph's nodes and edges have values for (the streaming readers record them). */
  attributeNames?: AttributeNames;
}

/** What a streaming reader keeps of a valid graph, by graph node index. */
export interface CompactGraph extends CompactKept {
  /** Node ids in graph order. */
  ids: readonly string[];
  /** The id → index map (built on first call). */
  indexMap(): Map<string, number>;
  /** Kind code of each node: an index into `NODE_KINDS`, or {@link UNTYPED}. */
  kinds: Uint8Array;
}

const KIND_CODE = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));

/**
 * The code of a node kind in {@link CompactGraph.kinds}.
 *
 * @param kind - a node kind, or undefined for an untyped node
 * @example
 * kindOfCode(kindCode('firm')); // 'firm'
 */
export function kindCode(kind: NodeKind | undefined): number {
  return kind !== undefined ? KIND_CODE.get(kind)! : UNTYPED;
}

/**
 * The node kind of a code of {@link CompactGraph.kinds}.
 *
 * @param code - an index into `NODE_KINDS`, or {@link UNTYPED}
 * @example
 * kindOfCode(UNTYPED); // undefined
 */
export function kindOfCode(code: number): NodeKind | undefined {
  return code === UNTYPED ? undefined : NODE_KINDS[code];
}
