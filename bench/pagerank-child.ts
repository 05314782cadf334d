/**
 * graphology-metrics PageRank in a fresh process for bench/scale.bench.ts: loads an ecograph
 * edges.csv (header `source,target`, one tie a line) into a graphology undirected graph and runs
 * `pagerank` (alpha 0.85, unweighted, its default tolerance). Reports the time of the load and of
 * the computation, in this process.
 *
 * Usage: node --import tsx bench/pagerank-child.ts EDGES_CSV
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';

const [edgesCsv] = process.argv.slice(2);
if (!edgesCsv) throw new Error('usage: pagerank-child.ts EDGES_CSV');
// the package is CommonJS: its function is the default export under ESM, the module itself under some loaders
const pagerank = ((pagerankModule as unknown as { default?: unknown }).default ?? pagerankModule) as (graph: UndirectedGraph, options: Record<string, unknown>) => Record<string, number>;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

let start = process.hrtime.bigint();
const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
const lines = readFileSync(edgesCsv, 'utf8').split('\n');
for (let i = 1; i < lines.length; i++) {
  const line = lines[i]!;
  if (line === '') continue;
  const comma = line.indexOf(',');
  const s = line.slice(0, comma);
  const t = line.slice(comma + 1);
  if (s === t) continue;
  graph.mergeEdge(s, t);
}
const loadMs = ms(start);
start = process.hrtime.bigint();
const values = pagerank(graph, { alpha: 0.85, getEdgeWeight: null });
const computeMs = ms(start);
process.stdout.write(JSON.stringify({ tool: 'graphology', task: 'pagerank', loadMs, ms: computeMs, nodes: Object.keys(values).length, edges: graph.size }) + '\n');
