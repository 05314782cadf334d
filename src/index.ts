/**
 * The ecograph library: the typed model, file I/O, metrics, lineage, figures and the generator.
 * This file only re-exports. Neo4j lives in the `ecograph/neo4j` entry so that neo4j-driver loads
 * only when used.
 */

// model
export * from './model/schema.js';
export type { AttributeValue, EcoGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from './model/types.js';
export { GRAPH_OPTIONS, createEcoGraph } from './model/graph.js';
export { buildGraph, type BuildOptions, type BuildResult, type SourceMap } from './model/build.js';
export {
  InvalidGraphError,
  PROBLEM_CODES,
  formatProblem,
  hasErrors,
  sortProblems,
  type Problem,
  type ProblemCode,
  type Severity,
  type SourceLocation,
} from './model/problems.js';
export type { FormatName, RawEdge, RawGraph, RawNode } from './model/raw.js';
export { findSpinoffCycles, type SpinoffCycle } from './model/spinoff-cycles.js';
export { EDGE_KIND_COLORS, NODE_KIND_COLORS, edgeKindColor, nodeKindColor } from './model/palette.js';

// io
export { FORMATS, formatFromPath, parseGraph, readRaw, serializeGraph, type GraphTexts, type TextFile } from './io/formats.js';
export { loadGraph, readGraphFile, saveGraph, type ReadResult } from './io/files.js';
export { loadCompactGraph, type CompactLoad, type CompactLoadOptions, type LoadProgress } from './io/stream/index.js';
export { writeFileAtomic, writeFilesAtomic } from './io/atomic-write.js';
export { readJson, writeJson } from './io/json.js';
export { readCsv, writeCsv } from './io/csv.js';
export { readGexf, writeGexf } from './io/gexf.js';
export { readGraphml, writeGraphml } from './io/graphml.js';

// generator
export { generateEcosystem, type GenerateOptions } from './generate/ecosystem.js';
export { createRng, type Rng } from './generate/random.js';

// metrics
export { buildView, type GraphView, type ViewDescription, type ViewGraph, type ViewOptions, type WeightAs } from './metrics/view.js';
export { graphSummary, componentSizes, countComponents, type GraphSummary } from './metrics/summary.js';
export { MetricError } from './metrics/metric-error.js';
export {
  BROKERAGE_MEASURES,
  BROKERS_MEASURE,
  CENTRALITY_MEASURES,
  COMMUNITY_MEASURE,
  centralityMeasure,
  conventionsTable,
  type NodeMeasure,
  type NodeValues,
} from './metrics/registry.js';
export { degreeCentrality } from './metrics/centrality/degree.js';
export { betweennessCentrality } from './metrics/centrality/betweenness.js';
export { subsetBetweenness } from './metrics/centrality/betweenness-subset.js';
export { closenessCentrality } from './metrics/centrality/closeness.js';
export { harmonicCentrality } from './metrics/centrality/harmonic.js';
export { eigenvectorCentrality } from './metrics/centrality/eigenvector.js';
export { pagerank } from './metrics/centrality/pagerank.js';
export { approximateBetweenness, samplingPlan, vertexDiameterBound, type ApproximateBetweennessOptions, type SamplingPlan } from './metrics/centrality/approximate-betweenness.js';
export { approximateBetweennessParallel, betweennessParallel, closenessParallel, harmonicParallel, worthParallel } from './metrics/parallel/parallel-measures.js';
export { hits, type HitsResult } from './metrics/centrality/hits.js';
export { centralityTable, type CentralityRow, type CentralityTable } from './metrics/centrality/centrality-table.js';
export {
  LARGE_VIEW_NODES,
  louvain,
  louvainIndexed,
  louvainIndexedAsync,
  louvainPathFor,
  restartsFor,
  type IndexedLouvainResult,
  type LouvainOptions,
  type LouvainResult,
} from './metrics/communities/louvain.js';
export { modularity } from './metrics/communities/modularity.js';
export {
  ASSIGN_ATTRIBUTES,
  type AssignOptions,
  type AssignTarget,
  type CentralityAssignOptions,
  type HitsAssignOptions,
  type LouvainAssignOptions,
  type PagerankAssignOptions,
} from './metrics/assign.js';
export { gouldFernandez, ROLES as BROKERAGE_ROLES, type BrokerageScores } from './metrics/brokerage/gould-fernandez.js';
export { brokers, type BrokerRow, type BrokersOptions } from './metrics/brokerage/brokers.js';
export { burtConstraint } from './metrics/structural-holes/constraint.js';
export { effectiveSize } from './metrics/structural-holes/effective-size.js';
export * from './metrics/lineage/index.js';
export {
  countUndated,
  isEdgePresent,
  isNodePresent,
  isUndatedEdge,
  isUndatedNode,
  snapshotAt,
  tieStartYear,
  yearSpan,
  type UndatedCount,
} from './metrics/evolution/snapshot.js';
export {
  IndicatorContext,
  NETWORK_INDICATORS,
  NISTEP_INDICATORS,
  RECENT_YEARS,
  type IndicatorDescriptor,
  type IndicatorOptions,
  type IndicatorUnit,
} from './metrics/evolution/indicators.js';
export { TIMELINE_FIELDS, timeline, type Timeline, type TimelineField, type TimelineOptions, type TimelineYear } from './metrics/evolution/timeline.js';
export {
  COMPARE_INDICATORS,
  compareRegions,
  type CompareOptions,
  type Comparison,
  type IndicatorDefinition,
  type RegionIndicators,
} from './metrics/evolution/compare.js';

// figures
export { treeFigure, type TreeFigure } from './figures/tree/tree-figure.js';
export { networkFigure, type NetworkFigure, type NetworkFigureOptions } from './figures/network/network-figure.js';
export { timelineChartSvg, type ChartSvg, type TimelineChartOptions, type TimelineSeries } from './figures/charts/timeline-chart.js';
export { comparisonChartSvg, type ComparisonChartOptions } from './figures/charts/comparison-chart.js';
export { niceTicks, tickLabel, valueLabel, type AxisTicks } from './figures/charts/axis.js';
export { svgToPdf, svgToPng, writeFigure, type FigureFormat } from './figures/export.js';
export { figureTextMeasurer, type TextMeasurer } from './figures/font.js';
export { embedFigureFonts } from './figures/font-embedding.js';
