/**
 * The styles of ties and actors in network figures: the palette is Okabe–Ito's, its colours stay
 * apart under simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes
 * 2009, severity 1), and every tie kind has a stroke of its own even without colour.
 */
import { describe, expect, it } from 'vitest';
import { NODE_KIND_COLORS } from '../../../src/model/palette.js';
import { EDGE_KINDS, NODE_KINDS } from '../../../src/model/schema.js';
import { markerPath } from '../../../src/figures/markers.js';
import { NODE_KIND_MARKERS, OKABE_ITO, TIE_STYLES, UNTYPED, hollowWidth, isHollow, tieStyle } from '../../../src/figures/network/tie-style.js';

/**
 * Simulation matrices for dichromats in linear RGB, from Machado, G. M., Oliveira, M. M. and
 * Fernandes, L. A. F. (2009) "A physiologically-based model for simulation of color vision
 * deficiency", IEEE TVCG 15(6): 1291–1298 (table of matrices, severity 1.0).
 */
const MACHADO_2009: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearRgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulate(hex: string, matrix: number[][]): number[] {
  const c = linearRgb(hex);
  return matrix.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)));
}

/** CIE76 colour difference. */
const deltaE = (a: number[], b: number[]) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

/** The smallest difference between two colours of `palette` as seen with `matrix` (or normal vision). */
function closestPair(palette: Record<string, string>, matrix?: number[][]): { d: number; pair: string } {
  const names = Object.keys(palette);
  let best = { d: Infinity, pair: '' };
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const see = (h: string) => (matrix ? simulate(h, matrix) : linearRgb(h));
      const d = deltaE(see(palette[names[i]!]!), see(palette[names[j]!]!));
      if (d < best.d) best = { d, pair: `${names[i]}/${names[j]}` };
    }
  return best;
}

describe('the palette', () => {
  it('is Okabe and Ito\'s, as published', () => {
    expect(OKABE_ITO).toEqual({
      black: '#000000', orange: '#E69F00', skyBlue: '#56B4E9', bluishGreen: '#009E73',
      yellow: '#F0E442', blue: '#0072B2', vermillion: '#D55E00', reddishPurple: '#CC79A7',
    });
    const okabeIto = new Set<string>(Object.values(OKABE_ITO));
    // Every kind of actor but government (a neutral grey) has an Okabe–Ito colour, each a different one.
    const kindColors = NODE_KINDS.filter((k) => k !== 'government').map((k) => NODE_KIND_COLORS[k]);
    for (const c of kindColors) expect(okabeIto.has(c)).toBe(true);
    expect(new Set(kindColors).size).toBe(kindColors.length);
    for (const k of ['spinoff', 'investment', 'collaboration', 'founded', 'mentorship'] as const) expect(okabeIto.has(TIE_STYLES[k].color)).toBe(true);
  });

  it('keeps the kinds of actor apart under simulated protanopia, deuteranopia and tritanopia', () => {
    const palette = NODE_KIND_COLORS as Record<string, string>;
    expect(closestPair(palette).d).toBeGreaterThan(20);
    for (const [name, matrix] of Object.entries(MACHADO_2009)) {
      const { d, pair } = closestPair(palette, matrix);
      expect(d, `${name}: ${pair}`).toBeGreaterThan(12);
    }
  });

  it('keeps the colours of tie kinds apart under the same simulations', () => {
    const palette = Object.fromEntries(EDGE_KINDS.map((k) => [k, TIE_STYLES[k].color]));
    for (const [name, matrix] of Object.entries(MACHADO_2009)) {
      const { d, pair } = closestPair(palette, matrix);
      expect(d, `${name}: ${pair}`).toBeGreaterThan(12);
    }
  });

  it('simulates as published: a dichromat sees red and green alike, and grey unchanged', () => {
    const red = '#FF0000';
    const green = '#00B000';
    expect(deltaE(simulate(red, MACHADO_2009.deuteranopia!), simulate(green, MACHADO_2009.deuteranopia!))).toBeLessThan(deltaE(linearRgb(red), linearRgb(green)) / 2);
    for (const m of Object.values(MACHADO_2009)) expect(deltaE(simulate('#808080', m), linearRgb('#808080'))).toBeLessThan(1);
  });
});

describe('tie styles', () => {
  const keys = [...EDGE_KINDS, UNTYPED] as const;

  it('give every kind a stroke of its own without colour: width, dash pattern and arrowhead', () => {
    const strokes = keys.map((k) => `${TIE_STYLES[k].width}|${TIE_STYLES[k].dash ?? 'solid'}|${TIE_STYLES[k].arrow}`);
    expect(new Set(strokes).size).toBe(keys.length);
  });

  it('make spin-off the darkest and thickest, directed kinds arrowed, collaboration undirected, affiliation light and thin', () => {
    const widths = keys.map((k) => TIE_STYLES[k].width);
    expect(TIE_STYLES.spinoff.width).toBe(Math.max(...widths));
    expect(TIE_STYLES.spinoff.color).toBe('#000000');
    expect(TIE_STYLES.spinoff.bwColor).toBe('#000000');
    expect(TIE_STYLES.spinoff.dash).toBeUndefined();
    for (const k of ['spinoff', 'investment', 'founded', 'mentorship'] as const) expect(TIE_STYLES[k].arrow).toBe(true);
    expect(TIE_STYLES.collaboration.arrow).toBe(false);
    expect(TIE_STYLES.affiliation.width).toBe(Math.min(...widths));
    // Affiliation is the lightest kind in colour and in bw (luminance of its grey).
    const lightness = (hex: string) => lab(linearRgb(hex))[0];
    for (const k of EDGE_KINDS) if (k !== 'affiliation') {
      expect(lightness(TIE_STYLES.affiliation.color)).toBeGreaterThan(lightness(TIE_STYLES[k].color));
      expect(lightness(TIE_STYLES.affiliation.bwColor)).toBeGreaterThan(lightness(TIE_STYLES[k].bwColor));
    }
    // Black-and-white strokes are greys.
    for (const k of keys) expect(TIE_STYLES[k].bwColor).toMatch(/^#([0-9A-F]{2})\1\1$/);
    expect(tieStyle(undefined)).toBe(TIE_STYLES[UNTYPED]);
  });

  it('draw illustrative and inferred ties hollow, sourced and unmarked ties solid', () => {
    expect([isHollow('illustrative'), isHollow('inferred'), isHollow('sourced'), isHollow(undefined)]).toEqual([true, true, false, false]);
    expect(hollowWidth(0.7)).toBeGreaterThanOrEqual(2.4);
    expect(hollowWidth(2.2)).toBeCloseTo(3.8, 9);
  });
});

describe('markers', () => {
  it('give every kind of actor a different shape, each inside the square box of its radius', () => {
    expect(new Set(Object.values(NODE_KIND_MARKERS)).size).toBe(NODE_KINDS.length);
    for (const shape of Object.values(NODE_KIND_MARKERS)) {
      const numbers = markerPath(shape, 100, 50, 10).match(/-?\d+(\.\d+)?/g)!.map(Number);
      if (shape === 'circle') continue; // arcs carry radii and flags between the points
      for (let i = 0; i < numbers.length; i += 2) {
        expect(Math.abs(numbers[i]! - 100)).toBeLessThanOrEqual(10);
        expect(Math.abs(numbers[i + 1]! - 50)).toBeLessThanOrEqual(10);
      }
    }
  });
});
