/**
 * The validating builder of the compact route: it hands nodes and valid ties to its sink, stops
 * handing ties once an error is found, counts warnings beyond maxWarnings, and refuses an invalid
 * graph with every error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactGraphBuilder } from '../../../src/io/stream/compact-builder.js';
import { InvalidGraphError, problem, type Problem } from '../../../src/model/problems.js';
import type { TieSink } from '../../../src/model/compact-graph.js';
import type { RawEdge, RawNode } from '../../../src/model/raw.js';

const node = (id: string, attributes: Record<string, unknown> = {}, line = 1): RawNode => ({ id, attributes, loc: { file: 'g.json', line } });
const edge = (source: string, target: string, attributes: Record<string, unknown> = {}, line = 1): RawEdge => ({ source, target, attributes, loc: { file: 'g.json', line } });

function recording(): { sink: TieSink; ties: string[]; nodes: string[] } {
  const ties: string[] = [];
  const nodes: string[] = [];
  return {
    ties,
    nodes,
    sink: { node: (id, kind) => void nodes.push(`${id}:${kind ?? '-'}`), tie: (s, t, directed, kind) => void ties.push(`${s}-${t}:${directed}:${kind ?? '-'}`) },
  };
}

describe('CompactGraphBuilder', () => {
  it('hands every node and every valid tie to the sink, with the direction of its kind', () => {
    const { sink, ties, nodes } = recording();
    const builder = new CompactGraphBuilder('g.json', { sink });
    builder.addNode(node('a', { kind: 'firm', sources: ['s'] }));
    builder.addNode(node('b', { kind: 'university', sources: ['s'] }));
    builder.addEdge(edge('b', 'a', { kind: 'spinoff', sources: ['s'] }));
    builder.addEdge(edge('a', 'b', { kind: 'collaboration', sources: ['s'] }));
    const graph = builder.finish();
    expect(nodes).toEqual(['a:firm', 'b:university']);
    expect(ties).toEqual(['1-0:true:spinoff', '0-1:false:collaboration']);
    expect(graph.ids).toEqual(['a', 'b']);
    expect(graph.warnings).toEqual([]);
  });

  it('hands no tie once an error is found, and refuses the graph with every error', () => {
    const { sink, ties } = recording();
    const builder = new CompactGraphBuilder('g.json', { sink });
    builder.addNode(node('a'));
    builder.addNode(node('a', {}, 2));
    builder.addEdge(edge('a', 'zz', {}, 3));
    builder.addEdge(edge('a', 'a', {}, 4));
    expect(builder.hasErrors).toBe(true);
    expect(ties).toEqual([]);
    let error: unknown;
    try {
      builder.finish();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidGraphError);
    expect((error as InvalidGraphError).problems.filter((p) => p.severity === 'error').map((p) => `${p.line} ${p.code}`)).toEqual(['2 duplicate-id', '3 missing-node']);
  });

  it('keeps at most maxWarnings warnings and counts them all', () => {
    const builder = new CompactGraphBuilder('g.json', { maxWarnings: 2 });
    for (let i = 0; i < 5; i++) builder.addNode(node(`n${i}`, { kind: 'firm' }, i + 1));
    const graph = builder.finish();
    expect(graph.warnings.map((p) => p.code)).toEqual(['missing-sources', 'missing-sources']);
    expect(graph.warningCount).toBe(5);
  });

  it('names spin-off cycles as buildGraph does', () => {
    const builder = new CompactGraphBuilder('g.json');
    for (const id of ['x', 'y']) builder.addNode(node(id, { kind: 'firm', sources: ['s'] }));
    builder.addEdge(edge('x', 'y', { kind: 'spinoff', sources: ['s'] }, 5));
    builder.addEdge(edge('y', 'x', { kind: 'spinoff', sources: ['s'] }, 6));
    expect(() => builder.finish()).toThrow(/spin-off cycle: [xy] → [xy] → [xy]/);
  });
});

describe('what the builder records for the command line', () => {
  it('counts the valid ties, records the attribute names with values, and takes labels from labelFrom', () => {
    const builder = new CompactGraphBuilder('g.json', { labelFrom: 'tooltip', keep: { labels: true } });
    builder.addNode(node('a', { label: 'A', tooltip: 'Alpha', empty: '' }));
    builder.addNode(node('b', { label: 'B' }));
    builder.addEdge(edge('a', 'b', { kind: 'collaboration', weight: 2, sources: ['s'] }));
    builder.addEdge(edge('a', 'a', { kind: 'collaboration', sources: ['s'] }));
    const graph = builder.finish();
    expect(graph.ties).toBe(2);
    expect(graph.attributeNames).toEqual({ nodes: ['label', 'tooltip'], edges: ['kind', 'sources', 'weight'] });
    expect(graph.labels).toEqual(['Alpha', 'B']);
  });

  it('keeps the label of every node (its id when it has none), whether labels start, stop or never differ from ids', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<'none' | 'same' | 'other' | 'raw'>('none', 'same', 'other', 'raw'), { maxLength: 30 }), (kinds) => {
        const builder = new CompactGraphBuilder('g', { keep: { labels: true } });
        const expected: string[] = [];
        kinds.forEach((kind, i) => {
          const id = `n${i}`;
          const label = kind === 'none' ? undefined : kind === 'same' ? id : `L${i}`;
          if (kind === 'raw') builder.addNode(node(id, { label }));
          else builder.addPlainNode(id, label, { file: 'g/nodes.csv', line: i + 2 });
          expected.push(label ?? id);
        });
        const graph = builder.finish();
        expect(graph.labels).toEqual(expected);
        expect(graph.labels).not.toBe(graph.ids);
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});

/** One call on a builder: a node, a plain tie, a tie with attributes, or a problem found by a reader. */
type Step =
  | { node: string }
  | { tie: [key: string | undefined, source: string, target: string] }
  | { edge: [key: string, source: string, target: string, kind: string] }
  | { report: string };

