/**
 * Validation and construction: turns a {@link RawGraph} from any reader into a typed
 * {@link EcoGraph}, reporting every problem at once with its file, line and field.
 */
import { createEcoGraph } from './graph.js';
import {
  AFFILIATION_ROLES,
  SPINOFF_TYPES,
  isSpinoffType,
  EDGE_ATTRIBUTE_MAP,
  EDGE_KIND_RULES,
  NODE_ATTRIBUTE_MAP,
  edgeKindAllows,
  isEdgeKind,
  isNodeKind,
  unknownKindMessage,
  type AttributeDefinition,
  type EdgeKind,
  type NodeKind,
} from './schema.js';
import { problem, type ElementLocation, type Problem, type SourceLocation } from './problems.js';
import type { RawEdge, RawGraph } from './raw.js';
import type { EcoGraph, EdgeAttributes, NodeAttributes } from './types.js';
import { coerceValue } from './values.js';
import { findSpinoffCycles } from './spinoff-cycles.js';
import { graphAttributeProblems } from './graph-attributes.js';

export interface BuildOptions {
  /** Map this node attribute to `kind` (for foreign graphs). */
  kindFrom?: string;
  /**
   * Read dates from this attribute (for foreign graphs): a year or an ISO date in it becomes a
   * node's `founded` and a tie's `year`, where those are not given. The attribute itself is kept.
   */
  yearFrom?: string;
  /** Read node labels from this attribute (e.g. `tooltip`), where it has a value; else `label`, else the id. */
  labelFrom?: string;
}

/**
 * The label a node's attributes give it with `labelFrom`: that attribute's value when it has one
 * (as text), else undefined (the caller falls back to `label`, then the id).
 *
 * @example
 * labelFromAttribute({ tooltip: 'Air Canada' }, 'tooltip'); // 'Air Canada'
 */
export function labelFromAttribute(attributes: Record<string, unknown>, labelFrom: string | undefined): string | undefined {
  if (labelFrom === undefined) return undefined;
  const value = attributes[labelFrom];
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The attributes of an element with the `yearFrom` attribute copied into `field` when that is not given. */
function withYearFrom(attributes: Record<string, unknown>, yearFrom: string | undefined, field: 'founded' | 'year'): Record<string, unknown> {
  if (yearFrom === undefined || yearFrom === field) return attributes;
  const value = attributes[yearFrom];
  const given = attributes[field];
  if (value === undefined || value === null || value === '' || (given !== undefined && given !== null && given !== '')) return attributes;
  return { ...attributes, [field]: value };
}

/** Where each element came from, for messages about the built graph. */
export interface SourceMap {
  nodes: Map<string, SourceLocation>;
  edges: Map<string, SourceLocation>;
}

export interface BuildResult {
  graph: EcoGraph;
  problems: Problem[];
  locations: SourceMap;
}

/** An element id as text: a string trimmed, a finite number as written; `undefined` for anything else. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Coerces the known attributes of one element to their declared types (unknown ones kept as given,
 * `kind` left to the caller), pushing a problem for each bad value. Also used by the streaming loader.
 */
export function coerceAttributes(
  raw: Record<string, unknown>,
  defs: ReadonlyMap<string, AttributeDefinition>,
  loc: SourceLocation,
  what: string,
  problems: Problem[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === null || value === undefined) continue;
    if (name === 'kind') continue; // handled by the caller
    const def = defs.get(name);
    if (!def) {
      out[name] = value;
      continue;
    }
    if (typeof value === 'string' && value.trim() === '' && def.type !== 'string') continue;
    const r = coerceValue(def, value);
    if (r.ok) out[name] = r.value;
    else problems.push(problem('error', r.code, `${what}: ${r.message}`, loc, name));
  }
  return out;
}

/** Whether an element's attributes carry at least one source. */
export const hasSources = (attrs: { sources?: unknown }) => Array.isArray(attrs.sources) && attrs.sources.length > 0;

/**
 * Checks a raw graph against the model and builds the typed graph.
 *
 * Elements with errors are left out of the graph (an edge to a missing node cannot be added), but
 * checking goes on so that one run reports every problem.
 */
