/**
 * Validation without graphology: raw nodes and edges go in one at a time (as a streaming reader
 * produces them), are checked by the rules of {@link buildGraph} (same problem codes, messages,
 * lines and fields), and only a compact form of the graph is kept: node ids and kinds, and on
 * request labels, founding years, listed flags and spin-off ties, in typed arrays. Every valid tie
 * is handed to a {@link TieSink} as it arrives (the view builder of `metrics/` is one), so that the
 * ties of a view are gathered without this module knowing how a view is made.
 *
 * One difference from `buildGraph`, in messages only: warnings beyond `maxWarnings` are counted,
 * not kept.
 *
 * The keys of the plain ties of a JSON `edges` array are checked for duplicates at the end of the
 * input (or when another check needs the set of keys taken so far), not as each tie arrives (see
 * `KeySet.addLaterIn`): a random probe per tie into a table of millions of keys was a quarter of
 * the load. The problems and their order are those of a check tie by tie: each `duplicate-id` is
 * put where it would have been found, by the count of problems logged with its tie. Until then
 * such a tie counts as valid: the sink may be given ties after a duplicate key, in a graph that
 * {@link CompactGraphBuilder.finish} then refuses.
 *
 * Browser-safe: no Node imports.
 */
import { MultiGraph } from 'graphology';
import { checkEdgeKind, coerceAttributes, edgeKindNotAllowed, hasSources, idOf, labelFromAttribute } from '../../model/build.js';
import { GRAPH_OPTIONS, isGiven } from '../../model/graph.js';
import { InvalidGraphError, problem, type ElementLocation, type Problem } from '../../model/problems.js';
import type { RawEdge, RawNode } from '../../model/raw.js';
import {
  CONFIDENCE_LEVELS,
  EDGE_ATTRIBUTE_MAP,
  NODE_ATTRIBUTE_MAP,
  NODE_KINDS,
  isNodeKind,
  unknownKindMessage,
  type NodeKind,
} from '../../model/schema.js';
import { findSpinoffCycles } from '../../model/spinoff-cycles.js';
import type { EcoGraph } from '../../model/types.js';
import { kindCode, NO_CONFIDENCE, UNTYPED, type CompactGraph, type SpinoffTies, type TieSink } from '../../model/compact-graph.js';
import { Float64List, Int32List, Uint8List } from '../../model/typed-list.js';
import { IdTable, NOT_NUMBERED } from './id-table.js';
import { KEY_LATER, KEY_TAKEN, KeySet } from './key-set.js';
import { PlaceLog } from './place-log.js';

/** Node attributes the loader can keep beside the ids and kinds. */
export interface KeepOptions {
  /** Node labels (the id when a node has none). */
  labels?: boolean;
  /** Founding years (NaN when unknown), `listed` flags and spin-off ties. */
  lineage?: boolean;
}

export interface CompactBuildOptions {
  /** Read node kinds from this attribute (the `--kind-from` of foreign graphs). */
  kindFrom?: string | undefined;
  /** Read node labels from this attribute where it has a value (the `--label-from` of foreign graphs). */
  labelFrom?: string | undefined;
  keep?: KeepOptions;
  /** Warnings kept in `problems` (the rest are only counted); errors are always all kept. */
  maxWarnings?: number;
  /** Receives every node and every valid tie as they are checked (e.g. a view builder). */
  sink?: TieSink | undefined;
}

export const DEFAULTS = { maxWarnings: 1000 } as const;

export { UNTYPED, type SpinoffTies };

/** How problems name an edge (as `buildGraph` names it). */
function edgeName(key: string | undefined, source: string | undefined, target: string | undefined): string {
  return `edge ${key !== undefined ? `"${key}" ` : ''}${source ?? '?'} → ${target ?? '?'}`;
}

/** Whether an object has an own enumerable key (without building the key list). */
function hasOwnKeys(o: Record<string, unknown>): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

/** Whether a code unit is white space to `String.prototype.trim` (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmedSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `text[start, end)` is not empty and has no white space at either end (trimming would not change it). */
function trimmedIn(text: string, start: number, end: number): boolean {
  return end > start && !isTrimmedSpace(text.charCodeAt(start)) && !isTrimmedSpace(text.charCodeAt(end - 1));
}

/** The attributes of every plain tie (none). */
const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});

const CONFIDENCE_CODE = new Map<string, number>(CONFIDENCE_LEVELS.map((c, i) => [c, i]));

