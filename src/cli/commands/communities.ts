import { COMMUNITY_DESCRIPTOR } from '../../metrics/measure-descriptors.js';
import { DEFAULTS, MAX_RESTARTS, WORK_BUDGET_ARCS, louvainIndexedAsync, restartPlan } from '../../metrics/communities/louvain.js';
import { LEIDEN_PASS_VISITS, MAX_LEIDEN_ITERATIONS, MIN_LEIDEN_ITERATIONS, defaultIterations, leidenIndexedAsync, leidenRestartPlan } from '../../metrics/communities/leiden.js';
import { COMMUNITY_OBJECTIVES, groupDigits, type CommunityObjective } from '../../metrics/communities/local-moving.js';
import type { IndexedGraph } from '../../metrics/indexed-graph.js';
import { describeView, type ViewDescription } from '../../metrics/view-rules.js';
import { COMPACT_MIN_BYTES, LOADERS, openView, type Loader, type OpenedView } from '../../open/index.js';
import { UsageError, defineCommand } from '../command.js';
import { checkOpenedAttributes, graphPositional, kindFromOption, labelFromOption, yearFromOption, openerOptionsOf } from '../graph-input.js';
import { InterruptedError, watchInterrupt } from '../interrupt.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { progressReporter } from '../progress.js';
import { undirectedViewOptions, viewOptionsFrom } from '../view-options.js';

interface CommunityRow {
  id: number;
  size: number;
  kinds: Record<string, number>;
  members: string[];
}

interface NodeRow {
  id: string;
  label: string;
  kind: string | null;
  community: number;
}

