/**
 * `ecograph validate` on the broken-input corpus (test/fixtures/invalid/cases.json): every case
 * reports its code and line, exits 1 and shows no stack trace. Most run in-process through runCli;
 * a handful run through the real binary.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { columnLetters, type Problem } from '../../../src/model/problems.js';
import { runCapture } from '../../helpers/run-cli.js';

const REPO = join(import.meta.dirname, '../../..');
const INVALID = join(REPO, 'test/fixtures/invalid');
const VALID = join(REPO, 'test/fixtures/valid');

interface Case {
  input: string;
  file?: string;
  sheet?: string;
  code: string;
  line?: number;
  column?: number;
  what: string;
}
const { cases } = JSON.parse(readFileSync(join(INVALID, 'cases.json'), 'utf8')) as { cases: Case[] };

const validate = (...argv: string[]) => runCapture(['validate', ...argv]);

const STACK = /\n\s+at .+:\d+:\d+|Error: |node:internal/;

/** `path:line[:column]: error [code]` (`book.xlsx:sheet!C7: error [code]` in a workbook), the form validate prints. */
function expectedLine(c: Case): string {
  const file = c.file !== undefined ? join(INVALID, c.input, c.file) : join(INVALID, c.input);
  if (c.sheet !== undefined) return `${file}:${c.sheet}!${c.column !== undefined ? columnLetters(c.column) : ''}${c.line ?? ''}: error [${c.code}]`;
  if (c.line === undefined) return `${file}: error [${c.code}]`;
  return `${file}:${c.line}${c.column !== undefined ? `:${c.column}` : ''}: error [${c.code}]`;
}

describe('the broken-input corpus', () => {
  it('has at least 15 cases across the four formats', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    const formats = new Set(cases.map((c) => (c.input.endsWith('-csv') ? 'csv' : c.input.split('.').pop())));
    expect([...formats].sort()).toEqual(['csv', 'gexf', 'graphml', 'json', 'xlsx']);
  });

  it.each(cases)('$input: $code on line $line ($what)', async (c) => {
    const r = await validate(join(INVALID, c.input));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(expectedLine(c));
    expect(r.stdout).toContain('INVALID');
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it.each(cases)('$input in --format json', async (c) => {
    const r = await validate(join(INVALID, c.input), '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { valid: boolean; errors: number; problems: Problem[] };
    expect(out.valid).toBe(false);
    expect(out.errors).toBeGreaterThanOrEqual(1);
    const match = out.problems.find((p) => p.code === c.code && p.line === c.line && p.sheet === c.sheet);
    expect(match, JSON.stringify(out.problems)).toBeDefined();
    if (c.column !== undefined) expect(match!.column).toBe(c.column);
    expect(match!.severity).toBe('error');
    expect(match!.message.length).toBeGreaterThan(5);
  });

  it.each(['truncated.gexf', 'binary.gexf', 'bad-quote-csv', 'spinoff-cycle.json', 'empty.json', 'undeclared-key.graphml'])(
    '%s through the real binary',
    (name) => {
      const c = cases.find((k) => k.input === name)!;
      const r = spawnSync(process.execPath, [join(REPO, 'bin/ecograph.js'), 'validate', join(INVALID, name)], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(expectedLine(c));
      expect(r.stdout + r.stderr).not.toMatch(STACK);
    },
  );
});

describe('validate', () => {
  it('reports every problem of a file at once, causes first, then in file order', async () => {
    const dir = join(INVALID, 'several-errors-csv');
    const r = await validate(dir, '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { errors: number; warnings: number; problems: Problem[] };
    expect(out.errors).toBe(4);
    expect(out.warnings).toBe(1);
    // the missing node's edge comes after the node problems that may explain it
    expect(out.problems.map((p) => [p.file.slice(dir.length + 1), p.line, p.code])).toEqual([
      ['edges.csv', 4, 'self-loop'],
      ['nodes.csv', 3, 'unknown-node-kind'],
      ['nodes.csv', 4, 'bad-year'],
      ['nodes.csv', 5, 'duplicate-id'],
      ['edges.csv', 3, 'missing-node'],
    ]);
    const text = await validate(dir);
    expect(text.stdout.trim().split('\n')).toHaveLength(6);
    expect(text.stdout).toContain('INVALID — 4 error(s), 1 warning(s)');
  });

  it('passes a graph with warnings only, unless --strict', async () => {
    const plain = await validate(join(VALID, 'kumu-csv'));
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('warning [missing-sources]');
    expect(plain.stdout).toContain('valid — 0 error(s), 5 warning(s); 3 nodes, 2 edges');
    const strict = await validate(join(VALID, 'kumu-csv'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('(--strict: warnings count as errors)');
    const strictJson = JSON.parse((await validate(join(VALID, 'kumu-csv'), '--strict', '--format', 'json')).stdout) as { valid: boolean };
    expect(strictJson.valid).toBe(false);
  });

  it('exits 0 on a clean graph', async () => {
    const r = await validate(join(VALID, 'bom.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid — 0 error(s), 0 warning(s); 1 nodes, 0 edges');
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [[], ['a.json', '--bogus'], ['a.json', '--format', 'xml'], ['a.json', 'b.json']]) {
      const r = await validate(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: ');
    }
  });

  it('reports a missing file or an unknown extension as a problem, exit 1', async () => {
    const missing = await validate(join(INVALID, 'no-such-file.json'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('no such file or directory');
    const unknown = await validate(join(INVALID, 'cases.json').replace('.json', '.txt'));
    expect(unknown.code).toBe(1);
  });

  it('an edge list alone is valid with a warning, and --strict fails on it', async () => {
    const path = join(VALID, 'gephi-edges-only-csv');
    const r = await validate(path);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${join(path, 'edges.csv')}:1: warning [nodes-from-edges]`);
    expect(r.stdout).toContain('4 nodes, 3 edges');
    expect((await validate(path, '--strict')).code).toBe(1);
  });

  it('a workbook problem names its cell', async () => {
    const r = await validate(join(INVALID, 'missing-node.xlsx'));
    expect(r.stdout).toContain('missing-node.xlsx:edges!B3: error [missing-node]');
  });

  it('--format json has the documented shape', async () => {
    const r = await validate(join(INVALID, 'dangling-edge.json'), '--format', 'json');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['edges', 'errors', 'file', 'nodes', 'problems', 'valid', 'warnings']);
    expect(out).toMatchObject({ valid: false, errors: 1, warnings: 0, nodes: 2, edges: 1 });
    expect(out.problems).toEqual([
      {
        severity: 'error',
        code: 'missing-node',
        message: 'edge target "ghost" is not a node of the graph',
        file: join(INVALID, 'dangling-edge.json'),
        line: 9,
        column: 5,
        field: 'target',
      },
    ]);
  });
});
