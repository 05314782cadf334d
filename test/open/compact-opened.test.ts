/** The view of a compact load: its arrays, view and attributes as loaded, labels and kinds by view node. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewOfLoad } from '../../src/open/compact-opened.js';
import { loadCompactGraph } from '../../src/open/files.js';
import { viewOfLoad as fromOpened } from '../../src/open/opened.js';
import { NODE_KINDS } from '../../src/model/schema.js';

const GRAPH = join(import.meta.dirname, '../../graphs/kyoto-life-science.json');

describe('viewOfLoad', () => {
  it('hands over the load: the compact route, its indexed view, view description and graph attributes', async () => {
    const load = await loadCompactGraph(GRAPH, { keep: { labels: true } });
    const opened = viewOfLoad(load);
    expect(opened.route).toBe('compact');
    expect(opened.indexed).toBe(load.graph);
    expect(opened.view).toBe(load.view);
    expect(opened.load).toBe(load);
    expect(opened.attributes).toBe(load.attributes);
    expect(opened.graph).toBeUndefined();
    // opened.ts re-exports the same function
    expect(fromOpened).toBe(viewOfLoad);
  });

  it('labels each view node with its kept label (its id without one) and gives its kind', async () => {
    const load = await loadCompactGraph(GRAPH, { keep: { labels: true } });
    const opened = viewOfLoad(load);
    const n = load.graph.nodes.length;
    expect(n).toBeGreaterThan(10);
    for (let i = 0; i < n; i++) {
      expect(opened.label(i)).toBe(load.labels![i] ?? load.graph.nodes[i]);
      expect(opened.kind(i)).toBe(NODE_KINDS[load.nodeKinds[i]!]);
    }
    // without kept labels, a node is labelled by its id
    const bare = viewOfLoad(await loadCompactGraph(GRAPH));
    expect(bare.label(0)).toBe(load.graph.nodes[0]);
  });
});
