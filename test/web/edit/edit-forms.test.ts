import { describe, expect, it } from 'vitest';
import { checkEdit } from '../../../src/model/edits.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { EDGE_KINDS, edgeKindAllows, NODE_KINDS } from '../../../src/model/schema.js';
import {
  allowedTieKinds,
  edgeAttributesFromForm,
  formText,
  newEdgeKey,
  newNodeId,
  nodeAttributesFromForm,
  problemsByField,
  sourcesFromText,
} from '../../../web/src/edit/edit-forms.js';

describe('edit forms', () => {
  it('reads sources one a line, and shows lists one item a line', () => {
    expect(sourcesFromText(' Annual report 2024 \n\n private: interview K-07, 2026-03\r\n')).toEqual(['Annual report 2024', 'private: interview K-07, 2026-03']);
    expect(formText(['a', 'b'])).toBe('a\nb');
    expect(formText(1999)).toBe('1999');
    expect(formText(undefined)).toBe('');
  });

  it('sets the form fields on the base attributes, removes emptied fields and keeps the rest', () => {
    const base = { label: 'Old', kind: 'firm', founded: 1990, url: 'https://acme.example', x: 1, y: 2 };
    const attrs = nodeAttributesFromForm({ kind: 'firm', label: ' Acme ', labelJa: 'アクメ', founded: '', sources: 'doc A\ndoc B', confidence: '' }, base);
    expect(attrs).toEqual({ label: 'Acme', kind: 'firm', labelJa: 'アクメ', url: 'https://acme.example', x: 1, y: 2, sources: ['doc A', 'doc B'] });
  });

  it('passes wrong values on as typed, so validation refuses them with its own code at the field', () => {
    const g = createEcoGraph();
    const attrs = nodeAttributesFromForm({ kind: 'firm', label: 'X', founded: '19x9', sources: 's' });
    const problems = checkEdit(g, { op: 'add-node', id: 'x', attributes: attrs });
    expect(problems.map((p) => [p.code, p.field])).toEqual([['bad-year', 'founded']]);
    expect(problemsByField(problems, ['founded']).get('founded')).toHaveLength(1);
    expect(problemsByField(problems, ['label']).get('')).toHaveLength(1);
  });

  it('keeps kind-only tie fields for their kind only, amounts as numbers', () => {
    const base = { kind: 'affiliation', role: 'faculty', amount: 5 };
    expect(edgeAttributesFromForm({ kind: 'collaboration', role: 'faculty', year: '2001', sources: 's' }, base)).toEqual({ kind: 'collaboration', year: '2001', sources: ['s'] });
    expect(edgeAttributesFromForm({ kind: 'investment', amount: '1.5e8', currency: 'JPY', confidence: 'illustrative' })).toEqual({ kind: 'investment', amount: 150000000, currency: 'JPY', confidence: 'illustrative' });
    expect(edgeAttributesFromForm({ kind: 'investment', amount: 'lots' })).toEqual({ kind: 'investment', amount: 'lots' });
  });

  it('offers exactly the tie kinds the model rules allow for the two kinds', () => {
    for (const s of NODE_KINDS)
      for (const t of NODE_KINDS) expect(allowedTieKinds(s, t)).toEqual(EDGE_KINDS.filter((k) => edgeKindAllows(k, s, t)));
    expect(allowedTieKinds('founder', 'firm')).toContain('founded');
    expect(allowedTieKinds('firm', 'founder')).not.toContain('founded');
    expect(allowedTieKinds('university', 'firm')).toContain('spinoff');
    expect(allowedTieKinds(undefined, undefined)).toEqual([...EDGE_KINDS]);
  });

  it('makes unique ids and keys', () => {
    const taken = new Set(['acme-bio-k-k', 'edit-1']);
    expect(newNodeId('Acme Bio K.K.', () => false)).toBe('acme-bio-k-k');
    expect(newNodeId('Acme Bio K.K.', (id) => taken.has(id))).toBe('acme-bio-k-k-2');
    expect(newNodeId('京都 バイオ', () => false)).toBe('京都-バイオ');
    expect(newNodeId('<img src=x>', () => false)).toBe('img-src-x');
    expect(newNodeId('!!!', () => false)).toBe('node');
    expect(newEdgeKey((k) => taken.has(k))).toBe('edit-2');
  });
});
