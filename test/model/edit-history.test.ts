/**
 * An editing session: undo and redo, the unsaved changes across a save (including saved changes
 * undone afterwards), and a history that says what changed with which sources.
 */
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../src/io/json.js';
import { describeEdit, EditHistory } from '../../src/model/edit-history.js';
import { replayEdits } from '../../src/model/edit-replay.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';

const SRC = ['Company history — https://example.org/history'];

function sample(): EcoGraph {
  const g = createEcoGraph({ name: 'sample' });
  g.addNode('anchor', { label: 'Anchor Co', kind: 'anchor', founded: 1950, sources: SRC, confidence: 'sourced' });
  g.addNode('firm-a', { label: 'Firm A', kind: 'firm', founded: 1990, sources: SRC, confidence: 'sourced' });
  g.addDirectedEdgeWithKey('e-1', 'anchor', 'firm-a', { kind: 'spinoff', type: 'employee', year: 1990, sources: SRC, confidence: 'sourced' });
  return g;
}

const fixedClock = () => new Date('2026-03-01T10:00:00Z');

describe('EditHistory', () => {
  it('undoes and redoes in order, and a new change clears the redo list', () => {
    const session = new EditHistory(sample(), fixedClock);
    expect(session.canUndo).toBe(false);
    expect(session.apply({ op: 'add-node', id: 'b', attributes: { label: 'B', kind: 'firm', sources: ['interview K-07, 2026-03'] } }).ok).toBe(true);
    expect(session.apply({ op: 'add-edge', key: 'e-2', source: 'anchor', target: 'b', attributes: { kind: 'spinoff', type: 'subsidiary', sources: SRC } }).ok).toBe(true);
    expect(session.graph.size).toBe(2);
    expect(session.undo()?.summary).toBe('added spinoff tie "e-2": anchor → b');
    expect(session.graph.hasEdge('e-2')).toBe(false);
    expect(session.undo()?.summary).toBe('added firm "B" (b)');
    expect(session.graph.hasNode('b')).toBe(false);
    expect(session.undo()).toBeUndefined();
    expect(session.redo()?.summary).toBe('added firm "B" (b)');
    expect(session.graph.getNodeAttribute('b', 'label')).toBe('B');
    expect(session.canRedo).toBe(true);
    session.apply({ op: 'update-node', id: 'b', attributes: { label: 'B Ltd', kind: 'firm', sources: ['interview K-07, 2026-03'] } });
    expect(session.canRedo).toBe(false);
    expect(session.entries.map((e) => e.summary)).toEqual(['added firm "B" (b)', 'changed node "B" (b): label B → B Ltd']);
  });

  it('does not record a refused change', () => {
    const session = new EditHistory(sample(), fixedClock);
    const outcome = session.apply({ op: 'add-node', id: 'x', attributes: { label: 'X', kind: 'firm' } });
    expect(outcome.ok).toBe(false);
    expect(session.entries).toEqual([]);
    expect(session.dirty).toBe(false);
  });

  it('lists unsaved changes across a save, including saved changes undone since', () => {
    const session = new EditHistory(sample(), fixedClock);
    session.apply({ op: 'update-node', id: 'firm-a', attributes: { ...session.graph.getNodeAttributes('firm-a'), founded: 1991 } });
    expect(session.dirty).toBe(true);
    session.markSaved();
    expect(session.dirty).toBe(false);
    expect(session.unsaved).toEqual([]);
    session.apply({ op: 'delete-edge', key: 'e-1' });
    expect(session.unsaved.map((u) => [u.entry.summary, u.undone])).toEqual([['deleted spinoff tie "e-1": anchor → firm-a', false]]);
    session.undo();
    expect(session.dirty).toBe(false);
    session.undo(); // past the save
    expect(session.dirty).toBe(true);
    expect(session.unsaved.map((u) => [u.entry.summary, u.undone])).toEqual([['changed node "Firm A" (firm-a): founded 1990 → 1991', true]]);
    session.redo();
    expect(session.dirty).toBe(false);
    // A new change after undoing past the save: the saved state cannot be reached again.
    session.undo();
    session.apply({ op: 'update-node', id: 'anchor', attributes: { ...session.graph.getNodeAttributes('anchor'), notes: 'checked' } });
    expect(session.dirty).toBe(true);
    expect(session.unsaved.map((u) => u.entry.summary)).toEqual(['changed node "Anchor Co" (anchor): notes — → checked']);
  });

  it('logs every change since the last save, undo and redo as restores, for an incremental save', () => {
    const session = new EditHistory(sample(), fixedClock);
    const saved = sample();
    const update = { op: 'update-node' as const, id: 'firm-a', attributes: { ...session.graph.getNodeAttributes('firm-a'), founded: 1991 } };
    session.apply(update);
    session.apply({ op: 'merge-nodes', keep: 'anchor', merged: 'anchor' }); // refused: not logged
    session.undo();
    session.redo();
    session.apply({ op: 'delete-edge', key: 'e-1' });
    session.undo();
    const log = session.changesSinceSave;
    expect(log.map((c) => [c.edit.op, c.restore === true])).toEqual([
      ['update-node', false],
      ['update-node', true],
      ['update-node', true],
      ['delete-edge', false],
      ['add-edge', true],
    ]);
    expect(log[0]!.edit).toBe(update);
    // Replayed in order on the graph as saved, the log gives the graph as it is now.
    expect(replayEdits(saved, log).ok).toBe(true);
    expect(writeJson(saved)).toBe(writeJson(session.graph));
    session.markSaved();
    expect(session.changesSinceSave).toEqual([]);
  });

  it('keeps the changes made while a save was under way unsaved', () => {
    const session = new EditHistory(sample(), fixedClock);
    session.apply({ op: 'update-node', id: 'firm-a', attributes: { ...session.graph.getNodeAttributes('firm-a'), founded: 1991 } });
    const sent = session.changesSinceSave.length;
    session.apply({ op: 'delete-edge', key: 'e-1' }); // made before the save's answer came
    session.markSaved(sent);
    expect(session.changesSinceSave.map((c) => c.edit.op)).toEqual(['delete-edge']);
    expect(session.dirty).toBe(true);
  });

  it('keeps the sources given with each change and when it was made', () => {
    const session = new EditHistory(sample(), fixedClock);
    session.apply({ op: 'add-node', id: 'b', attributes: { label: 'B', kind: 'firm', sources: ['interview K-07, 2026-03'] } });
    session.apply({ op: 'merge-nodes', keep: 'firm-a', merged: 'b' });
    expect(session.entries.map((e) => e.sources)).toEqual([['interview K-07, 2026-03'], [...SRC, 'interview K-07, 2026-03']]);
    expect(session.entries[1]!.summary).toBe('merged "B" (b) into "Firm A" (firm-a)');
    expect(session.entries[0]!.at).toBe('2026-03-01T10:00:00.000Z');
  });

  it('describes deletions with what goes with them', () => {
    const g = sample();
    expect(describeEdit(g, { op: 'delete-node', id: 'anchor' })).toBe('deleted node "Anchor Co" (anchor) and its 1 tie');
    expect(describeEdit(g, { op: 'update-edge', key: 'e-1', attributes: { ...g.getEdgeAttributes('e-1'), year: 1991 } })).toBe('changed tie "e-1": year 1990 → 1991');
  });
});
