/**
 * GEXF, Gephi's exchange format: reads 1.1, 1.2 and 1.3 documents, writes 1.3.
 *
 * Reading: `<attributes class="node|edge">` declarations with their types (integer, long, float,
 * double, boolean, string, liststring, …) and defaults; viz data (`viz:color` → `color` as
 * `#rrggbb` or `rgba(r,g,b,a)`, `viz:size` → `size`, `viz:position` → `x`, `y` (and `z`),
 * `viz:thickness` → `thickness`, `viz:shape` → `shape`); the graph's `defaultedgetype` and each
 * edge's `type`, `weight` and `label`; `<meta>` title (→ `name`), description, creator and keywords.
 * A GEXF 1.3 edge `kind` (Gephi's multi-graph edge type) is kept as the attribute `gexfKind`;
 * ecograph's own `kind` is a normal string attribute.
 *
 * Dynamic mode (`<graph mode="dynamic" timeformat="integer|double|date|dateTime">`): an element's
 * `start`/`end` attributes and `<spells>` become its own dates where the file gives none as
 * attributes: a node's first start → `founded`, last end → `dissolved`; a tie's first start →
 * `year` for an event (investment, spinoff, founded), else `since`, its last end → `until`. Dates
 * become their year (`2022-01-15` → 2022). A missing start is Gephi's "present from the
 * beginning": no start date is made up (the element is then undated: `--undated include` shows it
 * from the first year, as Gephi does); a missing end likewise. Spells are read as one span from the
 * earliest start to the latest end; when spells leave a gap, a `spells-merged` warning names the
 * element and the years the span covers but the spells do not. Dynamic attribute values and
 * timestamps are not read as dates.
 *
 * Writing: one declared attribute per attribute name and value type; lists as `liststring` in the
 * GEXF 1.3 bracket syntax with each item a JSON string (`["a, b", "c|d"]`), which reads back
 * exactly; graph attributes other than name, description, creator and keywords as
 * `<ecograph:attribute>` elements inside `<meta>`. Elements with own dates are written as a
 * dynamic graph (`timeformat="integer"`) whose `<spells>` carry those dates (node: founded → start,
 * dissolved → end; tie: year, else since → start, until → end), so Gephi's timeline shows them; the
 * dates stay attributes too, and a derived bound is never written.
 */
import { problem } from '../model/problems.js';
import type { RawEdge, RawGraph, RawNode } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { collectColumns, columnKey, valueTypeOf, type AttributeColumn, type ValueType } from './attribute-columns.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';
import { childElement, childElements, descendantElements, parseXmlDocument, type XmlElement } from './xml-tree.js';
import { formatTypedValue, parseTypedValue } from './xml-values.js';
import { yearOfDate } from '../model/values.js';

/** Tie kinds whose start is their `year` (events); the others start at `since`. */
const EVENT_KINDS = ['investment', 'spinoff', 'founded'];

/** Namespace of the `<ecograph:attribute>` elements that carry graph attributes in `<meta>`. */
export const GEXF_ECOGRAPH_NAMESPACE = 'https://ecograph.dev/ns/gexf-graph-attributes';

/** Meta elements that hold a graph attribute as trimmed text: element name → attribute name. */
const META_TEXT: Record<string, string> = { title: 'name', description: 'description', creator: 'creator', keywords: 'keywords' };

/**
 * Parses a GEXF list value: `[…]` with JSON string items (as ecograph writes), `[a, b]` with bare
 * items (Gephi), or `a|b` (GEXF 1.2).
 *
 * @param text the attvalue text
 * @example
 * parseGexfList('["a, b", "c"]'); // ['a, b', 'c']
 * parseGexfList('a|b'); // ['a', 'b']
 */
export function parseGexfList(text: string): string[] {
  const t = text.trim();
  if (t === '' || t === '[]') return [];
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    } catch {
      // bare items
    }
    return t
      .slice(1, -1)
      .split(',')
      .map((s) => s.trim());
  }
  return t.split('|').map((s) => s.trim());
}

/** Writes a list of strings in GEXF 1.3 bracket syntax with JSON string items. */
export function formatGexfList(items: readonly string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;
}

/** The value type a GEXF attribute type reads as (`integer` for integral types, to check values). */
function gexfValueType(type: string | undefined): ValueType | 'integer' | 'list' {
  switch ((type ?? 'string').toLowerCase()) {
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      return 'integer';
    case 'float':
    case 'double':
    case 'bigdecimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'liststring':
      return 'string[]';
    default:
      return type !== undefined && type.toLowerCase().startsWith('list') ? 'list' : 'string';
  }
}

