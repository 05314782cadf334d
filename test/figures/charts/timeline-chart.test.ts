/**
 * Timeline charts: deterministic SVG, one panel per indicator with ticks and axis labels, a legend
 * naming every series, text inside the canvas, lines where the values say, and a PNG with real
 * content.
 */
import { describe, expect, it } from 'vitest';
import { timelineChartSvg } from '../../../src/figures/charts/timeline-chart.js';
import { svgToPng } from '../../../src/figures/export.js';
import { timeline } from '../../../src/metrics/evolution/timeline.js';
import { loadToy } from '../../metrics/evolution/toy.js';
import { expectTextInside, inkedShare, measurer, texts } from './chart-svg.js';

describe('timelineChartSvg', () => {
  // the include rule: the hand counts of snapshot.test.ts (8 actors in 2004, 7 after)
  const t = timeline(loadToy(), { undated: 'include' });

  it('is deterministic and draws one panel per indicator, with ticks, axis labels and the legend', () => {
    const a = timelineChartSvg(t, { title: 'Toy Valley', name: 'Toy Valley', indicators: ['nodes', 'edges', 'maxGeneration', 'density'], measurer });
    expect(timelineChartSvg(t, { title: 'Toy Valley', name: 'Toy Valley', indicators: ['nodes', 'edges', 'maxGeneration', 'density'], measurer }).svg).toBe(a.svg);
    expect(a.svg.match(/class="panel"/g)).toHaveLength(4);
    const words = texts(a.svg).map((x) => x.text);
    for (const w of ['Toy Valley', 'Actors', 'Ties', 'Deepest spin-off generation', 'Density', 'year', 'actors', 'generations', '2000', '2006', '0'])
      expect(words, w).toContain(w);
    expect(words.filter((w) => w === 'year')).toHaveLength(4);
    expect(a.svg).toMatch(/3 actors and 2 ties without a year/);
    // the caption names the undated rule
    const caption = (svg: string) => texts(svg).map((x) => x.text).join(' ');
    expect(caption(a.svg)).toMatch(/Elements without an own start date count from the first year/);
    const bound = timelineChartSvg(timeline(loadToy()), { indicators: ['nodes'], measurer }).svg;
    expect(caption(bound)).toMatch(/count from their derived bound/);
    expectTextInside(a.svg, a.width, a.height);
    expect(a.svg).toMatch(new RegExp(`<svg [^>]*width="${a.width}" height="${a.height}"`));
  });

  it('the actors line climbs to 8 in 2004 and back to 7: its highest point is the 2004 point', () => {
    const { svg } = timelineChartSvg(t, { indicators: ['nodes'], measurer });
    const path = /class="panel" data-indicator="nodes">[\s\S]*?<path d="(M[^"]+)" fill="none" stroke="#0072B2"/.exec(svg)![1]!;
    const points = path.split(/[ML]/).filter(Boolean).map((p) => p.trim().split(' ').map(Number) as [number, number]);
    expect(points).toHaveLength(7);
    const ys = points.map((p) => p[1]);
    expect(ys.indexOf(Math.min(...ys))).toBe(4); // SVG y grows downwards
    expect(ys[5]).toBe(ys[6]);
    expect(points.map((p) => p[0])).toEqual([...points.map((p) => p[0])].sort((a, b) => a - b));
  });

  it('draws events of a window (new firms) as one bar per year with firms founded: 2002, 2003, 2004', () => {
    const { svg } = timelineChartSvg(t, { indicators: ['newFirms', 'nodes'], measurer });
    const panel = /data-indicator="newFirms">([\s\S]*?)\n {2}<\/g>/.exec(svg)![1]!;
    const bars = [...panel.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    expect(bars).toHaveLength(3);
    expect(new Set(bars.map((b) => b[3])).size).toBe(1); // one firm each
    const gaps = bars.slice(1).map((b, i) => b[0]! - bars[i]![0]!);
    expect(gaps[0]).toBeCloseTo(gaps[1]!, 6); // consecutive years
  });

  it('draws several named timelines in distinct colours, and leaves a gap at null values', () => {
    const late = timeline(loadToy(), { from: 1998, undated: 'include' });
    const { svg } = timelineChartSvg(
      [
        { name: 'Region A', timeline: t },
        { name: 'Region B', timeline: late },
      ],
      { indicators: ['meanConstraint'], measurer },
    );
    expect(texts(svg).map((x) => x.text)).toEqual(expect.arrayContaining(['Region A', 'Region B']));
    expect(svg).toContain('stroke="#0072B2"');
    expect(svg).toContain('stroke="#E69F00"');
    // meanConstraint is null in 1998–2000 (no firm has a tie): region B's line starts in 2001
    const b = [...svg.matchAll(/<path d="(M[^"]+)" fill="none" stroke="#E69F00" stroke-width="1.8"/g)].map((m) => m[1]!);
    expect(b).toHaveLength(1);
    expect(b[0]!.split('L')).toHaveLength(6); // 2001–2006
  });

  it('refuses an unknown indicator, naming the known ones', () => {
    expect(() => timelineChartSvg(t, { indicators: ['nope'], measurer })).toThrow(/unknown timeline indicator "nope".*density/);
  });

  it('renders to a PNG with content', () => {
    const { svg } = timelineChartSvg(t, { title: 'Toy', measurer });
    expect(inkedShare(svgToPng(svg, 96))).toBeGreaterThan(0.01);
  });
});
