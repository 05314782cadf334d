/**
 * Comparison charts: deterministic SVG, one panel per indicator with a bar per region, axis labels
 * and a legend, text inside the canvas, and a PNG with real content.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonChartSvg } from '../../../src/figures/charts/comparison-chart.js';
import { svgToPng } from '../../../src/figures/export.js';
import { loadGraph } from '../../../src/io/files.js';
import { compareRegions } from '../../../src/metrics/evolution/compare.js';
import { loadToy } from '../../metrics/evolution/toy.js';
import { expectTextInside, inkedShare, measurer, texts } from './chart-svg.js';

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