interface Declared {
  title: string;
  type: ValueType | 'integer' | 'list';
  /** The item type of a typed list (`listinteger` → integer). */
  itemType?: ValueType | 'integer';
  default?: string;
}

function readDeclarations(graph: XmlElement, cls: 'node' | 'edge'): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const block of childElements(graph, 'attributes')) {
    if ((block.attributes.class ?? 'node').toLowerCase() !== cls) continue;
    for (const a of childElements(block, 'attribute')) {
      const id = a.attributes.id ?? a.attributes.title;
      if (id === undefined) continue;
      const type = gexfValueType(a.attributes.type);
      const d: Declared = { title: a.attributes.title ?? id, type };
      if (type === 'list') d.itemType = gexfValueType(a.attributes.type!.slice(4)) as ValueType | 'integer';
      const def = childElement(a, 'default');
      if (def) d.default = def.text;
      out.set(id, d);
    }
  }
  return out;
}

/**
 * Reads a GEXF document into a raw graph.
 *
 * @param text the document
 * @param file its name, for problems
 * @returns nodes and edges with typed attribute values and their lines; syntax and structure problems
 * @example
 * const raw = readGexf('<gexf version="1.3"><graph><nodes><node id="a"/></nodes></graph></gexf>', 'g.gexf');
 * @see https://gexf.net/schema.html
 */
