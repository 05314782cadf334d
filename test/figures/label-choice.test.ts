/** Names printed in figures: English, Japanese or short, each falling back to the label, then the id. */
import { describe, expect, it } from 'vitest';
import { figureLabel, shortLabel } from '../../src/figures/label-choice.js';

describe('shortLabel', () => {
  it('uses a parenthesised acronym when it is shorter than the name', () => {
    expect(shortLabel('The Graduate School for the Creation of New Photonics Industries (GPI)')).toBe('GPI');
    expect(shortLabel('Center for iPS Cell Research and Application, Kyoto University (CiRA)')).toBe('CiRA');
    expect(shortLabel('Kyoto Drug Discovery & Development Co., Ltd. (KDDD)')).toBe('KDDD');
    expect(shortLabel('BUG (B.U.G.)')).toBe('BUG');
  });

  it('drops other parenthesised parts and legal forms', () => {
    expect(shortLabel('Nippon Gakki (now Yamaha Corporation)')).toBe('Nippon Gakki');
    expect(shortLabel('Hamamatsu Photonics K.K. (founded as Hamamatsu TV Co.)')).toBe('Hamamatsu Photonics');
    expect(shortLabel('Kawai Musical Instruments Manufacturing Co., Ltd.')).toBe('Kawai Musical Instruments Manufacturing');
    expect(shortLabel('HORIBA, Ltd. (founded as Horiba Radio Laboratory)')).toBe('HORIBA');
    expect(shortLabel('Takara Bio Inc.')).toBe('Takara Bio');
    expect(shortLabel('Shinichi Nakamoto (Hudson)')).toBe('Shinichi Nakamoto');
    expect(shortLabel('株式会社島津製作所')).toBe('島津製作所');
    expect(shortLabel('ヤマハ発動機株式会社')).toBe('ヤマハ発動機');
  });

  it('keeps a name with nothing to drop, and never returns an empty name', () => {
    expect(shortLabel('Roland')).toBe('Roland');
    expect(shortLabel('Corporation')).toBe('Corporation');
    expect(shortLabel('  Art   Shokai ')).toBe('Art Shokai');
  });
});

describe('figureLabel', () => {
  const attrs = { label: 'Nippon Gakki (now Yamaha Corporation)', labelJa: '日本楽器' };

  it('prints the English label, the Japanese one or the short form', () => {
    expect(figureLabel('nippon-gakki', attrs, 'en')).toBe('Nippon Gakki (now Yamaha Corporation)');
    expect(figureLabel('nippon-gakki', attrs, 'ja')).toBe('日本楽器');
    expect(figureLabel('nippon-gakki', attrs, 'short')).toBe('Nippon Gakki');
    expect(figureLabel('x', { label: 'Long Name Co., Ltd.', labelShort: 'LN' }, 'short')).toBe('LN');
  });

  it('falls back to the label, then to the id', () => {
    expect(figureLabel('roland', { label: 'Roland Corporation' }, 'ja')).toBe('Roland Corporation');
    expect(figureLabel('roland', { labelJa: '  ' }, 'ja')).toBe('roland');
    expect(figureLabel('roland', {}, 'short')).toBe('roland');
  });
});