/**
 * Checks elements one by one and keeps the compact form of the graph.
 *
 * @example
 * const builder = new CompactGraphBuilder('eco', { keep: { labels: true }, sink: viewBuilder });
 * for (const node of rawNodes) builder.addNode(node);
 * for (const edge of rawEdges) builder.addEdge(edge);
 * const { ids, kinds, labels } = builder.finish();
 * @see buildGraph in `src/model/build.ts`, whose checks and problems these are
 */
export class CompactGraphBuilder {
  /**
   * Errors (all) and warnings (up to `maxWarnings`), in the order found; the duplicate keys of
   * ties checked later are among them once {@link CompactGraphBuilder.finish} has run.
   */
  readonly problems: Problem[] = [];
  private warningCount = 0;
  private tieCount = 0;
  private readonly nodeAttributeNames = new Set<string>();
  private readonly edgeAttributeNames = new Set<string>();
  private errorCount = 0;
  private readonly maxWarnings: number;

  // graph nodes
  private readonly table = new IdTable(1 << 16);
  private readonly ids = this.table.ids;
  /** The last id looked up at each edge end (source, target) and its index. */
  private readonly lastId: [string, string] = ['', ''];
  private readonly lastIndex = new Int32Array(2);
  /** The last id found by hash at each edge end of a tie read in place: its text, range (start, end at each end) and index. */
  private readonly lastText: [string, string] = ['', ''];
  private readonly lastRange = new Int32Array(4);
  private readonly lastRangeIndex = new Int32Array(2);
  private readonly lines = new Int32List(1024);
  private readonly kinds = new Uint8List(1024);
  private readonly foundedYears = new Float64List(1024);
  private readonly listedFlags = new Uint8List(1024);
  /** The labels of the nodes kept, once one differs from its node's id (until then the ids are the labels). */
  private labelList: string[] | undefined;

  // edges
  /** Edge keys seen so far (their code units in one typed array: millions of keys cost less there than in a `Set`). */
  private readonly seenKeys = new KeySet(1 << 10);
  /** The place of each tie whose key is checked later, with the number of problems before it. */
  private readonly laterPlaces = new PlaceLog();
  private readonly spinSource = new Int32List(64);
  private readonly spinTarget = new Int32List(64);
  private readonly spinLine = new Int32List(64);
  private readonly spinColumn = new Int32List(64);
  private readonly spinConfidence = new Uint8List(64);
  /** The location of the plain tie being checked (see {@link CompactGraphBuilder.addPlainEdgeIn}). */
  private readonly plainLoc = { file: '', line: 0, column: 0 };
  /** The file the spin-off ties came from (every tie comes from one file: edges.csv or the JSON file). */
  private spinFile: string | undefined;

  constructor(
    private readonly file: string,
    private readonly options: CompactBuildOptions = {},
  ) {
    this.maxWarnings = options.maxWarnings ?? DEFAULTS.maxWarnings;
  }

  /** Attributes of the graph itself, as the file gives them. */
  graphAttributes: Record<string, unknown> = {};

  /** Records problems found by a reader (syntax, structure, cells). */
  report(problems: readonly Problem[]): void {
    for (const p of problems) this.add(p);
  }

  private add(p: Problem): void {
    if (p.severity === 'error') {
      this.errorCount++;
      this.problems.push(p);
    } else if (this.warningCount++ < this.maxWarnings) this.problems.push(p);
  }

  /** Counts a warning; whether to keep it. */
  private keepWarning(): boolean {
    return this.warningCount++ < this.maxWarnings;
  }

  /** Whether an error has been found so far (the keys waiting to be checked are checked first). */
  get hasErrors(): boolean {
    this.settleKeys();
    return this.errorCount > 0;
  }

  /**
   * Checks the keys of the ties checked later and puts the `duplicate-id` problem of each
   * duplicate where a check tie by tie would have put it.
   *
   * @param last - at the end of the input: the keys need not stay in the set afterwards
   */
  private settleKeys(last = false): void {
    if (!this.seenKeys.unsettled) return;
    const { entries, keys } = last ? this.seenKeys.settleLast() : this.seenKeys.settle();
    const places = this.laterPlaces.placesOf(entries);
    this.laterPlaces.clear();
    if (entries.length === 0) return;
    // merged by count: a duplicate found when `count` problems were kept goes before the problem numbered `count`
    const kept = this.problems.splice(0);
    let d = 0;
    for (let i = 0; i <= kept.length; i++) {
      for (; d < places.length && places[d]!.count <= i; d++) {
        const { file, line, column } = places[d]!;
        this.problems.push(problem('error', 'duplicate-id', `duplicate edge id "${keys[d]}"`, { file, line, column }, 'id'));
        this.errorCount++;
      }
      if (i < kept.length) this.problems.push(kept[i]!);
    }
  }

