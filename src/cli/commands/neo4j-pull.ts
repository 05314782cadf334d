import { saveGraph } from '../../io/files.js';
import { FORMATS } from '../../io/formats.js';
import { connect, pullGraph } from '../../io/neo4j/index.js';
import { InvalidGraphError, hasErrors } from '../../model/problems.js';
import type { FormatName } from '../../model/raw.js';
import { UsageError, defineCommand } from '../command.js';
import { connectionOptions } from '../neo4j-options.js';
import { progressReporter } from '../progress.js';

export default defineCommand({
  name: 'neo4j pull',
  summary: 'Pull the whole graph, or what a Cypher query returns, from Neo4j into any file format.',
  description: `With --query, the graph is made of the nodes, relationships and paths the query returns
(plus the end nodes of returned relationships). The result is validated like a file and written
atomically.`,
  positionals: [{ name: 'out', description: 'output file or CSV directory', required: true }],
  options: {
    ...connectionOptions,
    query: { type: 'string', short: 'q', valueName: 'CYPHER', description: 'a Cypher query returning nodes, relationships or paths' },
    params: { type: 'string', valueName: 'JSON', description: 'query parameters as a JSON object' },
    to: { type: 'string', choices: FORMATS, description: 'output format (default: from the extension)' },
  },
  examples: [
    'ecograph neo4j pull /tmp/all.json',
    `ecograph neo4j pull /tmp/tree.json --query 'MATCH p=(a:Actor {id: $root})-[:SPUN_OFF*]->() RETURN p' --params '{"root":"yamaha-motor"}'`,
  ],
  async run({ positionals, options }, io) {
    let params: Record<string, unknown> = {};
    if (options.params !== undefined) {
      try {
        params = JSON.parse(options.params) as Record<string, unknown>;
      } catch (err) {
        throw new UsageError(`--params is not valid JSON: ${(err as Error).message}`);
      }
      if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new UsageError('--params must be a JSON object');
    }
    const conn = await connect(options);
    const progress = progressReporter(io, 'pulling');
    try {
      const result = await pullGraph(conn, { ...(options.query !== undefined ? { query: options.query } : {}), params, onProgress: progress.update });
      progress.done();
      if (hasErrors(result.problems)) throw new InvalidGraphError(result.problems);
      const written = await saveGraph(result.graph, positionals[0]!, options.to as FormatName | undefined);
      io.stderr(`pulled ${result.graph.order} nodes and ${result.graph.size} relationships from ${conn.describe}: ${written.join(', ')}\n`);
    } finally {
      progress.done();
      await conn.close();
    }
    return 0;
  },
});
