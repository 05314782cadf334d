/** The incremental CSV parser gives the records and problems of parseCsv, however the text is cut into chunks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/io/csv-syntax.js';
import { CsvRecordParser } from '../../../src/io/stream/csv-records.js';

/** Gives `text` to the parser in pieces cut at `cuts` (any order), then ends it. */
function feedInCuts(parser: CsvRecordParser, text: string, cuts: number[]): void {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = Math.min(text.length, cut);
    if (end > at) {
      parser.push(text.slice(at, end));
      at = end;
    }
  }
  if (at < text.length) parser.push(text.slice(at));
  parser.end();
}

function incremental(text: string, cuts: number[]) {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvRecordParser('t.csv', (fields, line) => records.push({ fields, line }));
  feedInCuts(parser, text, cuts);
  return { records, problems: parser.problems, separator: parser.separator };
}

const PIECES = ['a', 'b', '1', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '京', 'x"y', '"q,r"'];
const csvText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('CsvRecordParser', () => {
  it('agrees with parseCsv on random text cut at random places', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat({ max: 80 }), { maxLength: 10 }), (text, cuts) => {
        const whole = parseCsv(text, 't.csv');
        const parts = incremental(text, cuts);
        expect(parts.records).toEqual(whole.records);
        expect(parts.problems).toEqual(whole.problems);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a tab as the separator when the header has neither comma nor semicolon (TSV)', () => {
    const parts = incremental('id\tlabel\na\t"A, Inc."\n', [3, 9]);
    expect(parts.records).toEqual([
      { fields: ['id', 'label'], line: 1 },
      { fields: ['a', 'A, Inc.'], line: 2 },
    ]);
    expect(parseCsv('id\tlabel;x\n', 't.csv').separator).toBe(';');
    expect(parseCsv('id\tlabel\n', 't.tsv').separator).toBe('\t');
  });

  it('reads quoted newlines, doubled quotes and CRLF split one character at a time', () => {
    const text = 'id,label\r\n"a","say ""hi""\r\nthere"\r\nb,B\r\n';
    const parts = incremental(text, Array.from({ length: text.length }, (_, i) => i));
    expect(parts.records).toEqual([
      { fields: ['id', 'label'], line: 1 },
      { fields: ['a', 'say "hi"\r\nthere'], line: 2 },
      { fields: ['b', 'B'], line: 4 },
    ]);
    expect(parts.separator).toBe(',');
  });
});

/** Texts of mostly unquoted records (a quote now and then), with every line end. */
const mostlyPlain = fc
  .array(fc.array(fc.constantFrom('a', 'b1', 'n10', ' ', '', 'é', '京', '"q"', 'x"y'), { minLength: 1, maxLength: 4 }).chain((fields) => fc.constantFrom('\n', '\r\n', '\r', '').map((end) => fields.join(',') + end)), {
    maxLength: 12,
  })
  .map((rows) => rows.join(''));

describe('CsvRecordParser with a range handler', () => {
  /** Records as strings whichever handler got them: ranges made into fields, in the order given. */
  function withRanges(text: string, cuts: number[]) {
    const records: { fields: string[]; line: number; ranges: boolean }[] = [];
    const parser = new CsvRecordParser('t.csv', (fields, line) => {
      records.push({ fields, line, ranges: false });
      // from the header on, unquoted records of two or more fields come as ranges
      parser.onRanges = (text, bounds, count, line) => {
        const fields: string[] = [];
        for (let k = 0; k < count; k++) fields.push(text.slice(bounds[2 * k]!, bounds[2 * k + 1]!));
        records.push({ fields, line, ranges: true });
      };
    });
    feedInCuts(parser, text, cuts);
    return { records, problems: parser.problems };
  }

  it('gives the records and problems of parseCsv, unquoted ones as ranges, however the text is cut', () => {
    let ranged = 0;
    fc.assert(
      fc.property(fc.oneof(csvText, mostlyPlain), fc.array(fc.nat({ max: 80 }), { maxLength: 12 }), (text, cuts) => {
        const whole = parseCsv(text, 't.csv');
        const parts = withRanges(text, cuts);
        expect(parts.records.map(({ fields, line }) => ({ fields, line }))).toEqual(whole.records);
        expect(parts.problems).toEqual(whole.problems);
        for (const r of parts.records.slice(1)) if (r.ranges) {
          ranged++;
          expect(r.fields.join(',').trim()).not.toBe('');
          expect(r.fields.join('')).not.toContain('"');
        }
      }),
      { numRuns: 3000, seed: 20261204 },
    );
    expect(ranged).toBeGreaterThan(500);
  });

  it('skips blank lines, white space only included, and gives one-field records as ranges', () => {
    const text = 'id\n \t\nn1\n\u00a0\n\u3000x\n\n , \nn2';
    for (const cuts of [[], Array.from({ length: text.length }, (_, i) => i)]) {
      const parts = withRanges(text, cuts);
      expect(parts.records).toEqual([
        { fields: ['id'], line: 1, ranges: false },
        { fields: ['n1'], line: 3, ranges: true },
        { fields: ['\u3000x'], line: 5, ranges: true },
        { fields: [' ', ' '], line: 7, ranges: true },
        { fields: ['n2'], line: 8, ranges: true },
      ]);
      expect(parts.records.map(({ fields, line }) => ({ fields, line }))).toEqual(parseCsv(text, 't.csv').records);
    }
  });

  it('counts lines across CR, CRLF and blank lines, cut one character at a time', () => {
    const text = '\ufeffsource,target\r\nn1,n2\r\n\r\nn3,n4\rn5,n6\n n7 , n8 \nn9\nn1,"n2"\nn1,n2,n3';
    const parts = withRanges(text, Array.from({ length: text.length }, (_, i) => i));
    expect(parts.records).toEqual([
      { fields: ['source', 'target'], line: 1, ranges: false },
      { fields: ['n1', 'n2'], line: 2, ranges: true },
      { fields: ['n3', 'n4'], line: 4, ranges: true },
      { fields: ['n5', 'n6'], line: 4, ranges: true },
      { fields: [' n7 ', ' n8 '], line: 5, ranges: true },
      { fields: ['n9'], line: 6, ranges: true },
      { fields: ['n1', 'n2'], line: 7, ranges: false },
      { fields: ['n1', 'n2', 'n3'], line: 8, ranges: true },
    ]);
  });
});
