/**
 * The compact view builder, fed tie by tie, makes what buildView + indexGraph make of the same
 * graph: node filter, kind filter, self-loops, merged ties, direction and weights; and it maps the
 * kept node attributes to view nodes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/io/formats.js';
import { readCompactTexts } from '../../src/io/stream/compact-read.js';
import { CompactViewBuilder } from '../../src/metrics/compact-view.js';
import { indexGraph } from '../../src/metrics/indexed-graph.js';
import { buildView } from '../../src/metrics/view.js';
import type { ViewOptions } from '../../src/metrics/view-rules.js';
import { kindCode } from '../../src/model/compact-graph.js';

const TEXTS = {
  format: 'csv' as const,
  dir: 'g',
  nodes: { file: 'g/nodes.csv', text: 'id,label,kind,founded,listed\na,A,firm,1990,true\nb,B,university,1950,\nc,C,firm,2001,\nd,D,investor,,\n' },
  edges: {
    file: 'g/edges.csv',
    text: 'source,target,kind,weight,confidence\nb,a,spinoff,2,sourced\na,c,collaboration,1,\nc,a,collaboration,3,\na,a,collaboration,1,\nd,c,investment,0,\nb,c,spinoff,,\n',
  },
};

async function compact(view: ViewOptions) {
  const builder = new CompactViewBuilder(view);
  return builder.finish(await readCompactTexts(TEXTS, { keep: { labels: true, lineage: true }, sink: builder }));
}

const plain = (g: ReturnType<typeof indexGraph>) => ({
  nodes: [...g.nodes],
  outStart: [...g.outStart],
  outTargets: [...g.outTargets],
  outStrength: [...g.outStrength],
  outDistance: [...g.outDistance],
  inStart: [...g.inStart],
  inSources: [...g.inSources],
  directed: g.directed,
  weighted: g.weighted,
});

describe('CompactViewBuilder', () => {
  const views: ViewOptions[] = [
    {},
    { directed: true },
    { weighted: 'weight', weightAs: 'strength' },
    { nodeKinds: ['firm', 'university'] },
    { directed: true, edgeKinds: ['spinoff', 'collaboration'], weighted: 'weight', weightAs: 'strength' },
  ];
  it.each(views)('equals buildView + indexGraph under %j', async (view) => {
    const standard = buildView(parseGraph(TEXTS).graph, view);
    const load = await compact(view);
    expect(plain(load.graph)).toEqual(plain(indexGraph(standard.graph)));
    expect(load.view).toEqual(standard.view);
    expect([...load.graph.index]).toEqual([...indexGraph(standard.graph).index]);
  });

  it('counts self-loops and merged ties as buildView does', async () => {
    const { view } = await compact({});
    expect(view).toMatchObject({ nodes: 4, selfLoopsDropped: 1, mergedTies: 1 });
  });

  it('keeps labels, kinds, founding years, listed flags and spin-off ties of view nodes only', async () => {
    const load = await compact({ nodeKinds: ['firm', 'university'] });
    expect(load.graph.nodes).toEqual(['a', 'b', 'c']);
    expect(load.labels).toEqual(['A', 'B', 'C']);
    expect([...load.nodeKinds]).toEqual([kindCode('firm'), kindCode('university'), kindCode('firm')]);
    expect([...load.founded!]).toEqual([1990, 1950, 2001]);
    expect([...load.listed!]).toEqual([1, 0, 0]);
    expect([...load.spinoffs!.source]).toEqual([1, 1]);
    expect([...load.spinoffs!.target]).toEqual([0, 2]);
    const filteredOut = await compact({ nodeKinds: ['firm'] });
    expect(filteredOut.spinoffs!.source.length).toBe(0);
    expect(filteredOut.labels).toEqual(['A', 'C']);
  });

  it('merges parallel ties in any order, reversed or not, into the adjacency of buildView + indexGraph', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const tie = fc.tuple(fc.nat({ max: 4 }), fc.nat({ max: 4 }), fc.nat({ max: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.array(tie, { minLength: 1, maxLength: 40 }), async (ties) => {
        const texts = {
          format: 'csv' as const,
          dir: 'p',
          nodes: { file: 'p/nodes.csv', text: `id\n${ids.join('\n')}\n` },
          edges: { file: 'p/edges.csv', text: `source,target,weight\n${ties.map(([s, t, w]) => `${ids[s]},${ids[t]},${w + 1}`).join('\n')}\n` },
        };
        for (const view of [{}, { directed: true }, { weighted: 'weight' }, { directed: true, weighted: 'weight' }] as ViewOptions[]) {
          const standard = buildView(parseGraph(texts).graph, view);
          const builder = new CompactViewBuilder(view);
          const load = builder.finish(await readCompactTexts(texts, { sink: builder }));
          expect(plain(load.graph), JSON.stringify(view)).toEqual(plain(indexGraph(standard.graph)));
          expect(load.view).toEqual(standard.view);
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('drops zero strengths and refuses zero distances, as buildView', async () => {
    expect((await compact({ weighted: 'weight', weightAs: 'strength' })).view.zeroStrengthDropped).toBe(1);
    await expect(compact({ weighted: 'weight' })).rejects.toThrow(/the tie between "d" and "c" has weight 0/);
  });
});
