/**
 * The incremental save (the explorer's changes replayed on the graph the server holds) writes the
 * same bytes as the whole-document save, for seeded random editing sessions (adds, changes,
 * deletes, ties, merges, undo and redo, layout runs, several saves) in every format edit mode
 * writes; and it refuses, writing nothing, what the whole-document save refuses.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph, saveGraph } from '../../src/io/files.js';
import { writeJson } from '../../src/io/json.js';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import { EditHistory } from '../../src/model/edit-history.js';
import type { GraphEdit } from '../../src/model/edits.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { createRng, type Rng } from '../../src/model/random.js';
import type { EcoGraph } from '../../src/model/types.js';
import { EditableFile, type EditsSave } from '../../src/serve/editable-file.js';
import { editsPayload, positionsOf, savePayload } from '../../web/src/edit/save-payload.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecograph-edits-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FORMATS = [
  { format: 'json', name: 'g.json', files: [''] },
  { format: 'gexf', name: 'g.gexf', files: [''] },
  { format: 'graphml', name: 'g.graphml', files: [''] },
  { format: 'csv', name: 'g-csv', files: ['nodes.csv', 'edges.csv'] },
  { format: 'xlsx', name: 'g.xlsx', files: [''] },
] as const;

/** How the file positions its nodes: not at all, every node, or every other node. */
const POSITIONS = ['none', 'all', 'some'] as const;

/** The starting graph: a generated ecosystem, positioned as asked. */
function startGraph(seed: number, positions: (typeof POSITIONS)[number]): EcoGraph {
  const graph = generateEcosystem({ nodes: 30, seed });
  const rng = createRng(seed + 100);
  graph.forEachNode((id, _a) => {
    if (positions === 'all' || (positions === 'some' && rng.next() < 0.5)) {
      graph.setNodeAttribute(id, 'x', Math.round(rng.next() * 1000) / 10);
      graph.setNodeAttribute(id, 'y', Math.round(rng.next() * 1000) / 10);
    }
  });
  return graph;
}

/** The explorer's copy: the graph as the server serves it, laid out on screen. */
function pageGraph(file: EditableFile): EcoGraph {
  const graph = createEcoGraph();
  graph.import(JSON.parse(file.graphJson()) as Parameters<typeof graph.import>[0]);
  return graph;
}

function layOut(graph: EcoGraph, rng: Rng, share: number): void {
  graph.forEachNode((id) => {
    if (rng.next() < share) graph.mergeNodeAttributes(id, { x: rng.next() * 500 - 250, y: rng.next() * 500 - 250 });
  });
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)]!;
const SOURCE = ['Company history — https://example.org/history'];

/** One random change a mapper could try (it may be refused, as in the explorer). */
function randomEdit(graph: EcoGraph, rng: Rng, n: number): GraphEdit {
  const nodes = graph.nodes();
  const edges = graph.edges();
  const firms = nodes.filter((id) => graph.getNodeAttribute(id, 'kind') === 'firm');
  const founders = nodes.filter((id) => graph.getNodeAttribute(id, 'kind') === 'founder');
  const sourced = () => (rng.next() < 0.7 ? { sources: SOURCE } : { confidence: 'illustrative' });
  switch (rng.int(10)) {
    case 0:
    case 1:
      return { op: 'add-node', id: `new-${n}`, attributes: { label: `New ${n} K.K.`, kind: pick(rng, ['firm', 'founder', 'university']), founded: String(1990 + rng.int(30)), ...sourced(), x: rng.next() * 100, y: rng.next() * 100 } };
    case 2: {
      const id = pick(rng, nodes);
      return { op: 'update-node', id, attributes: { ...graph.getNodeAttributes(id), label: `Renamed ${n}`, notes: `note ${n}` } };
    }
    case 3:
      return { op: 'delete-node', id: pick(rng, nodes) };
    case 4:
      return { op: 'add-edge', key: `t-${n}`, source: pick(rng, nodes), target: pick(rng, nodes), attributes: { kind: 'collaboration', since: String(2000 + rng.int(20)), ...sourced() } };
    case 5:
      return firms.length < 2
        ? { op: 'delete-node', id: pick(rng, nodes) }
        : { op: 'add-edge', key: `s-${n}`, source: pick(rng, firms), target: pick(rng, firms), attributes: { kind: 'spinoff', type: 'employee', ...sourced() } };
    case 6:
      return founders.length === 0 || firms.length === 0
        ? { op: 'delete-edge', key: pick(rng, edges) }
        : { op: 'add-edge', key: `f-${n}`, source: pick(rng, founders), target: pick(rng, firms), attributes: { kind: 'founded', year: 2000 + rng.int(20), ...sourced() } };
    case 7: {
      const key = pick(rng, edges);
      return { op: 'update-edge', key, attributes: { ...graph.getEdgeAttributes(key), notes: `tie note ${n}` } };
    }
    case 8:
      return { op: 'delete-edge', key: pick(rng, edges) };
    default: {
      const kind = graph.getNodeAttribute(pick(rng, nodes), 'kind');
      const same = nodes.filter((id) => graph.getNodeAttribute(id, 'kind') === kind);
      return { op: 'merge-nodes', keep: pick(rng, same), merged: pick(rng, same) };
    }
  }
}

