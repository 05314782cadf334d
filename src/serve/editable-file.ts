/**
 * The graph file that `ecograph serve --edit` saves back to: one file (JSON, GEXF, GraphML,
 * workbook) or a CSV directory, opened once and then written only by {@link EditableFile.save}.
 *
 * It keeps the graph it loaded. The explorer's save ({@link EditableFile.saveEdits}) applies the
 * changes made since the version loaded or saved to that graph, each checked by the library's rules
 * (`replayEdits`), without reading the whole graph again; a whole-document save
 * ({@link EditableFile.save}) parses and validates the whole graph. Either writes nothing when a
 * change or the graph has errors, refuses when the file changed on disk since it was opened or last
 * saved (the version is a SHA-256 of the file's bytes), keeps the previous version as a numbered backup beside it
 * (`name.~1~`, `name.~2~`, … as `cp --backup=numbered` names them), and writes the new version
 * atomically in the file's own format. Files ecograph wrote keep untouched elements byte for byte;
 * a file laid out by another tool is rewritten in ecograph's layout only once the caller confirms.
 *
 * Node-only (file system).
 */
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { writeFilesAtomic } from '../io/atomic-write.js';
import { findCsvFiles } from '../io/csv-files.js';
import { readGraphFile, saveGraph, type ReadOptions } from '../io/files.js';
import { parseGraph, serializeGraph } from '../io/formats.js';
import { replayEdits, undoReplay, type LoggedEdit } from '../model/edit-replay.js';
import { EDIT_FILE, revertEdit, type GraphEdit } from '../model/edits.js';
import { jsonLineCache, writeJson } from '../io/json.js';
import { hasErrors, problem, type Problem } from '../model/problems.js';
import type { FormatName } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';

/** Whether a save keeps the file's layout: `ecograph` (files ecograph wrote) or `foreign` (rewritten on the first save). */
export type FileLayout = 'ecograph' | 'foreign';

/** The outcome of {@link EditableFile.save}. */
export type SaveOutcome =
  | { ok: true; version: string; written: string[]; backups: string[] }
  | { ok: false; reason: 'invalid'; problems: Problem[]; change?: number }
  | { ok: false; reason: 'conflict'; message: string }
  | { ok: false; reason: 'layout-unconfirmed'; message: string };

/**
 * An incremental save ({@link EditableFile.saveEdits}): the changes made since the version saved
 * or loaded, and the nodes they touched as the editor writes them.
 */
export interface EditsSave {
  /** The session's changes since its base version, oldest first (`EditHistory.changesSinceSave`). */
  edits: LoggedEdit[];
  /**
   * The nodes the changes touched that are still in the graph, by id, each with the attributes the
   * editor writes for it. They must equal the server's own after the changes, except the layout
   * attributes `x` and `y` (positions are the editor's: which ones a file keeps is its rule); the
   * server takes them as they are, key order included.
   */
  nodes?: Record<string, Record<string, unknown>>;
}

/** Node attributes a save takes from the editor without checking them against its own (positions). */
const LAYOUT_KEYS = new Set(['x', 'y']);

/** Deep equality of JSON-like values (objects compared without regard to key order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two attribute sets are equal apart from the layout attributes. */
function sameExceptLayout(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !LAYOUT_KEYS.has(k)));
  return sameValue(strip(a), strip(b));
}

/** Why a value is not an {@link EditsSave}, or undefined. */
function editsSaveShapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the save is not an object { edits, nodes }';
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.edits)) return '"edits" must be a list of { edit, restore }';
  for (let i = 0; i < v.edits.length; i++) {
    const e = v.edits[i] as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return `change ${i + 1} must be an object { edit, restore }`;
    if (e.restore !== undefined && typeof e.restore !== 'boolean') return `change ${i + 1}: "restore" must be true or false`;
  }
  if (v.nodes !== undefined) {
    if (typeof v.nodes !== 'object' || v.nodes === null || Array.isArray(v.nodes)) return '"nodes" must be an object of node attributes by id';
    for (const [id, a] of Object.entries(v.nodes as Record<string, unknown>))
      if (typeof a !== 'object' || a === null || Array.isArray(a)) return `"nodes"."${id}" must be an object of attributes`;
  }
  return undefined;
}

