/**
 * The `ecograph/figures` entry: publication figures (spin-off trees, network maps, timeline and
 * comparison charts) as SVG, and their export to PNG and PDF with the embedded Noto Sans JP font.
 * It is a separate entry because it loads the figure stack (the resvg native addon, pdfkit,
 * fontkit and the font files), which the main `ecograph` entry never does.
 *
 * @example
 * import { loadGraph } from 'ecograph';
 * import { figureTextMeasurer, treeFigure, writeFigure } from 'ecograph/figures';
 * const graph = await loadGraph('graphs/sapporo-valley.json');
 * const figure = treeFigure(graph, 'micro-computer-study-group', figureTextMeasurer());
 * await writeFigure('tree.png', figure.svg, figure.layout);
 *
 * @module ecograph/figures
 */
export { aspectRatio, forestFigure, MIN_PRINTED_PT, treeFigure, type TreeFigure, type TreeFigureCallOptions } from './tree/tree-figure.js';
export { figureLabel, LABEL_LANGUAGES, shortLabel, type LabelLanguage, type NamedAttributes } from './label-choice.js';
export { routeAroundBoxes, type Point, type RouteOptions } from './tree/connector-routing.js';
export { layoutForestFigure, MAX_ASPECT, type ForestFigureOptions } from './tree/forest.js';
export type { GenerationLabel, TreeFigureLayout, TreeFigureLink, TreeFigureNode, TreeFigureOptions, TreeYearAxis, YearScale, YearTick } from './tree/layout.js';
export { networkFigure, type NetworkFigure, type NetworkFigureOptions } from './network/network-figure.js';
export type { NetworkFigureLayout, PlacedNetworkLabel, PlacedNetworkNode } from './network/layout.js';
export type { CaptionLayout } from './caption.js';
export type { Box, LabelBox, LabelRole } from './label-boxes.js';
export type { LegendLayout, PlacedLegendEntry, Swatch } from './legend.js';
export { timelineChartSvg, type ChartSvg, type TimelineChartOptions, type TimelineSeries } from './charts/timeline-chart.js';
export { comparisonChartSvg, type ComparisonChartOptions } from './charts/comparison-chart.js';
export { figureFormatFromPath, svgToPdf, svgToPng, writeFigure, type FigureFormat } from './export.js';
export { FIGURE_FONT_FAMILY, figureTextMeasurer, type FontWeight, type TextMeasurer } from './font.js';
export { embedFigureFonts } from './font-embedding.js';
