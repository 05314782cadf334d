/**
 * Replaying an editing session's changes on another copy of the graph: the server of
 * `ecograph serve --edit` applies the changes the explorer made since its last save to the graph it
 * holds, instead of reading the whole edited graph again.
 *
 * A session's log holds two sorts of change: the user's own changes, which are checked and typed
 * exactly as {@link applyEdit} checks them in the explorer (same codes and messages as
 * `ecograph validate`), and restores (undo and redo), which put back a state the graph was in and
 * are applied as {@link revertEdit} applies them, then validated: every node and tie a restore
 * touched, with its ties and neighbours, goes through the validator, and the rules that depend on
 * the whole graph are checked on the whole graph (see {@link replayEdits}). Either every change is
 * applied, or none: on any error the graph is put back as it was.
 *
 * Browser-safe.
 */
import { buildGraph } from './build.js';
import { applyEdit, EDIT_FILE, rawEdgeOf, revertEdit, type GraphEdit } from './edits.js';
import { graphAttributeProblems } from './graph-attributes.js';
import { problem, type Problem } from './problems.js';
import type { RawEdge, RawNode } from './raw.js';
import { findSpinoffCycles } from './spinoff-cycles.js';
import type { EcoGraph } from './types.js';

/** One change of a session's log, in the order it was made to the graph. */
export interface LoggedEdit {
  /** The change. */
  edit: GraphEdit;
  /**
   * True for an undo or a redo: the change restores a state the graph was in (attributes exactly
   * as they were) and is applied unchecked, then validated with what it touched; false or absent
   * for a user's change, checked and typed by {@link applyEdit}.
   */
  restore?: boolean;
}

/** The outcome of {@link replayEdits}. */
export type ReplayOutcome =
  | {
      ok: true;
      /** What undoes the replay, newest first (give the outcome to {@link undoReplay}). */
      inverses: GraphEdit[];
      /** The order of nodes and ties before the replay, which {@link undoReplay} restores. */
      order: GraphOrder;
      /** Warnings of the changes (a spin-off child founded before its parent, …). */
      warnings: Problem[];
    }
  | {
      ok: false;
      /** The errors that refused the log (the graph is as it was). */
      problems: Problem[];
      /** Index in the log of the change refused, when one change was (absent: the log as a whole). */
      change?: number;
    };

const LOC = { file: EDIT_FILE };
const OPS = new Set(['add-node', 'update-node', 'delete-node', 'add-edge', 'update-edge', 'delete-edge', 'merge-nodes', 'batch']);
const isText = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why a value is not a {@link GraphEdit} (a change sent over the network is checked before use), or
 * undefined when it is one.
 *
 * @param value - the change as parsed from JSON
 * @param where - how the message names it, e.g. `change 3`
 */
export function graphEditShapeProblem(value: unknown, where: string): string | undefined {
  if (!isRecord(value) || !isText(value.op) || !OPS.has(value.op)) return `${where} is not a change (an object with "op" one of ${[...OPS].join(', ')})`;
  const need = (names: string[], test: (v: unknown) => boolean, what: string) => {
    const bad = names.find((n) => !test(value[n]));
    return bad === undefined ? undefined : `${where} (${value.op}): "${bad}" must be ${what}`;
  };
  switch (value.op) {
    case 'add-node':
    case 'update-node':
      return need(['id'], isText, 'a string') ?? need(['attributes'], isRecord, 'an object');
    case 'delete-node':
      return need(['id'], isText, 'a string');
    case 'add-edge':
      return (
        need(['key', 'source', 'target'], isText, 'a string') ??
        need(['attributes'], isRecord, 'an object') ??
        need(['directed'], (v) => v === undefined || typeof v === 'boolean', 'true or false')
      );
    case 'update-edge':
      return need(['key'], isText, 'a string') ?? need(['attributes'], isRecord, 'an object');
    case 'delete-edge':
      return need(['key'], isText, 'a string');
    case 'merge-nodes':
      return need(['keep', 'merged'], isText, 'a string');
    case 'batch': {
      if (!Array.isArray(value.edits)) return `${where} (batch): "edits" must be a list`;
      for (let i = 0; i < value.edits.length; i++) {
        const inner = graphEditShapeProblem(value.edits[i], `${where}, part ${i + 1}`);
        if (inner !== undefined) return inner;
      }
      return undefined;
    }
  }
  return undefined;
}

