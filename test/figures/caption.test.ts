import { describe, expect, it } from 'vitest';
import { SOURCE_MAX_CHARS, shortenSource, sourcesCaption } from '../../src/figures/caption.js';

describe('shortenSource', () => {
  it('keeps the title of a "Title — URL" citation', () => {
    expect(shortenSource('Our philosophy (Hamamatsu Photonics) — https://www.hamamatsu.com/jp/en/our-company/our-philosophy/index.html')).toBe(
      'Our philosophy (Hamamatsu Photonics)',
    );
  });
  it('keeps the title of a "Title — file name" citation of a domain paper, without the file name', () => {
    expect(shortenSource('Yoshida (2025), Fostering Global Innovation, SOAS JRC DP No. 5 — 004_b0c2a6421e7f9a7c.txt')).toBe(
      'Yoshida (2025), Fostering Global Innovation, SOAS JRC DP No. 5',
    );
    const nistep = shortenSource(
      'NISTEP Policy Study No. 9 (2004), A Study on Conditions and Promotion Policy for Successful Regional Innovation — 002_113372f276fbe30a.txt',
    );
    expect(nistep.startsWith('NISTEP Policy Study No. 9 (2004)')).toBe(true);
    expect(nistep).not.toMatch(/002_|\.txt/);
  });
  it('keeps seed file names and the file name of a path', () => {
    expect(shortenSource('002_113372f276fbe30a.txt')).toBe('002_113372f276fbe30a.txt');
    expect(shortenSource('../shared/seeds/002_113372f276fbe30a.txt')).toBe('002_113372f276fbe30a.txt');
  });
  it('marks a private source as private', () => {
    expect(shortenSource('private: interview K-07, 2026-03')).toBe('private source: interview K-07, 2026-03');
    expect(shortenSource('Private:survey Q12')).toBe('private source: survey Q12');
  });
  it('keeps host and path of a bare URL', () => {
    expect(shortenSource('https://www.example.org/history/yamaha/?lang=en')).toBe('example.org/history/yamaha');
  });
  it('cuts long titles with an ellipsis, a single overlong word where it must', () => {
    const s = shortenSource('A'.repeat(200));
    expect([...s]).toHaveLength(SOURCE_MAX_CHARS);
    expect(s.endsWith('…')).toBe(true);
  });
  it('cuts long titles at a word boundary, never inside a word', () => {
    const title = 'Establishment of Orizuru Therapeutics K.K. and Investment in Orizuru Therapeutics by Takeda Pharmaceutical';
    const s = shortenSource(title);
    expect(s).toBe('Establishment of Orizuru Therapeutics K.K. and Investment in Orizuru…');
    expect([...s].length).toBeLessThanOrEqual(SOURCE_MAX_CHARS);
    // Every word before the ellipsis is a whole word of the title.
    const words = new Set(title.split(' '));
    for (const w of s.slice(0, -1).split(' ')) expect(words.has(w), w).toBe(true);
    // Separators before the cut are not left dangling.
    expect(shortenSource(`${'word '.repeat(13)}(Publisher, 2020-01-01) more words`)).toBe(`${'word '.repeat(13).trimEnd()}…`);
    // Japanese titles have no spaces and may be cut between any two characters.
    const ja = shortenSource('浜松'.repeat(50));
    expect([...ja]).toHaveLength(SOURCE_MAX_CHARS);
  });
});

describe('sourcesCaption', () => {
  it('merges duplicates, orders by how often they are cited, and counts the rest', () => {
    const lists = [['b.txt', 'a.txt'], ['b.txt'], ['c.txt'], undefined, ['d.txt', 'e.txt', 'f.txt', 'g.txt', 'h.txt']];
    expect(sourcesCaption(lists)).toBe('Sources: b.txt; a.txt; c.txt; d.txt; e.txt; f.txt; and 2 more.');
  });
  it('says when there are no sources', () => {
    expect(sourcesCaption([undefined, []], ['Note.'])).toBe('Sources: none recorded in the data. Note.');
  });
});
