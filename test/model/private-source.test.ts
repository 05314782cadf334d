import { describe, expect, it } from 'vitest';
import { isPrivateSource, privateSourceText } from '../../src/model/private-source.js';

describe('isPrivateSource', () => {
  it('recognises lines beginning with "private:" in any case, after spaces', () => {
    expect(isPrivateSource('private: interview K-07, 2026-03')).toBe(true);
    expect(isPrivateSource('  Private:survey Q12')).toBe(true);
    expect(isPrivateSource('PRIVATE: notes')).toBe(true);
  });

  it('leaves documents, URLs and lines that only mention the word alone', () => {
    expect(isPrivateSource('Annual report 2024 — https://example.org/ar.pdf')).toBe(false);
    expect(isPrivateSource('A private university history (1999)')).toBe(false);
    expect(isPrivateSource('private interview')).toBe(false);
    expect(isPrivateSource('')).toBe(false);
    expect(isPrivateSource(undefined)).toBe(false);
    expect(isPrivateSource(42)).toBe(false);
  });
});

describe('privateSourceText', () => {
  it('drops the prefix and surrounding spaces of a private source, keeps other sources as given', () => {
    expect(privateSourceText('private:  survey Q12 ')).toBe('survey Q12');
    expect(privateSourceText('Private: interview K-07, 2026-03')).toBe('interview K-07, 2026-03');
    expect(privateSourceText('https://example.org/x')).toBe('https://example.org/x');
  });
});
