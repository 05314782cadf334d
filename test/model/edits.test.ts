/**
 * Editing one change at a time: each change is checked with validate's own codes, messages and
 * fields, a refused change leaves the graph as it was, and every inverse restores the graph exactly
 * (attributes, keys, directions), including after a merge.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/build.js';
import { applyEdit, checkEdit, MERGED_IDS_ATTRIBUTE, revertEdit, type GraphEdit } from '../../src/model/edits.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { createRng } from '../../src/model/random.js';
import type { EcoGraph } from '../../src/model/types.js';

const SRC = ['Company history — https://example.org/history'];

function sample(): EcoGraph {
  const g = createEcoGraph({ name: 'sample' });
  g.addNode('uni', { label: 'Uni', kind: 'university', sources: SRC, confidence: 'sourced' });
  g.addNode('anchor', { label: 'Anchor Co', kind: 'anchor', founded: 1950, sources: SRC, confidence: 'sourced', notes: 'listed 1970' });
  g.addNode('firm-a', { label: 'Firm A', kind: 'firm', founded: 1990, sources: SRC, confidence: 'sourced' });
  g.addNode('firm-a2', { label: 'Firm A K.K.', kind: 'firm', sources: ['Newspaper — https://example.org/news'], confidence: 'sourced', notes: 'same firm?' });
  g.addNode('ada', { label: 'Ada', kind: 'founder', sources: SRC, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-1', 'anchor', 'firm-a', { kind: 'spinoff', type: 'employee', year: 1990, sources: SRC, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-2', 'ada', 'firm-a', { kind: 'founded', year: 1990, sources: SRC, confidence: 'sourced' });
  g.addUndirectedEdgeWithKey('e-3', 'uni', 'firm-a2', { kind: 'collaboration', since: 2001, sources: SRC, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-4', 'ada', 'uni', { kind: 'affiliation', role: 'faculty', sources: SRC, confidence: 'sourced' });
  g.addUndirectedEdgeWithKey('e-5', 'firm-a', 'firm-a2', { kind: 'collaboration', sources: SRC, confidence: 'sourced' });
  return g;
}

/** The graph's full serialisation, for exact comparisons (order-independent for nodes and edges). */
function snapshot(graph: EcoGraph) {
  const doc = graph.export();
  return {
    attributes: doc.attributes,
    nodes: [...doc.nodes].sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...doc.edges].sort((a, b) => String(a.key).localeCompare(String(b.key))),
  };
}

/** What validate says of one element given as a raw node or edge beside the sample's nodes. */
function validateMessages(nodes: { id: string; attributes: Record<string, unknown> }[], edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[]) {
  const loc = { file: '(edit)' };
  const result = buildGraph({
    file: '(edit)',
    format: 'json',
    attributes: {},
    nodes: nodes.map((n) => ({ id: n.id, attributes: n.attributes, loc })),
    edges: edges.map((e) => ({ ...e, loc })),
    problems: [],
  });
  return result.problems.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, message: p.message, field: p.field }));
}

const errors = (edit: GraphEdit, graph = sample()) =>
  checkEdit(graph, edit)
    .filter((p) => p.severity === 'error')
    .map((p) => ({ code: p.code, message: p.message, field: p.field }));