  /** Whether a node with this id has been kept. */
  hasNode(id: string): boolean {
    return this.table.get(id) >= 0;
  }

  /** Checks and keeps one node, as `buildGraph` does. */
  addNode(node: RawNode): void {
    const id = idOf(node.id);
    if (id === undefined || id === '') {
      this.add(problem('error', 'empty-id', 'node has an empty or missing id', node.loc, 'id'));
      return;
    }
    const what = `node "${id}"`;
    const existing = this.table.get(id);
    if (existing >= 0) {
      const line = this.lines.get(existing);
      const at = line > 0 ? ` (first defined on line ${line})` : '';
      this.add(problem('error', 'duplicate-id', `duplicate node id "${id}"${at}`, node.loc, 'id'));
      return;
    }
    const found: Problem[] = [];
    for (const name in node.attributes) if (isGiven(node.attributes[name])) this.nodeAttributeNames.add(name);
    const attrs = coerceAttributes(node.attributes, NODE_ATTRIBUTE_MAP, node.loc, what, found);
    const kindFrom = this.options.kindFrom;
    const rawKind = kindFrom !== undefined ? node.attributes[kindFrom] : node.attributes.kind;
    let kind: NodeKind | undefined;
    if (rawKind !== undefined && rawKind !== null && rawKind !== '') {
      const k = typeof rawKind === 'string' ? rawKind.trim().toLowerCase() : rawKind;
      if (isNodeKind(k)) kind = k;
      else found.push(problem('error', 'unknown-node-kind', `${what}: ${unknownKindMessage('node', rawKind)}`, node.loc, kindFrom ?? 'kind'));
    }
    let label = labelFromAttribute(node.attributes, this.options.labelFrom) ?? attrs.label;
    if (label === undefined) label = id;
    else if (typeof label === 'string' && label.trim() === '') {
      found.push(problem('error', 'empty-label', `${what}: label is empty`, node.loc, 'label'));
      label = id;
    }
    for (const p of found) this.add(p);
    this.table.add(id);
    this.lines.push(node.loc.line ?? 0);
    this.kinds.push(kindCode(kind));
    const founded = attrs.founded;
    this.foundedYears.push(typeof founded === 'number' ? founded : NaN);
    if (kind !== undefined && !hasSources(attrs) && this.keepWarning())
      this.problems.push(problem('warning', 'missing-sources', `${what} has no sources`, node.loc, 'sources'));
    if (this.options.keep?.labels) this.keepLabel(String(label));
    if (this.options.keep?.lineage) this.listedFlags.push(attrs.listed === true ? 1 : 0);
    this.options.sink?.node(id, kind);
  }

  /**
   * Checks and keeps one node that has only an id and a label (or only an id when `label` is
   * undefined), as {@link CompactGraphBuilder.addNode} checks `{ id, attributes: { label }, loc }`,
   * with the same problems, but without building the raw node: the rows of a plain node list.
   *
   * @param rawId - the id cell as read (trimmed here, as `idOf` trims it)
   * @param label - the label cell as read, or undefined without a label column
   * @param loc - where the row is (its file, line and field columns)
   */
  addPlainNode(rawId: string, label: string | undefined, loc: ElementLocation): void {
    if (this.options.kindFrom !== undefined || this.options.labelFrom !== undefined) {
      this.addNode({ id: rawId, attributes: label === undefined ? {} : { label }, loc });
      return;
    }
    const id = rawId.trim();
    if (id === '') {
      this.add(problem('error', 'empty-id', 'node has an empty or missing id', loc, 'id'));
      return;
    }
    // the id is kept at once when new (nothing below reads the table)
    const nodes = this.table.size;
    const existing = this.table.findOrAdd(id);
    if (existing < nodes) {
      const line = this.lines.get(existing);
      const at = line > 0 ? ` (first defined on line ${line})` : '';
      this.add(problem('error', 'duplicate-id', `duplicate node id "${id}"${at}`, loc, 'id'));
      return;
    }
    let shown = id;
    if (label !== undefined && label !== '') this.nodeAttributeNames.add('label');
    if (label !== undefined) {
      if (label.trim() === '') this.add(problem('error', 'empty-label', `node "${id}": label is empty`, loc, 'label'));
      else shown = label;
    }
    this.lines.push(loc.line ?? 0);
    this.kinds.push(UNTYPED);
    this.foundedYears.push(NaN);
    if (this.options.keep?.labels) this.keepLabel(shown);
    if (this.options.keep?.lineage) this.listedFlags.push(0);
    this.options.sink?.node(id, undefined);
  }

