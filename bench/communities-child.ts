/**
 * graphology-communities-louvain in a fresh process for bench/communities.bench.ts: loads an
 * ecograph edges.csv (header `source,target`, one tie a line) into a graphology undirected graph
 * and runs Louvain with its default settings. Reports the time of the load and of the computation,
 * and writes the partition (one "id community" line a node).
 *
 * Usage: node --import tsx bench/communities-child.ts EDGES_CSV OUT
 */
import { writeFileSync } from 'node:fs';
import type { UndirectedGraph } from 'graphology';
import { msSince, readEdgeListGraph } from './graphology-edge-list.js';
import * as louvainModule from 'graphology-communities-louvain';

const [edgesCsv, out] = process.argv.slice(2);
if (!edgesCsv || !out) throw new Error('usage: communities-child.ts EDGES_CSV OUT');
// the package is CommonJS: its function is the default export under ESM, the module itself under some loaders
const louvain = ((louvainModule as unknown as { default?: unknown }).default ?? louvainModule) as (graph: UndirectedGraph) => Record<string, number>;

const { graph, loadMs } = readEdgeListGraph(edgesCsv);
const start = process.hrtime.bigint();
const membership = louvain(graph) as Record<string, number>;
const computeMs = msSince(start);
writeFileSync(out, Object.entries(membership).map(([id, c]) => `${id} ${c}`).join('\n') + '\n');
process.stdout.write(JSON.stringify({ task: 'graphology-louvain', loadMs, ms: computeMs, communities: new Set(Object.values(membership)).size }) + '\n');
