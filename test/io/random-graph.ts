/**
 * fast-check arbitraries for random typed ecosystem graphs, used by the round-trip property tests.
 *
 * Strings mix ASCII, quotes, commas, semicolons, newlines (LF and CRLF), tabs, `|`, XML markup and
 * non-ASCII text (京都大学, emoji). Limits (documented in docs/formats.md, "What survives a
 * conversion"): ids and labels have no leading or trailing whitespace (validation trims ids; a
 * blank label is an error); strings are non-empty (an empty CSV cell is an absent attribute); list
 * items are non-empty, have no leading or trailing whitespace and no `|` (CSV separates list items
 * with ` | `), and lists are non-empty.
 * XML 1.0 cannot hold control characters other than tab, LF and CR, so none are generated.
 */
import fc from 'fast-check';
import { buildGraph } from '../../src/model/build.js';
import { hasErrors } from '../../src/model/problems.js';
import type { RawEdge, RawGraph, RawNode } from '../../src/model/raw.js';
import {
  AFFILIATION_ROLES,
  CONFIDENCE_LEVELS,
  EDGE_KINDS,
  NODE_KINDS,
  SPINOFF_TYPES,
  edgeKindAllows,
  type EdgeKind,
  type NodeKind,
} from '../../src/model/schema.js';
import type { EcoGraph } from '../../src/model/types.js';

const FRAGMENTS = ['a', 'B', 'z', '0', '7', ' ', ',', '"', "'", '\n', '\r\n', '\t', '|', ' | ', ';', ':', '京都大学', 'é', '😀', '&', '<', '>', '[', ']', '\\', '{', '#', '='];

/** A non-empty string of fragments. */
export const text = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
/** A string with no leading or trailing whitespace and some non-space character. */
const trimmedText = text.map((s) => s.trim() || 'x');
const listItem = fc
  .array(fc.constantFrom(...FRAGMENTS.filter((f) => !f.includes('|'))), { minLength: 1, maxLength: 4 })
  .map((a) => a.join('').trim() || 'item');
const list = fc.array(listItem, { minLength: 1, maxLength: 3 });
const year = fc.integer({ min: 1000, max: 2999 });
const number = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
/** A value of any of the four attribute value types. */
const anyValue = fc.oneof(text, number, fc.boolean(), list);

const NODE_EXTRAS = ['employees', 'public', 'tags', 'Type', 'from', 'x', 'y', 'z', 'size', 'shape', '名前', 'a:number', 'note, extra', 'Label', 'id', 'Founded'];
const EDGE_EXTRAS = ['label', 'Label', 'directed', 'source', 'to', 'gexfKind', 'thickness', 'shares', 'Type', 'id'];
const COLORS = ['#a0b1c2', 'rgba(1,2,3,0.5)', 'red', '#ABCDEF', '#000000'];

function extras(names: string[]) {
  return fc.dictionary(fc.constantFrom(...names), anyValue, { maxKeys: 4 });
}

const nodeKnown = fc.record(
  {
    region: text,
    sector: text,
    founded: year,
    dissolved: year,
    listed: fc.boolean(),
    country: text,
    url: text,
    sources: list,
    confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
    notes: text,
    color: fc.constantFrom(...COLORS),
  },
  { requiredKeys: [] },
);
const edgeKnown = fc.record(
  {
    year,
    since: year,
    until: year,
    weight: number,
    amount: number,
    currency: text,
    sources: list,
    confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
    notes: text,
    color: fc.constantFrom(...COLORS),
  },
  { requiredKeys: [] },
);