/** The bytes of a saved graph's files. */
async function filesOf(path: string, files: readonly string[]): Promise<Buffer[]> {
  return Promise.all(files.map((f) => readFile(f === '' ? path : join(path, f))));
}

describe('incremental save', () => {
  for (const { format, name, files } of FORMATS)
    for (const positions of POSITIONS)
      it(`writes the same ${format} files as the whole-document save (file positions: ${positions}; seeded sessions)`, async () => {
        const done = new Set<string>();
        for (const seed of format === 'xlsx' ? [1] : [1, 2, 3]) {
          const rng = createRng(seed * 7919);
          const start = startGraph(seed, positions);
          const incrementalPath = join(dir, `inc-${seed}-${name}`);
          const wholePath = join(dir, `whole-${seed}-${name}`);
          await saveGraph(start, incrementalPath, format);
          await saveGraph(start, wholePath, format);
          const incremental = await EditableFile.open(incrementalPath);
          const whole = await EditableFile.open(wholePath);
          const rewriteLayout = incremental.layout === 'foreign';
          const page = pageGraph(incremental);
          const filePositions = positionsOf(page);
          const openedOrder = page.order;
          layOut(page, rng, 1);
          const session = new EditHistory(page);
          let applied = 0;
          let restored = 0;
          for (let round = 0; round < 3; round++) {
            for (let step = 0; step < 14; step++) {
              const roll = rng.next();
              if (roll < 0.12) restored += session.undo() ? 1 : 0;
              else if (roll < 0.2) restored += session.redo() ? 1 : 0;
              else if (roll < 0.25) layOut(page, rng, 0.3);
              else {
                const edit = randomEdit(page, rng, round * 100 + step);
                if (session.apply(edit).ok) {
                  applied++;
                  done.add(edit.op);
                }
              }
            }
            const sent = session.changesSinceSave.length;
            const changes = JSON.parse(editsPayload(page, session.changesSinceSave, filePositions, openedOrder)) as EditsSave;
            const a = await incremental.saveEdits(changes, incremental.version, { rewriteLayout });
            const b = await whole.save(savePayload(page, filePositions, openedOrder), whole.version, { rewriteLayout });
            expect(a.ok, JSON.stringify(a)).toBe(true);
            expect(b.ok, JSON.stringify(b)).toBe(true);
            const [incBytes, wholeBytes] = [await filesOf(incrementalPath, files), await filesOf(wholePath, files)];
            for (let i = 0; i < files.length; i++)
              if (format === 'xlsx')
                // A workbook records when it was written (docProps/core.xml): its content is compared, as read back.
                expect(writeJson(await loadGraph(incrementalPath)), `xlsx, seed ${seed}, round ${round}`).toBe(writeJson(await loadGraph(wholePath)));
              else expect(incBytes[i]!.toString('utf8'), `${format} ${files[i] || name}, seed ${seed}, round ${round}`).toBe(wholeBytes[i]!.toString('utf8'));
            if (format !== 'xlsx') expect(incremental.version).toBe(whole.version);
            // The graph served after the save is the one the explorer holds (positions apart).
            expect(incremental.graphJson()).toBe(whole.graphJson());
            session.markSaved(sent);
          }
          // The sessions did exercise the paths compared.
          expect(applied).toBeGreaterThan(10);
          expect(restored).toBeGreaterThan(1);
        }
        if (format !== 'xlsx') expect([...done].sort()).toEqual(['add-edge', 'add-node', 'delete-edge', 'delete-node', 'merge-nodes', 'update-edge', 'update-node']);
      });

  it('refuses what the whole-document save refuses, writing nothing, and keeps the graph held as it was', async () => {
    const path = join(dir, 'g.json');
    const start = startGraph(5, 'none');
    const firms = start.filterNodes((_id, a) => a.kind === 'firm');
    // A spin-off chain a → b → c of existing firms, which the session's tie c → a would close.
    start.addDirectedEdgeWithKey('chain-1', firms[0]!, firms[1]!, { kind: 'spinoff', type: 'employee', sources: SOURCE });
    start.addDirectedEdgeWithKey('chain-2', firms[1]!, firms[2]!, { kind: 'spinoff', type: 'employee', sources: SOURCE });
    await saveGraph(start, path, 'json');
    const file = await EditableFile.open(path);
    const before = await readFile(path, 'utf8');
    const held = file.graphJson();
    const closing: GraphEdit = { op: 'add-edge', key: 'loop', source: firms[2]!, target: firms[0]!, attributes: { kind: 'spinoff', type: 'employee', sources: SOURCE } };
    const outcome = await file.saveEdits(
      {
        edits: [
          { edit: { op: 'delete-node', id: file.graph.nodes()[3]! } },
          // An undo's restore of a tie that was never there: the cycle is caught over the whole graph.
          { edit: closing, restore: true },
        ],
      },
      file.version,
    );
    expect(outcome.ok === false && outcome.reason).toBe('invalid');
    expect(outcome.ok === false && outcome.reason === 'invalid' && outcome.problems.map((p) => p.code)).toEqual(['spinoff-cycle']);
    // The whole-document save of the same result is refused with the same code.
    const copy = createEcoGraph();
    copy.import(JSON.parse(held) as Parameters<typeof copy.import>[0]);
    copy.dropNode(copy.nodes()[3]!);
    copy.addDirectedEdgeWithKey('loop', firms[2]!, firms[0]!, { kind: 'spinoff', type: 'employee', sources: SOURCE });
    const wholeOutcome = await file.save(savePayload(copy, new Map(), copy.order), file.version);
    expect(wholeOutcome.ok === false && wholeOutcome.reason === 'invalid' && wholeOutcome.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['spinoff-cycle']);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['g.json']);
    // The held graph is exactly as loaded, order included (the deleted node came back in its place).
    expect(file.graphJson()).toBe(held);
  });

  it('refuses over a file changed on disk, and a foreign layout until the rewrite is confirmed', async () => {
    const path = join(dir, 'hand.json');
    // Pretty-printed by another tool: not ecograph's layout.
    await writeFile(path, JSON.stringify(JSON.parse(writeJson(startGraph(7, 'none'))), null, 2));
    const file = await EditableFile.open(path);
    expect(file.layout).toBe('foreign');
    const id = file.graph.nodes()[0]!;
    const changes = (): EditsSave => ({ edits: [{ edit: { op: 'update-node', id, attributes: { ...file.graph.getNodeAttributes(id), label: 'Renamed' } } }] });
    const unconfirmed = await file.saveEdits(changes(), file.version);
    expect(unconfirmed.ok === false && unconfirmed.reason).toBe('layout-unconfirmed');
    expect(file.graph.getNodeAttribute(id, 'label')).not.toBe('Renamed');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"format"', '"edited": true, "format"'));
    const changed = await file.saveEdits(changes(), file.version, { rewriteLayout: true });
    expect(changed.ok === false && changed.reason === 'conflict' && changed.message).toContain('changed on disk');
    await writeFile(path, text);
    const saved = await file.saveEdits(changes(), file.version, { rewriteLayout: true });
    expect(saved.ok).toBe(true);
    expect(file.layout).toBe('ecograph');
    expect(await readFile(path, 'utf8')).toBe(file.graphJson());
    expect(await readdir(dir)).toEqual(['hand.json', 'hand.json.~1~']);
  });

  it('refuses node attributes that differ from the server\'s after the changes (positions apart), and a stale version', async () => {
    const path = join(dir, 'g.json');
    await saveGraph(startGraph(6, 'none'), path, 'json');
    const file = await EditableFile.open(path);
    const id = file.graph.nodes()[0]!;
    const attributes = { ...file.graph.getNodeAttributes(id), label: 'Renamed' };
    const forged = await file.saveEdits({ edits: [{ edit: { op: 'update-node', id, attributes } }], nodes: { [id]: { ...attributes, founded: 1800, x: 1, y: 2 } } }, file.version);
    expect(forged.ok === false && forged.reason === 'invalid' && forged.problems.map((p) => p.code)).toEqual(['bad-value']);
    expect(file.graph.getNodeAttribute(id, 'label')).not.toBe('Renamed');
    const stale = await file.saveEdits({ edits: [] }, 'not-the-version');
    expect(stale.ok === false && stale.reason).toBe('conflict');
    const saved = await file.saveEdits({ edits: [{ edit: { op: 'update-node', id, attributes } }], nodes: { [id]: { ...attributes, x: 1, y: 2 } } }, file.version);
    expect(saved.ok).toBe(true);
    expect(file.graph.getNodeAttributes(id)).toEqual({ ...file.graph.getNodeAttributes(id), label: 'Renamed', x: 1, y: 2 });
  });
});