/** Runs the steps on a builder; plain ties by strings (`addPlainEdge`) or as ranges of a text (`addPlainEdgeIn`). */
function run(steps: readonly Step[], inText: boolean, maxWarnings: number): { problems: Problem[]; ties: string[] } {
  const { sink, ties } = recording();
  const builder = new CompactGraphBuilder('g.json', { sink, maxWarnings });
  steps.forEach((step, i) => {
    const line = i + 2;
    if ('node' in step) builder.addNode(node(step.node, {}, line));
    else if ('report' in step) builder.report([problem('error', 'bad-value', step.report, { file: 'g.json', line })]);
    else if ('edge' in step) {
      const [key, source, target, kind] = step.edge;
      builder.addEdge({ key, source, target, attributes: { kind, sources: ['s'] }, loc: { file: 'g.json', line } });
    } else {
      const [key, source, target] = step.tie;
      if (!inText) builder.addPlainEdge(source, target, { file: 'g.json', line, column: 5 }, key);
      else {
        const head = key === undefined ? '{' : `{"key":"${key}",`;
        const text = `${head}"source":"${source}","target":"${target}"}`;
        const keyStart = key === undefined ? -1 : 8;
        const sourceStart = head.length + 10;
        const targetStart = sourceStart + source.length + 12;
        builder.addPlainEdgeIn(text, sourceStart, sourceStart + source.length, targetStart, targetStart + target.length, keyStart, keyStart + (key ?? '').length, 'g.json', line, 5, false);
      }
    }
  });
  try {
    const graph = builder.finish();
    return { problems: graph.warnings, ties };
  } catch (err) {
    if (!(err instanceof InvalidGraphError)) throw err;
    return { problems: err.problems, ties: [] };
  }
}

describe('keys of plain ties checked at the end of the input', () => {
  it('give the problems, in the same order, of a check tie by tie (seeded random steps: duplicates, three copies, colliding keys, keys equal to node ids, numbered keys, self-loops, few warnings kept)', () => {
    const ids = ['a', 'b', 'c', 'n1x', 'k32728x'];
    const keys = ['k1x', 'k2x', 'k3x', 'a', 'n1x', 'e1', 'e2', 'e900000000', 'k32728x', 'k261234x', ' k1x', '', '京都'];
    const id = fc.constantFrom(...ids, 'zz', ' a', '');
    const step: fc.Arbitrary<Step> = fc.oneof(
      { arbitrary: fc.tuple(fc.option(fc.constantFrom(...keys), { nil: undefined }), id, id).map((t) => ({ tie: t })), weight: 10 },
      { arbitrary: fc.tuple(fc.constantFrom(...keys), id, id, fc.constantFrom('collaboration', 'friendship')).map((e) => ({ edge: e })), weight: 1 },
      { arbitrary: fc.constantFrom('x', 'y').map((r) => ({ report: r })), weight: 1 },
    );
    let duplicates = 0;
    fc.assert(
      fc.property(fc.subarray([...ids, 'a']), fc.array(step, { minLength: 20, maxLength: 60 }), fc.constantFrom(0, 2, 1000), (nodes, steps, maxWarnings) => {
        // the nodes first, as in a file: every plain tie then has its ends known or not for good
        const ordered = [...nodes.map((n) => ({ node: n })), ...steps];
        const byStrings = run(ordered, false, maxWarnings);
        const inText = run(ordered, true, maxWarnings);
        expect(inText.problems).toEqual(byStrings.problems);
        expect(inText.ties).toEqual(byStrings.ties);
        if (byStrings.problems.some((p) => p.message.startsWith('duplicate edge id'))) duplicates++;
      }),
      { numRuns: 500, seed: 20261215 },
    );
    expect(duplicates).toBeGreaterThan(100);
  });

  it('a duplicate key found at the end goes where a check tie by tie puts it, among the other problems', () => {
    const steps: Step[] = [{ node: 'a' }, { node: 'b' }, { tie: ['k1x', 'a', 'b'] }, { report: 'first' }, { tie: ['k1x', 'b', 'a'] }, { tie: ['k2x', 'a', 'zz'] }, { tie: ['k1x', 'a', 'b'] }];
    const { problems } = run(steps, true, 1000);
    expect(problems.map((p) => `${p.line}:${p.column ?? '-'} ${p.code} ${p.message}`)).toEqual([
      '5:- bad-value first',
      '6:5 duplicate-id duplicate edge id "k1x"',
      '7:5 missing-node edge target "zz" is not a node of the graph',
      '8:5 duplicate-id duplicate edge id "k1x"',
    ]);
  });
});
