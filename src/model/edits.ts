/**
 * Editing an ecosystem graph one change at a time, as a mapper does: add, change and delete actors
 * and ties, and merge two nodes that are the same actor. Each change is checked by the same rules
 * as `ecograph validate` (the same problem codes and messages, each at its field) before it is
 * applied; a change with an error is refused and leaves the graph as it was. Every applied change
 * returns its inverse, so an editor can undo and redo.
 *
 * Browser-safe: the explorer's edit mode and scripts use the same functions.
 */
import { buildGraph, hasSources } from './build.js';
import { problem, type Problem } from './problems.js';
import type { RawEdge, RawGraph, RawNode } from './raw.js';
import { isEdgeKind } from './schema.js';
import { findSpinoffCycles } from './spinoff-cycles.js';
import type { EcoGraph, EdgeAttributes, NodeAttributes } from './types.js';

/** One change to a graph. Attributes are the element's whole new attribute set. */
export type GraphEdit =
  | { op: 'add-node'; id: string; attributes: Record<string, unknown> }
  | { op: 'update-node'; id: string; attributes: Record<string, unknown> }
  | { op: 'delete-node'; id: string }
  | { op: 'add-edge'; key: string; source: string; target: string; attributes: Record<string, unknown>; directed?: boolean }
  | { op: 'update-edge'; key: string; attributes: Record<string, unknown> }
  | { op: 'delete-edge'; key: string }
  | { op: 'merge-nodes'; keep: string; merged: string }
  | { op: 'batch'; edits: GraphEdit[] };

/**
 * The outcome of {@link applyEdit}: the inverse change (give it to {@link revertEdit} to undo), or
 * the problems that refused the change.
 */
export type EditOutcome = { ok: true; inverse: GraphEdit; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** The attribute a merge records the merged node's id in (a list: a node may absorb several). */
export const MERGED_IDS_ATTRIBUTE = 'mergedIds';

/** The file name problems of an edit carry (an edit has no line in a file). */
export const EDIT_FILE = '(edit)';

const LOC = { file: EDIT_FILE };

function rawNode(id: string, attributes: Record<string, unknown>): RawNode {
  return { id, attributes, loc: LOC };
}

/** A tie of `graph` as the element validation reads (located in the edit session, {@link EDIT_FILE}). */
export function rawEdgeOf(graph: EcoGraph, key: string): RawEdge {
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    directed: graph.isDirected(key),
    attributes: graph.getEdgeAttributes(key),
    loc: LOC,
  };
}

/** Problems of a small raw graph, found by the validator itself. */
function validate(nodes: RawNode[], edges: RawEdge[]): { problems: Problem[]; built: EcoGraph } {
  const raw: RawGraph = { file: EDIT_FILE, format: 'json', attributes: {}, nodes, edges, problems: [] };
  const { problems, graph } = buildGraph(raw);
  return { problems, built: graph };
}

/** A new element must be sourced, or say it is illustrative (a made-up teaching element). */
function sourcesRequired(attributes: Record<string, unknown>, what: string): Problem | undefined {
  if (hasSources(attributes) || attributes.confidence === 'illustrative') return undefined;
  return problem('error', 'missing-sources', `${what} has no sources: give a document or a private source, or mark it illustrative`, LOC, 'sources');
}

const errorsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
const warningsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning');

/** Raw records of a node's neighbourhood: the node with `attributes`, its neighbours and its ties. */
function neighbourhood(graph: EcoGraph, id: string, attributes: Record<string, unknown>): { nodes: RawNode[]; edges: RawEdge[] } {
  const nodes = [rawNode(id, attributes)];
  for (const n of graph.neighbors(id)) if (n !== id) nodes.push(rawNode(n, graph.getNodeAttributes(n)));
  const edges = graph.edges(id).map((e) => rawEdgeOf(graph, e));
  return { nodes, edges };
}

/**
 * Checks one change against the model's rules without applying it.
 *
 * @param graph - the graph as it is
 * @param edit - the change
 * @returns every problem, errors and warnings (an error refuses the change)
 * @example
 * checkEdit(graph, { op: 'add-node', id: 'acme', attributes: { label: 'Acme', kind: 'firm', sources: ['…'] } });
 */