  /** Checks one edge, as `buildGraph` does, and adds it to the view when it belongs there. */
  addEdge(edge: RawEdge): void {
    for (const name in edge.attributes) if (isGiven(edge.attributes[name])) this.edgeAttributeNames.add(name);
    const source = idOf(edge.source);
    const target = idOf(edge.target);
    let ok = true;
    const found: Problem[] = [];
    const s = this.endIndex('source', source, edge, found);
    const t = this.endIndex('target', target, edge, found);
    if (s < 0 || t < 0) ok = false;
    let key = idOf(edge.key);
    if (key === '') key = undefined;
    if (key !== undefined) this.settleKeys();
    if (key !== undefined && this.seenKeys.has(key)) {
      found.push(problem('error', 'duplicate-id', `duplicate edge id "${key}"`, edge.loc, 'id'));
      ok = false;
    }
    const attrs = hasOwnKeys(edge.attributes) ? coerceAttributes(edge.attributes, EDGE_ATTRIBUTE_MAP, edge.loc, edgeName(key, source, target), found) : {};
    const checked = checkEdgeKind(edge, attrs, () => edgeName(key, source, target), found);
    const { kind, directed } = checked;
    if (!checked.ok) ok = false;
    for (let k = 0; k < found.length; k++) this.add(found[k]!);
    if (!ok) return;
    if (kind !== undefined) {
      const notAllowed = edgeKindNotAllowed(kind, this.kindOf(s), this.kindOf(t), () => edgeName(key, source, target), edge.loc);
      if (notAllowed) {
        this.add(notAllowed);
        return;
      }
    }
    if (key !== undefined) this.seenKeys.add(key);
    this.tieCount++;
    if (s === t && this.keepWarning()) this.problems.push(problem('warning', 'self-loop', `${edgeName(key, source, target)} is a self-loop`, edge.loc));
    if (kind !== undefined && !hasSources(attrs) && this.keepWarning()) this.problems.push(problem('warning', 'missing-sources', `${edgeName(key, source, target)} has no sources`, edge.loc, 'sources'));
    if (kind === 'spinoff') {
      const pf = this.foundedYears.get(s);
      const cf = this.foundedYears.get(t);
      if (!Number.isNaN(pf) && !Number.isNaN(cf) && cf < pf && this.keepWarning())
        this.problems.push(problem('warning', 'child-before-parent', `${edgeName(key, source, target)}: child "${target}" founded ${cf}, before its parent "${source}" (${pf})`, edge.loc, 'founded'));
      this.spinSource.push(s);
      this.spinTarget.push(t);
      this.spinLine.push(edge.loc.line ?? 0);
      this.spinColumn.push(edge.loc.column ?? 0);
      this.spinFile ??= edge.loc.file;
      const c = attrs.confidence;
      this.spinConfidence.push(typeof c === 'string' ? (CONFIDENCE_CODE.get(c) ?? NO_CONFIDENCE) : NO_CONFIDENCE);
    }
    if (this.errorCount > 0) return; // an invalid graph gets no view: save the work
    this.options.sink?.tie(s, t, directed, kind, attrs, edge.loc);
  }

