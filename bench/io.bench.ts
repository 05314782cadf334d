/**
 * Readers and writers on a generated ecosystem graph (default 20 000 nodes): each format's write
 * (graph → text) and read (text → validated graph) beside native JSON in the same run, the
 * baseline (JSON.parse and JSON.stringify are native code, so the ratios say what the text formats
 * cost on top). Reading includes validation (`buildGraph`), the same for every format.
 */
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { parseGraph, serializeGraph, type GraphTexts } from '../src/io/formats.js';
import type { TextFormatName as FormatName } from '../src/io/formats.js';
import { formatMs, formatRatio, timeMedian, type BenchSuite } from './suite.js';

function input(format: FormatName, texts: Record<string, string>): GraphTexts {
  return format === 'csv'
    ? { format, dir: 'g', nodes: { file: 'g/nodes.csv', text: texts['nodes.csv']! }, edges: { file: 'g/edges.csv', text: texts['edges.csv']! } }
    : { format, file: { file: `g.${format}`, text: texts['']! } };
}

const suite: BenchSuite = {
  name: 'io',
  description: 'write and read JSON, CSV, GEXF and GraphML (ratios to native JSON)',
  async run({ options, log }) {
    const graph = generateEcosystem({ nodes: options.nodes ?? 20_000, seed: options.seed });
    log(`generated ecosystem: ${graph.order} nodes, ${graph.size} edges (seed ${options.seed})`);
    log('format    size MB        write  ×JSON         read  ×JSON');
    let base: { write: number; read: number } | undefined;
    for (const format of ['json', 'csv', 'gexf', 'graphml'] as const) {
      let texts: Record<string, string> = {};
      const write = timeMedian(() => (texts = serializeGraph(graph, format)));
      const mb = Object.values(texts).reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
      const read = timeMedian(() => {
        const r = parseGraph(input(format, texts));
        if (r.graph.order !== graph.order || r.graph.size !== graph.size) throw new Error(`${format}: elements lost`);
      });
      base ??= { write, read };
      log(
        `${format.padEnd(8)} ${mb.toFixed(1).padStart(8)} ${formatMs(write).padStart(12)} ${formatRatio(write, base.write).padStart(6)} ${formatMs(read).padStart(12)} ${formatRatio(read, base.read).padStart(6)}`,
      );
    }
  },
};
export default suite;
