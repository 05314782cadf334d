/**
 * The graph file that `ecograph serve --edit` saves back to: one file (JSON, GEXF, GraphML,
 * workbook) or a CSV directory, opened once and then written only by {@link EditableFile.save}.
 *
 * A save validates the whole graph with the library's rules (nothing is written when it has
 * errors), refuses when the file changed on disk since it was opened or last saved (the version is
 * a SHA-256 of the file's bytes), keeps the previous version as a numbered backup beside it
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
import { hasErrors, type Problem } from '../model/problems.js';
import type { FormatName } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';

/** Whether a save keeps the file's layout: `ecograph` (files ecograph wrote) or `foreign` (rewritten on the first save). */
export type FileLayout = 'ecograph' | 'foreign';

/** The outcome of {@link EditableFile.save}. */
export type SaveOutcome =
  | { ok: true; version: string; written: string[]; backups: string[] }
  | { ok: false; reason: 'invalid'; problems: Problem[] }
  | { ok: false; reason: 'conflict'; message: string }
  | { ok: false; reason: 'layout-unconfirmed'; message: string };

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
function versionOfTexts(texts: Record<string, string | undefined>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(texts).sort()) {
    const text = texts[name];
    if (text === undefined) {
      hash.update(`${name}\0absent\0`);
      continue;
    }
    const bytes = Buffer.from(text, 'utf8');
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

  /** The graph as opened, or as last saved. */
  get graph(): EcoGraph {
    return this.currentGraph;
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
    if (format !== 'xlsx') {
      const texts = serializeGraph(read.graph, format);
      layout = versionOfTexts(texts) === version ? 'ecograph' : 'foreign';
    }
    return new EditableFile(path, format, read.graph, targets, version, layout);
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

  private async saveNow(jsonText: string, baseVersion: string, options: { rewriteLayout?: boolean }): Promise<SaveOutcome> {
    const parsed = parseGraph({ format: 'json', file: { file: `${basename(this.path)} (edited)`, text: jsonText } });
    if (hasErrors(parsed.problems)) return { ok: false, reason: 'invalid', problems: parsed.problems };
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
      written = await saveGraph(parsed.graph, this.path, 'xlsx');
      this.currentVersion = await versionOf(this.targets);
    } else {
      const texts = serializeGraph(parsed.graph, this.format);
      const files = Object.entries(texts).map(([name, data]) => ({ path: this.targets[name]!, data }));
      await writeFilesAtomic(files);
      written = files.map((f) => f.path);
      // The version of the texts just written, hashed as versionOf hashes the files, without
      // reading back what was written (a CSV target the serialisation left out counts as absent).
      this.currentVersion = versionOfTexts(Object.fromEntries(Object.keys(this.targets).map((name) => [name, texts[name]])));
    }
    this.currentLayout = 'ecograph';
    this.currentGraph = parsed.graph;
    return { ok: true, version: this.currentVersion, written, backups };
  }
}
