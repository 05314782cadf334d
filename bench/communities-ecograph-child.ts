/**
 * ecograph's communities as a library in a fresh process for bench/communities.bench.ts, measured
 * as the other tools are (load + compute inside the process, no start-up or output counted):
 * opens an ecograph CSV directory with `openView` (the loader the CLI's `communities` uses, `auto`:
 * compact from 1 MiB), then runs Louvain or Leiden with the CLI's default settings — the restarts
 * from `restartPlan` / `leidenRestartPlan` and Leiden's passes from `defaultIterations`, resolution
 * from `DEFAULTS`, the seed too unless SEED is given — and writes the partition (one "id community"
 * line a node). The loader's modules are imported before the load is timed.
 *
 * Usage: node --import tsx bench/communities-ecograph-child.ts louvain|leiden CSV_DIR OUT [SEED]
 * Prints one JSON object: { task, loadMs, ms, route, restarts, iterations?, path, seed, modularity,
 * communities, nodes, maxRssMB }.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULTS, louvainIndexed, restartPlan } from '../src/metrics/communities/louvain.js';
import { defaultIterations, leidenIndexed, leidenRestartPlan } from '../src/metrics/communities/leiden.js';
import { openView } from '../src/open/index.js';
import { importCompactRouteModules } from './compact-route-modules.js';

const [algorithm, dir, out, seedArg] = process.argv.slice(2);
if ((algorithm !== 'louvain' && algorithm !== 'leiden') || !dir || !out) throw new Error('usage: communities-ecograph-child.ts louvain|leiden CSV_DIR OUT [SEED]');
const seed = seedArg === undefined ? DEFAULTS.seed : Number(seedArg);
if (!Number.isInteger(seed)) throw new Error(`communities-ecograph-child.ts: the seed must be an integer, not ${seedArg}`);
const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

// the loader's modules before the clock starts (as the other tools' imports)
await importCompactRouteModules();
let start = process.hrtime.bigint();
// as `ecograph communities DIR` opens it: automatic loader, the default undirected view, labels kept
const opened = await openView(dir, { loader: 'auto', view: {}, keep: { labels: true } });
const loadMs = msSince(start);
const g = opened.indexed;

start = process.hrtime.bigint();
const arcs = g.outTargets.length;
const plan = algorithm === 'leiden' ? leidenRestartPlan(arcs) : restartPlan(arcs);
const iterations = algorithm === 'leiden' ? defaultIterations(arcs, plan.restarts) : undefined;
const settings = { resolution: DEFAULTS.resolution, seed, objective: DEFAULTS.objective, restarts: plan.restarts };
const result = algorithm === 'leiden' ? leidenIndexed(g, { ...settings, iterations }) : louvainIndexed(g, settings);
const ms = msSince(start);

const lines: string[] = new Array<string>(g.nodes.length);
for (let i = 0; i < g.nodes.length; i++) lines[i] = `${g.nodes[i]} ${result.community[i]}`;
writeFileSync(out, lines.join('\n') + '\n');
process.stdout.write(
  JSON.stringify({
    task: `ecograph-${algorithm}`,
    loadMs,
    ms,
    route: opened.route,
    restarts: plan.restarts,
    ...(iterations !== undefined ? { iterations } : {}),
    path: plan.path,
    seed,
    modularity: result.modularity,
    communities: result.count,
    nodes: g.nodes.length,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
