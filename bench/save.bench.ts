/**
 * Save benchmark (`serve --edit`), the server's part without the browser: on the explorer bench's
 * generated graph (20,000 nodes, 100,000 ties) saved as a JSON file, interleaved rounds of
 *
 * - the incremental save (`PATCH api/graph`): one added actor replayed on the graph the server
 *   holds, checked, serialised and written (`EditableFile.saveEdits`);
 * - the whole-document save (`PUT api/graph`): the whole edited graph parsed, validated, serialised
 *   and written (`EditableFile.save`);
 *
 * with Node's parseGraph of the same document as the baseline. The browser's part (building the
 * body, sending it) is timed by the explorer bench's save part (`ECOGRAPH_BENCH_SAVE_ONLY=1`).
 *
 * Run: `npm run bench -- save` (`--nodes N`, `--seed S`, `--rounds R`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGraph } from '../src/io/formats.js';
import { writeJson } from '../src/io/json.js';
import { EditHistory } from '../src/model/edit-history.js';
import { EditableFile } from '../src/serve/editable-file.js';
import { benchmarkGraph, DEFAULT_NODES } from './explorer.bench.js';
import { formatMs, timeOnce, type BenchSuite } from './suite.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const suite: BenchSuite = {
  name: 'save',
  description: `edit mode, the server's part of a save of a generated ${DEFAULT_NODES / 1000}k-node graph: incremental (changes replayed) and whole document`,
  async run({ options, log }) {
    const graph = benchmarkGraph(options.nodes ?? DEFAULT_NODES, options.seed);
    const rounds = options.rounds ?? 3;
    const dir = await mkdtemp(join(tmpdir(), 'ecograph-bench-save-'));
    try {
      const size = `${graph.order / 1000}k/${graph.size / 1000}k`;
      log(`  graph: ${graph.order} nodes, ${graph.size} ties; ${rounds} interleaved rounds`);
      const incrementalPath = join(dir, 'incremental.json');
      const wholePath = join(dir, 'whole.json');
      const text = writeJson(graph);
      await writeFile(incrementalPath, text);
      await writeFile(wholePath, text);
      const incremental = await EditableFile.open(incrementalPath);
      const whole = await EditableFile.open(wholePath);
      // The explorer's copy of each: the edits are made on it, as in the page.
      const page = (file: EditableFile) => {
        const copy = graph.copy() as typeof graph;
        copy.import(JSON.parse(file.graphJson()) as Parameters<typeof copy.import>[0], true);
        return new EditHistory(copy);
      };
      const incrementalSession = page(incremental);
      const wholeSession = page(whole);
      const times = { incremental: [] as number[], whole: [] as number[], parse: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        const add = { op: 'add-node' as const, id: `bench-save-${round}`, attributes: { label: `Bench ${round} K.K.`, kind: 'firm', confidence: 'illustrative' } };
        if (!incrementalSession.apply(add).ok || !wholeSession.apply(add).ok) throw new Error('the bench edit was refused');
        const t0 = performance.now();
        const changes = JSON.parse(JSON.stringify({ edits: incrementalSession.changesSinceSave, nodes: { [add.id]: add.attributes } })) as Parameters<EditableFile['saveEdits']>[0];
        const a = await incremental.saveEdits(changes, incremental.version);
        times.incremental.push(performance.now() - t0);
        if (!a.ok) throw new Error(`the incremental save failed: ${JSON.stringify(a)}`);
        incrementalSession.markSaved();
        const t1 = performance.now();
        const b = await whole.save(writeJson(wholeSession.graph), whole.version);
        times.whole.push(performance.now() - t1);
        if (!b.ok) throw new Error(`the whole-document save failed: ${JSON.stringify(b)}`);
        wholeSession.markSaved();
        times.parse.push(timeOnce(() => parseGraph({ format: 'json', file: { file: 'bench.json', text: whole.graphJson() } })).ms);
      }
      const parse = median(times.parse);
      for (const [name, ms] of [
        [`${size} incremental save (PATCH: one change replayed, written), median`, median(times.incremental)],
        [`${size} whole-document save (PUT: parsed, validated, written), median`, median(times.whole)],
      ] as const)
        log(`  ${name.padEnd(76)} ${formatMs(ms).padStart(9)}  ${(ms / parse).toFixed(2)}× Node parseGraph of the same JSON (${formatMs(parse)})`);
      log(`  incremental, each round: ${times.incremental.map(formatMs).join(', ')}; whole document: ${times.whole.map(formatMs).join(', ')}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
