/**
 * Private sources: a citation a researcher cannot publish (an interview, a survey answer, a
 * confidential document) written as a source line that begins with `private:`, e.g.
 * `private: interview K-07, 2026-03`. It counts as a source (the element is sourced), and every view
 * shows it marked as private, as text, never as a link. Browser-safe.
 */

/** The prefix that marks a source line as private (case-insensitive, spaces before it allowed). */
export const PRIVATE_SOURCE_PREFIX = 'private:';

const PRIVATE = /^\s*private:/i;

/**
 * Whether a source line is a private source.
 *
 * @param source - one entry of a `sources` list
 * @example
 * isPrivateSource('private: interview K-07, 2026-03'); // true
 * isPrivateSource('Annual report 2024 — https://example.org/ar.pdf'); // false
 */
export function isPrivateSource(source: unknown): boolean {
  return typeof source === 'string' && PRIVATE.test(source);
}

/**
 * What a private source says, without its prefix (`interview K-07, 2026-03`); other sources are
 * returned as they are.
 *
 * @param source - one entry of a `sources` list
 * @example privateSourceText('private:  survey Q12'); // 'survey Q12'
 */
export function privateSourceText(source: string): string {
  return isPrivateSource(source) ? source.replace(PRIVATE, '').trim() : source;
}
