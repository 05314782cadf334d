/**
 * Tabular output: an aligned text table (numbers right-aligned, six significant digits), CSV with
 * full precision and quoting, JSON as given; to stdout or atomically to a file.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { UsageError } from '../../src/cli/command.js';
import {
  checkOutputFile,
  displayWidth,
  emit,
  formatOfOutput,
  formatOption,
  outputOption,
  renderCsv,
  renderTable,
  settleOutputFormat,
  shorten,
  type Column,
} from '../../src/cli/output.js';

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
  it('prints a table too wide for the width as blocks of columns, each led by the whole ids', () => {
    type Row = { id: string; values: number[] };
    const columns: Column<Row>[] = [
      { header: 'id', value: (r) => r.id, whole: true },
      ...Array.from({ length: 14 }, (_, i) => ({ header: `measure${i}`, value: (r: Row) => r.values[i], numeric: true })),
    ];
    const rows: Row[] = [
      { id: 'a-long-identifier-typed-back-into-commands', values: Array.from({ length: 14 }, (_, i) => i / 7) },
      { id: 'b', values: Array.from({ length: 14 }, (_, i) => i * 1000) },
    ];
    const blocks = renderTable(columns, rows, 80).trimEnd().split('\n\n');
    expect(blocks.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const block of blocks) {
      const lines = block.split('\n');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
      expect(lines[0]).toMatch(/^id\s+measure\d+/);
      expect(lines[2]!.startsWith('a-long-identifier-typed-back-into-commands ')).toBe(true);
      seen.push(...lines[0]!.split(/\s+/).slice(1));
    }
    // every measure once, in order
    expect(seen).toEqual(columns.slice(1).map((c) => c.header));
  });

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

describe('fitting tables', () => {
  interface Named {
    id: string;
    label: string;
    value: number;
  }
  const columns: Column<Named>[] = [
    { header: 'id', whole: true, value: (r) => r.id },
    { header: 'label', value: (r) => r.label },
    { header: 'value', numeric: true, value: (r) => r.value },
  ];

  it('prints values below 1e-12 in absolute value as 0 (CSV keeps them)', () => {
    const rows = [{ id: 'a', label: 'A', value: 3.26971e-74 }, { id: 'b', label: 'B', value: -5e-13 }, { id: 'c', label: 'C', value: 2e-12 }];
    expect(renderTable(columns, rows).split('\n').slice(2, 5)).toEqual(['a   A          0', 'b   B          0', 'c   C      2e-12']);
    expect(renderCsv(columns, rows)).toContain('a,A,3.26971e-74');
  });

  it('shortens the widest text column with an ellipsis to fit the width, never an id, after a whole word when it can', () => {
    const rows = [{ id: 'kyoto-research-park-corporation', label: 'Kyoto Research Park Corporation, a science park in Kyoto', value: 0.5 }];
    const lines = renderTable(columns, rows, 60).split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(lines[2]).toMatch(/^kyoto-research-park-corporation {2}Kyoto Research Park…\s+0\.5$/);
  });

  it('rounds numbers to fewer digits only when shortening text is not enough', () => {
    const many: Column<Named>[] = [columns[0]!, ...Array.from({ length: 12 }, (_, i) => ({ header: `m${i}`, numeric: true, value: (r: Named) => r.value }))];
    const table = renderTable(many, [{ id: 'x', label: '', value: 0.123456789 }], 100);
    expect(table).toContain('0.1235');
    expect(table).not.toContain('0.123457');
    expect(renderTable(many.slice(0, 10), [{ id: 'x', label: '', value: 0.123456789 }], 100)).toContain('0.123457');
  });

  it('measures CJK text as two columns a character and pads by display width', () => {
    expect(displayWidth('京都大学')).toBe(8);
    expect(displayWidth('株式会社 abc')).toBe(12);
    const rows = [{ id: 'ku', label: '京都大学', value: 1 }, { id: 'x', label: 'Kyoto', value: 2 }];
    const lines = renderTable(columns, rows).split('\n');
    expect(displayWidth(lines[2]!)).toBe(displayWidth(lines[3]!));
    expect(shorten('京都大学医学部附属病院', 9)).toBe('京都大学…');
  });

  it('marks every shortened text with an ellipsis and leaves short text alone', () => {
    expect(shorten('Kyoto Research Park Corporation', 20)).toBe('Kyoto Research Park…');
    expect(shorten('Chordia Therapeutics Inc.', 16)).toBe('Chordia Therape…');
    expect(shorten('NTT', 16)).toBe('NTT');
  });
});

describe('the output file picks the format', () => {
  const spec = { name: 't', summary: '', positionals: [], options: { format: formatOption, output: outputOption }, run: async () => 0 };
  const settle = (options: Record<string, unknown>, given: string[]) => {
    const args = { positionals: [], options: { format: 'table', ...options } };
    settleOutputFormat(spec, args, new Set(given));
    return args.options.format;
  };

  it('from the extension when --format is not given (.csv, .json, .txt; others: table)', () => {
    expect(formatOfOutput('c.CSV')).toBe('csv');
    expect(formatOfOutput('out/c.json')).toBe('json');
    expect(formatOfOutput('c.txt')).toBe('table');
    expect(formatOfOutput('c.out')).toBeUndefined();
    expect(settle({ output: join(TMP, 'c.csv') }, ['output'])).toBe('csv');
    expect(settle({ output: join(TMP, 'c.json') }, ['output'])).toBe('json');
    expect(settle({ output: join(TMP, 'c.out') }, ['output'])).toBe('table');
    expect(settle({ format: 'csv', output: join(TMP, 'c.out') }, ['output', 'format'])).toBe('csv');
  });

  it('refuses a contradiction and a directory with one line', () => {
    expect(() => settle({ format: 'json', output: 'c.csv' }, ['output', 'format'])).toThrow(
      '-o c.csv names a .csv file but --format is json: leave out --format, or name the file with .json',
    );
    expect(() => settle({ format: 'table', output: 'c.csv' }, ['output', 'format'])).toThrow(/name the file with \.txt/);
    expect(settle({ format: 'csv', output: join(TMP, 'c.csv') }, ['output', 'format'])).toBe('csv');
    expect(() => settle({ output: TMP }, ['output'])).toThrow(`-o ${TMP} is a directory: give a file name, e.g. ${TMP}/result.csv`);
    expect(() => checkOutputFile('results/')).toThrow(UsageError);
  });

  it('leaves commands without the shared options alone', () => {
    const other = { ...spec, options: { output: { type: 'string', short: 'o', description: 'figure' } as const } };
    const args = { positionals: [], options: { output: TMP } };
    expect(() => settleOutputFormat(other, args, new Set(['output']))).not.toThrow();
  });
});
