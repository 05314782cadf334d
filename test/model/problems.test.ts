/** Problems found in a graph: located by file, line, column and field, formatted like compiler messages, sorted in file order. */
import { describe, expect, it } from 'vitest';
import { InvalidGraphError, PROBLEM_CODES, columnLetters, formatProblem, hasErrors, problem, sortProblems, type Problem } from '../../src/model/problems.js';

describe('problem', () => {
  it('keeps the location given and takes the column of the field from the CSV field columns', () => {
    const loc = { file: 'nodes.csv', line: 4, fieldColumns: { kind: 3, founded: 5 } };
    expect(problem('error', 'bad-year', 'founded must be a year', loc, 'founded')).toEqual({
      severity: 'error',
      code: 'bad-year',
      message: 'founded must be a year',
      file: 'nodes.csv',
      line: 4,
      column: 5,
      field: 'founded',
    });
    expect(problem('warning', 'missing-sources', 'no sources', { file: 'g.json' })).toEqual({
      severity: 'warning',
      code: 'missing-sources',
      message: 'no sources',
      file: 'g.json',
    });
    expect(problem('error', 'bad-value', 'x', { file: 'a.gexf', line: 2, column: 7, fieldColumns: { x: 1 } }, 'x').column).toBe(7);
  });
});

describe('formatProblem', () => {
  it('writes file:line:column: severity [code] message (field)', () => {
    expect(formatProblem(problem('error', 'bad-year', 'founded must be a year', { file: 'nodes.csv', line: 4, column: 5 }, 'founded'))).toBe(
      'nodes.csv:4:5: error [bad-year] founded must be a year (field "founded")',
    );
    expect(formatProblem(problem('warning', 'self-loop', 'a loops', { file: 'g.json', line: 9 }))).toBe('g.json:9: warning [self-loop] a loops');
    expect(formatProblem(problem('error', 'empty-file', 'empty', { file: 'g.json' }))).toBe('g.json: error [empty-file] empty');
  });

  it('names a workbook cell as Excel does: file:sheet!C7', () => {
    const p = problem('error', 'missing-node', 'no such node', { file: 'eco.xlsx', sheet: 'edges', line: 7, fieldColumns: { target: 3 } }, 'target');
    expect(p).toEqual({ severity: 'error', code: 'missing-node', message: 'no such node', file: 'eco.xlsx', sheet: 'edges', line: 7, column: 3, field: 'target' });
    expect(formatProblem(p)).toBe('eco.xlsx:edges!C7: error [missing-node] no such node (field "target")');
    expect(formatProblem(problem('warning', 'nodes-from-edges', 'made', { file: 'eco.xlsx', sheet: 'Edges', line: 1 }))).toBe('eco.xlsx:Edges!1: warning [nodes-from-edges] made');
    expect([1, 3, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('hasErrors and sortProblems', () => {
  const p = (file: string, line: number | undefined, severity: 'error' | 'warning', column?: number): Problem => ({
    ...problem(severity, severity === 'error' ? 'bad-value' : 'missing-sources', `${file}:${line}`, { file, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) }),
  });

  it('tells errors from warnings', () => {
    expect(hasErrors([p('a', 1, 'warning')])).toBe(false);
    expect(hasErrors([p('a', 1, 'warning'), p('a', 2, 'error')])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });

  it('sorts by file, line, column, then errors before warnings, without changing the input', () => {
    const input = [p('b.csv', 1, 'error'), p('a.csv', 3, 'warning'), p('a.csv', 3, 'error'), p('a.csv', 2, 'error', 9), p('a.csv', 2, 'error', 1), p('a.csv', undefined, 'error')];
    const copy = [...input];
    const sorted = sortProblems(input);
    expect(input).toEqual(copy);
    expect(sorted.map((x) => [x.file, x.line, x.column, x.severity])).toEqual([
      ['a.csv', undefined, undefined, 'error'],
      ['a.csv', 2, 1, 'error'],
      ['a.csv', 2, 9, 'error'],
      ['a.csv', 3, undefined, 'error'],
      ['a.csv', 3, undefined, 'warning'],
      ['b.csv', 1, undefined, 'error'],
    ]);
  });
});

describe('InvalidGraphError', () => {
  it('counts and lists the errors only, and carries every problem', () => {
    const problems = [problem('warning', 'self-loop', 'a loops', { file: 'g.json' }), problem('error', 'missing-node', 'edge to z', { file: 'g.json', line: 3 })];
    const e = new InvalidGraphError(problems);
    expect(e.name).toBe('InvalidGraphError');
    expect(e.message).toBe('invalid graph: 1 error(s)\ng.json:3: error [missing-node] edge to z');
    expect(e.problems).toBe(problems);
  });
});

describe('PROBLEM_CODES', () => {
  it('describes every code in words', () => {
    for (const [code, text] of Object.entries(PROBLEM_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(text.length, code).toBeGreaterThan(10);
    }
  });
});

describe('sortProblems: causes first', () => {
  it('lists problems reading a file, then single elements, then what they cause (an edge to a left-out node)', () => {
    const at = (file: string, line: number) => ({ file, line });
    const problems = [
      problem('error', 'missing-node', 'edge target "x" is not a node', at('edges.csv', 2), 'target'),
      problem('warning', 'self-loop', 'self-loop', at('edges.csv', 5)),
      problem('error', 'empty-id', 'node has an empty id', at('nodes.csv', 4), 'id'),
      problem('error', 'edge-kind-not-allowed', 'not allowed', at('edges.csv', 1)),
      problem('error', 'csv-columns', 'too many fields', at('nodes.csv', 9)),
    ];
    expect(sortProblems(problems).map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([
      'nodes.csv:9 csv-columns',
      'edges.csv:5 self-loop',
      'nodes.csv:4 empty-id',
      'edges.csv:1 edge-kind-not-allowed',
      'edges.csv:2 missing-node',
    ]);
  });
});
