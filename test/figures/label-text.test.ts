import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../src/figures/font.js';
import { fitLabel } from '../../src/figures/label-text.js';

const m = figureTextMeasurer();

describe('figure font metrics', () => {
  it('measures CJK ideographs one em wide and Latin text narrower', () => {
    expect(m.width('京都大学', 12)).toBeCloseTo(48, 6);
    expect(m.width('iiii', 12)).toBeLessThan(m.width('MMMM', 12));
    expect(m.covers('京都大学 Yamaha Motor')).toBe(true);
  });
});

describe('fitLabel', () => {
  const opts = { size: 11, maxWidth: 120, maxLines: 3 };

  it('keeps a short label on one line', () => {
    const f = fitLabel('Roland Corporation', m, opts);
    expect(f.lines).toEqual(['Roland Corporation']);
    expect(f.abbreviated).toBe(false);
  });

  it('wraps at spaces and keeps every word', () => {
    const text = 'Hamamatsu Higher Technical School (now Shizuoka University)';
    const f = fitLabel(text, m, opts);
    expect(f.lines.length).toBeGreaterThan(1);
    expect(f.lines.join(' ')).toBe(text);
    for (const line of f.lines) expect(m.width(line, 11)).toBeLessThanOrEqual(120);
  });

  it('breaks Japanese text between characters', () => {
    const text = '北海道大学マイコン研究会光産業創成大学院大学';
    const f = fitLabel(text, m, { size: 11, maxWidth: 60, maxLines: 5 });
    expect(f.lines.join('')).toBe(text);
    for (const line of f.lines) expect(m.width(line, 11)).toBeLessThanOrEqual(60);
  });

  it('breaks a word longer than the line between characters', () => {
    const f = fitLabel('Supercalifragilisticexpialidocious', m, { size: 11, maxWidth: 70, maxLines: 4 });
    expect(f.lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of f.lines) expect(m.width(line, 11)).toBeLessThanOrEqual(70);
  });

  it('abbreviates with an ellipsis past the last line', () => {
    const f = fitLabel('Kawai Musical Instruments Manufacturing Company Limited of Hamamatsu Japan', m, { size: 11, maxWidth: 90, maxLines: 2 });
    expect(f.lines).toHaveLength(2);
    expect(f.abbreviated).toBe(true);
    expect(f.lines[1]!.endsWith('…')).toBe(true);
    for (const line of f.lines) expect(m.width(line, 11)).toBeLessThanOrEqual(90);
  });

  it('keeps a short parenthesised ending such as an acronym after the ellipsis', () => {
    const f = fitLabel('The Graduate School for the Creation of New Photonics Industries (GPI)', m, { size: 11, maxWidth: 132, maxLines: 3 });
    expect(f.abbreviated).toBe(true);
    expect(f.lines).toHaveLength(3);
    expect(f.lines.at(-1)).toMatch(/… \(GPI\)$/);
    for (const line of f.lines) expect(m.width(line, 11)).toBeLessThanOrEqual(132);
    // A long parenthesised part is not kept: it would leave no room for the name.
    const g = fitLabel('Alpha Beta Gamma Delta Epsilon Zeta Eta Theta (founded as Iota Kappa Lambda Company)', m, { size: 11, maxWidth: 80, maxLines: 2 });
    expect(g.lines.at(-1)).toMatch(/…$/);
  });

  it('does not start a Japanese line with a closing bracket or small kana, nor end one with an opening bracket', () => {
    const f = fitLabel('浜松ホトニクス(浜松テレビ)', m, { size: 11, maxWidth: 118, maxLines: 3 });
    expect(f.lines.length).toBeGreaterThan(1);
    for (const line of f.lines.slice(1)) expect(line).not.toMatch(/^[)）ーッャュョ]/u);
    for (const line of f.lines.slice(0, -1)) expect(line).not.toMatch(/[(（]$/u);
    expect(f.lines.join('')).toBe('浜松ホトニクス(浜松テレビ)');
  });
});