const nodeSpec = fc.record({
  id: trimmedText,
  label: fc.option(trimmedText, { nil: undefined }),
  kind: fc.option(fc.constantFrom(...NODE_KINDS), { nil: undefined }),
  known: nodeKnown,
  extra: extras(NODE_EXTRAS),
});
const edgeSpec = fc.record({
  source: fc.nat(),
  target: fc.nat(),
  kindPick: fc.nat(),
  typed: fc.boolean(),
  directed: fc.boolean(),
  key: fc.option(trimmedText, { nil: undefined }),
  role: fc.constantFrom(...AFFILIATION_ROLES),
  // `type` is a model field: a spin-off's type, free text on other ties (GEXF and GraphML have an edge `type` of their own)
  type: fc.option(fc.constantFrom(...SPINOFF_TYPES), { nil: undefined }),
  otherType: fc.option(text, { nil: undefined }),
  known: edgeKnown,
  extra: extras(EDGE_EXTRAS),
});
const graphSpec = fc.record({
  attributes: fc.record(
    { name: text, description: text, sources: list, version: number, public: fc.boolean(), creator: text },
    { requiredKeys: [] },
  ),
  nodes: fc.uniqueArray(nodeSpec, { minLength: 1, maxLength: 8, selector: (n) => n.id }),
  edges: fc.array(edgeSpec, { maxLength: 14 }),
});

/**
 * A random valid typed graph: random kinds (valid per the schema's edge rules; spin-offs only
 * forward in node order, so never a cycle, some with a spin-off type), typed and untyped edges of both directions, parallel
 * edges and self-loops, known attributes and extra attributes of every value type.
 */
export const randomGraph: fc.Arbitrary<EcoGraph> = graphSpec.map((spec) => {
  const nodes: RawNode[] = spec.nodes.map((n, i) => {
    const attributes: Record<string, unknown> = { ...n.extra, ...n.known };
    if (n.label !== undefined) attributes.label = n.label;
    if (n.kind !== undefined) attributes.kind = n.kind;
    return { id: n.id, attributes, loc: { file: 'random', line: i + 1 } };
  });
  const kinds: (NodeKind | undefined)[] = spec.nodes.map((n) => n.kind);
  const usedKeys = new Set<string>();
  const edges: RawEdge[] = [];
  spec.edges.forEach((e, i) => {
    const s = e.source % nodes.length;
    const t = e.target % nodes.length;
    const attributes: Record<string, unknown> = { ...e.extra, ...e.known };
    const edge: RawEdge = { source: nodes[s]!.id, target: nodes[t]!.id, attributes, loc: { file: 'random', line: 100 + i } };
    if (e.typed) {
      const allowed = EDGE_KINDS.filter((k: EdgeKind) => edgeKindAllows(k, kinds[s], kinds[t]) && (k !== 'spinoff' || s < t));
      const kind = allowed[e.kindPick % Math.max(1, allowed.length)];
      if (kind !== undefined) attributes.kind = kind;
      if (kind === 'affiliation') attributes.role = e.role;
      if (kind === 'spinoff' && e.type !== undefined) attributes.type = e.type;
    }
    // on an untyped tie a CSV `type` column is read as its kind (Gephi's and Kumu's convention), so only typed ties get a free-text type
    if (attributes.kind !== undefined && attributes.kind !== 'spinoff' && e.otherType !== undefined) attributes.type = e.otherType;
    if (attributes.kind === undefined) edge.directed = e.directed;
    if (e.key !== undefined && !usedKeys.has(e.key)) {
      usedKeys.add(e.key);
      edge.key = e.key;
    }
    edges.push(edge);
  });
  const raw: RawGraph = { file: 'random', format: 'json', attributes: spec.attributes, nodes, edges, problems: [] };
  const built = buildGraph(raw);
  if (hasErrors(built.problems)) throw new Error(`random graph is invalid: ${JSON.stringify(built.problems.filter((p) => p.severity === 'error'))}`);
  return built.graph;
});

/** Everything a round trip must keep, in graph order: graph attributes, nodes, edges with direction. */
export function canonical(graph: EcoGraph, options: { graphAttributes?: boolean } = {}) {
  return {
    attributes: options.graphAttributes === false ? null : graph.getAttributes(),
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target, _sa, _ta, undirected) => ({ key, source, target, undirected, attributes })),
  };
}