export function checkEdit(graph: EcoGraph, edit: GraphEdit): Problem[] {
  switch (edit.op) {
    case 'add-node': {
      const problems: Problem[] = [];
      if (graph.hasNode(edit.id)) problems.push(problem('error', 'duplicate-id', `duplicate node id "${edit.id}"`, LOC, 'id'));
      problems.push(...validate([rawNode(edit.id, edit.attributes)], []).problems.filter((p) => p.code !== 'missing-sources'));
      const unsourced = sourcesRequired(edit.attributes, `node "${edit.id}"`);
      if (unsourced) problems.push(unsourced);
      return problems;
    }
    case 'update-node': {
      if (!graph.hasNode(edit.id)) return [problem('error', 'missing-node', `node "${edit.id}" is not a node of the graph`, LOC, 'id')];
      const { nodes, edges } = neighbourhood(graph, edit.id, edit.attributes);
      return validate(nodes, edges).problems.filter((p) => p.code !== 'missing-sources');
    }
    case 'delete-node':
      return graph.hasNode(edit.id) ? [] : [problem('error', 'missing-node', `node "${edit.id}" is not a node of the graph`, LOC, 'id')];
    case 'add-edge':
    case 'update-edge': {
      const problems: Problem[] = [];
      let source: string;
      let target: string;
      if (edit.op === 'add-edge') {
        if (graph.hasEdge(edit.key)) problems.push(problem('error', 'duplicate-id', `duplicate edge id "${edit.key}"`, LOC, 'id'));
        ({ source, target } = edit);
      } else {
        if (!graph.hasEdge(edit.key)) return [problem('error', 'missing-node', `edge "${edit.key}" is not an edge of the graph`, LOC, 'id')];
        source = graph.source(edit.key);
        target = graph.target(edit.key);
      }
      const nodes = [source, target].filter((n, i, all) => graph.hasNode(n) && all.indexOf(n) === i).map((n) => rawNode(n, graph.getNodeAttributes(n)));
      const kind = typeof edit.attributes.kind === 'string' ? edit.attributes.kind.trim().toLowerCase() : undefined;
      const edge: RawEdge = { key: edit.key, source, target, attributes: edit.attributes, loc: LOC };
      if (edit.op === 'add-edge' && edit.directed !== undefined) edge.directed = edit.directed;
      if (edit.op === 'update-edge') {
        const directed = keptDirection(graph, edit.key, edit.attributes);
        if (directed !== undefined) edge.directed = directed;
      }
      const { problems: found } = validate(nodes, [edge]);
      problems.push(...found.filter((p) => p.code !== 'missing-sources'));
      if (edit.op === 'add-edge') {
        const unsourced = sourcesRequired(edit.attributes, `edge "${edit.key}" ${source} → ${target}`);
        if (unsourced) problems.push(unsourced);
      }
      if (kind === 'spinoff' && errorsIn(problems).length === 0) problems.push(...spinoffCycleAfter(graph, edit));
      return problems;
    }
    case 'delete-edge':
      return graph.hasEdge(edit.key) ? [] : [problem('error', 'missing-node', `edge "${edit.key}" is not an edge of the graph`, LOC, 'id')];
    case 'merge-nodes': {
      const problems: Problem[] = [];
      for (const id of [edit.keep, edit.merged])
        if (!graph.hasNode(id)) problems.push(problem('error', 'missing-node', `node "${id}" is not a node of the graph`, LOC, 'id'));
      if (problems.length > 0) return problems;
      if (edit.keep === edit.merged) return [problem('error', 'bad-value', `a node cannot be merged with itself ("${edit.keep}")`, LOC, 'id')];
      const trial = graph.copy() as EcoGraph;
      mergeNodes(trial, edit.keep, edit.merged);
      const { nodes, edges } = neighbourhood(trial, edit.keep, trial.getNodeAttributes(edit.keep));
      // Spin-off cycles are looked for over the whole merged graph below (once, not also in the neighbourhood).
      const found = validate(nodes, edges).problems.filter((p) => p.code !== 'missing-sources' && p.code !== 'spinoff-cycle');
      for (const cycle of findSpinoffCycles(trial))
        found.push(problem('error', 'spinoff-cycle', `spin-off cycle: ${[...cycle.nodes, cycle.nodes[0]].join(' → ')}`, LOC));
      return found;
    }
    case 'batch': {
      const trial = graph.copy() as EcoGraph;
      const problems: Problem[] = [];
      for (const part of edit.edits) {
        const outcome = applyEdit(trial, part);
        if (!outcome.ok) return [...problems, ...outcome.problems];
        problems.push(...outcome.warnings);
      }
      return problems;
    }
  }
}

