import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import { BROKERS_HIGHLIGHTED, findBrokers } from '../../web/src/brokers-mode.js';

describe('findBrokers', () => {
  it('Kyoto: lists only firms with a brokered pair; highlights them with both sides of their pairs and the ties to them', async () => {
    const graph = await loadGraph('graphs/kyoto-life-science.json');
    const { rows, view } = findBrokers(graph);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.brokeredPairs).toBeGreaterThan(0);
    expect([...view.brokers]).toEqual(rows.slice(0, BROKERS_HIGHLIGHTED).map((r) => r.id));
    for (const r of rows) {
      for (const u of r.between) expect(graph.getNodeAttribute(u, 'kind')).toBe('university');
      for (const a of r.and) expect(graph.getNodeAttribute(a, 'kind')).toBe('anchor');
      for (const end of [...r.between, ...r.and]) expect(view.ends.has(end)).toBe(true);
    }
    for (const e of view.edges) {
      const [s, t] = graph.extremities(e);
      const broker = view.brokers.has(s) ? s : t;
      expect(view.brokers.has(broker)).toBe(true);
      expect(view.ends.has(broker === s ? t : s)).toBe(true);
    }
  });

  it('caps the highlight: on a generated 2,000-node graph only the best brokers and their two sides light up, the list keeps all', () => {
    const graph = generateEcosystem({ nodes: 2000, seed: 1 });
    const all = findBrokers(graph, Infinity);
    const capped = findBrokers(graph, 5);
    expect(all.rows.length).toBeGreaterThan(5);
    expect(capped.rows).toEqual(all.rows);
    expect([...capped.view.brokers]).toEqual(all.rows.slice(0, 5).map((r) => r.id));
    expect(capped.view.ends).toEqual(new Set(all.rows.slice(0, 5).flatMap((r) => [...r.between, ...r.and])));
    expect(capped.view.edges.size).toBeLessThan(all.view.edges.size);
  });
});
