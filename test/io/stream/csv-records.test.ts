/** The incremental CSV parser gives the records and problems of parseCsv, however the text is cut into chunks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/io/csv-syntax.js';
import { CsvRecordParser } from '../../../src/io/stream/csv-records.js';

function incremental(text: string, cuts: number[]) {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvRecordParser('t.csv', (fields, line) => records.push({ fields, line }));
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