export function buildGraph(raw: RawGraph, options: BuildOptions = {}): BuildResult {
  const problems: Problem[] = [...raw.problems];
  const graph = createEcoGraph({ ...(raw.attributes as Record<string, unknown>) });
  const locations: SourceMap = { nodes: new Map(), edges: new Map() };

  for (const node of raw.nodes) {
    const id = idOf(node.id);
    if (id === undefined || id === '') {
      problems.push(problem('error', 'empty-id', 'node has an empty or missing id', node.loc, 'id'));
      continue;
    }
    const what = `node "${id}"`;
    if (graph.hasNode(id)) {
      const first = locations.nodes.get(id);
      const at = first?.line !== undefined ? ` (first defined on line ${first.line})` : '';
      problems.push(problem('error', 'duplicate-id', `duplicate node id "${id}"${at}`, node.loc, 'id'));
      continue;
    }
    const attrs = coerceAttributes(withYearFrom(node.attributes, options.yearFrom, 'founded'), NODE_ATTRIBUTE_MAP, node.loc, what, problems);
    const rawKind = options.kindFrom !== undefined ? node.attributes[options.kindFrom] : node.attributes.kind;
    let kind: NodeKind | undefined;
    if (rawKind !== undefined && rawKind !== null && rawKind !== '') {
      const k = typeof rawKind === 'string' ? rawKind.trim().toLowerCase() : rawKind;
      if (isNodeKind(k)) kind = k;
      else
        problems.push(
          problem('error', 'unknown-node-kind', `${what}: ${unknownKindMessage('node', rawKind)}`, node.loc, options.kindFrom ?? 'kind'),
        );
    }
    let label = labelFromAttribute(node.attributes, options.labelFrom) ?? attrs.label;
    if (label === undefined) label = id;
    else if (typeof label === 'string' && label.trim() === '') {
      problems.push(problem('error', 'empty-label', `${what}: label is empty`, node.loc, 'label'));
      label = id;
    }
    // Canonical order: label, kind, then the file's order.
    const final = (kind !== undefined ? { label, kind, ...attrs } : { label, ...attrs }) as NodeAttributes;
    final.label = label as string;
    graph.addNode(id, final);
    locations.nodes.set(id, node.loc);
    if (kind !== undefined && !hasSources(final))
      problems.push(problem('warning', 'missing-sources', `${what} has no sources`, node.loc, 'sources'));
  }

  const givenKeys = new Set<string>();
  for (const edge of raw.edges) {
    const k = idOf(edge.key);
    if (k !== undefined && k !== '') givenKeys.add(k);
  }
  const seenKeys = new Set<string>();
  let generated = 0;
  const nextKey = () => {
    let key: string;
    do key = `e${generated++}`;
    while (givenKeys.has(key) || seenKeys.has(key));
    return key;
  };

  for (const edge of raw.edges) {
    const source = idOf(edge.source);
    const target = idOf(edge.target);
    let ok = true;
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (id === undefined || id === '') {
        problems.push(problem('error', 'empty-id', `edge ${end} is empty or missing`, edge.loc, end));
        ok = false;
      } else if (!graph.hasNode(id)) {
        problems.push(problem('error', 'missing-node', `edge ${end} "${id}" is not a node of the graph`, edge.loc, end));
        ok = false;
      }
    }
    let key = idOf(edge.key);
    if (key === '') key = undefined;
    if (key !== undefined && seenKeys.has(key)) {
      problems.push(problem('error', 'duplicate-id', `duplicate edge id "${key}"`, edge.loc, 'id'));
      ok = false;
    }
    const what = `edge ${key !== undefined ? `"${key}" ` : ''}${source ?? '?'} → ${target ?? '?'}`;
    const attrs = coerceAttributes(withYearFrom(edge.attributes, options.yearFrom, 'year'), EDGE_ATTRIBUTE_MAP, edge.loc, what, problems);
    const checked = checkEdgeKind(edge, attrs, () => what, problems);
    const { kind, directed } = checked;
    if (!checked.ok) ok = false;
    if (!ok || source === undefined || target === undefined) continue;
    if (kind !== undefined) {
      const notAllowed = edgeKindNotAllowed(kind, graph.getNodeAttribute(source, 'kind'), graph.getNodeAttribute(target, 'kind'), () => what, edge.loc);
      if (notAllowed) {
        problems.push(notAllowed);
        continue;
      }
    }
    const finalKey = key ?? nextKey();
    seenKeys.add(finalKey);
    const final = (kind !== undefined ? { kind, ...attrs } : attrs) as EdgeAttributes;
    if (directed) graph.addDirectedEdgeWithKey(finalKey, source, target, final);
    else graph.addUndirectedEdgeWithKey(finalKey, source, target, final);
    locations.edges.set(finalKey, edge.loc);
    if (source === target) problems.push(problem('warning', 'self-loop', `${what} is a self-loop`, edge.loc));
    if (kind !== undefined && !hasSources(final))
      problems.push(problem('warning', 'missing-sources', `${what} has no sources`, edge.loc, 'sources'));
    if (kind === 'spinoff') {
      const pf = graph.getNodeAttribute(source, 'founded');
      const cf = graph.getNodeAttribute(target, 'founded');
      if (pf !== undefined && cf !== undefined && cf < pf)
        problems.push(
          problem(
            'warning',
            'child-before-parent',
            `${what}: child "${target}" founded ${cf}, before its parent "${source}" (${pf})`,
            edge.loc,
            'founded',
          ),
        );
    }
  }

  problems.push(...graphAttributeProblems(raw.attributes, (key) => graph.hasNode(key), { file: raw.file }));
  for (const cycle of findSpinoffCycles(graph)) {
    const loc = locations.edges.get(cycle.edges[0] ?? '') ?? { file: raw.file };
    problems.push(problem('error', 'spinoff-cycle', `spin-off cycle: ${[...cycle.nodes, cycle.nodes[0]].join(' → ')}`, loc));
  }
  return { graph, problems, locations };
}

