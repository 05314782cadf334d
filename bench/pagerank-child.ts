/**
 * graphology-metrics PageRank in a fresh process for bench/scale.bench.ts: loads an ecograph
 * edges.csv (header `source,target`, one tie a line) into a graphology undirected graph and runs
 * `pagerank` (alpha 0.85, unweighted, its default tolerance). Reports the time of the load and of
 * the computation, in this process.
 *
 * Usage: node --import tsx bench/pagerank-child.ts EDGES_CSV
 */
import type { UndirectedGraph } from 'graphology';
import { msSince, readEdgeListGraph } from './graphology-edge-list.js';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';

const [edgesCsv] = process.argv.slice(2);
if (!edgesCsv) throw new Error('usage: pagerank-child.ts EDGES_CSV');
// the package is CommonJS: its function is the default export under ESM, the module itself under some loaders
const pagerank = ((pagerankModule as unknown as { default?: unknown }).default ?? pagerankModule) as (graph: UndirectedGraph, options: Record<string, unknown>) => Record<string, number>;

const { graph, loadMs } = readEdgeListGraph(edgesCsv);
const start = process.hrtime.bigint();
const values = pagerank(graph, { alpha: 0.85, getEdgeWeight: null });
const computeMs = msSince(start);
process.stdout.write(JSON.stringify({ tool: 'graphology', task: 'pagerank', loadMs, ms: computeMs, nodes: Object.keys(values).length, edges: graph.size }) + '\n');
