/** Whole-text CSV parsing (the streaming tokenizer given one piece) and CSV writing. */
import { describe, expect, it } from 'vitest';
import { formatCsvField, formatCsvRow, parseCsv } from '../../src/io/csv-syntax.js';

describe('parseCsv', () => {
  it('reads quoted separators, doubled quotes and quoted newlines, with the line each record starts on', () => {
    const r = parseCsv('id,label\na,"A, B"\nb,"say ""hi"""\nc,"two\nlines"\nd,D\n', 'n.csv');
    expect(r.problems).toEqual([]);
    expect(r.separator).toBe(',');
    expect(r.records).toEqual([
      { fields: ['id', 'label'], line: 1 },
      { fields: ['a', 'A, B'], line: 2 },
      { fields: ['b', 'say "hi"'], line: 3 },
      { fields: ['c', 'two\nlines'], line: 4 },
      { fields: ['d', 'D'], line: 6 },
    ]);
  });

  it('takes ; as the separator when the header uses it, and drops a leading BOM', () => {
    const r = parseCsv('\uFEFFid;label\na;"A; B"\n', 'nodes.csv');
    expect(r.separator).toBe(';');
    expect(r.records.map((x) => x.fields)).toEqual([
      ['id', 'label'],
      ['a', 'A; B'],
    ]);
  });

  it('reads CRLF line ends and a last record without a line end, and skips blank lines', () => {
    const r = parseCsv('id,label\r\na,A\r\n\r\nb,B', 'n.csv');
    expect(r.problems).toEqual([]);
    expect(r.records).toEqual([
      { fields: ['id', 'label'], line: 1 },
      { fields: ['a', 'A'], line: 2 },
      { fields: ['b', 'B'], line: 4 },
    ]);
  });

  it('reports a malformed record with its file and line, and reads on', () => {
    const r = parseCsv('id,label\na,"open\n', 'bad.csv');
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'csv-quote', file: 'bad.csv', line: 2 });
    const misplaced = parseCsv('id,label\na,x"y"z\nb,B\n', 'q.csv');
    expect(misplaced.problems.map((p) => [p.code, p.line])).toEqual([['csv-quote', 2]]);
    expect(misplaced.records.map((x) => x.fields[0])).toContain('b');
  });

  it('gives , as the separator of an empty text', () => {
    expect(parseCsv('', 'e.csv')).toEqual({ records: [], problems: [], separator: ',' });
  });
});

describe('formatCsvField and formatCsvRow', () => {
  it('quotes a field only when it must: separator, quote, line end, or edge spaces', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('')).toBe('');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\rhere')).toBe('"cr\rhere"');
    expect(formatCsvField(' padded ')).toBe('" padded "');
    expect(formatCsvField('京都; 大学')).toBe('京都; 大学');
  });

  it('joins fields with commas, and what it writes parses back to the same fields', () => {
    const fields = ['a', 'b,c', 'd"e', ' f', 'g\r\nh', ''];
    const row = formatCsvRow(fields);
    expect(row).toBe('a,"b,c","d""e"," f","g\r\nh",');
    expect(parseCsv(`${row}\n`, 'w.csv').records).toEqual([{ fields, line: 1 }]);
  });
});
