/**
 * Replaying a session's log on another copy of the graph: the user's changes are checked as
 * applyEdit checks them, restores (undo, redo) are checked for what they touch and for the rules
 * over the whole graph, a refused log leaves the graph exactly as it was, and a replayed session
 * arrives at the graph the session arrived at.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/build.js';
import { EditHistory } from '../../src/model/edit-history.js';
import { graphEditShapeProblem, replayEdits, undoReplay, type LoggedEdit } from '../../src/model/edit-replay.js';
import { writeJson } from '../../src/io/json.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';

const SRC = ['Company history — https://example.org/history'];

function sample(): EcoGraph {
  const g = createEcoGraph({
    name: 'sample',
    roster: { description: 'firms listed by the city', sources: ['City register 2020'], members: [{ name: 'Firm B', node: 'firm-b' }] },
  });
  g.addNode('uni', { label: 'Uni', kind: 'university', sources: SRC, confidence: 'sourced' });
  g.addNode('firm-a', { label: 'Firm A', kind: 'firm', founded: 1990, sources: SRC, confidence: 'sourced' });
  g.addNode('firm-b', { label: 'Firm B', kind: 'firm', founded: 1995, sources: SRC, confidence: 'sourced' });
  g.addNode('firm-c', { label: 'Firm C', kind: 'firm', founded: 2000, sources: SRC, confidence: 'sourced' });
  g.addNode('ada', { label: 'Ada', kind: 'founder', sources: SRC, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-1', 'firm-a', 'firm-b', { kind: 'spinoff', type: 'employee', year: 1995, sources: SRC, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-2', 'firm-b', 'firm-c', { kind: 'spinoff', type: 'employee', year: 2000, sources: SRC, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-3', 'ada', 'firm-a', { kind: 'founded', year: 1990, sources: SRC, confidence: 'sourced' });
  g.addUndirectedEdgeWithKey('e-4', 'uni', 'firm-c', { kind: 'collaboration', sources: SRC, confidence: 'sourced' });
  return g;
}

/** Refused with these error codes, the graph unchanged. */
function expectRefused(log: LoggedEdit[], codes: string[]): void {
  const graph = sample();
  const before = writeJson(graph);
  const outcome = replayEdits(graph, log);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems.map((p) => p.code).sort(), outcome.problems.map((p) => p.message).join(' | ')).toEqual([...codes].sort());
  expect(writeJson(graph)).toBe(before);
}

const spinoff = (key: string, source: string, target: string) => ({
  op: 'add-edge' as const,
  key,
  source,
  target,
  directed: true,
  attributes: { kind: 'spinoff', type: 'employee', sources: SRC, confidence: 'sourced' },
});