export function readGexf(text: string, file: string): RawGraph {
  const raw: RawGraph = { file, format: 'gexf', attributes: {}, nodes: [], edges: [], problems: [] };
  const parsed = parseXmlDocument(text, file, 'gexf');
  if (!parsed.ok) {
    raw.problems.push(parsed.problem);
    return raw;
  }
  const root = parsed.root;
  const at = (e: XmlElement) => ({ file, line: e.line, column: e.column });
  const meta = childElement(root, 'meta');
  if (meta)
    for (const child of meta.children) {
      const name = META_TEXT[child.name];
      if (name !== undefined && child.qualifiedName === child.name) {
        const t = child.text.trim();
        if (t !== '') raw.attributes[name] = t;
      } else if (child.name === 'attribute' && child.attributes.name !== undefined) {
        const type = (child.attributes.type ?? 'string') as ValueType;
        const r = parseTypedValue(child.attributes.value ?? '', type, parseGexfList);
        if (r.ok) raw.attributes[child.attributes.name] = r.value;
        else raw.problems.push(problem('error', r.code, `graph attribute must hold ${r.expected}`, at(child), child.attributes.name));
      }
    }
  const graph = childElement(root, 'graph');
  if (!graph) {
    raw.problems.push(problem('error', 'bad-structure', 'the document has no <graph> element', at(root)));
    return raw;
  }
  const defaultType = graph.attributes.defaultedgetype?.toLowerCase();
  const dynamic = graph.attributes.mode?.toLowerCase() === 'dynamic';
  const timeformat = (graph.attributes.timeformat ?? 'double').toLowerCase();
  /** A time of the file as a year; a problem when it is not one. */
  const yearOfTime = (text: string, where: XmlElement, field: string): number | undefined => {
    let year: number | undefined;
    if (timeformat === 'date' || timeformat === 'datetime') year = yearOfDate(text);
    else {
      const n = Number(text.trim());
      year = text.trim() !== '' && Number.isFinite(n) ? Math.floor(n) : undefined;
    }
    if (year === undefined || year < 1000 || year > 2999) {
      raw.problems.push(problem('error', 'bad-year', `${field} must be a ${timeformat === 'date' || timeformat === 'datetime' ? 'date' : 'year'} (timeformat ${timeformat}), got ${JSON.stringify(text)}`, at(where), field));
      return undefined;
    }
    return year;
  };
  /** The span of an element: its first start and last end (undefined: from the beginning / to the end). */
  const spanOf = (element: XmlElement): { start?: number; end?: number } => {
    const intervals: Array<{ start: string | undefined; end: string | undefined; where: XmlElement }> = [];
    const spells = childElements(element, 'spells').flatMap((s) => childElements(s, 'spell'));
    if (element.attributes.start !== undefined || element.attributes.end !== undefined || spells.length === 0)
      intervals.push({ start: element.attributes.start ?? element.attributes.startopen, end: element.attributes.end ?? element.attributes.endopen, where: element });
    for (const s of spells) intervals.push({ start: s.attributes.start ?? s.attributes.startopen, end: s.attributes.end ?? s.attributes.endopen, where: s });
    let start: number | undefined;
    let end: number | undefined;
    let open = { start: false, end: false };
    const years: Array<{ start: number; end: number }> = [];
    for (const i of intervals) {
      let from: number | undefined = -Infinity;
      let to: number | undefined = Infinity;
      if (i.start === undefined) open.start = true;
      else {
        from = yearOfTime(i.start, i.where, 'start');
        if (from !== undefined && (start === undefined || from < start)) start = from;
      }
      if (i.end === undefined) open.end = true;
      else {
        to = yearOfTime(i.end, i.where, 'end');
        if (to !== undefined && (end === undefined || to > end)) end = to;
      }
      if (from !== undefined && to !== undefined) years.push({ start: from, end: to });
    }
    open = { start: open.start || start === undefined, end: open.end || end === undefined };
    const gaps = spellGaps(years);
    if (gaps.length > 0) {
      const what = element.name === 'node' ? `node "${element.attributes.id ?? ''}"` : `edge ${element.attributes.id !== undefined ? `"${element.attributes.id}"` : `${element.attributes.source ?? ''} → ${element.attributes.target ?? ''}`}`;
      raw.problems.push(
        problem(
          'warning',
          'spells-merged',
          `${what}: ${years.length} spells read as one span ${open.start ? '…' : start}–${open.end ? '…' : end}, so ${gaps.map((g) => (g.before - g.after === 2 ? `${g.after + 1}` : `${g.after + 1}–${g.before - 1}`)).join(', ')}, which no spell covers, count${gaps.length > 1 || gaps[0]!.before - gaps[0]!.after > 2 ? '' : 's'} as present (an element holds one span of dates)`,
          at(element),
          'spells',
        ),
      );
    }
    return { ...(open.start ? {} : { start: start! }), ...(open.end ? {} : { end: end! }) };
  };
  const absent = (v: unknown) => v === undefined || v === null || v === '';
  const nodeDates = (element: XmlElement, attributes: Record<string, unknown>) => {
    if (!dynamic) return;
    const { start, end } = spanOf(element);
    if (start !== undefined && absent(attributes.founded)) attributes.founded = start;
    if (end !== undefined && absent(attributes.dissolved)) attributes.dissolved = end;
  };
  const edgeDates = (element: XmlElement, attributes: Record<string, unknown>) => {
    if (!dynamic) return;
    const { start, end } = spanOf(element);
    if (start !== undefined && absent(attributes.year) && absent(attributes.since)) {
      if (typeof attributes.kind === 'string' && EVENT_KINDS.includes(attributes.kind)) attributes.year = start;
      else attributes.since = start;
    }
    if (end !== undefined && absent(attributes.until)) attributes.until = end;
  };
  const declared = { node: readDeclarations(graph, 'node'), edge: readDeclarations(graph, 'edge') };

  const readAttvalues = (element: XmlElement, cls: 'node' | 'edge', attributes: Record<string, unknown>) => {
    const decls = declared[cls];
    const seen = new Set<string>();
    for (const block of childElements(element, 'attvalues'))
      for (const av of childElements(block, 'attvalue')) {
        const id = av.attributes.for ?? av.attributes.id;
        const d = id !== undefined ? decls.get(id) : undefined;
        if (id === undefined || !d) {
          raw.problems.push(
            problem('error', 'undeclared-attribute', `attvalue for ${id === undefined ? 'no attribute' : `"${id}"`}, which no <attributes class="${cls}"> declares`, at(av), id),
          );
          continue;
        }
        seen.add(id);
        setValue(av.attributes.value ?? '', d, av, attributes);
      }
    for (const [id, d] of decls) if (!seen.has(id) && d.default !== undefined) setValue(d.default, d, element, attributes);
  };
  const setValue = (text: string, d: Declared, where: XmlElement, attributes: Record<string, unknown>) => {
    if (d.type === 'list') {
      const items = parseGexfList(text);
      const values = items.map((s) => parseTypedValue(s, d.itemType ?? 'string', parseGexfList));
      const bad = values.find((v) => !v.ok);
      if (bad && !bad.ok) raw.problems.push(problem('error', bad.code, `attribute "${d.title}" must hold a list of ${bad.expected} values`, at(where), d.title));
      else attributes[d.title] = values.map((v) => (v.ok ? v.value : undefined));
      return;
    }
    const r = parseTypedValue(text, d.type, parseGexfList);
    if (r.ok) attributes[d.title] = r.value;
    else raw.problems.push(problem('error', r.code, `attribute "${d.title}" must hold ${r.expected}, got ${JSON.stringify(text)}`, at(where), d.title));
  };
  const numberAttribute = (e: XmlElement, name: string, field: string): number | undefined => {
    const t = e.attributes[name];
    if (t === undefined) return undefined;
    const r = parseTypedValue(t, 'number', parseGexfList);
    if (r.ok) return r.value as number;
    raw.problems.push(problem('error', 'bad-number', `${field} must be a number, got ${JSON.stringify(t)}`, at(e), field));
    return undefined;
  };
  const readViz = (element: XmlElement, attributes: Record<string, unknown>) => {
    for (const v of element.children) {
      if (v.name === 'color') {
        const hex = v.attributes.hex;
        if (hex !== undefined && /^#[0-9a-f]{6}$/i.test(hex)) {
          attributes.color = hex.toLowerCase();
          continue;
        }
        const [r, g, b] = (['r', 'g', 'b'] as const).map((c) => numberAttribute(v, c, `viz:color ${c}`) ?? 0) as [number, number, number];
        const a = numberAttribute(v, 'a', 'viz:color a');
        const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
        attributes.color = a === undefined ? `#${hex2(r)}${hex2(g)}${hex2(b)}` : `rgba(${r},${g},${b},${a})`;
      } else if (v.name === 'size' || v.name === 'thickness') {
        const n = numberAttribute(v, 'value', `viz:${v.name}`);
        if (n !== undefined) attributes[v.name] = n;
      } else if (v.name === 'position') {
        for (const c of ['x', 'y', 'z'] as const) {
          const n = numberAttribute(v, c, `viz:position ${c}`);
          if (n !== undefined) attributes[c] = n;
        }
      } else if (v.name === 'shape' && v.attributes.value !== undefined) attributes.shape = v.attributes.value;
    }
  };

  for (const n of descendantElements(graph, 'node')) {
    const attributes: Record<string, unknown> = {};
    if (n.attributes.label !== undefined) attributes.label = n.attributes.label;
    readAttvalues(n, 'node', attributes);
    readViz(n, attributes);
    nodeDates(n, attributes);
    const node: RawNode = { id: n.attributes.id, attributes, loc: at(n) };
    raw.nodes.push(node);
  }
  for (const e of descendantElements(graph, 'edge')) {
    const attributes: Record<string, unknown> = {};
    if (e.attributes.label !== undefined) attributes.label = e.attributes.label;
    if (e.attributes.kind !== undefined) attributes.gexfKind = e.attributes.kind;
    const weight = numberAttribute(e, 'weight', 'weight');
    if (weight !== undefined) attributes.weight = weight;
    readAttvalues(e, 'edge', attributes);
    readViz(e, attributes);
    edgeDates(e, attributes);
    const edge: RawEdge = { source: e.attributes.source, target: e.attributes.target, attributes, loc: at(e) };
    if (e.attributes.id !== undefined) edge.key = e.attributes.id;
    const type = (e.attributes.type ?? defaultType)?.toLowerCase();
    if (type === 'directed') edge.directed = true;
    else if (type === 'undirected' || type === 'mutual') edge.directed = false;
    else if (e.attributes.type !== undefined)
      raw.problems.push(problem('error', 'bad-value', `edge type must be directed, undirected or mutual, got ${JSON.stringify(e.attributes.type)}`, at(e), 'type'));
    raw.edges.push(edge);
  }
  return raw;
}

