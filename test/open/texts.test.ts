/** Opening texts in memory: the route by size and need, the same view on either route. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidGraphError } from '../../src/model/problems.js';
import { loadCompactTexts, openGraphTexts, openTexts } from '../../src/open/texts.js';
import { RouteError } from '../../src/open/route.js';
import { writeGexf } from '../../src/io/gexf.js';

const FILE = join(import.meta.dirname, '../../graphs/kyoto-life-science.json');
const texts = { format: 'json' as const, file: { file: 'kyoto.json', text: readFileSync(FILE, 'utf8') } };

describe('openTexts', () => {
  it('gives the same view, labels and kinds on both routes', async () => {
    const view = { directed: true, weighted: 'weight' };
    const standard = await openTexts(texts, { view, loader: 'standard' });
    const compact = await openTexts(texts, { view, loader: 'compact', keep: { labels: true } });
    expect(standard.route).toBe('standard');
    expect(compact.route).toBe('compact');
    expect(compact.view).toEqual(standard.view);
    expect(compact.indexed.nodes).toEqual(standard.indexed.nodes);
    expect([...compact.indexed.outDistance]).toEqual([...standard.indexed.outDistance]);
    expect(compact.indexed.nodes.map((_, i) => compact.label(i))).toEqual(standard.indexed.nodes.map((_, i) => standard.label(i)));
  });

  it('picks the route by size: a small text is read whole', async () => {
    expect((await openTexts(texts)).route).toBe('standard');
    await expect(openTexts(texts, { loader: 'compact', fullGraph: 'attributes are shown' })).rejects.toThrow(RouteError);
  });

  it('refuses an invalid graph with every problem on both routes', async () => {
    const bad = { format: 'json' as const, file: { file: 'bad.json', text: '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}' } };
    for (const loader of ['standard', 'compact'] as const) {
      const error = await openTexts(bad, { loader }).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(InvalidGraphError);
      expect((error as InvalidGraphError).problems.map((p) => p.code)).toContain('missing-node');
    }
  });

  it('loadCompactTexts reads GEXF whole into the same compact form', async () => {
    const whole = openGraphTexts(texts).graph;
    const gexf = await loadCompactTexts({ format: 'gexf', file: { file: 'k.gexf', text: writeGexf(whole) } }, { keep: { labels: true } });
    const json = await loadCompactTexts(texts, { keep: { labels: true } });
    expect(gexf.graph.nodes).toEqual(json.graph.nodes);
    expect(gexf.view).toEqual(json.view);
    expect(gexf.labels).toEqual(json.labels);
  });

  it('openGraphTexts keeps an invalid graph with its problems (for the explorer)', () => {
    const result = openGraphTexts({ format: 'json', file: { file: 'x.json', text: '{"nodes": [{"key": "a", "kind": "planet"}]}' } });
    expect(result.problems.map((p) => p.code)).toContain('unknown-node-kind');
    expect(result.graph.hasNode('a')).toBe(true);
  });
});
