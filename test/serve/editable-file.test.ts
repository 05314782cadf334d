/**
 * Saving an edited graph back to its file: every format round-trips through an edit with only the
 * edited elements changed, the previous version is kept as a numbered backup, and an invalid
 * graph, a file changed on disk, a stale editor and an unconfirmed rewrite of a foreign layout
 * write nothing.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph, saveGraph } from '../../src/io/files.js';
import { writeJson } from '../../src/io/json.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { EditableFile, NotEditableError } from '../../src/serve/editable-file.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecograph-editable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A small sourced ecosystem: a university, its spin-off and the founder. */
function sample(): EcoGraph {
  const g = createEcoGraph({ name: 'sample' });
  const sources = ['Annual report 2020 — https://example.org/ar2020.pdf'];
  g.addNode('uni', { label: 'Uni', kind: 'university', sources, confidence: 'sourced' });
  g.addNode('firm-a', { label: 'Firm A', kind: 'firm', founded: 2001, sources, confidence: 'sourced' });
  g.addNode('firm-b', { label: 'Firm B', kind: 'firm', founded: 2005, sources, confidence: 'sourced' });
  g.addNode('ada', { label: 'Ada', kind: 'founder', sources, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-1', 'uni', 'firm-a', { kind: 'spinoff', type: 'academic', year: 2001, sources, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-2', 'ada', 'firm-b', { kind: 'founded', year: 2005, sources, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-3', 'firm-a', 'firm-b', { kind: 'spinoff', type: 'employee', year: 2005, sources, confidence: 'sourced' });
  return g;
}

/** The edit every format test makes: rename one firm. */
function renamed(graph: EcoGraph): string {
  const copy = graph.copy() as EcoGraph;
  copy.setNodeAttribute('firm-b', 'label', 'Firm B Renamed');
  return writeJson(copy);
}

/** Lines of `after` not in `before` and of `before` not in `after` (as multisets). */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const count = new Map<string, number>();
  for (const line of before.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after.split('\n')) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else added.push(line);
  }
  const removed = [...count].flatMap(([line, n]) => Array<string>(n).fill(line));
  return { added, removed };
}

const FORMATS = [
  { format: 'json', path: 'g.json', files: [''] },
  { format: 'gexf', path: 'g.gexf', files: [''] },
  { format: 'graphml', path: 'g.graphml', files: [''] },
  { format: 'csv', path: 'g-csv', files: ['nodes.csv', 'edges.csv'] },
] as const;

describe('EditableFile', () => {
  it.each(FORMATS)('round-trips an edit of a $format file with only the edited element changed', async ({ format, path, files }) => {
    const target = join(dir, path);
    await saveGraph(sample(), target, format);
    const paths = files.map((f) => (f === '' ? target : join(target, f)));
    const before = await Promise.all(paths.map((p) => readFile(p, 'utf8')));
    const file = await EditableFile.open(target);
    expect(file.format).toBe(format);
    expect(file.layout).toBe('ecograph');
    const outcome = await file.save(renamed(file.graph), file.version);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.written.sort()).toEqual([...paths].sort());
    expect(outcome.version).toBe(file.version);
    // The version, hashed from the texts written, is the one the files on disk have.
    expect((await EditableFile.open(target)).version).toBe(outcome.version);
    const after = await Promise.all(paths.map((p) => readFile(p, 'utf8')));
    for (let i = 0; i < paths.length; i++) {
      const { added, removed } = changedLines(before[i]!, after[i]!);
      if (paths[i]!.endsWith('edges.csv')) {
        expect(added).toEqual([]);
        continue;
      }
      // Exactly the renamed node's text changed: one line in, one line out.
      expect(added.length, `added in ${paths[i]}: ${added.join(' | ')}`).toBe(1);
      expect(removed.length).toBe(1);
      expect(added[0]).toContain('Firm B Renamed');
      expect(removed[0]).toContain('Firm B');
    }
    // The previous version is kept, byte for byte, as the first numbered backup.
    expect(outcome.backups.sort()).toEqual(paths.map((p) => `${p}.~1~`).sort());
    for (let i = 0; i < paths.length; i++) expect(await readFile(`${paths[i]}.~1~`, 'utf8')).toBe(before[i]);
    const reread = await loadGraph(target);
    expect(reread.getNodeAttribute('firm-b', 'label')).toBe('Firm B Renamed');
    expect(reread.order).toBe(4);
    expect(reread.size).toBe(3);
  });

  it('round-trips an edit of a workbook, after confirming the rewrite', async () => {
    const target = join(dir, 'g.xlsx');
    await saveGraph(sample(), target, 'xlsx');
    const file = await EditableFile.open(target);
    expect(file.format).toBe('xlsx');
    expect(file.layout).toBe('foreign');
    expect((await file.save(renamed(file.graph), file.version)).ok).toBe(false);
    const outcome = await file.save(renamed(file.graph), file.version, { rewriteLayout: true });
    expect(outcome.ok).toBe(true);
    const reread = await loadGraph(target);
    expect(reread.getNodeAttribute('firm-b', 'label')).toBe('Firm B Renamed');
    expect(reread.getNodeAttribute('firm-a', 'label')).toBe('Firm A');
    expect(await readdir(dir)).toContain('g.xlsx.~1~');
  });

  it('numbers backups upwards, one number for all tables of a directory', async () => {
    const target = join(dir, 'eco');
    await saveGraph(sample(), target, 'csv');
    await writeFile(join(target, 'edges.csv.~4~'), 'older');
    const file = await EditableFile.open(target);
    const first = await file.save(renamed(file.graph), file.version);
    expect(first.ok && first.backups.sort()).toEqual([join(target, 'edges.csv.~5~'), join(target, 'nodes.csv.~5~')]);
    const second = await file.save(writeJson(sample()), file.version);
    expect(second.ok && second.backups.sort()).toEqual([join(target, 'edges.csv.~6~'), join(target, 'nodes.csv.~6~')]);
  });

  it('writes nothing for an invalid graph and lists its problems', async () => {
    const target = join(dir, 'g.json');
    await saveGraph(sample(), target, 'json');
    const before = await readFile(target, 'utf8');
    const file = await EditableFile.open(target);
    const bad = sample();
    bad.addDirectedEdgeWithKey('e-9', 'firm-b', 'ada', { kind: 'founded', sources: ['x'], confidence: 'sourced' });
    bad.setNodeAttribute('uni', 'kind', 'planet' as never);
    const outcome = await file.save(writeJson(bad), file.version);
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.reason !== 'invalid') throw new Error('expected invalid');
    const codes = outcome.problems.filter((p) => p.severity === 'error').map((p) => p.code);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(codes).toContain('unknown-node-kind');
    expect(await readFile(target, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['g.json']);
  });

  it('refuses to overwrite a file changed on disk since it was opened', async () => {
    const target = join(dir, 'g.json');
    await saveGraph(sample(), target, 'json');
    const file = await EditableFile.open(target);
    const other = sample();
    other.setNodeAttribute('uni', 'label', 'Changed elsewhere');
    await saveGraph(other, target, 'json');
    const outcome = await file.save(renamed(file.graph), file.version);
    expect(outcome.ok === false && outcome.reason).toBe('conflict');
    expect(outcome.ok === false && outcome.reason === 'conflict' && outcome.message).toContain('changed on disk');
    expect((await loadGraph(target)).getNodeAttribute('uni', 'label')).toBe('Changed elsewhere');
  });

  it('refuses a save from an editor that started before the last save', async () => {
    const target = join(dir, 'g.json');
    await saveGraph(sample(), target, 'json');
    const file = await EditableFile.open(target);
    const stale = file.version;
    expect((await file.save(renamed(file.graph), stale)).ok).toBe(true);
    const second = await file.save(writeJson(sample()), stale);
    expect(second.ok === false && second.reason).toBe('conflict');
    expect((await loadGraph(target)).getNodeAttribute('firm-b', 'label')).toBe('Firm B Renamed');
  });

  it('rewrites a file another tool laid out only once confirmed, then keeps ecograph layout', async () => {
    const target = join(dir, 'hand.json');
    // The same graph, pretty-printed by hand (as the bundled graphs are).
    await writeFile(target, JSON.stringify(JSON.parse(writeJson(sample())), null, 2));
    const file = await EditableFile.open(target);
    expect(file.layout).toBe('foreign');
    const unconfirmed = await file.save(renamed(file.graph), file.version);
    expect(unconfirmed.ok === false && unconfirmed.reason).toBe('layout-unconfirmed');
    expect(await readdir(dir)).toEqual(['hand.json']);
    expect((await file.save(renamed(file.graph), file.version, { rewriteLayout: true })).ok).toBe(true);
    expect(file.layout).toBe('ecograph');
  });

  it('serialises concurrent saves: the second sees the first one\'s version and is refused', async () => {
    const target = join(dir, 'g.json');
    await saveGraph(sample(), target, 'json');
    const file = await EditableFile.open(target);
    const base = file.version;
    const [a, b] = await Promise.all([file.save(renamed(file.graph), base), file.save(writeJson(sample()), base)]);
    expect(a.ok).toBe(true);
    expect(b.ok === false && b.reason).toBe('conflict');
  });

  it('refuses to open a graph with errors, or a directory of tab-separated tables', async () => {
    await writeFile(join(dir, 'bad.json'), '{"attributes":{"format":"ecograph@1"},"nodes":[{"key":"a","attributes":{"kind":"planet"}}],"edges":[]}');
    await expect(EditableFile.open(join(dir, 'bad.json'))).rejects.toThrow(NotEditableError);
    await mkdir(join(dir, 'tsv'));
    await writeFile(join(dir, 'tsv', 'edges.tsv'), 'source\ttarget\tkind\na\tb\tcollaboration\n');
    await expect(EditableFile.open(join(dir, 'tsv'))).rejects.toThrow(/\.csv tables/);
  });
});
