/**
 * Tabular output: an aligned text table (numbers right-aligned, six significant digits), CSV with
 * full precision and quoting, JSON as given; to stdout or atomically to a file.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { emit, formatOption, outputOption, renderCsv, renderTable, type Column } from '../../src/cli/output.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-output-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Row {
  id: string;
  score: number;
  tags: string[];
  extra?: unknown;
}
const COLUMNS: Column<Row>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'score', value: (r) => r.score, numeric: true },
  { header: 'tags', value: (r) => r.tags },
  { header: 'extra', value: (r) => r.extra },
];
const ROWS: Row[] = [
  { id: 'kyoto-u', score: 0.123456789, tags: ['a', 'b'], extra: { k: 1 } },
  { id: 'x', score: 12, tags: [] },
  { id: 'say "hi", ok', score: 1e-9, tags: ['c'], extra: null },
];

function capture(): { io: CommandIO; out: () => string } {
  let text = '';
  return { io: { stdout: (t) => void (text += t), stderr: () => {}, interactive: false }, out: () => text };
}

describe('renderTable', () => {
  it('aligns columns under a rule, right-aligns numbers and rounds them to six significant digits', () => {
    expect(renderTable(COLUMNS, ROWS).split('\n')).toEqual([
      'id               score  tags  extra',
      '────────────  ────────  ────  ───────',
      'kyoto-u       0.123457  a, b  {"k":1}',
      'x                   12',
      'say "hi", ok      1e-9  c',
      '',
    ]);
  });
});

describe('renderCsv', () => {
  it('keeps full precision, joins lists with " | " and quotes what needs it', () => {
    expect(renderCsv(COLUMNS, ROWS).split('\n')).toEqual([
      'id,score,tags,extra',
      'kyoto-u,0.123456789,a | b,"{""k"":1}"',
      'x,12,,',
      '"say ""hi"", ok",1e-9,c,',
      '',
    ]);
  });
});

describe('emit', () => {
  const result = { json: { rows: 3 }, columns: COLUMNS, rows: ROWS, title: 'Scores' };

  it('writes JSON as given, CSV, or a titled table to stdout', async () => {
    const json = capture();
    await emit(json.io, { format: 'json' }, result);
    expect(json.out()).toBe('{\n  "rows": 3\n}\n');
    const csv = capture();
    await emit(csv.io, { format: 'csv' }, result);
    expect(csv.out()).toBe(renderCsv(COLUMNS, ROWS));
    const table = capture();
    await emit(table.io, { format: 'table' }, result);
    expect(table.out()).toBe('Scores\n\n' + renderTable(COLUMNS, ROWS));
  });

  it('writes to the --output file instead, leaving no temporary file and nothing on stdout', async () => {
    const path = join(TMP, 'scores.csv');
    const c = capture();
    await emit(c.io, { format: 'csv', output: path }, result);
    expect(c.out()).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(renderCsv(COLUMNS, ROWS));
    expect(readdirSync(TMP)).toEqual(['scores.csv']);
  });
});

describe('shared options', () => {
  it('offers table, json and csv (table by default) and -o FILE', () => {
    expect(formatOption).toMatchObject({ short: 'f', choices: ['table', 'json', 'csv'], default: 'table' });
    expect(outputOption).toMatchObject({ short: 'o', valueName: 'FILE', type: 'string' });
  });
});