  /**
   * Checks one tie that has only a source, a target and perhaps a key and a direction (no kind and
   * no attributes), as {@link CompactGraphBuilder.addEdge} checks `{ key, source, target, directed,
   * attributes: {}, loc }`, with the same problems, but without building the raw edge: the rows of a
   * plain edge list and the plain elements of a JSON `edges` array.
   *
   * @param source - the source as read (trimmed here, as `idOf` trims it)
   * @param target - the target as read
   * @param loc - where the tie is (its file, line and column or field columns)
   * @param key - the tie's key as read, if any
   * @param directed - whether the tie is directed (false when the file does not say)
   */
  addPlainEdge(source: string, target: string, loc: ElementLocation, key?: string, directed = false): void {
    source = source.trim();
    target = target.trim();
    const s = this.plainEnd(0, source);
    const t = this.plainEnd(1, target);
    let k = key?.trim();
    if (k === '') k = undefined;
    if (k !== undefined) this.settleKeys();
    // a key is taken only by a valid tie: added here when the ends are valid, so one probe does both
    const duplicate = k !== undefined && (s < 0 || t < 0 ? this.seenKeys.has(k) : !this.seenKeys.add(k));
    if (s < 0 || t < 0 || duplicate) {
      if (s < 0) this.add(this.endProblem('source', source, loc));
      if (t < 0) this.add(this.endProblem('target', target, loc));
      if (duplicate) this.add(problem('error', 'duplicate-id', `duplicate edge id "${k}"`, loc, 'id'));
      return;
    }
    this.tieCount++;
    if (s === t && this.keepWarning()) this.problems.push(problem('warning', 'self-loop', `${edgeName(k, source, target)} is a self-loop`, loc));
    if (this.errorCount > 0) return;
    this.options.sink?.tie(s, t, directed, undefined, NO_ATTRIBUTES, loc);
  }

  /**
   * {@link CompactGraphBuilder.addPlainEdge} for a tie whose ids stand in a text (the plain
   * elements of a JSON `edges` array): the key is checked and kept where it stands (no string is
   * kept per tie), an end is sliced only when it is not the last one seen at that end. Same checks,
   * same problems.
   *
   * @param text - the text holding the ids
   * @param sourceStart - where the source starts in `text` (it ends at `sourceEnd`)
   * @param keyStart - where the key starts, or -1 without a key
   * @param file - the file of `text`
   * @param line - the line of the tie
   * @param column - the column of the tie
   * @param directed - whether the tie is directed
   */
  addPlainEdgeIn(
    text: string,
    sourceStart: number,
    sourceEnd: number,
    targetStart: number,
    targetEnd: number,
    keyStart: number,
    keyEnd: number,
    file: string,
    line: number,
    column: number,
    directed: boolean,
  ): void {
    // one location object for every such tie: problems copy what they need of it, and a sink reads it only during the call
    const loc = this.plainLoc;
    loc.file = file;
    loc.line = line;
    loc.column = column;
    this.checkPlainEdge(text, sourceStart, sourceEnd, targetStart, targetEnd, keyStart, keyEnd, loc, directed, true);
  }

  /**
   * {@link CompactGraphBuilder.addPlainEdgeIn} with the tie's location given whole (the rows of a
   * plain edge list, located by line and field columns).
   *
   * @param loc - where the tie is
   */
  addPlainEdgeAt(
    text: string,
    sourceStart: number,
    sourceEnd: number,
    targetStart: number,
    targetEnd: number,
    keyStart: number,
    keyEnd: number,
    loc: ElementLocation,
    directed: boolean,
  ): void {
    this.checkPlainEdge(text, sourceStart, sourceEnd, targetStart, targetEnd, keyStart, keyEnd, loc, directed, false);
  }

