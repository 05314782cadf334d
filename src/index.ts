/**
 * The `ecograph` library: the typed graph model, reading and writing graph files, the metrics
 * (centrality, communities, brokerage, structural holes, spin-off lineage, timelines and regional
 * comparison) and the synthetic-ecosystem generator.
 *
 * This file only re-exports the public API; everything else under `src/` is internal and may change
 * without notice. Two parts have entries of their own so that importing `ecograph` stays light:
 * figures (`ecograph/figures`, which loads a native addon and fonts) and Neo4j (`ecograph/neo4j`,
 * which loads neo4j-driver).
 *
 * Like graphology's standard library, measures are plain functions of a graph and options that
 * return their values keyed by node.
 *
 * @example
 * import { loadGraph, buildView, betweennessCentrality } from 'ecograph';
 * const graph = await loadGraph('graphs/kyoto-life-science.json');
 * const scores = betweennessCentrality(buildView(graph).graph);
 *
 * @module ecograph
 */

// The model: kinds, attributes, the graph type, building and validation.
export {
  AFFILIATION_ROLES,
  SPINOFF_TYPES,
  SPINOFF_TYPE_INFO,
  isSpinoffType,
  type SpinoffType,
  CONFIDENCE_LEVELS,
  EDGE_ATTRIBUTES,
  EDGE_KINDS,
  EDGE_KIND_RULES,
  FORMAT_ID,
  NODE_ATTRIBUTES,
  NODE_KINDS,
  NODE_KIND_INFO,
  edgeKindAllows,
  isEdgeKind,
  isNodeKind,
  type AffiliationRole,
  type AttributeDefinition,
  type AttributeType,
  type Confidence,
  type EdgeKind,
  type EdgeKindRule,
  type NodeKind,
} from './model/schema.js';
export type { AttributeValue, EcoGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from './model/types.js';
export { graphAttributeProblems, rosterCoverage, type GraphRoster, type RosterCoverage, type RosterMember, type SeedStatement } from './model/graph-attributes.js';
export { createEcoGraph } from './model/graph.js';
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
  type ElementLocation,
  type SourceLocation,
} from './model/problems.js';
export type { FormatName, RawEdge, RawGraph, RawNode } from './model/raw.js';
export { findSpinoffCycles, type SpinoffCycle } from './model/spinoff-cycles.js';
export { applyEdit, checkEdit, revertEdit, EDIT_FILE, MERGED_IDS_ATTRIBUTE, type EditOutcome, type GraphEdit } from './model/edits.js';
export { EditHistory, describeEdit, type HistoryEntry, type UnsavedChange } from './model/edit-history.js';
export { graphEditShapeProblem, replayEdits, undoReplay, type LoggedEdit, type ReplayOutcome } from './model/edit-replay.js';
export { isPrivateSource, privateSourceText, PRIVATE_SOURCE_PREFIX } from './model/private-source.js';
export { EDGE_KIND_COLORS, NODE_KIND_COLORS, edgeKindColor, nodeKindColor } from './model/palette.js';

// Reading and writing: whole files, and each format on its own.
export { loadGraph, readGraphFile, saveGraph, type ReadOptions, type ReadResult } from './io/files.js';
export { FILE_FORMATS, FORMATS, formatFromPath, parseGraph, readRaw, serializeGraph, type GraphTexts, type TextFile, type TextFormatName } from './io/formats.js';
export { TEXT_ENCODINGS, decodeText, encodingNamed, type TextEncodingName } from './io/text.js';
export { parseKindMap, type KindMap } from './io/kind-map.js';
// Opening a graph for analysis: the opener picks the standard or the compact route once.
export { chooseRoute, openGraph, openView, type LoadProgress, type OpenedGraph, type OpenedView } from './open/index.js';
export { readJson, writeJson } from './io/json.js';
export { readCsv, writeCsv } from './io/csv.js';
export { readGexf, writeGexf } from './io/gexf.js';
export { readGraphml, writeGraphml } from './io/graphml.js';

// The generator.
export { generateEcosystem, type GenerateOptions } from './generate/ecosystem.js';