export default defineCommand({
  name: 'communities',
  summary: 'Louvain or Leiden communities of the undirected view, with modularity (seeded: same seed, same partition).',
  description: `Louvain (the default) or Leiden (--algorithm leiden) on the undirected view (weighted views use tie
strengths); the best of --restarts seeded runs is kept. Modularity Q = Σ_c [L_c/m − γ(d_c/2m)²] equals
NetworkX's community.modularity and igraph's; on every reference graph Q is at least 99% of igraph's
community_multilevel, and Leiden's at least 99% of igraph's community_leiden. --objective cpm maximises
the constant Potts model Σ_c [L_c − γ n_c(n_c − 1)/2] instead (reported as "quality"; choose γ below
the density you call a community). Leiden refines every community before aggregating it, so each of
its communities is connected; Louvain's may not be. Louvain stays the default: it is the method the
reference comparisons and earlier results use, and on the reference graphs both reach the same
modularity (within 1%).

Communities are numbered by decreasing size. The table lists communities with the labels of their
first five members; CSV lists nodes (id, label, kind) with their community; JSON has both: { view, algorithm, objective, restarts, path, reason, modularity, quality,
communities: [{ id, size, kinds, members }], nodes: [{ id, community }] }. Modularity is null on a
view without edges.

Cost. One engine for every size: local moving by a queue (each node visited once, then only nodes
whose neighbours moved), then aggregation, as in the Leiden algorithm's fast local move. Unless
--restarts is given, the restarts follow a work budget of ${groupDigits(WORK_BUDGET_ARCS)} arc visits:
min(${MAX_RESTARTS}, max(1, floor(${groupDigits(WORK_BUDGET_ARCS)} / arcs))), arcs being twice the ties of the view, so
small views get the best of ${MAX_RESTARTS} and the time grows smoothly with size ("path": "budget" or "asked",
"reason" says why). Leiden's restarts and iterations share the same budget, a pass counting
${LEIDEN_PASS_VISITS} visits of every arc (local moving, then refinement; each pass ends with a descent that moves
the nodes of every level again where modularity rises): min(${MAX_RESTARTS}, max(1, floor(${groupDigits(WORK_BUDGET_ARCS)} / (arcs × ${LEIDEN_PASS_VISITS})))) restarts
(--iterations; "iterations" in the JSON).

Large inputs. A CSV directory or .json file of ${COMPACT_MIN_BYTES / (1024 * 1024)} MiB or more is streamed straight into arrays
(same validation, same view, same partition; --loader standard|compact forces one way).
Ctrl-C stops the run: nothing is written, exit code 130.`,
  positionals: [graphPositional],
  options: {
    resolution: { type: 'number', valueName: 'γ', default: DEFAULTS.resolution, description: 'resolution (above 1: smaller communities)' },
    seed: { type: 'number', default: DEFAULTS.seed, description: 'random seed' },
    algorithm: { type: 'string', choices: ['louvain', 'leiden'], default: 'louvain', description: 'louvain, or leiden (connected communities)' },
    objective: { type: 'string', choices: COMMUNITY_OBJECTIVES, default: DEFAULTS.objective, description: 'modularity, or cpm (constant Potts model)' },
    iterations: {
      type: 'number',
      valueName: 'N',
      description: `leiden: most passes of a run, each from the previous result, fewer once the objective stops rising [default: min(${MAX_LEIDEN_ITERATIONS}, max(${MIN_LEIDEN_ITERATIONS}, floor(${groupDigits(WORK_BUDGET_ARCS)} / (${LEIDEN_PASS_VISITS} × arcs × restarts))))]`,
    },
    restarts: {
      type: 'number',
      description: `seeded restarts; the best partition is kept [default: by the work budget, ${MAX_RESTARTS} on small views, at least 1]`,
    },
    loader: {
      type: 'string',
      choices: LOADERS,
      default: 'auto',
      description: `read the graph fully (standard) or straight into arrays (compact); auto: compact from ${COMPACT_MIN_BYTES / (1024 * 1024)} MiB`,
    },
    ...undirectedViewOptions,
    top: { type: 'number', valueName: 'N', description: 'table: only the N largest communities' },
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph communities graphs/kyoto-life-science.json',
    'ecograph communities graphs/kobe-biomedical.json --weighted --resolution 1.5 --seed 7 --format json',
  ],
  async run({ positionals, options }, io) {
    if (!(options.resolution > 0)) throw new UsageError('--resolution must be positive');
    if (options.restarts !== undefined && (!Number.isInteger(options.restarts) || options.restarts < 1))
      throw new UsageError('--restarts expects a positive integer');
    if (options.iterations !== undefined && (!Number.isInteger(options.iterations) || options.iterations < 1))
      throw new UsageError('--iterations expects a positive integer');
    if (options.iterations !== undefined && options.algorithm !== 'leiden') throw new UsageError('--iterations applies to --algorithm leiden only');
    if (options.top !== undefined && (!Number.isInteger(options.top) || options.top < 1)) throw new UsageError('--top expects a positive integer');
    const path = positionals[0]!;
    const viewOptions = viewOptionsFrom(options);
    const progress = progressReporter(io, 'communities');
    const interrupt = watchInterrupt();
    let nodeInfo: OpenedView;
    let description: ViewDescription;
    let g: IndexedGraph;
    let result;
    let plan;
    let iterations: number | undefined;
    try {
      // the route picks the representation only: the same view, and Louvain's path from the view's size
      nodeInfo = await openView(path, {
        loader: options.loader as Loader,
        view: viewOptions,
        ...openerOptionsOf(options),
        keep: { labels: true },
        signal: interrupt.signal,
        onProgress: (p) => progress.labelled('load')(p.bytesRead, p.totalBytes),
      });
      checkOpenedAttributes(nodeInfo, options, path);
      g = nodeInfo.indexed;
      description = nodeInfo.view;
      plan = options.algorithm === 'leiden' ? leidenRestartPlan(g.outTargets.length, options.restarts) : restartPlan(g.outTargets.length, options.restarts);
      iterations = options.algorithm === 'leiden' ? defaultIterations(g.outTargets.length, plan.restarts, options.iterations) : undefined;
      const settings = { resolution: options.resolution, seed: options.seed, restarts: plan.restarts, objective: options.objective as CommunityObjective };
      const control = { signal: interrupt.signal, onRun: progress.labelled(`${options.algorithm} runs`) };
      result =
        options.algorithm === 'leiden'
          ? await leidenIndexedAsync(g, { ...settings, iterations }, control)
          : await louvainIndexedAsync(g, settings, control);
      if (interrupt.signal.aborted) throw new InterruptedError();
    } catch (err) {
      if (interrupt.signal.aborted) throw new InterruptedError();
      throw err;
    } finally {
      interrupt.dispose();
      progress.done();
    }
    const communities: CommunityRow[] = Array.from({ length: result.count }, (_, id) => ({ id, size: 0, kinds: {}, members: [] }));
    const nodes: NodeRow[] = [];
    for (let i = 0; i < g.nodes.length; i++) {
      const id = g.nodes[i]!;
      const c = result.community[i]!;
      const kindOf = nodeInfo.kind(i);
      const row = communities[c]!;
      row.size++;
      const kind = kindOf ?? 'untyped';
      row.kinds[kind] = (row.kinds[kind] ?? 0) + 1;
      row.members.push(id);
      nodes.push({ id, label: nodeInfo.label(i), kind: kindOf ?? null, community: c });
    }
    for (const row of communities) row.kinds = Object.fromEntries(Object.entries(row.kinds).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    const modularity = Number.isNaN(result.modularity) ? null : result.modularity;
    const json = {
      view: description,
      algorithm: options.algorithm === 'leiden' ? 'leiden' : COMMUNITY_DESCRIPTOR.id,
      objective: options.objective,
      resolution: options.resolution,
      seed: options.seed,
      restarts: plan.restarts,
      ...(iterations !== undefined ? { iterations } : {}),
      path: plan.path,
      reason: plan.reason,
      modularity,
      quality: Number.isNaN(result.quality) ? null : result.quality,
      communities,
      nodes: nodes.map(({ id, community }) => ({ id, community })),
    };
    if (options.format === 'csv') {
      const columns: Column<NodeRow>[] = [
        { header: 'id', value: (r) => r.id },
        { header: 'label', value: (r) => r.label },
        { header: 'kind', value: (r) => r.kind },
        { header: 'community', value: (r) => r.community },
      ];
      await emit(io, options, { json, columns, rows: nodes });
      return 0;
    }
    const label = (id: string) => nodeInfo.label(g.index.get(id)!);
    const shown = options.top !== undefined ? communities.slice(0, options.top) : communities;
    const columns: Column<CommunityRow>[] = [
      { header: 'community', value: (r) => r.id, numeric: true },
      { header: 'size', value: (r) => r.size, numeric: true },
      { header: 'kinds', value: (r) => Object.entries(r.kinds).map(([k, n]) => `${k} ${n}`).join(', ') },
      {
        header: 'members',
        value: (r) => {
          const names = r.members.slice(0, 5).map(label);
          return names.join(', ') + (r.members.length > 5 ? `, … (+${r.members.length - 5})` : '');
        },
      },
    ];
    const cpm = options.objective === 'cpm' ? `, CPM quality ${result.quality.toFixed(4)}` : '';
    const method = options.algorithm === 'leiden' ? `Leiden, ` : '';
    const title = `${path}: ${describeView(description, nodeInfo.graph?.size ?? nodeInfo.load?.ties)}; ${result.count} communities, modularity ${modularity === null ? 'undefined (no edges)' : modularity.toFixed(4)}${cpm} (${method}resolution ${options.resolution}, seed ${options.seed})`;
    await emit(io, options, { json, columns, rows: shown, title });
    return 0;
  },
});