describe('checkEdit', () => {
  it('accepts a sourced new actor and types its attributes as validation does', () => {
    const g = sample();
    const outcome = applyEdit(g, { op: 'add-node', id: 'acme', attributes: { label: 'Acme', kind: 'Firm', founded: '2004', sources: ['interview K-07, 2026-03'] } });
    expect(outcome.ok).toBe(true);
    expect(g.getNodeAttributes('acme')).toEqual({ label: 'Acme', kind: 'firm', founded: 2004, sources: ['interview K-07, 2026-03'] });
  });

  it('refuses a new element without sources unless it is illustrative', () => {
    expect(errors({ op: 'add-node', id: 'x', attributes: { label: 'X', kind: 'firm' } })).toEqual([
      { code: 'missing-sources', message: 'node "x" has no sources: give a document or a private source, or mark it illustrative', field: 'sources' },
    ]);
    expect(errors({ op: 'add-node', id: 'x', attributes: { label: 'X', kind: 'firm', confidence: 'illustrative' } })).toEqual([]);
    expect(errors({ op: 'add-edge', key: 'e-9', source: 'uni', target: 'firm-a', attributes: { kind: 'collaboration' } }).map((p) => p.code)).toEqual(['missing-sources']);
  });

  it.each([
    ['an unknown kind', { label: 'X', kind: 'planet', sources: SRC }, 'kind'],
    ['a bad year', { label: 'X', kind: 'firm', founded: 'nineteen', sources: SRC }, 'founded'],
    ['an empty label', { label: '  ', kind: 'firm', sources: SRC }, 'label'],
    ['a bad confidence', { label: 'X', kind: 'firm', sources: SRC, confidence: 'sure' }, 'confidence'],
  ])('refuses a node with %s, with validate\'s code and message at the field', (_name, attributes, field) => {
    const found = errors({ op: 'add-node', id: 'x', attributes });
    expect(found).toEqual(validateMessages([{ id: 'x', attributes }], []));
    expect(found.map((p) => p.field)).toEqual([field]);
  });

  it('refuses a duplicate id', () => {
    expect(errors({ op: 'add-node', id: 'uni', attributes: { label: 'U', kind: 'university', sources: SRC } })).toEqual([
      { code: 'duplicate-id', message: 'duplicate node id "uni"', field: 'id' },
    ]);
    expect(errors({ op: 'add-edge', key: 'e-1', source: 'uni', target: 'firm-a', attributes: { kind: 'collaboration', sources: SRC } }).map((p) => p.code)).toEqual(['duplicate-id']);
  });

  it.each([
    ['a spin-off from a person', 'ada', 'firm-a', { kind: 'spinoff', type: 'employee', sources: SRC }, 'edge-kind-not-allowed', 'kind'],
    ['a founding by a firm', 'firm-a', 'firm-a2', { kind: 'founded', sources: SRC }, 'edge-kind-not-allowed', 'kind'],
    ['an affiliation with an unknown role', 'ada', 'anchor', { kind: 'affiliation', role: 'mascot', sources: SRC }, 'bad-value', 'role'],
    ['an investment with a bad amount', 'anchor', 'firm-a2', { kind: 'investment', amount: 'lots', sources: SRC }, 'bad-number', 'amount'],
    ['a spin-off with an unknown type', 'uni', 'firm-a2', { kind: 'spinoff', type: 'friendly', sources: SRC }, 'bad-value', 'type'],
    ['an unknown tie kind', 'uni', 'firm-a2', { kind: 'friendship', sources: SRC }, 'unknown-edge-kind', 'kind'],
  ])('refuses %s by the model\'s tie rules', (_name, source, target, attributes, code, field) => {
    const g = sample();
    const found = errors({ op: 'add-edge', key: 'e-9', source, target, attributes }, g);
    expect(found.map((p) => [p.code, p.field])).toEqual([[code, field]]);
    const nodes = [source, target].map((id) => ({ id, attributes: g.getNodeAttributes(id) }));
    expect(found).toEqual(validateMessages(nodes, [{ key: 'e-9', source, target, attributes }]));
  });

  it('refuses a spin-off tie that closes a cycle', () => {
    const found = errors({ op: 'add-edge', key: 'e-9', source: 'firm-a', target: 'anchor', attributes: { kind: 'spinoff', type: 'employee', sources: SRC } });
    expect(found).toEqual([{ code: 'spinoff-cycle', message: 'spin-off cycle: anchor → firm-a → anchor', field: 'kind' }]);
  });

  it('refuses a spin-off tie that closes a longer cycle, and accepts one along the existing direction', () => {
    const g = sample();
    for (const [key, source, target] of [['c-1', 'firm-a', 'firm-b'], ['c-2', 'firm-b', 'firm-c']] as const) {
      if (!g.hasNode(target)) g.addNode(target, { label: target, kind: 'firm', sources: SRC, confidence: 'sourced' });
      g.addDirectedEdgeWithKey(key, source, target, { kind: 'spinoff', sources: SRC, confidence: 'sourced' });
    }
    const back = { kind: 'spinoff', sources: SRC };
    expect(errors({ op: 'add-edge', key: 'e-9', source: 'firm-c', target: 'anchor', attributes: back }, g)).toEqual([
      { code: 'spinoff-cycle', message: 'spin-off cycle: anchor → firm-a → firm-b → firm-c → anchor', field: 'kind' },
    ]);
    expect(errors({ op: 'add-edge', key: 'e-9', source: 'anchor', target: 'firm-c', attributes: back }, g)).toEqual([]);
    // turning a collaboration into a spin-off: the tie is undirected, so it closes no cycle
    expect(errors({ op: 'update-edge', key: 'e-5', attributes: { ...g.getEdgeAttributes('e-5'), kind: 'spinoff' } }, g).map((p) => p.code)).not.toContain('spinoff-cycle');
  });

  it('finds the same spin-off cycles as validating a copy of the graph with the new tie, on random graphs', () => {
    const rng = createRng(7);
    let withCycle = 0;
    for (let round = 0; round < 30; round++) {
      const g = createEcoGraph({ name: 'random' });
      const n = 3 + rng.int(8);
      for (let i = 0; i < n; i++) g.addNode(`f${i}`, { label: `F${i}`, kind: 'firm', sources: SRC, confidence: 'sourced' });
      // spin-offs only from lower to higher numbers: a DAG, as a valid graph has
      for (let k = 0; k < n * 2; k++) {
        const a = rng.int(n);
        const b = rng.int(n);
        if (a < b) g.addDirectedEdgeWithKey(`s${k}`, `f${a}`, `f${b}`, { kind: 'spinoff', sources: SRC, confidence: 'sourced' });
      }
      const source = `f${rng.int(n)}`;
      const target = `f${rng.int(n)}`;
      const attributes = { kind: 'spinoff', sources: SRC, confidence: 'sourced' };
      const trial = g.copy() as EcoGraph;
      trial.addDirectedEdgeWithKey('new', source, target, attributes as never);
      const expected = buildGraph({ file: 'x', format: 'json', attributes: {}, problems: [],
        nodes: trial.mapNodes((id, a) => ({ id, attributes: a, loc: { file: 'x' } })),
        edges: trial.mapEdges((key, a, s, t) => ({ key, source: s, target: t, attributes: a, loc: { file: 'x' } })),
      }).problems.filter((p) => p.code === 'spinoff-cycle').map((p) => p.message);
      const found = errors({ op: 'add-edge', key: 'new', source, target, attributes }, g).filter((p) => p.code === 'spinoff-cycle').map((p) => p.message);
      expect(found).toEqual(expected);
      if (expected.length > 0) withCycle++;
    }
    expect(withCycle).toBeGreaterThan(3);
  });

  it('warns, as validate does, of a child founded before its parent', () => {
    const g = sample();
    const outcome = applyEdit(g, { op: 'update-node', id: 'firm-a', attributes: { ...g.getNodeAttributes('firm-a'), founded: 1940 } });
    expect(outcome.ok && outcome.warnings.map((p) => p.code)).toEqual(['child-before-parent']);
  });

  it('refuses a change of kind that breaks a tie of the node, and leaves the graph as it was', () => {
    const g = sample();
    const before = snapshot(g);
    const outcome = applyEdit(g, { op: 'update-node', id: 'ada', attributes: { ...g.getNodeAttributes('ada'), kind: 'firm' } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['edge-kind-not-allowed', 'edge-kind-not-allowed']);
    expect(snapshot(g)).toEqual(before);
  });

  it('refuses changes to elements that do not exist and a merge of a node with itself', () => {
    expect(errors({ op: 'delete-node', id: 'nobody' }).map((p) => p.code)).toEqual(['missing-node']);
    expect(errors({ op: 'update-edge', key: 'e-99', attributes: {} }).map((p) => p.code)).toEqual(['missing-node']);
    expect(errors({ op: 'merge-nodes', keep: 'uni', merged: 'uni' }).map((p) => p.code)).toEqual(['bad-value']);
  });
});

describe('applyEdit and revertEdit', () => {
  it('makes a collaboration undirected and turns a spin-off into one, undone exactly', () => {
    const g = sample();
    const before = snapshot(g);
    const outcome = applyEdit(g, { op: 'update-edge', key: 'e-1', attributes: { kind: 'collaboration', sources: SRC } });
    expect(outcome.ok).toBe(true);
    expect(g.isUndirected('e-1')).toBe(true);
    if (outcome.ok) revertEdit(g, outcome.inverse);
    expect(g.isDirected('e-1')).toBe(true);
    expect(snapshot(g)).toEqual(before);
  });

  it('keeps an edited tie in its place when its direction does not change', () => {
    const g = sample();
    const order = g.edges();
    expect(applyEdit(g, { op: 'update-edge', key: 'e-2', attributes: { ...g.getEdgeAttributes('e-2'), year: 1991 } }).ok).toBe(true);
    expect(g.edges()).toEqual(order);
    expect(g.getEdgeAttribute('e-2', 'year')).toBe(1991);
  });

  it('deletes a node with its ties, and undo brings back every tie with its key and direction', () => {
    const g = sample();
    const before = snapshot(g);
    const outcome = applyEdit(g, { op: 'delete-node', id: 'firm-a' });
    expect(g.hasNode('firm-a')).toBe(false);
    expect(g.size).toBe(2);
    if (outcome.ok) revertEdit(g, outcome.inverse);
    expect(snapshot(g)).toEqual(before);
  });

  it('merges two nodes: every tie kept, sources and notes joined, the merged id recorded', () => {
    const g = sample();
    const before = snapshot(g);
    const outcome = applyEdit(g, { op: 'merge-nodes', keep: 'firm-a', merged: 'firm-a2' });
    expect(outcome.ok).toBe(true);
    expect(g.hasNode('firm-a2')).toBe(false);
    const kept = g.getNodeAttributes('firm-a');
    expect(kept.sources).toEqual([...SRC, 'Newspaper — https://example.org/news']);
    expect(kept.notes).toBe('same firm?');
    expect(kept[MERGED_IDS_ATTRIBUTE]).toEqual(['firm-a2']);
    expect(kept.founded).toBe(1990);
    // The collaboration with the university moved to the kept node; the tie between the two is gone (it would be a loop).
    expect(g.hasEdge('e-3') && g.extremities('e-3').sort()).toEqual(['firm-a', 'uni']);
    expect(g.hasEdge('e-5')).toBe(false);
    if (outcome.ok) revertEdit(g, outcome.inverse);
    expect(snapshot(g)).toEqual(before);
  });

  it('undoes any seeded sequence of accepted changes back to the start, and redoes it to the same end', () => {
    const rng = createRng(7);
    const pick = <T>(list: readonly T[]): T => rng.pick(list);
    const kindsApplied = new Set<string>();
    for (let run = 0; run < 20; run++) {
      const g = sample();
      const start = snapshot(g);
      const applied: { edit: GraphEdit; inverse: GraphEdit }[] = [];
      for (let step = 0; step < 12; step++) {
        const nodes = g.nodes();
        const edges = g.edges();
        const candidates: GraphEdit[] = [
          { op: 'add-node', id: `n${run}-${step}`, attributes: { label: `N ${step}`, kind: pick(['firm', 'founder', 'university']), sources: SRC } },
          { op: 'add-edge', key: `k${run}-${step}`, source: pick(nodes), target: pick(nodes), attributes: { kind: pick(['collaboration', 'spinoff', 'founded']), type: 'employee', sources: SRC } },
        ];
        if (nodes.length > 2) candidates.push({ op: 'delete-node', id: pick(nodes) }, { op: 'merge-nodes', keep: pick(nodes), merged: pick(nodes) });
        if (edges.length > 0) {
          const key = pick(edges);
          candidates.push({ op: 'delete-edge', key }, { op: 'update-edge', key, attributes: { ...g.getEdgeAttributes(key), notes: `step ${step}` } });
        }
        const edit = pick(candidates);
        const outcome = applyEdit(g, edit);
        if (outcome.ok) {
          applied.push({ edit, inverse: outcome.inverse });
          kindsApplied.add(edit.op);
        }
      }
      expect(applied.length).toBeGreaterThan(0);
      const end = snapshot(g);
      const redo: GraphEdit[] = [];
      for (const { inverse } of [...applied].reverse()) redo.push(revertEdit(g, inverse));
      expect(snapshot(g)).toEqual(start);
      for (const edit of redo.reverse()) revertEdit(g, edit);
      expect(snapshot(g)).toEqual(end);
    }
    expect([...kindsApplied].sort()).toEqual(['add-edge', 'add-node', 'delete-edge', 'delete-node', 'merge-nodes', 'update-edge']);
  });
});
