/**
 * Spin-off lineage: trees, generations and depth metrics of spin-off DAGs, and spin-off ties
 * inferred from careers. Browser-safe (no Node imports): the CLI, figures and the web explorer all
 * use these.
 */
export {
  SpinoffCycleError,
  buildSpinoffDag,
  lineageRoots,
  rootedSubDag,
  topologicalOrder,
  type RootedSubDag,
  type SpinoffDag,
} from './spinoff-dag.js';
export {
  firmLineages,
  lineageSummary,
  summariseRoot,
  summariseRoots,
  type FirmLineage,
  type LineageOptions,
  type LineageReport,
  type RootSummary,
} from './summary.js';
export { compactLineageSummary, type CompactLineageInput, type CompactLineageOptions } from './compact-lineage.js';
export { lineageTree, type LineageLink, type LineageTreeNode, type LineageTreeOptions } from './tree.js';
export {
  addInferredSpinoffs,
  inferSpinoffsFromCareers,
  type CareerInference,
  type CareerInferenceOptions,
  type InferredSpinoff,
  type SkipReason,
  type SkippedInference,
} from './infer-from-careers.js';
export {
  keepSpinoffTypes,
  parseSpinoffTypes,
  spinoffTypeReport,
  spinoffTypesSentence,
  type SpinoffTypeReport,
  type SpinoffTypeTally,
} from './spinoff-types.js';