const COLOR_HEX = /^#[0-9a-f]{6}$/;
const COLOR_RGBA = /^rgba\((\d{1,3}),(\d{1,3}),(\d{1,3}),([0-9.eE+-]+)\)$/;

/** Splits element attributes into viz elements and the rest (for attvalues). */
function vizOf(attributes: Record<string, unknown>, isNode: boolean): { viz: string[]; rest: Record<string, unknown> } {
  const rest = { ...attributes };
  const viz: string[] = [];
  const color = rest.color;
  if (typeof color === 'string') {
    const rgba = COLOR_RGBA.exec(color);
    if (COLOR_HEX.test(color)) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      viz.push(`<viz:color r="${r}" g="${g}" b="${b}"/>`);
      delete rest.color;
    } else if (rgba && rgba.slice(1, 4).every((c) => Number(c) <= 255 && String(Number(c)) === c) && `rgba(${rgba[1]},${rgba[2]},${rgba[3]},${Number(rgba[4])})` === color) {
      viz.push(`<viz:color r="${rgba[1]}" g="${rgba[2]}" b="${rgba[3]}" a="${rgba[4]}"/>`);
      delete rest.color;
    }
  }
  const sizeName = isNode ? 'size' : 'thickness';
  if (valueTypeOf(rest[sizeName]) === 'number') {
    viz.push(`<viz:${sizeName} value="${String(rest[sizeName])}"/>`);
    delete rest[sizeName];
  }
  if (isNode && valueTypeOf(rest.x) === 'number' && valueTypeOf(rest.y) === 'number') {
    const z = valueTypeOf(rest.z) === 'number' ? ` z="${String(rest.z)}"` : '';
    viz.push(`<viz:position x="${String(rest.x)}" y="${String(rest.y)}"${z}/>`);
    delete rest.x;
    delete rest.y;
    if (z) delete rest.z;
  }
  if (typeof rest.shape === 'string' && isNode && /^(disc|square|triangle|diamond)$/.test(rest.shape)) {
    viz.push(`<viz:shape value="${rest.shape}"/>`);
    delete rest.shape;
  }
  return { viz, rest };
}

