/**
 * Cluster evolution on a generated ecosystem graph (default 10 000 nodes): a timeline every 10
 * years, and each indicator on the last snapshot, beside the baseline measured in the same run —
 * graphology's own `graph.copy()`, which `snapshotAt` (a filtered copy) cannot beat and which is
 * the least any yearly row costs. The ratios say which indicator dominates a row.
 */
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { COMPARE_INDICATORS, compareRegions } from '../src/metrics/evolution/compare.js';
import { IndicatorContext } from '../src/metrics/evolution/indicators.js';
import { snapshotAt, yearSpan } from '../src/metrics/evolution/snapshot.js';
import { timeline } from '../src/metrics/evolution/timeline.js';
import { buildView } from '../src/metrics/view.js';
import { formatMs, formatRatio, timeMedian, type BenchSuite } from './suite.js';

const suite: BenchSuite = {
  name: 'evolution',
  description: 'timeline rows and each indicator on a snapshot (ratios to graphology graph.copy())',
  async run({ options, log }) {
    const graph = generateEcosystem({ nodes: options.nodes ?? 10_000, seed: options.seed });
    const span = yearSpan(graph)!;
    log(`generated ecosystem: ${graph.order} nodes, ${graph.size} edges, years ${span.first}–${span.last} (seed ${options.seed})`);
    const rows = Math.ceil((span.last - span.first) / 10) + 1;
    const copy = timeMedian(() => graph.copy());
    log(`baseline  graph.copy()                          ${formatMs(copy).padStart(10)}`);
    const snapshot = timeMedian(() => snapshotAt(graph, span.last));
    log(`          snapshotAt(last year)                 ${formatMs(snapshot).padStart(10)} ${formatRatio(snapshot, copy).padStart(7)}`);
    const last = snapshotAt(graph, span.last);
    const view = timeMedian(() => buildView(last));
    log(`          buildView of it                        ${formatMs(view).padStart(10)} ${formatRatio(view, copy).padStart(7)}`);
    for (const d of COMPARE_INDICATORS) {
      const context = new IndicatorContext(last);
      void context.view;
      void context.firms;
      void context.lastYear;
      const compute = timeMedian(() => d.compute(context));
      log(`indicator ${d.id.padEnd(37)} ${formatMs(compute).padStart(10)} ${formatRatio(compute, copy).padStart(7)}`);
    }
    const whole = timeMedian(() => timeline(graph, { step: 10 }), 1, false);
    log(`timeline  ${rows} rows (every 10 years)               ${formatMs(whole).padStart(10)} ${formatRatio(whole, copy * rows).padStart(7)} of ${rows} copies`);
    const compared = timeMedian(() => compareRegions([{ name: 'generated', graph }]), 1, false);
    log(`compare   one region (whole graph)              ${formatMs(compared).padStart(10)} ${formatRatio(compared, copy).padStart(7)}`);
  },
};
export default suite;
