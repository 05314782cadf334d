/**
 * Ids made of a fixed prefix and a decimal number (`n0`, `n1`, … or `1024`, `1025`, …), the way
 * generated graphs and registry extracts number their nodes and ties: such an id can be found by
 * its number in a plain array instead of by hashing and comparing its characters. Every string has
 * at most one numbered form under a prefix, so a table may keep the ids of that form by number and
 * all others by hash without ever confusing two ids.
 *
 * Browser-safe: no Node imports.
 */

/** Most digits of a numbered id (so that its number is below 10⁹ and fits an int). */
const MAX_DIGITS = 9;

/**
 * The prefix of `text[start, end)` when it ends in a number of 1 to 9 digits without leading
 * zeros (the text before that number, never ending in a digit); undefined otherwise.
 *
 * @example
 * numberedPrefix('n42', 0, 3); // 'n'
 * numberedPrefix('n042', 0, 4); // undefined (a leading zero)
 */
export function numberedPrefix(text: string, start: number, end: number): string | undefined {
  let j = end;
  while (j > start && isDigit(text.charCodeAt(j - 1))) j--;
  const digits = end - j;
  if (digits === 0 || digits > MAX_DIGITS || (digits > 1 && text.charCodeAt(j) === 48)) return undefined;
  return text.slice(start, j);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The number of `text[start, end)` when it is `prefix` followed by 1 to 9 decimal digits without
 * leading zeros, else -1. For a prefix that does not end in a digit (as {@link numberedPrefix}
 * gives), two different texts never have the same number.
 *
 * @example
 * numberedForm('{"key":"e17"}', 8, 11, 'e'); // 17
 * numberedForm('e017', 0, 4, 'e'); // -1
 */
export function numberedForm(text: string, start: number, end: number, prefix: string): number {
  const p = prefix.length;
  const digits = end - start - p;
  if (digits < 1 || digits > MAX_DIGITS) return -1;
  for (let k = 0; k < p; k++) if (text.charCodeAt(start + k) !== prefix.charCodeAt(k)) return -1;
  let i = start + p;
  let c = text.charCodeAt(i) - 48;
  if (c < 0 || c > 9 || (c === 0 && digits > 1)) return -1;
  let x = c;
  for (i++; i < end; i++) {
    c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}
