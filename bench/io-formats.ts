/**
 * Speed of the readers and writers on a generated ecosystem, as ratios to native JSON measured in
 * the same run (JSON is the baseline: JSON.parse is native code, so ratios say what the text
 * formats cost on top). Reading = text → validated graph; writing = graph → text.
 *
 *   npx tsx bench/io-formats.ts [nodes=20000] [repeats=3]
 */
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { parseGraph, serializeGraph, type GraphTexts } from '../src/io/formats.js';
import type { FormatName } from '../src/model/raw.js';

const nodes = Number(process.argv[2] ?? 20000);
const repeats = Number(process.argv[3] ?? 3);
const graph = generateEcosystem({ nodes, seed: 1 });

function input(format: FormatName, texts: Record<string, string>): GraphTexts {
  return format === 'csv'
    ? { format, dir: 'g', nodes: { file: 'g/nodes.csv', text: texts['nodes.csv']! }, edges: { file: 'g/edges.csv', text: texts['edges.csv']! } }
    : { format, file: { file: `g.${format}`, text: texts['']! } };
}

/** Best of `repeats` wall-clock times in milliseconds (the least disturbed by other load). */
function best(run: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const rows: { format: FormatName; mb: number; write: number; read: number }[] = [];
for (const format of ['json', 'csv', 'gexf', 'graphml'] as const) {
  let texts: Record<string, string> = {};
  const write = best(() => (texts = serializeGraph(graph, format)));
  const mb = Object.values(texts).reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  const read = best(() => {
    const r = parseGraph(input(format, texts));
    if (r.graph.order !== graph.order || r.graph.size !== graph.size) throw new Error(`${format}: lost elements`);
  });
  rows.push({ format, mb, write, read });
}
const base = rows[0]!;
console.log(`${graph.order} nodes, ${graph.size} edges; best of ${repeats}; ratios to JSON in this run`);
console.log('format    size MB   write ms  ×JSON   read ms  ×JSON');
for (const r of rows)
  console.log(
    `${r.format.padEnd(8)} ${r.mb.toFixed(1).padStart(8)} ${r.write.toFixed(0).padStart(10)} ${(r.write / base.write).toFixed(2).padStart(6)} ${r.read.toFixed(0).padStart(9)} ${(r.read / base.read).toFixed(2).padStart(6)}`,
  );