  /**
   * {@link CompactGraphBuilder.addPlainEdgeAt}, with the key of a tie whose ends are valid and
   * differ checked later when `later` is set (the location then has a line and a column).
   */
  private checkPlainEdge(
    text: string,
    sourceStart: number,
    sourceEnd: number,
    targetStart: number,
    targetEnd: number,
    keyStart: number,
    keyEnd: number,
    loc: ElementLocation,
    directed: boolean,
    later: boolean,
  ): void {
    // a numbered id is found by its number at once (and has nothing to trim: it starts as a node id
    // does and ends in a digit); another id is first checked for white space at its ends
    const numberedSource = this.table.numberedIn(text, sourceStart, sourceEnd);
    const numberedTarget = this.table.numberedIn(text, targetStart, targetEnd);
    if (
      (numberedSource === NOT_NUMBERED && !trimmedIn(text, sourceStart, sourceEnd)) ||
      (numberedTarget === NOT_NUMBERED && !trimmedIn(text, targetStart, targetEnd)) ||
      (keyStart >= 0 && !trimmedIn(text, keyStart, keyEnd))
    ) {
      // an id to trim, or empty: as any plain tie
      const key = keyStart >= 0 ? text.slice(keyStart, keyEnd) : undefined;
      this.addPlainEdge(text.slice(sourceStart, sourceEnd), text.slice(targetStart, targetEnd), loc, key, directed);
      return;
    }
    const s = numberedSource !== NOT_NUMBERED ? numberedSource : this.hashedEndIn(0, text, sourceStart, sourceEnd);
    const t = numberedTarget !== NOT_NUMBERED ? numberedTarget : this.hashedEndIn(1, text, targetStart, targetEnd);
    let duplicate = false;
    if (keyStart >= 0) {
      if (later && s >= 0 && t >= 0 && s !== t) {
        // taken as new until the keys are settled; a self-loop is checked at once, as its warning depends on it
        const found = this.seenKeys.addLaterIn(text, keyStart, keyEnd);
        if (found === KEY_LATER) this.laterPlaces.push(loc.file, loc.line ?? 0, loc.column ?? 0, this.problems.length);
        else duplicate = found === KEY_TAKEN;
      } else {
        this.settleKeys();
        duplicate = s < 0 || t < 0 ? this.seenKeys.hasIn(text, keyStart, keyEnd) : !this.seenKeys.addIn(text, keyStart, keyEnd);
      }
    }
    if (s < 0 || t < 0 || duplicate) {
      if (s < 0) this.add(this.endProblem('source', text.slice(sourceStart, sourceEnd), loc));
      if (t < 0) this.add(this.endProblem('target', text.slice(targetStart, targetEnd), loc));
      if (duplicate) this.add(problem('error', 'duplicate-id', `duplicate edge id "${text.slice(keyStart, keyEnd)}"`, loc, 'id'));
      return;
    }
    this.tieCount++;
    if (s === t && this.keepWarning()) {
      const key = keyStart >= 0 ? text.slice(keyStart, keyEnd) : undefined;
      const id = this.ids[s]!;
      this.problems.push(problem('warning', 'self-loop', `${edgeName(key, id, id)} is a self-loop`, loc));
    }
    if (this.errorCount > 0) return;
    this.options.sink?.tie(s, t, directed, undefined, NO_ATTRIBUTES, loc);
  }

