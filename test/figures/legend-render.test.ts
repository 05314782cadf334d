/** Drawing a legend: one swatch element of the right shape and one text per entry, in a legend group. */
import { describe, expect, it } from 'vitest';
import { TEXT_COLOR, drawLegend } from '../../src/figures/legend-render.js';
import { layoutLegend, type LegendEntry } from '../../src/figures/legend.js';
import { SvgWriter } from '../../src/figures/svg-writer.js';
import { fixedMeasurer } from './fixed-measurer.js';

const ENTRIES: LegendEntry[] = [
  { swatch: { shape: 'box', fill: '#AAAAAA', stroke: '#000000' }, text: 'firm' },
  { swatch: { shape: 'circle', fill: '#BBBBBB', stroke: '#111111', radius: 4 }, text: 'size' },
  { swatch: { shape: 'line', stroke: '#CCCCCC', width: 2, dash: '4 2' }, text: 'spin-off' },
  { swatch: { shape: 'mark', mark: '*' }, text: 'listed' },
];

function body(svg: SvgWriter): string[] {
  return svg.toString().split('\n').slice(3, -2).map((l) => l.trim());
}

describe('drawLegend', () => {
  it('draws each swatch by its shape, then its text, inside <g class="legend">', () => {
    const legend = layoutLegend(ENTRIES, fixedMeasurer, { x: 0, y: 0, maxWidth: 1000 });
    const svg = new SvgWriter(1000, 100);
    drawLegend(svg, legend);
    const lines = body(svg);
    expect(lines[0]).toBe('<g class="legend">');
    expect(lines.at(-1)).toBe('</g>');
    const drawn = lines.slice(1, -1);
    expect(drawn.map((l) => /^<(\w+)/.exec(l)![1])).toEqual(['rect', 'text', 'circle', 'text', 'path', 'text', 'text', 'text']);
    expect(drawn[0]).toContain('fill="#AAAAAA" stroke="#000000"');
    expect(drawn[2]).toContain('r="4" fill="#BBBBBB"');
    expect(drawn[4]).toContain('stroke="#CCCCCC" stroke-width="2" stroke-dasharray="4 2"');
    expect(drawn[6]).toMatch(/font-weight="700" text-anchor="middle" fill="#1A1A1A">\*<\/text>$/);
    expect(drawn.filter((l) => l.startsWith('<text') && l.includes(`fill="${TEXT_COLOR}"`))).toHaveLength(5);
    for (const e of legend.entries) expect(drawn).toContain(`<text x="${e.textX}" y="${e.baseline}" font-size="10" fill="${TEXT_COLOR}">${e.text}</text>`);
  });

  it('draws nothing for an empty legend', () => {
    const svg = new SvgWriter(10, 10);
    drawLegend(svg, layoutLegend([], fixedMeasurer, { x: 0, y: 0, maxWidth: 10 }));
    expect(svg.toString()).toBe(new SvgWriter(10, 10).toString());
  });
});
