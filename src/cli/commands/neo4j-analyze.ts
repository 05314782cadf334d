import { louvain } from '../../metrics/communities/louvain.js';
import { lineageSummary } from '../../metrics/lineage/index.js';
import { centralityTable } from '../../metrics/centrality/centrality-table.js';
import { CENTRALITY_MEASURES } from '../../metrics/registry.js';
import { buildView } from '../../metrics/view.js';
import { connect, pullGraph, writeNodeProperties } from '../../io/neo4j/index.js';
import { InvalidGraphError, hasErrors } from '../../model/problems.js';
import { UsageError, defineCommand } from '../command.js';
import { batchOption, connectionOptions } from '../neo4j-options.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { progressReporter } from '../progress.js';

const IDS = CENTRALITY_MEASURES.map((m) => m.id);

type Value = number | string | string[] | null;
interface Row {
  id: string;
  label: string;
  kind: string | null;
  values: Record<string, Value>;
}

export default defineCommand({
  name: 'neo4j analyze',
  summary: 'Pull the graph from Neo4j, compute measures with the same code as for files, optionally write them back.',
  description: `Measures run on the default view (the simple undirected projection; HITS on the directed view),
exactly as \`ecograph centrality\` on a file. --communities adds Louvain communities (\`community\`),
--lineage adds spin-off generations (\`generation\`, \`lineageRoots\`). --write-back sets the results as
node properties of the same names, in batched transactions.`,
  positionals: [],
  options: {
    ...connectionOptions,
    measures: { type: 'string', valueName: 'LIST', default: 'degree,betweenness,pagerank', description: `comma-separated (${IDS.join(', ')}) or all` },
    communities: { type: 'boolean', description: 'add Louvain communities (seed 42, resolution 1)' },
    seed: { type: 'number', default: 42, valueName: 'S', description: 'Louvain seed' },
    lineage: { type: 'boolean', description: 'add spin-off generations and roots' },
    'write-back': { type: 'boolean', description: 'write the results back as node properties' },
    batch: batchOption,
    top: { type: 'number', valueName: 'N', description: 'show only the first N nodes' },
    format: formatOption,
    output: outputOption,
  },
  examples: [
    'ecograph neo4j analyze --measures betweenness,pagerank --communities --lineage --write-back',
    "ecograph neo4j analyze --measures all --format json -o results.json",
  ],
  async run({ options }, io) {
    const ids = options.measures === 'all' ? IDS : options.measures.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = ids.filter((m) => !IDS.includes(m));
    if (unknown.length > 0) throw new UsageError(`--measures: unknown measure(s) ${unknown.join(', ')} (known: ${IDS.join(', ')}, all)`);
    const conn = await connect(options);
    const progress = progressReporter(io, 'working');
    try {
      const pulled = await pullGraph(conn, { onProgress: progress.update });
      progress.done();
      if (hasErrors(pulled.problems)) throw new InvalidGraphError(pulled.problems);
      const graph = pulled.graph;
      const result = centralityTable(graph, { measures: ids, skipFailures: options.measures === 'all', onProgress: (id) => progress.labelled(id) });
      for (const reason of Object.values(result.skipped)) io.stderr(`ecograph neo4j analyze: skipped ${reason}\n`);
      progress.done();
      const outputs = [...result.outputs];
      const extra: Record<string, Map<string, Value>> = {};
      let modularity: number | undefined;
      if (options.communities) {
        const l = louvain(buildView(graph, {}).graph, { seed: options.seed });
        modularity = l.modularity;
        extra.community = new Map([...l.community]);
        outputs.push('community');
      }
      if (options.lineage) {
        const report = lineageSummary(graph);
        extra.generation = new Map(report.firms.map((f) => [f.id, f.generation]));
        extra.lineageRoots = new Map(report.firms.map((f) => [f.id, f.roots]));
        outputs.push('generation', 'lineageRoots');
      }
      const rows: Row[] = result.rows.map((r) => {
        const values: Record<string, Value> = { ...r.values };
        for (const [name, map] of Object.entries(extra)) values[name] = map.get(r.id) ?? null;
        return { id: r.id, label: r.label, kind: r.kind, values };
      });
      let written = 0;
      if (options['write-back']) {
        const props = new Map(rows.map((r) => [r.id, r.values]));
        written = await writeNodeProperties(conn, props, { batch: options.batch, onProgress: progress.update });
        progress.done();
        io.stderr(`wrote ${outputs.join(', ')} back to ${written} nodes in ${conn.describe}\n`);
      }
      const shown = options.top !== undefined ? rows.slice(0, options.top) : rows;
      const json = {
        source: `neo4j:${conn.describe}`,
        view: result.view,
        ...(Object.keys(result.skipped).length > 0 ? { skipped: result.skipped } : {}),
        measures: outputs,
        ...(modularity !== undefined ? { modularity } : {}),
        writtenBack: written,
        nodes: shown.map((r) => ({ id: r.id, label: r.label, kind: r.kind, ...r.values })),
      };
      const columns: Column<Row>[] = [
        { header: 'id', value: (r) => r.id },
        { header: 'label', value: (r) => r.label },
        { header: 'kind', value: (r) => r.kind },
        ...outputs.map((o) => ({ header: o, numeric: o !== 'lineageRoots', value: (r: Row) => r.values[o] })),
      ];
      await emit(io, options, { json, columns, rows: shown, title: `Neo4j ${conn.describe}: ${graph.order} nodes, ${graph.size} relationships` });
    } finally {
      progress.done();
      await conn.close();
    }
    return 0;
  },
});