const GEXF_TYPE: Record<ValueType, string> = { string: 'string', number: 'double', boolean: 'boolean', 'string[]': 'liststring', json: 'string' };

/** The `<spell>` of an element's own dates (start and/or end year), or undefined when it has none. */
function spellOf(start: unknown, end: unknown): string | undefined {
  const year = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
  const s = year(start);
  const e = year(end);
  if (s === undefined && e === undefined) return undefined;
  return `<spell${s !== undefined ? ` start="${s}"` : ''}${e !== undefined ? ` end="${e}"` : ''}/>`;
}

function spellLines(spell: string | undefined, indent: string): string[] {
  return spell === undefined ? [] : [`${indent}<spells>`, `${indent}  ${spell}`, `${indent}</spells>`];
}

/** Attribute ids: the attribute name, or name:type when one name has several value types. */
function declareColumns(columns: AttributeColumn[]): Map<string, { id: string; column: AttributeColumn }> {
  const out = new Map<string, { id: string; column: AttributeColumn }>();
  const used = new Set<string>();
  const count = new Map<string, number>();
  for (const c of columns) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  for (const c of columns) {
    let id = count.get(c.name) === 1 ? c.name : `${c.name}:${c.type}`;
    for (let i = 2; used.has(id); i++) id = `${c.name}:${c.type}:${i}`;
    used.add(id);
    out.set(columnKey(c.name, c.type), { id, column: c });
  }
  return out;
}

function declarationBlock(cls: string, declared: Map<string, { id: string; column: AttributeColumn }>): string[] {
  if (declared.size === 0) return [];
  const lines = [`    <attributes class="${cls}" mode="static">`];
  for (const { id, column } of declared.values()) {
    const type = column.type === 'number' && column.integer ? 'long' : GEXF_TYPE[column.type];
    lines.push(`      <attribute id="${escapeXmlAttribute(id)}" title="${escapeXmlAttribute(column.name)}" type="${type}"/>`);
  }
  lines.push('    </attributes>');
  return lines;
}

/**
 * The years no spell covers between the first and the last spell of an element: spells that
 * overlap or touch (one ends in the year before the next starts, or in the same year) leave none.
 *
 * @param spells - the element's spells as years (±Infinity for an open start or end)
 * @returns each gap as the last year covered before it and the first year covered after it
 */
export function spellGaps(spells: ReadonlyArray<{ start: number; end: number }>): Array<{ after: number; before: number }> {
  const sorted = [...spells].sort((a, b) => a.start - b.start);
  const gaps: Array<{ after: number; before: number }> = [];
  let reach = -Infinity;
  for (const [i, spell] of sorted.entries()) {
    if (i > 0 && spell.start > reach + 1) gaps.push({ after: reach, before: spell.start });
    reach = Math.max(reach, spell.end);
  }
  return gaps;
}

function attvalues(record: Record<string, unknown>, declared: Map<string, { id: string; column: AttributeColumn }>, indent: string): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    const type = valueTypeOf(value);
    if (type === undefined) continue;
    const d = declared.get(columnKey(name, type))!;
    out.push(`${indent}  <attvalue for="${escapeXmlAttribute(d.id)}" value="${escapeXmlAttribute(formatTypedValue(value, type, formatGexfList))}"/>`);
  }
  return out.length > 0 ? [`${indent}<attvalues>`, ...out, `${indent}</attvalues>`] : [];
}

