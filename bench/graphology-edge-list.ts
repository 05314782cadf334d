/**
 * The graphology baselines' loader, shared by the child processes that time graphology packages
 * (bench/communities-child.ts, bench/pagerank-child.ts): an ecograph edges.csv (header
 * `source,target`, one tie a line) read into a graphology undirected simple graph, self-loops
 * and repeated ties dropped, as those packages expect.
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The graph of `edgesCsv`, with the time its reading took (ms). */
export function readEdgeListGraph(edgesCsv: string): { graph: UndirectedGraph; loadMs: number } {
  const start = process.hrtime.bigint();
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
  return { graph, loadMs: msSince(start) };
}