// Metrics: the view they run on, summaries and measures.
export {
  buildView,
  type GraphView,
  type ViewDescription,
  type ViewEdgeAttributes,
  type ViewGraph,
  type ViewGraphAttributes,
  type ViewOptions,
  type WeightAs,
} from './metrics/view.js';
export { componentSizes, countComponents, density, graphSummary, type GraphSummary } from './metrics/summary.js';
export { MetricError } from './metrics/metric-error.js';
export type { ProgressCallback } from './metrics/centrality/progress.js';
export type { NodeValues } from './metrics/registry.js';
export { degreeCentrality } from './metrics/centrality/degree.js';
export { betweennessCentrality, type BetweennessOptions } from './metrics/centrality/betweenness.js';
export { subsetBetweenness, type SubsetBetweennessOptions } from './metrics/centrality/betweenness-subset.js';
export { approximateBetweenness, type ApproximateBetweennessOptions } from './metrics/centrality/approximate-betweenness.js';
export { closenessCentrality, type ClosenessOptions } from './metrics/centrality/closeness.js';
export { harmonicCentrality, type HarmonicOptions } from './metrics/centrality/harmonic.js';
export { eigenvectorCentrality, type EigenvectorOptions } from './metrics/centrality/eigenvector.js';
export { pagerank, type PageRankOptions } from './metrics/centrality/pagerank.js';
export { hits, type HitsOptions, type HitsResult } from './metrics/centrality/hits.js';
export { centralityTable, type CentralityRow, type CentralityTable, type CentralityTableOptions } from './metrics/centrality/centrality-table.js';
export { louvain, type LouvainOptions, type LouvainResult } from './metrics/communities/louvain.js';
export { leiden, type LeidenOptions } from './metrics/communities/leiden.js';
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
export { gouldFernandez, ROLES as BROKERAGE_ROLES, type BrokerageRole, type BrokerageScores, type RoleCounts } from './metrics/brokerage/gould-fernandez.js';
export { brokers, type BrokerRow, type BrokersOptions } from './metrics/brokerage/brokers.js';
export { burtConstraint } from './metrics/structural-holes/constraint.js';
export { effectiveSize, type EffectiveSize } from './metrics/structural-holes/effective-size.js';
export { inDegree, outDegree } from './metrics/centrality/in-out-degree.js';
export { strength } from './metrics/centrality/strength.js';
export { averageClustering, clustering, transitivity } from './metrics/structure/clustering.js';
export { coreNumber } from './metrics/structure/core.js';
export { eccentricity } from './metrics/structure/eccentricity.js';
export { attributeAssortativity, degreeAssortativity } from './metrics/structure/assortativity.js';
export { betweennessCentralization, closenessCentralization, degreeCentralization } from './metrics/structure/centralization.js';
export { eiIndex, type EiGroup, type EiOptions, type EiResult } from './metrics/structure/ei-index.js';
export { adjustedRandIndex, normalizedMutualInformation } from './metrics/structure/partition-agreement.js';
export {
  describeGraph,
  groupValue,
  SPHERES,
  type DescribeApproximation,
  type DescribeOptions,
  type DescribeResult,
  type DescribeStatistics,
} from './metrics/structure/describe.js';
export { egoNetwork, egoSubgraph, type EgoDirection, type EgoMeasures, type EgoNetwork, type EgoOptions } from './metrics/ego/ego-network.js';
export { projectTwoMode, type ProjectedTie, type Projection, type ProjectionMethod, type ProjectionOptions } from './metrics/projection/two-mode.js';

// Spin-off lineage.
export {
  SpinoffCycleError,
  addInferredSpinoffs,
  buildSpinoffDag,
  firmLineages,
  inferSpinoffsFromCareers,
  lineageRoots,
  lineageSummary,
  lineageTree,
  summariseRoots,
  type CareerInference,
  type CareerInferenceOptions,
  type FirmLineage,
  type InferredSpinoff,
  type LineageLink,
  type LineageOptions,
  type LineageReport,
  type LineageTreeNode,
  type LineageTreeOptions,
  type RootSummary,
  type SkipReason,
  type SkippedInference,
  type SpinoffDag,
  keepSpinoffTypes,
  parseSpinoffTypes,
  spinoffTypeReport,
  spinoffTypesSentence,
  type SpinoffTypeReport,
  type SpinoffTypeTally,
} from './metrics/lineage/index.js';

// Evolution over time and comparison of regions.
export {
  asOfGraph,
  countUndated,
  datingCounts,
  describeAsOf,
  describeRules,
  EVENT_TIE_KINDS,
  graphDates,
  isEventTie,
  presentAt,
  snapshotAt,
  tieStartYear,
  UNDATED_RULES,
  undatedShare,
  yearSpan,
  type AsOf,
  type AsOfDescription,
  type DatingCounts,
  type GraphDates,
  type Placement,
  type PlacementCounts,
  type TimeRules,
  type UndatedCount,
  type UndatedRule,
} from './metrics/evolution/snapshot.js';
export { TIMELINE_FIELDS, timeline, type Timeline, type TimelineField, type TimelineOptions, type TimelineYear } from './metrics/evolution/timeline.js';
export {
  COMPARE_INDICATORS,
  compareRegions,
  type CompareOptions,
  type Comparison,
  type IndicatorDefinition,
  type RegionIndicators,
} from './metrics/evolution/compare.js';
export type { IndicatorContext, IndicatorDescriptor, IndicatorOptions, IndicatorUnit } from './metrics/evolution/indicators.js';
export { drawSeed, pValues, type DrawOptions, type PValue, type PValues } from './metrics/significance/draws.js';
export { simpleGraph, simpleGraphOfView, type SimpleGraph } from './metrics/significance/simple-graph.js';
export { GRAPH_STATISTICS, graphStatistic, type GraphStatistic } from './metrics/significance/graph-statistics.js';
export { NULL_MODELS, degreePreserving, uniformByEdges, uniformBySize, type NullModel } from './metrics/significance/random-graphs.js';
export { cugTest, type CugOptions, type CugResult } from './metrics/significance/cug.js';
export { permutationTest, type PermutationInput, type PermutationResult } from './metrics/significance/permutation.js';
export { qapCorrelation, qapRegression, type NetlmResult, type QapCorrelationResult, type QapMode, type TieMatrix } from './metrics/significance/qap.js';
export { tieMatrices, type TieMatrices } from './metrics/significance/tie-matrices.js';
export { nodeGroups, parseGroup } from './metrics/significance/node-groups.js';
export { ANNOTATIONS, writeAnnotations, type Annotation } from './metrics/annotations.js';