describe('replayEdits', () => {
  it('arrives at the graph a session arrived at, undo and redo included', () => {
    const page = sample();
    const session = new EditHistory(page);
    expect(session.apply({ op: 'add-node', id: 'bob', attributes: { label: 'Bob', kind: 'founder', sources: ['interview K-07, 2026-03'] } }).ok).toBe(true);
    expect(session.apply({ op: 'add-edge', key: 'e-9', source: 'bob', target: 'firm-c', attributes: { kind: 'founded', year: '2000', sources: SRC } }).ok).toBe(true);
    expect(session.apply({ op: 'merge-nodes', keep: 'firm-a', merged: 'firm-a' }).ok).toBe(false);
    expect(session.apply({ op: 'delete-node', id: 'firm-c' }).ok).toBe(true);
    session.undo();
    session.undo();
    session.redo();
    expect(session.apply({ op: 'update-node', id: 'firm-a', attributes: { ...page.getNodeAttributes('firm-a'), founded: '1991' } }).ok).toBe(true);
    session.undo();
    const server = sample();
    const outcome = replayEdits(server, session.changesSinceSave);
    expect(outcome.ok).toBe(true);
    expect(writeJson(server)).toBe(writeJson(page));
    // The inverses put the server's graph back as it was loaded.
    if (outcome.ok) undoReplay(server, outcome);
    expect(writeJson(server)).toBe(writeJson(sample()));
  });

  it('refuses the whole log when one user change is invalid, naming the change', () => {
    const graph = sample();
    const before = writeJson(graph);
    const outcome = replayEdits(graph, [
      { edit: { op: 'update-node', id: 'uni', attributes: { label: 'University', kind: 'university', sources: SRC } } },
      { edit: { op: 'add-node', id: 'x', attributes: { label: 'X', kind: 'planet', sources: SRC } } },
    ]);
    expect(outcome.ok === false && outcome.change).toBe(1);
    // The code and message validate gives for the same node in a file.
    const validated = buildGraph({ file: 'f', format: 'json', attributes: {}, nodes: [{ id: 'x', attributes: { label: 'X', kind: 'planet' }, loc: { file: 'f' } }], edges: [], problems: [] });
    const expected = validated.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.message]);
    expect(expected).toHaveLength(1);
    expect(outcome.ok === false && outcome.problems.map((p) => [p.code, p.message])).toEqual(expected);
    expect(writeJson(graph)).toBe(before);
  });

  it('catches duplicate ids, from a user change and from a restore', () => {
    expectRefused([{ edit: { op: 'add-node', id: 'uni', attributes: { label: 'U2', kind: 'university', sources: SRC } } }], ['duplicate-id']);
    expectRefused([{ edit: { op: 'add-node', id: 'uni', attributes: { label: 'U2', kind: 'university' } }, restore: true }], ['duplicate-id']);
    expectRefused([{ edit: { op: 'batch', edits: [{ op: 'delete-edge', key: 'e-4' }, { op: 'add-edge', key: 'e-1', source: 'uni', target: 'firm-a', attributes: {} }] }, restore: true }], ['duplicate-id']);
  });

  it('catches a spin-off cycle through ties no change touched: a new tie, a restore, a merge', () => {
    // firm-a → firm-b → firm-c exist; firm-c → firm-a closes the cycle.
    expectRefused([{ edit: spinoff('e-8', 'firm-c', 'firm-a') }], ['spinoff-cycle']);
    expectRefused([{ edit: spinoff('e-8', 'firm-c', 'firm-a'), restore: true }], ['spinoff-cycle']);
    // Merging firm-c into firm-a turns firm-a → firm-b → firm-c into firm-a → firm-b → firm-a.
    expectRefused([{ edit: { op: 'merge-nodes', keep: 'firm-a', merged: 'firm-c' } }], ['spinoff-cycle']);
  });

  it('checks what a restore touched with the validator: values, and the kinds a tie may join', () => {
    expectRefused([{ edit: { op: 'update-node', id: 'firm-a', attributes: { label: 'Firm A', kind: 'planet' } }, restore: true }], ['unknown-node-kind']);
    // Ada founded firm-a: a founded tie must start at a founder, so Ada cannot become a university.
    expectRefused([{ edit: { op: 'update-node', id: 'ada', attributes: { label: 'Ada', kind: 'university', sources: SRC } }, restore: true }], ['edge-kind-not-allowed']);
    expectRefused([{ edit: { op: 'update-edge', key: 'e-4', attributes: { kind: 'collaboration', since: 'long ago' } }, restore: true }], ['bad-year']);
  });

  it('checks the graph attributes that name nodes after a delete or a merge (rules over the whole graph)', () => {
    expectRefused([{ edit: { op: 'delete-node', id: 'firm-b' } }], ['bad-value']);
    expectRefused([{ edit: { op: 'delete-node', id: 'firm-b' }, restore: true }], ['bad-value']);
    expectRefused([{ edit: { op: 'merge-nodes', keep: 'firm-c', merged: 'firm-b' } }], ['bad-value']);
    const graph = sample();
    expect(replayEdits(graph, [{ edit: { op: 'merge-nodes', keep: 'firm-b', merged: 'firm-c' } }]).ok).toBe(true);
  });

  it('refuses malformed changes before touching the graph', () => {
    expectRefused([{ edit: { op: 'add-node', id: 'z', attributes: { label: 'Z' } } }, { edit: { op: 'explode' } as never }], ['bad-structure']);
    expect(graphEditShapeProblem({ op: 'add-edge', key: 'k', source: 'a', attributes: {} }, 'change 1')).toBe('change 1 (add-edge): "target" must be a string');
    expect(graphEditShapeProblem({ op: 'batch', edits: [{ op: 'delete-node', id: 'a' }, { op: 'update-node', id: 'b' }] }, 'change 2')).toBe('change 2, part 2 (update-node): "attributes" must be an object');
    expect(graphEditShapeProblem({ op: 'merge-nodes', keep: 'a', merged: 'b' }, 'change 1')).toBeUndefined();
  });
});
