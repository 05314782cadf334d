/**
 * Kumu's `Type` is free text ("Startup", "VC", "Spin-off"): a type that names an ecograph kind in
 * any case is that kind, and `--kind-map` maps the others (`Startup=firm,VC=investor`, or a file
 * with one `Type=kind` a line). A type left unmapped is an `unmapped-type` error that lists every
 * such type, so one run shows everything the map must add.
 *
 * Browser-safe: no Node imports.
 */
import { problem, type ElementLocation } from '../model/problems.js';
import type { RawGraph } from '../model/raw.js';
import { EDGE_KINDS, NODE_KINDS, isEdgeKind, isNodeKind } from '../model/schema.js';

/** Kumu types (lower case) and the ecograph kinds they map to. */
export type KindMap = ReadonlyMap<string, string>;

/**
 * Parses a kind map: `Type=kind` entries separated by commas or line ends (`#` starts a comment);
 * each kind must be a node or edge kind.
 *
 * @param text - `Startup=firm,VC=investor`, or the text of a map file
 * @throws Error naming the bad entry and the valid kinds
 * @example
 * parseKindMap('Startup=firm, VC=investor').get('vc'); // 'investor'
 */
export function parseKindMap(text: string): KindMap {
  const map = new Map<string, string>();
  for (const raw of text.split(/[,\r\n]/)) {
    const entry = raw.replace(/#.*/, '').trim();
    if (entry === '') continue;
    const eq = entry.lastIndexOf('=');
    const type = eq > 0 ? entry.slice(0, eq).trim() : '';
    const kind = eq > 0 ? entry.slice(eq + 1).trim().toLowerCase() : '';
    if (type === '' || kind === '') throw new Error(`--kind-map entry ${JSON.stringify(entry)} is not TYPE=kind (e.g. Startup=firm)`);
    if (!isNodeKind(kind) && !isEdgeKind(kind))
      throw new Error(`--kind-map entry ${JSON.stringify(entry)}: "${kind}" is not a kind (node kinds: ${NODE_KINDS.join(', ')}; edge kinds: ${EDGE_KINDS.join(', ')})`);
    map.set(type.toLowerCase(), kind);
  }
  return map;
}

interface Unmapped {
  type: string;
  count: number;
  loc: ElementLocation;
}

/**
 * Replaces the Kumu types of a raw graph's nodes and edges (their `kind` attribute, read from the
 * `Type` column) by ecograph kinds: a kind's name in any case, else the kind map's entry. Types
 * left unmapped are removed from the elements (kept as `type`) and reported once each, as
 * `unmapped-type` errors listing them all.
 *
 * @param raw - a raw graph read from Kumu's layout; changed in place
 * @param kindMap - the user's map (lower-case types)
 * @param field - the column the types come from, for problems
 * @example
 * mapKumuTypes(raw, parseKindMap('Startup=firm'));
 */
export function mapKumuTypes(raw: RawGraph, kindMap: KindMap = new Map(), field = 'kind'): void {
  const unmapped = { node: new Map<string, Unmapped>(), edge: new Map<string, Unmapped>() };
  const mapOne = (attributes: Record<string, unknown>, loc: ElementLocation, what: 'node' | 'edge') => {
    const type = attributes.kind;
    if (typeof type !== 'string' || type.trim() === '') return;
    const lower = type.trim().toLowerCase();
    const isKind = what === 'node' ? isNodeKind : isEdgeKind;
    const mapped = isKind(lower) ? lower : kindMap.get(lower);
    if (mapped !== undefined && isKind(mapped)) {
      attributes.kind = mapped;
      return;
    }
    delete attributes.kind;
    if (attributes.type === undefined) attributes.type = type;
    const seen = unmapped[what].get(lower);
    if (seen) seen.count++;
    else unmapped[what].set(lower, { type: type.trim(), count: 1, loc });
  };
  for (const node of raw.nodes) mapOne(node.attributes, node.loc, 'node');
  for (const edge of raw.edges) mapOne(edge.attributes, edge.loc, 'edge');
  for (const what of ['node', 'edge'] as const) {
    const all = [...unmapped[what].values()];
    if (all.length === 0) continue;
    const kinds = what === 'node' ? NODE_KINDS : EDGE_KINDS;
    const example = all.map((u) => `${u.type}=KIND`).join(',');
    const list = all.map((u) => `"${u.type}"`).join(', ');
    for (const u of all)
      raw.problems.push(
        problem(
          'error',
          'unmapped-type',
          `${what} type "${u.type}" (${u.count} ${what === 'node' ? 'element' : 'connection'}${u.count === 1 ? '' : 's'}) names no ${what} kind; unmapped ${what} types: ${list}. Map them with --kind-map "${example}" (${what} kinds: ${kinds.join(', ')})`,
          u.loc,
          field,
        ),
      );
  }
}