  /**
   * {@link CompactGraphBuilder.plainEnd} of the id `text[start, end)` (not empty, already trimmed)
   * when it is not a numbered id that {@link IdTable.numberedIn} finds: first compared with the last
   * one found at this end, then looked up by hash.
   */
  private hashedEndIn(slot: 0 | 1, text: string, start: number, end: number): number {
    // the last id is kept as its place in the text it was read from (a recent chunk, still in the
    // processor's cache), not as the id string, which would be one more scattered read per tie
    const lastText = this.lastText[slot];
    const lastStart = this.lastRange[2 * slot]!;
    const length = end - start;
    if (this.lastRange[2 * slot + 1]! - lastStart === length) {
      let k = 0;
      while (k < length && lastText.charCodeAt(lastStart + k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.lastRangeIndex[slot]!;
    }
    const i = this.table.hashedIn(text, start, end);
    if (i >= 0) {
      this.lastText[slot] = text;
      this.lastRange[2 * slot] = start;
      this.lastRange[2 * slot + 1] = end;
      this.lastRangeIndex[slot] = i;
    }
    return i;
  }

  /** Index of a plain edge's end (`slot` 0 source, 1 target), or -1 when empty or unknown. */
  private plainEnd(slot: 0 | 1, id: string): number {
    if (id === '') return -1;
    if (id === this.lastId[slot]) return this.lastIndex[slot]!;
    const i = this.table.get(id);
    if (i >= 0) {
      this.lastId[slot] = id;
      this.lastIndex[slot] = i;
    }
    return i;
  }

  /** The problem of an edge end that is empty or not a node, as {@link CompactGraphBuilder.endIndex} words it. */
  private endProblem(end: 'source' | 'target', id: string, loc: ElementLocation): Problem {
    return id === ''
      ? problem('error', 'empty-id', `edge ${end} is empty or missing`, loc, end)
      : problem('error', 'missing-node', `edge ${end} "${id}" is not a node of the graph`, loc, end);
  }

  /** Keeps the label of the node just kept (the last id of the table). */
  private keepLabel(label: string): void {
    if (this.labelList === undefined) {
      const last = this.ids.length - 1;
      if (label === this.ids[last]) return;
      this.labelList = this.ids.slice(0, last);
    }
    this.labelList.push(label);
  }

  /** Index of an edge end, or -1 with a problem for an empty or unknown id. */
  private endIndex(end: 'source' | 'target', id: string | undefined, edge: RawEdge, found: Problem[]): number {
    if (id === undefined || id === '') {
      found.push(problem('error', 'empty-id', `edge ${end} is empty or missing`, edge.loc, end));
      return -1;
    }
    // Edge lists are often grouped by source: the last id found at this end is checked first.
    const slot = end === 'source' ? 0 : 1;
    if (id === this.lastId[slot]) return this.lastIndex[slot]!;
    const i = this.table.get(id);
    if (i >= 0) {
      this.lastId[slot] = id;
      this.lastIndex[slot] = i;
    }
    if (i < 0) {
      found.push(problem('error', 'missing-node', `edge ${end} "${id}" is not a node of the graph`, edge.loc, end));
      return -1;
    }
    return i;
  }

  private kindOf(i: number): NodeKind | undefined {
    const code = this.kinds.get(i);
    return code === UNTYPED ? undefined : NODE_KINDS[code];
  }

  /** Spin-off cycle errors, named as `buildGraph` names them (only computed when Kahn's walk finds a cycle). */
  private spinoffCycleProblems(): Problem[] {
    const m = this.spinSource.length;
    if (m === 0) return [];
    const n = this.ids.length;
    const start = new Int32Array(n + 1);
    const indegree = new Int32Array(n);
    for (let e = 0; e < m; e++) {
      start[this.spinSource.get(e) + 1]!++;
      indegree[this.spinTarget.get(e)]!++;
    }
    for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, n);
    const targets = new Int32Array(m);
    for (let e = 0; e < m; e++) targets[fill[this.spinSource.get(e)]!++] = this.spinTarget.get(e);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let v = 0; v < n; v++) if (indegree[v] === 0) queue[tail++] = v;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) if (--indegree[targets[e]!]! === 0) queue[tail++] = targets[e]!;
    }
    if (tail === n) return [];
    // A cycle: name it exactly as the standard path does, on a small graph of the spin-off ties only.
    const spin: EcoGraph = new MultiGraph(GRAPH_OPTIONS);
    for (let e = 0; e < m; e++) {
      const a = this.ids[this.spinSource.get(e)]!;
      const b = this.ids[this.spinTarget.get(e)]!;
      spin.mergeNode(a);
      spin.mergeNode(b);
      spin.addDirectedEdgeWithKey(String(e), a, b, { kind: 'spinoff' });
    }
    return findSpinoffCycles(spin).map((cycle) => {
      const e = Number(cycle.edges[0]);
      const line = this.spinLine.get(e);
      const column = this.spinColumn.get(e);
      const file = this.spinFile ?? this.file;
      const loc = line > 0 ? (column > 0 ? { file, line, column } : { file, line }) : { file };
      return problem('error', 'spinoff-cycle', `spin-off cycle: ${[...cycle.nodes, cycle.nodes[0]].join(' → ')}`, loc);
    });
  }

  /**
   * Ends the input: refuses an invalid graph, else returns what was kept of it.
   *
   * @throws {@link InvalidGraphError} with every problem when the graph has errors
   */
  finish(): CompactGraph {
    this.settleKeys(true);
    for (const p of this.spinoffCycleProblems()) this.add(p);
    if (this.errorCount > 0) throw new InvalidGraphError(this.problems);
    const table = this.table;
    const result: CompactGraph = {
      ids: this.ids,
      indexMap: () => table.toMap(),
      kinds: this.kinds.toArray(),
      attributes: this.graphAttributes,
      warnings: this.problems.filter((p) => p.severity === 'warning'),
      warningCount: this.warningCount,
      ties: this.tieCount,
      attributeNames: { nodes: [...this.nodeAttributeNames].sort(), edges: [...this.edgeAttributeNames].sort() },
    };
    if (this.options.keep?.labels) result.labels = this.labelList ?? this.ids.slice();
    if (this.options.keep?.lineage) {
      result.founded = this.foundedYears.toArray();
      result.listed = this.listedFlags.toArray();
      result.spinoffs = { source: this.spinSource.toArray(), target: this.spinTarget.toArray(), confidence: this.spinConfidence.toArray() };
    }
    return result;
  }
}
