import { connect, pushGraph } from '../../io/neo4j/index.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';
import { batchOption, connectionOptions } from '../neo4j-options.js';
import { progressReporter } from '../progress.js';

export default defineCommand({
  name: 'neo4j push',
  summary: 'Push a graph into Neo4j: one label per kind plus Actor, batched idempotent MERGE.',
  description: `Labels: Founder, Person, Firm, AnchorCompany, University, Institute, Investor, Government (and
Actor on every node, unique on id). Relationship types: SPUN_OFF, INVESTED_IN, COLLABORATES_WITH,
FOUNDED, AFFILIATED_WITH, MENTORS (LINKED_TO for untyped ties). Pushing twice leaves the same
database; a failed batch is rolled back and named, and re-running completes the push. Without
--replace, ecograph nodes already in the database that the graph lacks are kept.`,
  positionals: [graphPositional],
  options: {
    ...connectionOptions,
    batch: batchOption,
    replace: { type: 'boolean', description: 'delete all ecograph nodes and relationships first' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'npm run neo4j:start && ecograph neo4j push graphs/kyoto-life-science.json',
    'NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=… ecograph neo4j push big.json --batch 10000 --replace',
  ],
  async run({ positionals, options }, io) {
    if (!Number.isInteger(options.batch) || options.batch < 1) throw new UsageError('--batch must be a positive integer');
    const graph = await loadGraphArgument(positionals[0]!, options);
    const conn = await connect(options);
    const progress = progressReporter(io, 'pushing');
    try {
      const started = performance.now();
      const report = await pushGraph(graph, conn, { batch: options.batch, replace: options.replace ?? false, onProgress: progress.update });
      progress.done();
      const seconds = (performance.now() - started) / 1000;
      io.stderr(`pushed ${report.nodes} nodes and ${report.edges} relationships to ${conn.describe} in ${report.batches} transactions (${seconds.toFixed(1)} s)\n`);
    } finally {
      progress.done();
      await conn.close();
    }
    return 0;
  },
});
