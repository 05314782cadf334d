/**
 * Brokers mode: the universities ↔ anchors brokers query of the metrics library, highlighted in the
 * view with the ties that make each node a broker.
 */
import type { EcoGraph } from '../../src/model/types.js';
import { clear, h } from './dom.js';
import type { BrokersView } from './view-state.js';

/** Whether the metrics library's brokers query is part of this build. */
export const BROKERS_AVAILABLE = false;

export interface BrokersResult {
  view: BrokersView | null;
  rows: { node: string; score: number }[];
}

/** Runs the brokers query (universities ↔ anchors, via firms). */
export function findBrokers(_graph: EcoGraph): BrokersResult {
  return { view: null, rows: [] };
}

export function renderBrokers(container: HTMLElement, _graph: EcoGraph, _result: BrokersResult, _onNavigate: (node: string) => void): void {
  clear(container);
  container.append(h('p', { class: 'hint' }, 'The brokers query is not available in this build.'));
}
