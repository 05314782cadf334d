import { describe, expect, it } from 'vitest';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { searchNodes } from '../../web/src/search-index.js';

/** The search rules written out directly, normalising every name on each query. */
function reference(graph: EcoGraph, query: string, limit: number): string[] {
  const q = query.normalize('NFKC').toLowerCase().trim();
  if (q === '') return [];
  const hits: { node: string; label: string; rank: number }[] = [];
  graph.forEachNode((node, a) => {
    const label = a.label.normalize('NFKC').toLowerCase();
    const id = node.toLowerCase();
    const rank = label === q || id === q ? 0 : label.startsWith(q) ? 1 : label.includes(q) ? 2 : id.includes(q) ? 3 : -1;
    if (rank >= 0) hits.push({ node, label: a.label, rank });
  });
  hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label) || (a.node < b.node ? -1 : 1));
  return hits.slice(0, limit).map((h) => h.node);
}

function sample(): EcoGraph {
  const g = createEcoGraph();
  const names = ['Kyoto University', 'KYOTO Instruments', 'Ｋｙｏｔｏ Ｂａｎｋ', 'Osaka Kyoto Link', 'Horiba', 'Firm 12', 'Firm 123', 'Firm 1031', 'firm 12', 'Shimadzu'];
  names.forEach((label, i) => g.addNode(i === 4 ? 'kyoto-horiba' : `n${i}`, { label, kind: 'firm' }));
  return g;
}

describe('searchNodes', () => {
  it('ranks exact names, then names starting with the query, names containing it, ids containing it', () => {
    const g = sample();
    for (const q of ['kyoto', 'KYOTO', 'ｋｙｏｔｏ', 'firm 12', 'Firm', 'n1', 'zu', ' ', 'nothing'])
      for (const limit of [3, 20]) expect(searchNodes(g, q, limit).map((h) => h.node), `${q} / ${limit}`).toEqual(reference(g, q, limit));
    expect(searchNodes(g, 'horiba', 10).map((h) => h.node)).toEqual(['kyoto-horiba']);
    // the id matches too, after every name that contains the query
    expect(searchNodes(g, 'kyoto', 10).map((h) => h.node).at(-1)).toBe('kyoto-horiba');
  });

  it('finds a node by its new name after an edit renames it, and a node added since', () => {
    const g = sample();
    expect(searchNodes(g, 'shimadzu', 5).map((h) => h.node)).toEqual(['n9']);
    g.setNodeAttribute('n9', 'label', 'Shimadzu Corporation');
    g.addNode('added', { label: 'Shimadzu Works', kind: 'firm' });
    expect(searchNodes(g, 'shimadzu c', 5).map((h) => h.node)).toEqual(['n9']);
    expect(searchNodes(g, 'shimadzu', 5).map((h) => h.node)).toEqual(reference(g, 'shimadzu', 5));
    g.setNodeAttribute('n9', 'label', 'Renamed');
    expect(searchNodes(g, 'shimadzu', 5).map((h) => h.node)).toEqual(['added']);
  });
});
