/** Finding a CSV directory's tables: names in any case, TSV and TXT, edge lists alone, and the problems for paths that hold none. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCsvFiles, graphInputBytes, notFound } from '../../src/io/csv-files.js';

const tmp = mkdtempSync(join(tmpdir(), 'ecograph-csv-files-'));
function folder(name: string, files: string[]): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (const f of files) writeFileSync(join(dir, f), 'source,target\n');
  return dir;
}

describe('findCsvFiles', () => {
  it('finds nodes and edges in any case, preferring .csv to .tsv to .txt', async () => {
    const dir = folder('cased', ['Nodes.CSV', 'nodes.txt', 'EDGES.tsv']);
    expect(await findCsvFiles(dir)).toEqual({ dir, nodes: join(dir, 'Nodes.CSV'), edges: join(dir, 'EDGES.tsv') });
  });

  it('takes a table inside the directory for the directory', async () => {
    const dir = folder('inside', ['nodes.csv', 'edges.csv']);
    expect(await findCsvFiles(join(dir, 'nodes.csv'))).toEqual({ dir, nodes: join(dir, 'nodes.csv'), edges: join(dir, 'edges.csv') });
  });

  it('an edges table alone is enough', async () => {
    const dir = folder('edges-only', ['edges.csv', 'notes.md']);
    expect(await findCsvFiles(dir)).toEqual({ dir, nodes: undefined, edges: join(dir, 'edges.csv') });
  });

  it('no edges table: no-edges-file, naming what is expected and what is there', async () => {
    const dir = folder('no-edges', ['nodes.csv', 'edge.csv']);
    const p = await findCsvFiles(dir);
    expect(p).toMatchObject({ severity: 'error', code: 'no-edges-file', file: join(dir, 'edges.csv') });
    expect('message' in p && p.message).toBe(
      'the CSV directory has nodes.csv but no edges.csv (it holds edge.csv, nodes.csv): it needs edges.csv (source,target,…) and, optionally, nodes.csv (id,label,kind,…)',
    );
    expect(await findCsvFiles(folder('empty', []))).toMatchObject({ code: 'no-edges-file', message: expect.stringContaining('neither nodes.csv nor edges.csv') });
  });

  it('a missing path is not-found; a file given as a directory is not-a-directory', async () => {
    expect(await findCsvFiles(join(tmp, 'nope'))).toEqual(notFound(join(tmp, 'nope')));
    expect(notFound('x')).toEqual({ severity: 'error', code: 'not-found', message: 'no such file or directory', file: 'x' });
    const file = join(folder('file', ['edges.csv']), 'edges.csv');
    expect(await findCsvFiles(file + '/')).toMatchObject({ code: 'not-a-directory', file: file + '/' });
  });
});

describe('graphInputBytes', () => {
  it('sums nodes and edges of a CSV directory (whatever their case and extension), sizes a file, and is 0 for what it cannot size', async () => {
    const dir = join(tmp, 'sized');
    mkdirSync(dir);
    const nodes = 'id\tlabel\na\tA\n';
    const edges = 'source,target\na,b\n';
    writeFileSync(join(dir, 'Nodes.tsv'), nodes);
    writeFileSync(join(dir, 'edges.csv'), edges);
    writeFileSync(join(dir, 'notes.txt'), 'not a table, not counted');
    expect(await graphInputBytes(dir)).toBe(nodes.length + edges.length);
    expect(await graphInputBytes(join(dir, 'edges.csv'))).toBe(edges.length);
    // an edge list alone: only the edges table
    const edgesOnly = folder('sized-edges-only', ['edges.csv']);
    expect(await graphInputBytes(edgesOnly)).toBe('source,target\n'.length);
    expect(await graphInputBytes(folder('sized-no-tables', ['readme.md']))).toBe(0);
    expect(await graphInputBytes(join(tmp, 'missing.json'))).toBe(0);
  });
});