/** What a restore touched: the nodes and ties to validate once the log is applied. */
interface Touched {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The structural error a restore would hit on the graph as it is (an id taken, an element missing), as validate words it. */
function restoreStructureProblem(graph: EcoGraph, edit: Exclude<GraphEdit, { op: 'batch' | 'merge-nodes' }>): Problem | undefined {
  const missingNode = (id: string, field = 'id', what = `node "${id}"`) =>
    graph.hasNode(id) ? undefined : problem('error', 'missing-node', `${what} is not a node of the graph`, LOC, field);
  const missingEdge = (key: string) => (graph.hasEdge(key) ? undefined : problem('error', 'missing-node', `edge "${key}" is not an edge of the graph`, LOC, 'id'));
  switch (edit.op) {
    case 'add-node':
      return graph.hasNode(edit.id) ? problem('error', 'duplicate-id', `duplicate node id "${edit.id}"`, LOC, 'id') : undefined;
    case 'update-node':
    case 'delete-node':
      return missingNode(edit.id);
    case 'add-edge':
      if (graph.hasEdge(edit.key)) return problem('error', 'duplicate-id', `duplicate edge id "${edit.key}"`, LOC, 'id');
      return missingNode(edit.source, 'source', `edge source "${edit.source}"`) ?? missingNode(edit.target, 'target', `edge target "${edit.target}"`);
    case 'update-edge':
    case 'delete-edge':
      return missingEdge(edit.key);
  }
}

/**
 * Applies a restore unchecked, part by part, noting what it touched; the inverses of what was
 * applied are pushed to `inverses` (newest last) even when a later part is refused.
 */
function restore(graph: EcoGraph, edit: GraphEdit, inverses: GraphEdit[], touched: Touched): Problem[] {
  if (edit.op === 'batch') {
    for (const part of edit.edits) {
      const problems = restore(graph, part, inverses, touched);
      if (problems.length > 0) return problems;
    }
    return [];
  }
  if (edit.op === 'merge-nodes') {
    // Undo and redo never produce a merge (they restore its parts); a merge is checked as a user's change.
    const outcome = applyEdit(graph, edit);
    if (!outcome.ok) return outcome.problems.filter((p) => p.severity === 'error');
    inverses.push(outcome.inverse);
    touched.nodes.add(edit.keep);
    return [];
  }
  const structure = restoreStructureProblem(graph, edit);
  if (structure !== undefined) return [structure];
  inverses.push(revertEdit(graph, edit));
  if (edit.op === 'add-node' || edit.op === 'update-node') touched.nodes.add(edit.id);
  else if (edit.op === 'add-edge' || edit.op === 'update-edge') touched.edges.add(edit.key);
  return [];
}

/** Raw records of what restores touched, with their ties and the ties' ends, for the validator. */
function touchedRecords(graph: EcoGraph, touched: Touched): { nodes: RawNode[]; edges: RawEdge[] } {
  const edgeKeys = new Set<string>();
  for (const key of touched.edges) if (graph.hasEdge(key)) edgeKeys.add(key);
  for (const id of touched.nodes) if (graph.hasNode(id)) for (const key of graph.edges(id)) edgeKeys.add(key);
  const nodeIds = new Set<string>();
  for (const id of touched.nodes) if (graph.hasNode(id)) nodeIds.add(id);
  for (const key of edgeKeys) {
    nodeIds.add(graph.source(key));
    nodeIds.add(graph.target(key));
  }
  return {
    nodes: [...nodeIds].map((id) => ({ id, attributes: graph.getNodeAttributes(id), loc: LOC })),
    edges: [...edgeKeys].map((key) => rawEdgeOf(graph, key)),
  };
}

/**
 * Errors of the rules that reach beyond the elements a change names, on the graph after the log:
 * the spin-off cycles (when a restore touched a spin-off tie; a user's spin-off change is checked
 * for cycles by {@link applyEdit}), and the graph attributes that name nodes (a roster member's
 * `node` must still exist after a delete or a merge).
 */
function wholeGraphProblems(graph: EcoGraph, touched: Touched): Problem[] {
  const problems: Problem[] = [];
  const spinoffRestored = [...touched.edges].some((key) => graph.hasEdge(key) && graph.getEdgeAttribute(key, 'kind') === 'spinoff');
  if (spinoffRestored)
    for (const cycle of findSpinoffCycles(graph))
      problems.push(problem('error', 'spinoff-cycle', `spin-off cycle: ${[...cycle.nodes, cycle.nodes[0]].join(' → ')}`, LOC, 'kind'));
  problems.push(...graphAttributeProblems(graph.getAttributes() as Record<string, unknown>, (key) => graph.hasNode(key), LOC).filter((p) => p.severity === 'error'));
  return problems;
}

/** The order of a graph's nodes and ties (files list them in this order). */
interface GraphOrder {
  nodes: string[];
  edges: string[];
}

const orderOf = (graph: EcoGraph): GraphOrder => ({ nodes: graph.nodes(), edges: graph.edges() });

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Puts nodes and ties back in `order`. Undoing a deletion adds the element back at the end (as
 * graphology adds), so a graph put back by inverses holds the same elements in another order: it
 * is then rebuilt in place, in the order it had, with the same attribute objects.
 */
function restoreOrder(graph: EcoGraph, order: GraphOrder): void {
  if (sameList(graph.nodes(), order.nodes) && sameList(graph.edges(), order.edges)) return;
  const nodes = new Map(graph.mapNodes((id, attributes) => [id, attributes] as const));
  const edges = new Map(graph.mapEdges((key, attributes, source, target, _sa, _ta, undirected) => [key, { attributes, source, target, undirected }] as const));
  graph.clear();
  for (const id of order.nodes) graph.addNode(id, nodes.get(id)!);
  for (const key of order.edges) {
    const e = edges.get(key)!;
    if (e.undirected) graph.addUndirectedEdgeWithKey(key, e.source, e.target, e.attributes);
    else graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attributes);
  }
}

