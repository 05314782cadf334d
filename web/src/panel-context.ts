/**
 * What the data table, appearance and filter panels get from the explorer of the opened graph:
 * the graph, its view state and fields, and the few actions they call back. Types only.
 */
import type { PresenceSpans } from '../../src/metrics/evolution/snapshot.js';
import type { EcoGraph } from '../../src/model/types.js';
import type { NodeField, NodeMeasures } from './node-fields.js';
import type { ViewState } from './view-state.js';

export interface PanelContext {
  readonly graph: EcoGraph;
  readonly state: ViewState;
  readonly measures: NodeMeasures;
  /** Every node field (attributes, then measures). */
  readonly fields: readonly NodeField[];
  /** Redraws after the panel changed `state.appearance` or `state.filterHidden`, and updates counts and legends. */
  changed(): void;
  /** Selects a node (null: none) and centres the camera on it. */
  select(node: string | null): void;
  /** Whether a node is shown by every filter of the view (kinds, year, mode, filter panel). */
  isShown(node: string): boolean;
  /** Whether a tie is shown by every filter of the view. */
  isEdgeShown(edge: string): boolean;
  /** Each node's and tie's span of presence under the default time rules (the library's `presenceSpans`), kept until the data changes. */
  presenceSpans(): PresenceSpans;
  /** Redraws the graph after its container changed size. */
  resize(): void;
}
