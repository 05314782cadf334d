/**
 * The view rules both builders share: weights read and refused with one set of messages, the zero
 * distance refusal, the description and the view in words. buildView and the compact view builder
 * give the same messages for the same faults (the tie named by key or by file and line).
 */
import { describe, expect, it } from 'vitest';
import { CompactViewBuilder } from '../../src/metrics/compact-view.js';
import { MetricError } from '../../src/metrics/metric-error.js';
import { buildView } from '../../src/metrics/view.js';
import { DEFAULTS, describeView, describeViewOptions, tieAccount, tieWeight, zeroDistanceError } from '../../src/metrics/view-rules.js';
import { readCompactTexts } from '../../src/io/stream/compact-read.js';
import { parseGraph } from '../../src/io/formats.js';

const counts = { nodes: 4, edges: 3, mergedTies: 1, selfLoopsDropped: 2, zeroStrengthDropped: 0 };

describe('tieWeight', () => {
  const name = () => 'edge "e1"';
  it('reads finite numbers ≥ 0; a missing value counts 1', () => {
    expect(tieWeight(2.5, 'weight', name)).toBe(2.5);
    expect(tieWeight(0, 'weight', name)).toBe(0);
    expect(tieWeight(undefined, 'weight', name)).toBe(1);
    expect(tieWeight(null, 'weight', name)).toBe(1);
  });

  it('refuses other values, naming the tie and the attribute', () => {
    expect(() => tieWeight('heavy', 'w', name)).toThrow(new MetricError('view', 'edge "e1": weight attribute "w" must be a finite number, got "heavy"'));
    expect(() => tieWeight(Infinity, 'w', name)).toThrow(/must be a finite number, got null/);
    expect(() => tieWeight(-1, 'w', name)).toThrow(new MetricError('view', 'edge "e1": weight attribute "w" is negative (-1); weights must be 0 or more'));
  });
});

describe('descriptions', () => {
  it('fill defaults the way every output prints them', () => {
    expect(describeViewOptions({}, counts)).toEqual({ directed: false, edgeKinds: null, nodeKinds: null, weight: null, weightAs: null, ...counts });
    const weighted = describeViewOptions({ weighted: 'weight', directed: true, edgeKinds: ['spinoff'] }, counts);
    expect(weighted).toMatchObject({ directed: true, edgeKinds: ['spinoff'], weight: 'weight', weightAs: DEFAULTS.weightAs });
    expect(Object.keys(weighted)).toEqual(['directed', 'edgeKinds', 'nodeKinds', 'weight', 'weightAs', 'nodes', 'edges', 'mergedTies', 'selfLoopsDropped', 'zeroStrengthDropped']);
  });

  it('put the view in words', () => {
    expect(describeView(describeViewOptions({}, counts))).toBe('undirected view, 4 nodes, 3 edges [1 parallel tie merged, 2 self-loops dropped]');
    expect(describeView(describeViewOptions({ directed: true, nodeKinds: ['firm'], edgeKinds: ['spinoff', 'investment'], weighted: 'w', weightAs: 'strength' }, counts))).toBe(
      'directed view, 4 nodes, 3 arcs [1 parallel arc merged, 2 self-loops dropped], ties: spinoff, investment, nodes: firm, weighted by w as strength',
    );
  });

  it('say how many ties the view kept and why, beside the count of the graph’s ties', () => {
    const view = (options: Parameters<typeof describeViewOptions>[0], c: Partial<typeof counts> = {}) => describeViewOptions(options, { nodes: 4, edges: 3, mergedTies: 0, selfLoopsDropped: 0, zeroStrengthDropped: 0, ...c });
    expect(describeView(view({}, { nodes: 36, edges: 51, mergedTies: 4 }), 55)).toBe('undirected view, 36 nodes, 51 edges [from 55 ties: 4 parallel ties merged]');
    expect(describeView(view({}, { nodes: 36, edges: 51, mergedTies: 4 }))).toBe('undirected view, 36 nodes, 51 edges [4 parallel ties merged]');
    expect(describeView(view({}, { edges: 3 }), 3)).toBe('undirected view, 4 nodes, 3 edges');
    expect(describeView(view({ edgeKinds: ['spinoff'] }, { edges: 3, mergedTies: 1, selfLoopsDropped: 1 }), 10)).toBe(
      'undirected view, 4 nodes, 3 edges [from 10 ties: 1 parallel tie merged, 1 self-loop dropped, 5 ties left out by the kind filters], ties: spinoff',
    );
    expect(tieAccount(view({ weighted: 'w', weightAs: 'strength' }, { edges: 2, zeroStrengthDropped: 2 }), 4)).toBe('2 ties of strength 0 dropped');
    expect(describeView(view({ directed: true }, { edges: 5, mergedTies: 2 }), 4)).toBe('directed view, 4 nodes, 5 arcs [from 4 ties: a two-way tie gives two arcs, 2 parallel arcs merged]');
  });

  it('zero distances are refused with the advice to read weights as strengths', () => {
    expect(zeroDistanceError('a', 'b').message).toMatch(/^view: the tie between "a" and "b" has weight 0, .* --weight-as strength/);
  });
});

describe('both builders give the same messages', () => {
  const nodes = 'id,kind\na,firm\nb,firm\nc,firm\n';
  const texts = (edges: string) => ({ format: 'csv' as const, dir: 'g', nodes: { file: 'g/nodes.csv', text: nodes }, edges: { file: 'g/edges.csv', text: edges } });

  async function messages(edges: string, view: { weighted: string; weightAs?: 'distance' | 'strength' }): Promise<[string, string]> {
    const standard = (() => {
      try {
        buildView(parseGraph(texts(edges)).graph, view);
        return 'no error';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    const builder = new CompactViewBuilder(view);
    let compact = 'no error';
    try {
      builder.finish(await readCompactTexts(texts(edges), { sink: builder }));
    } catch (err) {
      compact = (err as Error).message;
    }
    return [standard, compact];
  }

  it('for a bad weight: the same words, the tie named by key or by file and line', async () => {
    const [standard, compact] = await messages('id,source,target,w:json\ne1,a,b,"""x"""\n', { weighted: 'w' });
    expect(standard).toBe('view: edge "e1": weight attribute "w" must be a finite number, got "x"');
    expect(compact).toBe('view: edge at g/edges.csv:2: weight attribute "w" must be a finite number, got "x"');
  });

  it('for a negative weight and for a zero distance: word for word', async () => {
    const negative = await messages('id,source,target,weight:number\ne1,a,b,-2\n', { weighted: 'weight' });
    expect(negative[0]).toBe('view: edge "e1": weight attribute "weight" is negative (-2); weights must be 0 or more');
    expect(negative[1]).toBe('view: edge at g/edges.csv:2: weight attribute "weight" is negative (-2); weights must be 0 or more');
    const zero = await messages('source,target,weight:number\na,b,0\nb,c,1\n', { weighted: 'weight' });
    expect(zero[1]).toBe(zero[0]);
    expect(zero[0]).toMatch(/the tie between "a" and "b" has weight 0/);
    expect(await messages('source,target,weight:number\na,b,0\n', { weighted: 'weight', weightAs: 'strength' })).toEqual(['no error', 'no error']);
  });
});
