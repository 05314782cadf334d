/**
 * Timeline and comparison charts: deterministic SVG, one panel per indicator with ticks and axis
 * labels, a legend naming every series, text inside the canvas, lines and bars where the values
 * say, and a PNG with real content.
 */
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { comparisonChartSvg } from '../../../src/figures/charts/comparison-chart.js';
import { timelineChartSvg } from '../../../src/figures/charts/timeline-chart.js';
import { svgToPng } from '../../../src/figures/export.js';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { loadGraph } from '../../../src/io/files.js';
import { compareRegions } from '../../../src/metrics/evolution/compare.js';
import { timeline } from '../../../src/metrics/evolution/timeline.js';
import { loadToy } from '../../metrics/evolution/toy.js';

const measurer = figureTextMeasurer();

interface SvgText {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: string;
  bold: boolean;
  rotated: boolean;
}

/** Every one-line <text> of a chart, with the font size of its own attribute or enclosing group. */
function texts(svg: string): SvgText[] {
  const out: SvgText[] = [];
  const sizes: number[] = [];
  for (const line of svg.split('\n')) {
    const t = line.trim();
    if (t.startsWith('<g')) sizes.push(Number(/font-size="([\d.]+)"/.exec(t)?.[1] ?? sizes[sizes.length - 1] ?? 12));
    else if (t === '</g>') sizes.pop();
    else if (t.startsWith('<text')) {
      const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(t)?.[1];
      out.push({
        text: />([^<]*)<\/text>$/.exec(t)![1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"'),
        x: Number(attr('x')),
        y: Number(attr('y')),
        size: Number(attr('font-size') ?? sizes[sizes.length - 1] ?? 12),
        anchor: attr('text-anchor') ?? 'start',
        bold: attr('font-weight') === '700',
        rotated: attr('transform') !== undefined,
      });
    }
  }
  return out;
}

function expectTextInside(svg: string, width: number, height: number): void {
  for (const t of texts(svg)) {
    if (t.rotated) continue;
    const w = measurer.width(t.text, t.size, t.bold ? 'bold' : 'regular');
    const left = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
    expect(left, t.text).toBeGreaterThanOrEqual(0);
    expect(left + w, t.text).toBeLessThanOrEqual(width);
    expect(t.y, t.text).toBeLessThanOrEqual(height);
  }
}

function inkedShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  let inked = 0;
  for (let i = 0; i < image.width * image.height; i++) if (image.data[4 * i]! < 200) inked++;
  return inked / (image.width * image.height);
}

describe('timelineChartSvg', () => {
  const t = timeline(loadToy());

  it('is deterministic and draws one panel per indicator, with ticks, axis labels and the legend', () => {
    const a = timelineChartSvg(t, { title: 'Toy Valley', name: 'Toy Valley', indicators: ['nodes', 'edges', 'maxGeneration', 'density'], measurer });
    expect(timelineChartSvg(t, { title: 'Toy Valley', name: 'Toy Valley', indicators: ['nodes', 'edges', 'maxGeneration', 'density'], measurer }).svg).toBe(a.svg);
    expect(a.svg.match(/class="panel"/g)).toHaveLength(4);
    const words = texts(a.svg).map((x) => x.text);
    for (const w of ['Toy Valley', 'Actors', 'Ties', 'Deepest spin-off generation', 'Density', 'year', 'actors', 'generations', '2000', '2006', '0'])
      expect(words, w).toContain(w);
    expect(words.filter((w) => w === 'year')).toHaveLength(4);
    expect(a.svg).toMatch(/3 actors and 2 ties without a year/);
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
    const late = timeline(loadToy(), { from: 1998 });
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

describe('comparisonChartSvg', () => {
  it('one panel per indicator and one bar per region, the longest bar for the largest value', async () => {
    const names = ['hamamatsu-spinoffs', 'kobe-biomedical', 'kyoto-life-science', 'sapporo-valley'];
    const regions = await Promise.all(
      names.map(async (n) => {
        const graph = await loadGraph(join(import.meta.dirname, '../../../graphs', `${n}.json`));
        return { name: graph.getAttribute('name')!, graph };
      }),
    );
    const comparison = compareRegions(regions);
    const chart = comparisonChartSvg(comparison, { title: 'Four clusters', measurer });
    expect(comparisonChartSvg(comparison, { title: 'Four clusters', measurer }).svg).toBe(chart.svg);
    expect(chart.svg.match(/class="panel"/g)).toHaveLength(12);
    expectTextInside(chart.svg, chart.width, chart.height);
    const words = texts(chart.svg).map((x) => x.text);
    for (const r of regions) expect(words.filter((w) => w === r.name)).toHaveLength(13); // legend + 12 panels
    expect(words).toContain('NISTEP (1) intellectual agglomeration');

    const panel = /data-indicator="firms">([\s\S]*?)\n {2}<\/g>/.exec(chart.svg)![1]!;
    const widths = [...panel.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    const firms = comparison.regions.map((r) => r.values.firms!);
    expect(widths).toHaveLength(4);
    expect(widths.indexOf(Math.max(...widths))).toBe(firms.indexOf(Math.max(...firms)));
    expect(widths[1]! / widths[0]!).toBeCloseTo(firms[1]! / firms[0]!, 2);
    expect(inkedShare(svgToPng(chart.svg, 96))).toBeGreaterThan(0.01);
  });

  it('cuts a long region name beside the bars with an ellipsis and keeps it whole in the legend', () => {
    const graph = loadToy();
    const long = 'Greater Kansai Life-Science and Medical Devices Innovation Cluster (Osaka, Kyoto, Kobe)';
    const comparison = compareRegions([
      { name: long, graph },
      { name: 'Toy', graph },
    ]);
    const chart = comparisonChartSvg(comparison, { indicators: ['firms', 'density'], measurer });
    const words = texts(chart.svg).map((x) => x.text);
    expect(words.filter((w) => w === long)).toHaveLength(1);
    expect(words.filter((w) => w.startsWith('Greater') && w.endsWith('…'))).toHaveLength(2);
    expectTextInside(chart.svg, chart.width, chart.height);
  });

  it('prints n/a for an undefined value and refuses an unknown indicator', () => {
    const comparison = compareRegions([{ name: 'Toy', graph: loadToy() }]);
    comparison.regions[0]!.values.modularity = null;
    const { svg } = comparisonChartSvg(comparison, { indicators: ['modularity'], measurer });
    expect(texts(svg).map((x) => x.text)).toContain('n/a');
    expect(() => comparisonChartSvg(comparison, { indicators: ['nope'], measurer })).toThrow(/unknown comparison indicator "nope"/);
  });
});