/** The kind and direction of an edge as the edge-kind rules fix them (see {@link checkEdgeKind}). */
export interface CheckedEdgeKind {
  kind: EdgeKind | undefined;
  directed: boolean;
  /** False when the kind is unknown or the file's direction contradicts the kind's. */
  ok: boolean;
}

/**
 * Checks an edge's kind against the schema: an unknown kind, a direction the file states against
 * the kind's rule, an affiliation role or a spin-off type outside its list each add a problem. Shared by
 * `buildGraph` and the streaming compact loader, so both report the same problems.
 *
 * @param edge - the raw edge (its `kind` attribute and `directed` flag are read)
 * @param attrs - its coerced attributes (for the affiliation role and the spin-off type)
 * @param what - how messages name the edge (called only when there is a problem)
 * @param problems - where problems are added
 * @returns the kind (undefined when absent or unknown), the direction and whether the edge passed
 * @example
 * const { kind, directed, ok } = checkEdgeKind(edge, attrs, () => 'edge a → b', problems);
 */
export function checkEdgeKind(edge: RawEdge, attrs: Record<string, unknown>, what: () => string, problems: Problem[]): CheckedEdgeKind {
  let ok = true;
  let kind: EdgeKind | undefined;
  const rawKind = edge.attributes.kind;
  if (rawKind !== undefined && rawKind !== null && rawKind !== '') {
    const kk = typeof rawKind === 'string' ? rawKind.trim().toLowerCase() : rawKind;
    if (isEdgeKind(kk)) kind = kk;
    else {
      problems.push(problem('error', 'unknown-edge-kind', `${what()}: ${unknownKindMessage('edge', rawKind)}`, edge.loc, 'kind'));
      ok = false;
    }
  }
  let directed = edge.directed ?? false;
  if (kind !== undefined) {
    const rule = EDGE_KIND_RULES[kind];
    if (edge.directed !== undefined && edge.directed !== rule.directed) {
      problems.push(
        problem(
          'error',
          'direction-mismatch',
          `${what()}: a ${kind} tie is ${rule.directed ? 'directed' : 'undirected'} but the file marks it ${edge.directed ? 'directed' : 'undirected'}`,
          edge.loc,
          'directed',
        ),
      );
      ok = false;
    }
    directed = rule.directed;
    if (kind === 'affiliation' && typeof attrs.role === 'string' && !(AFFILIATION_ROLES as readonly string[]).includes(attrs.role)) {
      problems.push(
        problem('error', 'bad-value', `${what()}: role must be one of ${AFFILIATION_ROLES.join(', ')}, got "${attrs.role}"`, edge.loc, 'role'),
      );
    }
    if (kind === 'spinoff' && attrs.type !== undefined && !isSpinoffType(attrs.type)) {
      problems.push(
        problem('error', 'bad-value', `${what()}: a spin-off's type must be one of ${SPINOFF_TYPES.join(', ')}, got ${JSON.stringify(attrs.type)}`, edge.loc, 'type'),
      );
    }
  }
  return { kind, directed, ok };
}

/**
 * The problem of a tie whose kind cannot join its ends' node kinds, or undefined when it can.
 *
 * @param kind - the tie's kind
 * @param sourceKind - the source node's kind (undefined: untyped)
 * @param targetKind - the target node's kind
 * @param what - how the message names the edge (called only when the tie is not allowed)
 * @param loc - where the edge is in its file
 * @returns an `edge-kind-not-allowed` error, or undefined
 * @example
 * edgeKindNotAllowed('spinoff', 'person', 'firm', () => 'edge a → b', loc); // a problem
 */
export function edgeKindNotAllowed(
  kind: EdgeKind,
  sourceKind: NodeKind | undefined,
  targetKind: NodeKind | undefined,
  what: () => string,
  loc: ElementLocation,
): Problem | undefined {
  if (edgeKindAllows(kind, sourceKind, targetKind)) return undefined;
  const rule = EDGE_KIND_RULES[kind];
  return problem(
    'error',
    'edge-kind-not-allowed',
    `${what()}: a ${kind} tie cannot join ${sourceKind ?? 'untyped'} → ${targetKind ?? 'untyped'} (allowed: ${rule.source.join('/')} ${rule.directed ? '→' : '—'} ${rule.target.join('/')})`,
    loc,
    'kind',
  );
}
