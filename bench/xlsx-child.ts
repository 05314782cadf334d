/**
 * One measurement of the `xlsx` suite in a fresh process, so that its peak resident set size
 * (`process.resourceUsage().maxRSS`) is its own: reading and validating one graph argument (a
 * workbook or a CSV directory) with `readGraphFile`. Prints one JSON line.
 *
 * Usage: node --import tsx bench/xlsx-child.ts PATH
 */
import { readGraphFile } from '../src/io/files.js';

const path = process.argv[2]!;
const start = process.hrtime.bigint();
const result = await readGraphFile(path);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const errors = result.problems.filter((p) => p.severity === 'error').length;
process.stdout.write(
  JSON.stringify({ ms, nodes: result.graph.order, edges: result.graph.size, errors, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n',
);