/**
 * Whether `to` can be reached from `from` along directed spin-off ties other than `skip` (a
 * depth-first search over the graph as it is, visiting each node once).
 */
function reachesBySpinoffs(graph: EcoGraph, from: string, to: string, skip: string): boolean {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return false;
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === to) return true;
    graph.forEachOutEdge(node, (edge, attributes, _source, target) => {
      if (edge === skip || attributes.kind !== 'spinoff' || seen.has(target)) return;
      seen.add(target);
      stack.push(target);
    });
  }
  return false;
}

/** The spin-off cycle a new or changed spin-off tie would close, as validate reports it. */
function spinoffCycleAfter(graph: EcoGraph, edit: Extract<GraphEdit, { op: 'add-edge' | 'update-edge' }>): Problem[] {
  // A tie source → target closes a cycle only when target already leads back to source. When it
  // does not and the graph has no cycle already, the answer is known without a trial copy of the
  // graph (a copy costs O(nodes + ties) in graphology objects on every spin-off edit).
  const source = edit.op === 'add-edge' ? edit.source : graph.source(edit.key);
  const target = edit.op === 'add-edge' ? edit.target : graph.target(edit.key);
  if (!reachesBySpinoffs(graph, target, source, edit.key) && findSpinoffCycles(graph).length === 0) return [];
  const trial = graph.copy() as EcoGraph;
  const attributes = edit.attributes as EdgeAttributes;
  if (edit.op === 'add-edge') trial.addDirectedEdgeWithKey(edit.key, edit.source, edit.target, attributes);
  else trial.replaceEdgeAttributes(edit.key, attributes);
  return findSpinoffCycles(trial).map((cycle) =>
    problem('error', 'spinoff-cycle', `spin-off cycle: ${[...cycle.nodes, cycle.nodes[0]].join(' → ')}`, LOC, 'kind'),
  );
}

/**
 * The direction a changed tie keeps: its own when the new attributes name no model kind (an
 * untyped tie), else undefined (the kind's rule decides, so a spin-off changed into a
 * collaboration becomes undirected).
 */
function keptDirection(graph: EcoGraph, key: string, attributes: Record<string, unknown>): boolean | undefined {
  const kind = typeof attributes.kind === 'string' ? attributes.kind.trim().toLowerCase() : undefined;
  return kind !== undefined && isEdgeKind(kind) ? undefined : graph.isDirected(key);
}

/** The typed attributes validation made of a node's raw attributes (years as numbers, kind first). */
function typedNode(id: string, attributes: Record<string, unknown>): NodeAttributes {
  return validate([rawNode(id, attributes)], []).built.getNodeAttributes(id);
}

function typedEdge(
  graph: EcoGraph,
  edit: { key: string; source: string; target: string; attributes: Record<string, unknown>; directed?: boolean | undefined },
): { attributes: EdgeAttributes; directed: boolean } {
  const nodes = [edit.source, edit.target].filter((n, i, all) => all.indexOf(n) === i).map((n) => rawNode(n, graph.getNodeAttributes(n)));
  const edge: RawEdge = { key: edit.key, source: edit.source, target: edit.target, attributes: edit.attributes, loc: LOC };
  if (edit.directed !== undefined) edge.directed = edit.directed;
  const { built } = validate(nodes, [edge]);
  return { attributes: built.getEdgeAttributes(edit.key), directed: built.isDirected(edit.key) };
}

