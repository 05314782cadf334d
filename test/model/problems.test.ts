/**
 * Problems: where they are (file, line, column taken from the field's column when the reader knows
 * it), the compiler-style text form, file order, and the error commands throw for invalid graphs.
 */
import { describe, expect, it } from 'vitest';
import { InvalidGraphError, PROBLEM_CODES, formatProblem, hasErrors, problem, sortProblems, type Problem } from '../../src/model/problems.js';

describe('problem', () => {
  it('keeps only the location parts that are known', () => {
    expect(problem('error', 'empty-file', 'the file is empty', { file: 'g.json' })).toEqual({
      severity: 'error',
      code: 'empty-file',
      message: 'the file is empty',
      file: 'g.json',
    });
  });

  it("takes the column of the field from the element's field columns unless a column is given", () => {
    const loc = { file: 'nodes.csv', line: 4, fieldColumns: { founded: 5, kind: 3 } };
    expect(problem('error', 'bad-year', 'founded must be a year', loc, 'founded')).toMatchObject({ line: 4, column: 5, field: 'founded' });
    expect(problem('error', 'bad-value', 'x', { ...loc, column: 1 }, 'kind')).toMatchObject({ column: 1, field: 'kind' });
    expect(problem('warning', 'missing-sources', 'no sources', loc, 'sources')).not.toHaveProperty('column');
    expect(problem('warning', 'self-loop', 'loop', loc)).not.toHaveProperty('field');
  });
});

describe('formatProblem', () => {
  it('writes file:line:column: severity [code] message (field)', () => {
    const p = problem('error', 'bad-year', 'founded must be a year', { file: 'nodes.csv', line: 4, column: 5 }, 'founded');
    expect(formatProblem(p)).toBe('nodes.csv:4:5: error [bad-year] founded must be a year (field "founded")');
  });

  it('leaves out what is unknown, and a column without a line', () => {
    expect(formatProblem(problem('warning', 'self-loop', 'loop', { file: 'g.json', line: 7 }))).toBe('g.json:7: warning [self-loop] loop');
    expect(formatProblem({ severity: 'error', code: 'empty-file', message: 'empty', file: 'g.json', column: 3 })).toBe('g.json: error [empty-file] empty');
  });
});

describe('sortProblems and hasErrors', () => {
  const at = (file: string, line: number | undefined, column: number | undefined, severity: Problem['severity']): Problem => {
    const p: Problem = { severity, code: 'bad-value', message: `${file}:${line}:${column}:${severity}`, file };
    if (line !== undefined) p.line = line;
    if (column !== undefined) p.column = column;
    return p;
  };

  it('orders by file, line, column, errors before warnings, without changing the input', () => {
    const given = [
      at('b.csv', 1, 1, 'error'),
      at('a.csv', 3, 2, 'warning'),
      at('a.csv', 3, 2, 'error'),
      at('a.csv', 3, 1, 'warning'),
      at('a.csv', undefined, undefined, 'warning'),
      at('a.csv', 2, undefined, 'error'),
    ];
    const copy = [...given];
    expect(sortProblems(given).map((p) => p.message)).toEqual([
      'a.csv:undefined:undefined:warning',
      'a.csv:2:undefined:error',
      'a.csv:3:1:warning',
      'a.csv:3:2:error',
      'a.csv:3:2:warning',
      'b.csv:1:1:error',
    ]);
    expect(given).toEqual(copy);
  });

  it('tells whether any problem is an error', () => {
    expect(hasErrors([at('a', 1, 1, 'warning')])).toBe(false);
    expect(hasErrors([at('a', 1, 1, 'warning'), at('a', 2, 1, 'error')])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});

describe('InvalidGraphError', () => {
  it('counts and lists the errors (not the warnings) and keeps every problem', () => {
    const problems = [
      problem('warning', 'missing-sources', 'no sources', { file: 'g.json', line: 2 }),
      problem('error', 'missing-node', 'edge e1 points to x, which does not exist', { file: 'g.json', line: 9 }, 'target'),
    ];
    const e = new InvalidGraphError(problems);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('InvalidGraphError');
    expect(e.problems).toBe(problems);
    expect(e.message).toBe('invalid graph: 1 error(s)\ng.json:9: error [missing-node] edge e1 points to x, which does not exist (field "target")');
  });
});

it('describes every problem code in a sentence', () => {
  for (const [code, text] of Object.entries(PROBLEM_CODES)) {
    expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(text.length).toBeGreaterThan(10);
  }
});