/**
 * Writes a graph as a GEXF 1.3 document.
 *
 * @param graph the graph
 * @returns the document text
 * @example
 * const xml = writeGexf(graph); // open in Gephi
 * @see https://gexf.net/schema.html
 */
export function writeGexf(graph: EcoGraph): string {
  const nodes: { id: string; label: string | undefined; viz: string[]; spell: string | undefined; rest: Record<string, unknown> }[] = [];
  let dynamic = false;
  graph.forEachNode((id, attributes) => {
    const { label, ...others } = attributes as Record<string, unknown>;
    const { viz, rest } = vizOf(others, true);
    const spell = spellOf(attributes.founded, attributes.dissolved);
    if (spell !== undefined) dynamic = true;
    if (typeof label === 'string') nodes.push({ id, label, viz, spell, rest });
    else nodes.push({ id, label: undefined, viz, spell, rest: label === undefined ? rest : { ...rest, label } });
  });
  let directed = 0;
  graph.forEachEdge((_e, _a, _s, _t, _sa, _ta, undirected) => {
    if (!undirected) directed++;
  });
  const defaultDirected = directed * 2 >= graph.size;
  const edges: { head: string; viz: string[]; spell: string | undefined; rest: Record<string, unknown> }[] = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const { viz, rest } = vizOf(attributes as Record<string, unknown>, false);
    const spell = spellOf(attributes.year ?? attributes.since, attributes.until);
    if (spell !== undefined) dynamic = true;
    let head = `<edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}"`;
    if (undirected === defaultDirected) head += ` type="${undirected ? 'undirected' : 'directed'}"`;
    if (typeof rest.label === 'string') {
      head += ` label="${escapeXmlAttribute(rest.label)}"`;
      delete rest.label;
    }
    if (valueTypeOf(rest.weight) === 'number') {
      head += ` weight="${String(rest.weight)}"`;
      delete rest.weight;
    }
    if (typeof rest.gexfKind === 'string') {
      head += ` kind="${escapeXmlAttribute(rest.gexfKind)}"`;
      delete rest.gexfKind;
    }
    edges.push({ head, viz, spell, rest });
  });
  const nodeDecl = declareColumns(collectColumns(nodes.map((n) => n.rest), () => true));
  const edgeDecl = declareColumns(collectColumns(edges.map((e) => e.rest), () => true));

  const metaLines: string[] = [];
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (name === 'format' || value === undefined) continue;
    const element = Object.entries(META_TEXT).find(([, n]) => n === name)?.[0];
    if (element !== undefined && typeof value === 'string' && value === value.trim() && value !== '')
      metaLines.push(`    <${element}>${escapeXmlText(value)}</${element}>`);
    else {
      const type = valueTypeOf(value)!;
      metaLines.push(
        `    <ecograph:attribute name="${escapeXmlAttribute(name)}" type="${type}" value="${escapeXmlAttribute(formatTypedValue(value, type, formatGexfList))}"/>`,
      );
    }
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:ecograph="${GEXF_ECOGRAPH_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    '  <meta>',
    ...metaLines,
    '  </meta>',
    `  <graph defaultedgetype="${defaultDirected ? 'directed' : 'undirected'}" ${dynamic ? 'mode="dynamic" timeformat="integer"' : 'mode="static"'}>`,
    ...declarationBlock('node', nodeDecl),
    ...declarationBlock('edge', edgeDecl),
    '    <nodes>',
  ];
  for (const n of nodes) {
    const head = `      <node id="${escapeXmlAttribute(n.id)}"${n.label !== undefined ? ` label="${escapeXmlAttribute(n.label)}"` : ''}`;
    const body = [...attvalues(n.rest, nodeDecl, '        '), ...spellLines(n.spell, '        '), ...n.viz.map((v) => `        ${v}`)];
    if (body.length === 0) lines.push(`${head}/>`);
    else lines.push(`${head}>`, ...body, '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    const body = [...attvalues(e.rest, edgeDecl, '        '), ...spellLines(e.spell, '        '), ...e.viz.map((v) => `        ${v}`)];
    if (body.length === 0) lines.push(`      ${e.head}/>`);
    else lines.push(`      ${e.head}>`, ...body, '      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}