/** Re-adds an edge exactly as it was (key, ends, direction, attributes). */
interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: EdgeAttributes;
}

function edgeRecord(graph: EcoGraph, key: string): EdgeRecord {
  return { key, source: graph.source(key), target: graph.target(key), directed: graph.isDirected(key), attributes: { ...graph.getEdgeAttributes(key) } };
}

function addEdgeRecord(graph: EcoGraph, e: EdgeRecord): void {
  if (e.directed) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  else graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
}

/** What a merge did, so that it can be undone exactly. */
interface MergeRecord {
  keepBefore: NodeAttributes;
  merged: { id: string; attributes: NodeAttributes };
  /** The merged node's ties as they were, before they were moved to the kept node. */
  moved: EdgeRecord[];
  /** Ties between the two nodes, which a merge would make self-loops: removed. */
  dropped: EdgeRecord[];
}

/** Merges `merged` into `keep`: every tie moved, sources and notes joined, the merged id recorded. */
function mergeNodes(graph: EcoGraph, keep: string, merged: string): MergeRecord {
  const keepBefore = { ...graph.getNodeAttributes(keep) };
  const mergedAttributes = { ...graph.getNodeAttributes(merged) };
  const moved: EdgeRecord[] = [];
  const dropped: EdgeRecord[] = [];
  for (const key of graph.edges(merged)) {
    const record = edgeRecord(graph, key);
    const other = record.source === merged ? record.target : record.source;
    if (other === keep) dropped.push(record);
    else moved.push(record);
  }
  graph.dropNode(merged);
  for (const e of moved) addEdgeRecord(graph, { ...e, source: e.source === merged ? keep : e.source, target: e.target === merged ? keep : e.target });
  const joined: NodeAttributes = { ...mergedAttributes, ...keepBefore };
  const sources = [...new Set([...(keepBefore.sources ?? []), ...(mergedAttributes.sources ?? [])])];
  if (sources.length > 0) joined.sources = sources;
  const notes = [keepBefore.notes, mergedAttributes.notes].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (notes.length > 0) joined.notes = [...new Set(notes)].join('\n');
  const before = Array.isArray(keepBefore[MERGED_IDS_ATTRIBUTE]) ? (keepBefore[MERGED_IDS_ATTRIBUTE] as string[]) : [];
  const absorbed = Array.isArray(mergedAttributes[MERGED_IDS_ATTRIBUTE]) ? (mergedAttributes[MERGED_IDS_ATTRIBUTE] as string[]) : [];
  joined[MERGED_IDS_ATTRIBUTE] = [...before, merged, ...absorbed];
  if (keepBefore.confidence === 'sourced' || mergedAttributes.confidence === 'sourced') joined.confidence = 'sourced';
  graph.replaceNodeAttributes(keep, joined);
  return { keepBefore, merged: { id: merged, attributes: mergedAttributes }, moved, dropped };
}

/** The change that undoes a merge: the kept node as it was, the merged node and its ties back. */
function unmerge(record: MergeRecord, keep: string): GraphEdit {
  const edits: GraphEdit[] = [];
  // The moved ties now hang on `keep` under their own keys: delete them, then restore the node and its ties.
  for (const e of record.moved) edits.push({ op: 'delete-edge', key: e.key });
  edits.push({ op: 'update-node', id: keep, attributes: record.keepBefore });
  edits.push({ op: 'add-node', id: record.merged.id, attributes: record.merged.attributes });
  for (const e of [...record.moved, ...record.dropped]) edits.push(restoreEdge(e));
  return { op: 'batch', edits };
}

/** An add-edge that restores a tie exactly: key, ends, direction and attributes. */
function restoreEdge(e: EdgeRecord): GraphEdit {
  return { op: 'add-edge', key: e.key, source: e.source, target: e.target, attributes: e.attributes, directed: e.directed };
}