/**
 * Puts the graph back exactly as it was before a replay: elements, attributes and order.
 *
 * @param graph - the graph {@link replayEdits} changed
 * @param replay - its outcome
 */
export function undoReplay(graph: EcoGraph, replay: Extract<ReplayOutcome, { ok: true }>): void {
  for (const inverse of replay.inverses) revertEdit(graph, inverse);
  restoreOrder(graph, replay.order);
}

/**
 * Applies a session's log of changes to a graph, all or nothing.
 *
 * What is validated: each user's change by {@link applyEdit} (the change's own elements, their
 * ties and neighbours, and spin-off cycles through a changed spin-off tie or a merge); each restore
 * for ids taken or missing, then, once the whole log is applied, every node and tie a restore
 * touched with its ties and their ends; spin-off cycles over the whole graph when a restore touched
 * a spin-off tie; and the graph attributes that name nodes, over the whole graph, always. Rules of a
 * single element (kinds, years, values, the kinds a tie may join) only concern what a change
 * touched, so the graph as a whole is as valid as a full validation would find it, given that it
 * was valid before.
 *
 * @param graph - the graph, changed in place when every change is accepted, else left as it was
 * @param log - the changes, oldest first
 * @returns the inverses (to undo the replay) and warnings, or the errors and the change refused
 * @example
 * const outcome = replayEdits(graph, [{ edit: { op: 'delete-edge', key: 'e7' } }]);
 * if (!outcome.ok) console.log(outcome.problems);
 */
export function replayEdits(graph: EcoGraph, log: readonly LoggedEdit[]): ReplayOutcome {
  for (let i = 0; i < log.length; i++) {
    const shape = graphEditShapeProblem(log[i]?.edit, `change ${i + 1}`);
    if (shape !== undefined) return { ok: false, problems: [problem('error', 'bad-structure', shape, LOC)], change: i };
  }
  const order = orderOf(graph);
  const applied: GraphEdit[] = [];
  const warnings: Problem[] = [];
  const touched: Touched = { nodes: new Set(), edges: new Set() };
  const refuse = (problems: Problem[], change?: number): ReplayOutcome => {
    undoReplay(graph, { ok: true, inverses: [...applied].reverse(), order, warnings });
    return change === undefined ? { ok: false, problems } : { ok: false, problems, change };
  };
  let index = 0;
  try {
    for (; index < log.length; index++) {
      const { edit, restore: isRestore } = log[index]!;
      if (isRestore === true) {
        const problems = restore(graph, edit, applied, touched);
        if (problems.length > 0) return refuse(problems, index);
      } else {
        const outcome = applyEdit(graph, edit);
        if (!outcome.ok) return refuse(outcome.problems.filter((p) => p.severity === 'error'), index);
        applied.push(outcome.inverse);
        warnings.push(...outcome.warnings);
      }
    }
  } catch (err) {
    // A change the checks let through but the graph refused: nothing of the log stays.
    return refuse([problem('error', 'bad-value', `change ${index + 1} cannot be applied: ${(err as Error).message}`, LOC)], index);
  }
  const { nodes, edges } = touchedRecords(graph, touched);
  const problems = nodes.length + edges.length > 0 ? buildGraph({ file: EDIT_FILE, format: 'json', attributes: {}, nodes, edges, problems: [] }).problems.filter((p) => p.severity === 'error') : [];
  problems.push(...wholeGraphProblems(graph, touched));
  if (problems.length > 0) return refuse(problems);
  return { ok: true, inverses: applied.reverse(), order, warnings };
}