/** Why a file cannot be opened for editing. */
export class NotEditableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotEditableError';
  }
}

/** The files a graph occupies on disk, by the name each has in {@link serializeGraph}'s output. */
interface Targets {
  /** `''` for a single file; `nodes.csv` and `edges.csv` for a CSV directory. */
  [name: string]: string;
}

async function readBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** SHA-256 over each target's name and bytes (a missing file counts as absent, not empty). */
async function versionOf(targets: Targets): Promise<string> {
  const hash = createHash('sha256');
  for (const name of Object.keys(targets).sort()) {
    const bytes = await readBytes(targets[name]!);
    hash.update(`${name}\0${bytes === undefined ? 'absent' : `${bytes.length}`}\0`);
    if (bytes !== undefined) hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The {@link versionOf} the targets have once `texts` are written to them (a name without text: absent). */
function versionOfTexts(texts: Record<string, string | Buffer | undefined>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(texts).sort()) {
    const text = texts[name];
    if (text === undefined) {
      hash.update(`${name}\0absent\0`);
      continue;
    }
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The next free number N for `path.~N~` backups of every target (one N for all of a directory's files). */
async function nextBackupNumber(paths: readonly string[]): Promise<number> {
  let highest = 0;
  for (const path of paths) {
    const prefix = `${basename(path)}.~`;
    for (const entry of await readdir(dirname(path))) {
      if (!entry.startsWith(prefix) || !entry.endsWith('~')) continue;
      const n = Number(entry.slice(prefix.length, -1));
      if (Number.isInteger(n) && n > highest) highest = n;
    }
  }
  return highest + 1;
}

/**
 * An opened graph file that can be saved back safely.
 *
 * @example
 * const file = await EditableFile.open('graphs/kyoto.json');
 * const outcome = await file.save(editedJsonText, file.version);
 */
export class EditableFile {
  private saving: Promise<unknown> = Promise.resolve();
  /** The JSON text last written, when the file is JSON (what {@link graphJson} gives without serialising again). */
  private writtenJson: string | undefined;
  /** The JSON lines of the graph held, as last written (see `JsonLineCache`). */
  private jsonLines = jsonLineCache();

  private constructor(
    /** The path opened (a file, or a CSV directory). */
    readonly path: string,
    /** The file's format; saves write this format. */
    readonly format: FormatName,
    private currentGraph: EcoGraph,
    private readonly targets: Targets,
    private currentVersion: string,
    private currentLayout: FileLayout,
  ) {}

  /**
   * The graph as opened, or as last saved. Change it only through {@link saveEdits}: it is the
   * base the editor's changes are replayed on, and its JSON lines are remembered by attributes
   * object between saves.
   */
  get graph(): EcoGraph {
    return this.currentGraph;
  }

  /** The graph held as ecograph@1 JSON text (`writeJson`), for the explorer to load. */
  graphJson(): string {
    this.writtenJson ??= writeJson(this.currentGraph, this.jsonLines);
    return this.writtenJson;
  }

  /** The version of the file on disk as this server last read or wrote it. */
  get version(): string {
    return this.currentVersion;
  }

  /** `foreign` until the first save of a file another tool laid out; `ecograph` afterwards. */
  get layout(): FileLayout {
    return this.currentLayout;
  }

  /**
   * Opens a graph for editing: reads and validates it (throws {@link NotEditableError} with the
   * problems when it has errors), and notes its version and whether ecograph wrote it.
   *
   * @param path - a `.json`, `.gexf`, `.graphml` or `.xlsx` file, or a CSV directory with `.csv` tables
   * @param options - how the file is read (encoding, `kindFrom`, …); a save writes the model's own fields
   */
  static async open(path: string, options: ReadOptions = {}): Promise<EditableFile> {
    const read = await readGraphFile(path, options);
    if (hasErrors(read.problems) || read.format === undefined) {
      const first = read.problems.find((p) => p.severity === 'error');
      throw new NotEditableError(`${path} cannot be edited: it has errors (${first?.code ?? 'unreadable'}: ${first?.message ?? ''}); fix them with "ecograph validate" first`);
    }
    const format = read.format;
    let targets: Targets;
    if (format === 'csv') {
      const found = await findCsvFiles(path);
      if ('code' in found) throw new NotEditableError(`${path}: ${found.message}`);
      for (const table of [found.nodes, found.edges]) {
        if (table !== undefined && extname(table).toLowerCase() !== '.csv')
          throw new NotEditableError(`${table}: edit mode writes comma-separated .csv tables; convert the directory first (ecograph convert ${path} -o other-dir/)`);
      }
      targets = { 'nodes.csv': found.nodes ?? join(found.dir, 'nodes.csv'), 'edges.csv': found.edges };
    } else {
      targets = { '': path };
    }
    const version = await versionOf(targets);
    let layout: FileLayout = 'foreign';
    let json: string | undefined;
    const lines = jsonLineCache();
    if (format !== 'xlsx') {
      const texts = format === 'json' ? { '': writeJson(read.graph, lines) } : serializeGraph(read.graph, format);
      layout = versionOfTexts(texts) === version ? 'ecograph' : 'foreign';
      if (format === 'json') json = texts[''];
    }
    const file = new EditableFile(path, format, read.graph, targets, version, layout);
    file.writtenJson = json;
    file.jsonLines = lines;
    return file;
  }

  /**
   * Saves an edited graph, given as an ecograph JSON document.
   *
   * @param jsonText - the whole edited graph (`ecograph@1` JSON)
   * @param baseVersion - the version the editor started from ({@link version} when it loaded)
   * @param options - `rewriteLayout`: the user agreed that a file laid out by another tool is rewritten
   * @returns the new version and the files written and backed up, or why nothing was written
   */
  save(jsonText: string, baseVersion: string, options: { rewriteLayout?: boolean } = {}): Promise<SaveOutcome> {
    // One save at a time: a second request waits for the first and then sees its version.
    const next = this.saving.then(() => this.saveNow(jsonText, baseVersion, options));
    this.saving = next.catch(() => undefined);
    return next;
  }

  /**
   * Saves the changes an editor made since the version it loaded or last saved: they are applied to
   * the graph this server holds (each checked as the editor checked it, by the library's rules; see
   * `replayEdits` for what is validated), and the graph is written, without reading the whole
   * graph again. All or nothing: when a change is refused, nothing is written and the graph held
   * stays as it was.
   *
   * @param changes - the changes and the touched nodes as the editor writes them
   * @param baseVersion - the version the changes start from ({@link version} when the editor loaded or last saved)
   * @param options - `rewriteLayout`: the user agreed that a file laid out by another tool is rewritten
   * @returns the new version and the files written and backed up, or why nothing was written
   */
  saveEdits(changes: EditsSave, baseVersion: string, options: { rewriteLayout?: boolean } = {}): Promise<SaveOutcome> {
    const next = this.saving.then(() => this.saveEditsNow(changes, baseVersion, options));
    this.saving = next.catch(() => undefined);
    return next;
  }

  /** The refusal when the editor's base or the file on disk is not the version held, or the layout is unconfirmed. */
  private async refusal(baseVersion: string, options: { rewriteLayout?: boolean }): Promise<SaveOutcome | undefined> {
    const onDisk = await versionOf(this.targets);
    if (baseVersion !== this.currentVersion || onDisk !== this.currentVersion)
      return {
        ok: false,
        reason: 'conflict',
        message:
          onDisk !== this.currentVersion
            ? `${this.path} changed on disk since it was loaded: reload it, or save under another name`
            : `the explorer's copy is older than the last save: reload it first`,
      };
    if (this.currentLayout === 'foreign' && options.rewriteLayout !== true)
      return {
        ok: false,
        reason: 'layout-unconfirmed',
        message: `${this.path} was not written by ecograph: saving rewrites the whole file in ecograph's layout (confirm to go on)`,
      };
    return undefined;
  }

  private async saveEditsNow(changes: EditsSave, baseVersion: string, options: { rewriteLayout?: boolean }): Promise<SaveOutcome> {
    const shape = editsSaveShapeProblem(changes);
    if (shape !== undefined) return { ok: false, reason: 'invalid', problems: [problem('error', 'bad-structure', shape, { file: EDIT_FILE })] };
    const refused = await this.refusal(baseVersion, options);
    if (refused !== undefined) return refused;
    const graph = this.currentGraph;
    // The graph served while this save is under way is the one last saved.
    this.graphJson();
    const replay = replayEdits(graph, changes.edits);
    if (!replay.ok) return replay.change === undefined ? { ok: false, reason: 'invalid', problems: replay.problems } : { ok: false, reason: 'invalid', problems: replay.problems, change: replay.change };
    // What undoes the nodes' attributes taken from the editor, newest first.
    const inverses: GraphEdit[] = [];
    const undo = () => {
      for (const inverse of inverses) revertEdit(graph, inverse);
      undoReplay(graph, replay);
    };
    const problems: Problem[] = [];
    for (const [id, attributes] of Object.entries(changes.nodes ?? {})) {
      const loc = { file: EDIT_FILE };
      if (!graph.hasNode(id)) {
        problems.push(problem('error', 'missing-node', `node "${id}" is not a node of the graph after the changes`, loc, 'id'));
        continue;
      }
      for (const name of LAYOUT_KEYS)
        if (attributes[name] !== undefined && !(typeof attributes[name] === 'number' && Number.isFinite(attributes[name])))
          problems.push(problem('error', 'bad-number', `node "${id}": ${name} must be a number`, loc, name));
      if (!sameExceptLayout(graph.getNodeAttributes(id), attributes))
        problems.push(problem('error', 'bad-value', `node "${id}": the explorer's copy differs from the server's after the changes (reload the file)`, loc, 'id'));
      else inverses.unshift(revertEdit(graph, { op: 'update-node', id, attributes }));
    }
    if (problems.length > 0) {
      undo();
      return { ok: false, reason: 'invalid', problems };
    }
    try {
      return await this.write(graph);
    } catch (err) {
      undo();
      throw err;
    }
  }

  private async saveNow(jsonText: string, baseVersion: string, options: { rewriteLayout?: boolean }): Promise<SaveOutcome> {
    const parsed = parseGraph({ format: 'json', file: { file: `${basename(this.path)} (edited)`, text: jsonText } });
    if (hasErrors(parsed.problems)) return { ok: false, reason: 'invalid', problems: parsed.problems };
    const refused = await this.refusal(baseVersion, options);
    if (refused !== undefined) return refused;
    return this.write(parsed.graph);
  }

  /** Backs the files up, writes `graph` to them, and makes it the graph held. */
  private async write(graph: EcoGraph): Promise<SaveOutcome> {
    const existing: string[] = [];
    for (const path of Object.values(this.targets)) if ((await stat(path).catch(() => undefined)) !== undefined) existing.push(path);
    const n = await nextBackupNumber(existing);
    const backups: string[] = [];
    for (const path of existing) {
      const backup = `${path}.~${n}~`;
      await copyFile(path, backup);
      backups.push(backup);
    }
    let written: string[];
    if (this.format === 'xlsx') {
      written = await saveGraph(graph, this.path, 'xlsx');
      this.writtenJson = undefined;
      this.currentVersion = await versionOf(this.targets);
    } else {
      // JSON is written with the lines of unchanged elements remembered from the last write, when
      // the graph is the one held (changed by replayed edits, which replace attributes).
      const texts = this.format === 'json' ? { '': writeJson(graph, graph === this.currentGraph ? this.jsonLines : (this.jsonLines = jsonLineCache())) } : serializeGraph(graph, this.format);
      // Each text is encoded once: the bytes written are the bytes hashed.
      const bytes = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, Buffer.from(text, 'utf8')]));
      const files = Object.entries(bytes).map(([name, data]) => ({ path: this.targets[name]!, data }));
      await writeFilesAtomic(files);
      this.writtenJson = this.format === 'json' ? texts[''] : undefined;
      written = files.map((f) => f.path);
      // The version of the texts just written, hashed as versionOf hashes the files, without
      // reading back what was written (a CSV target the serialisation left out counts as absent).
      this.currentVersion = versionOfTexts(Object.fromEntries(Object.keys(this.targets).map((name) => [name, bytes[name]])));
    }
    this.currentLayout = 'ecograph';
    this.currentGraph = graph;
    return { ok: true, version: this.currentVersion, written, backups };
  }
}
