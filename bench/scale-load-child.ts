/**
 * One measurement of bench/scale-load.bench.ts in a fresh process, so that its peak resident set
 * size (`process.resourceUsage().maxRSS`) is its own: loading a graph (compact streaming loader, or
 * the standard path loadGraph + buildView + indexGraph), optionally followed by Louvain.
 *
 * Usage: node --import tsx bench/scale-load-child.ts TASK PATH [RESTARTS]
 * Tasks: compact (loadCompactGraph), standard (loadGraph → buildView → indexGraph),
 * louvain-fast (compact load, then Louvain's fast path: one run, queue-based local moving),
 * louvain-standard (compact load, then the standard path: RESTARTS restarts run to convergence).
 * Prints one JSON object: { task, loadMs, louvainMs?, modularity?, communities?, nodes, edges, maxRssMB }.
 */
import { loadGraph } from '../src/io/files.js';
import { loadCompactGraph } from '../src/open/index.js';
import { DEFAULTS as LOUVAIN_DEFAULTS, louvainIndexed, louvainPathFor } from '../src/metrics/communities/louvain.js';
import { indexGraph, type IndexedGraph } from '../src/metrics/indexed-graph.js';
import { buildView } from '../src/metrics/view.js';

const [task, path, restartsArg] = process.argv.slice(2);
if (!task || !path) throw new Error('usage: scale-load-child.ts TASK PATH [RESTARTS]');
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

let start = process.hrtime.bigint();
let g: IndexedGraph;
if (task === 'standard') g = indexGraph(buildView(await loadGraph(path)).graph);
else g = (await loadCompactGraph(path, { maxWarnings: 10 })).graph;
const out: Record<string, unknown> = { task, loadMs: ms(start), nodes: g.nodes.length, edges: g.directed ? g.outTargets.length : g.outTargets.length / 2 };
if (task === 'louvain-fast' || task === 'louvain-standard') {
  start = process.hrtime.bigint();
  const options =
    task === 'louvain-fast'
      ? louvainPathFor(Number.MAX_SAFE_INTEGER)
      : { restarts: restartsArg ? Number(restartsArg) : LOUVAIN_DEFAULTS.restarts, queue: false };
  const result = louvainIndexed(g, options);
  Object.assign(out, { louvainMs: ms(start), modularity: result.modularity, communities: result.count, restarts: options.restarts });
}
out.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(out) + '\n');
