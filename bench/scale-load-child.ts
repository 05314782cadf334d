/**
 * One measurement of bench/scale-load.bench.ts in a fresh process, so that its peak resident set
 * size (`process.resourceUsage().maxRSS`) is its own: loading a graph (compact streaming loader, or
 * the standard path loadGraph + buildView + indexGraph), optionally followed by Louvain.
 *
 * Usage: node --import tsx bench/scale-load-child.ts TASK PATH [RESTARTS]
 * Tasks: compact (loadCompactGraph), standard (loadGraph → buildView → indexGraph),
 * louvain-fast (compact load, then one Louvain run),
 * louvain-standard (compact load, then the best of RESTARTS Louvain runs, default 16).
 * Prints one JSON object: { task, loadMs, louvainMs?, modularity?, communities?, nodes, edges, maxRssMB }.
 */
import { loadGraph } from '../src/io/files.js';
import { loadCompactGraph } from '../src/open/index.js';
import { MAX_RESTARTS, louvainIndexed } from '../src/metrics/communities/louvain.js';
import { indexGraph, type IndexedGraph } from '../src/metrics/indexed-graph.js';
import { buildView } from '../src/metrics/view.js';
import { importCompactRouteModules } from './compact-route-modules.js';

const [task, path, restartsArg] = process.argv.slice(2);
if (!task || !path) throw new Error('usage: scale-load-child.ts TASK PATH [RESTARTS]');
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

// the compact loader's modules before the clock starts (as the other tools' imports)
if (task !== 'standard') await importCompactRouteModules();
let start = process.hrtime.bigint();
let g: IndexedGraph;
if (task === 'standard') g = indexGraph(buildView(await loadGraph(path)).graph);
else g = (await loadCompactGraph(path, { maxWarnings: 10 })).graph;
const out: Record<string, unknown> = { task, loadMs: ms(start), nodes: g.nodes.length, edges: g.directed ? g.outTargets.length : g.outTargets.length / 2 };
if (task === 'louvain-fast' || task === 'louvain-standard') {
  start = process.hrtime.bigint();
  // louvain-fast: one run; louvain-standard: the given restarts, or the most a default run makes
  const restarts = task === 'louvain-fast' ? 1 : restartsArg ? Number(restartsArg) : MAX_RESTARTS;
  const result = louvainIndexed(g, { restarts });
  Object.assign(out, { louvainMs: ms(start), modularity: result.modularity, communities: result.count, restarts });
}
out.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(out) + '\n');
