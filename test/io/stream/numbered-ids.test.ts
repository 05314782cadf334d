/** Numbered ids (a prefix and a decimal number): one number per text under a prefix, never two texts per number. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberedForm, numberedPrefix } from '../../../src/io/stream/numbered-ids.js';

describe('numberedPrefix', () => {
  it('is the text before a trailing number of 1 to 9 digits without leading zeros', () => {
    expect(numberedPrefix('n42', 0, 3)).toBe('n');
    expect(numberedPrefix('1024', 0, 4)).toBe('');
    expect(numberedPrefix('0', 0, 1)).toBe('');
    expect(numberedPrefix('a1b2', 0, 4)).toBe('a1b');
    expect(numberedPrefix('京都7', 0, 3)).toBe('京都');
    expect(numberedPrefix('"e17"', 1, 4)).toBe('e');
    for (const id of ['n', '', 'n042', 'n00', 'x1234567890', '42 ', 'n４２']) expect(numberedPrefix(id, 0, id.length), id).toBeUndefined();
  });
});

describe('numberedForm', () => {
  it('reads the number after the prefix, -1 for anything else', () => {
    expect(numberedForm('n42', 0, 3, 'n')).toBe(42);
    expect(numberedForm('n0', 0, 2, 'n')).toBe(0);
    expect(numberedForm('n999999999', 0, 10, 'n')).toBe(999_999_999);
    expect(numberedForm('{"key":"e17"}', 8, 11, 'e')).toBe(17);
    expect(numberedForm('17', 0, 2, '')).toBe(17);
    for (const id of ['n', 'm42', 'n042', 'n4a', 'n 4', 'N4', 'n1000000000', 'nn4', '4', 'n-1', 'n+1', 'n４'])
      expect(numberedForm(id, 0, id.length, 'n'), id).toBe(-1);
  });

  it('under a prefix from numberedPrefix, two different texts never share a number, and the number spells the text', () => {
    const piece = fc.constantFrom('n', 'e', '0', '1', '7', '9', '京', ' ', '-', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), fc.array(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), { maxLength: 30 }), (first, others) => {
        const prefix = numberedPrefix(first, 0, first.length);
        if (prefix === undefined) return;
        expect(numberedForm(first, 0, first.length, prefix)).toBeGreaterThanOrEqual(0);
        const seen = new Map<number, string>();
        for (const text of [first, ...others]) {
          const x = numberedForm(text, 0, text.length, prefix);
          if (x < 0) continue;
          expect(`${prefix}${x}`).toBe(text);
          if (seen.has(x)) expect(seen.get(x)).toBe(text);
          seen.set(x, text);
        }
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });
});
