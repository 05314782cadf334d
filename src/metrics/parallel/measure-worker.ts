/**
 * A measure worker thread, started by `worker-pool.ts` (compiled, as a bundle of the sources, or through `worker-entry.mjs`): it
 * receives the graph's adjacency arrays (shared memory) and a task once, then ranges of units to
 * process, and at the end sends its partial arrays back.
 */
import { parentPort } from 'node:worker_threads';
import { nodeCount, type AdjacencyArrays } from '../adjacency-arrays.js';
import { createSamplingWorkspace, sampleShortestPaths } from '../centrality/approximate-betweenness.js';
import { accumulateBetweenness, createBetweennessWorkspace } from '../centrality/betweenness-accumulate.js';
import { accumulateDistanceSums, createDistanceSums, createDistanceWorkspace } from '../paths/distance-sums.js';
import { accumulatePathStatistics, createPathStatisticsTotals, createPathStatisticsWorkspace } from '../paths/path-statistics.js';
import { drawRng } from '../significance/draws.js';
import { graphStatistic } from '../significance/graph-statistics.js';
import { drawNullGraph } from '../significance/random-graphs.js';
import { simpleGraphOfAdjacency } from '../significance/simple-graph.js';
import type { FromWorker, ToWorker, WorkerTask } from './tasks.js';

interface Job {
  /** Processes units first, first + step, … below end. */
  run(first: number, end: number, step: number): void;
  result(): Float64Array[];
  /** Tasks reduced in range order: the arrays of the range just run (then zeroed for the next). */
  takeRange?(): Float64Array[];
}

function createJob(g: AdjacencyArrays, task: WorkerTask): Job {
  const n = nodeCount(g);
  switch (task.kind) {
    case 'betweenness': {
      const out = new Float64Array(n);
      const ws = createBetweennessWorkspace(g);
      return { run: (first, end, step) => accumulateBetweenness(g, first, end, out, ws, step), result: () => [out] };
    }
    case 'distance-sums': {
      const sums = createDistanceSums(n);
      const ws = createDistanceWorkspace(g);
      return {
        run: (first, end, step) => accumulateDistanceSums(g, task.direction, first, end, sums, ws, step),
        result: () => [sums.total, sums.reached, sums.inverse],
      };
    }
    case 'betweenness-samples': {
      const counts = new Float64Array(n);
      const ws = createSamplingWorkspace(g);
      return {
        run: (first, end, step) => {
          for (let chunk = first; chunk < end; chunk += step)
            sampleShortestPaths(g, chunk, chunk + 1, { samples: task.samples, chunkSize: task.chunkSize }, task.seed, counts, ws);
        },
        result: () => [counts],
      };
    }
    case 'path-statistics': {
      const totals = createPathStatisticsTotals(n);
      const ws = createPathStatisticsWorkspace(g);
      return {
        run: (first, end, step) => accumulatePathStatistics(g, task.label, task.component, first, end, totals, ws, step),
        takeRange: () => {
          const range = totals.betweenness;
          totals.betweenness = new Float64Array(n);
          return [range];
        },
        result: () => [totals.distanceSum, totals.eccentricity],
      };
    }
    case 'cug-draws': {
      const observed = simpleGraphOfAdjacency(g);
      const statistic = graphStatistic(task.statistic)!;
      const values = new Float64Array(task.draws);
      const context = task.groups ? { groups: task.groups } : {};
      return {
        run: (first, end, step) => {
          for (let r = first; r < end; r += step) values[r] = statistic.compute(drawNullGraph(task.null, observed, drawRng(task.seed, r), task.degree), context);
        },
        result: () => [values],
      };
    }
  }
}

const port = parentPort;
if (!port) throw new Error('measure-worker.ts runs only as a worker thread');
let job: Job | undefined;
port.on('message', (message: ToWorker) => {
  const send = (reply: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
  if (message.type === 'init') job = createJob(message.graph, message.task);
  else if (message.type === 'range') {
    const { first, end, stride, offset } = message;
    const start = first + ((((offset - first) % stride) + stride) % stride);
    job!.run(start, end, stride);
    const arrays = job!.takeRange?.();
    send({ type: 'done', units: end - first, first, ...(arrays ? { arrays } : {}) }, arrays?.map((a) => a.buffer as ArrayBuffer));
  } else {
    const arrays = job!.result();
    send({ type: 'result', arrays }, arrays.map((a) => a.buffer as ArrayBuffer));
    port.close();
  }
});