/**
 * Checks a change and applies it when it has no error.
 *
 * @param graph - the graph, changed in place when the change is accepted
 * @param edit - the change
 * @returns the inverse change (give it to {@link revertEdit} to undo) and any warnings, or the
 * problems that refused it (the graph is then unchanged)
 * @example
 * const outcome = applyEdit(graph, { op: 'update-node', id: 'acme', attributes: { ...graph.getNodeAttributes('acme'), founded: 1999 } });
 * if (outcome.ok) undoStack.push(outcome.inverse);
 */
export function applyEdit(graph: EcoGraph, edit: GraphEdit): EditOutcome {
  const problems = checkEdit(graph, edit);
  if (errorsIn(problems).length > 0) return { ok: false, problems };
  return { ok: true, inverse: perform(graph, edit, true), warnings: warningsIn(problems) };
}

/**
 * Applies an inverse that {@link applyEdit} or {@link revertEdit} returned, without checking it:
 * it restores a state the graph was in, attributes exactly as they were.
 *
 * @param graph - the graph, changed in place
 * @param inverse - the inverse change
 * @returns the change that re-does what this undid
 */
export function revertEdit(graph: EcoGraph, inverse: GraphEdit): GraphEdit {
  return perform(graph, inverse, false);
}

/**
 * Applies a change; `typing` coerces attributes as validation does (a user's change), else they
 * are taken as they are (a restore). Returns the inverse.
 */
function perform(graph: EcoGraph, edit: GraphEdit, typing: boolean): GraphEdit {
  switch (edit.op) {
    case 'add-node':
      graph.addNode(edit.id, typing ? typedNode(edit.id, edit.attributes) : ({ ...edit.attributes } as NodeAttributes));
      return { op: 'delete-node', id: edit.id };
    case 'update-node': {
      const before = { ...graph.getNodeAttributes(edit.id) };
      graph.replaceNodeAttributes(edit.id, typing ? typedNode(edit.id, edit.attributes) : ({ ...edit.attributes } as NodeAttributes));
      return { op: 'update-node', id: edit.id, attributes: before };
    }
    case 'delete-node': {
      const attributes = { ...graph.getNodeAttributes(edit.id) };
      const ties = graph.edges(edit.id).map((key) => edgeRecord(graph, key));
      graph.dropNode(edit.id);
      return { op: 'batch', edits: [{ op: 'add-node', id: edit.id, attributes }, ...ties.map(restoreEdge)] };
    }
    case 'add-edge': {
      const typed = typing
        ? typedEdge(graph, edit)
        : { attributes: { ...edit.attributes } as EdgeAttributes, directed: edit.directed ?? true };
      addEdgeRecord(graph, { key: edit.key, source: edit.source, target: edit.target, ...typed });
      return { op: 'delete-edge', key: edit.key };
    }
    case 'update-edge': {
      const record = edgeRecord(graph, edit.key);
      const typed = typing
        ? typedEdge(graph, { ...edit, source: record.source, target: record.target, directed: keptDirection(graph, edit.key, edit.attributes) })
        : { attributes: { ...edit.attributes } as EdgeAttributes, directed: record.directed };
      if (typed.directed === record.directed) {
        graph.replaceEdgeAttributes(edit.key, typed.attributes);
        return { op: 'update-edge', key: edit.key, attributes: record.attributes };
      }
      // A tie that changes direction is a new graphology edge under the same key.
      graph.dropEdge(edit.key);
      addEdgeRecord(graph, { ...record, ...typed });
      return { op: 'batch', edits: [{ op: 'delete-edge', key: edit.key }, restoreEdge(record)] };
    }
    case 'delete-edge': {
      const record = edgeRecord(graph, edit.key);
      graph.dropEdge(edit.key);
      return restoreEdge(record);
    }
    case 'merge-nodes':
      return unmerge(mergeNodes(graph, edit.keep, edit.merged), edit.keep);
    case 'batch': {
      const inverses = edit.edits.map((part) => perform(graph, part, typing));
      return { op: 'batch', edits: inverses.reverse() };
    }
  }
}
