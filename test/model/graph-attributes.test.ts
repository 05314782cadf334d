/** The graph attributes roster, seedStatements and knownGaps: their checks and roster coverage. */
import { describe, expect, it } from 'vitest';
import { graphAttributeProblems, rosterCoverage } from '../../src/model/graph-attributes.js';
import { buildGraph } from '../../src/model/build.js';

const loc = { file: 'g.json' };
const has = (key: string) => key === 'a';
const fields = (attributes: Record<string, unknown>) => graphAttributeProblems(attributes, has, loc).map((p) => p.field);

describe('graphAttributeProblems', () => {
  it('accepts absent attributes and well-formed ones', () => {
    expect(fields({})).toEqual([]);
    expect(
      fields({
        roster: { description: 'd', sources: ['s'], members: [{ name: 'A', node: 'a' }, { name: 'B', notes: 'not found' }, 'C'] },
        seedStatements: [{ statement: 's', seed: 'p', reproduced: false, how: 'h' }],
        knownGaps: ['g'],
      }),
    ).toEqual([]);
  });

  it('names every malformed field', () => {
    expect(fields({ roster: 'x', seedStatements: {}, knownGaps: 'x' })).toEqual(['roster', 'seedStatements', 'knownGaps']);
    expect(fields({ roster: { description: '', sources: [], members: [] } })).toEqual(['roster.description', 'roster.sources', 'roster.members']);
    expect(fields({ roster: { description: 'd', sources: ['s'], members: [{ name: 'A', node: 'zz' }, 'A', 3] } })).toEqual([
      'roster.members[0].node',
      'roster.members[1]',
      'roster.members[2]',
    ]);
    expect(fields({ seedStatements: [{ statement: 's', seed: '', reproduced: 'yes', how: 'h' }] })).toEqual(['seedStatements[0].seed', 'seedStatements[0].reproduced']);
    expect(fields({ knownGaps: ['ok', ' '] })).toEqual(['knownGaps[1]']);
    expect(fields({ roster: { description: 'd', sources: ['s'], members: [], size: 29 } })).toEqual([]);
    expect(fields({ roster: { description: 'd', sources: ['s'], members: ['A', 'B'], size: 1 } })).toEqual(['roster.size']);
    expect(fields({ roster: { description: 'd', sources: ['s'], members: ['A'], size: 2.5 } })).toEqual(['roster.size']);
  });

  it('reports errors with code bad-value and the file', () => {
    const [p] = graphAttributeProblems({ roster: { description: 'd', sources: ['s'], members: [{ name: 'A', node: 'zz' }] } }, has, loc);
    expect(p).toMatchObject({ severity: 'error', code: 'bad-value', file: 'g.json', field: 'roster.members[0].node' });
    expect(p!.message).toContain('"zz" is not a node of the graph');
  });

  it('runs when a graph is built, against the nodes of that graph', () => {
    const raw = {
      file: 'g.json',
      format: 'json' as const,
      attributes: { roster: { description: 'd', sources: ['s'], members: [{ name: 'A', node: 'a' }, { name: 'B', node: 'b' }] } },
      nodes: [{ id: 'a', attributes: { label: 'A', kind: 'firm', sources: ['s'] }, loc }],
      edges: [],
      problems: [],
    };
    const { problems } = buildGraph(raw as Parameters<typeof buildGraph>[0]);
    expect(problems.map((p) => p.field)).toEqual(['roster.members[1].node']);
  });
});

describe('rosterCoverage', () => {
  it('holds object members by node key and string members by key or label', () => {
    const c = rosterCoverage(
      { description: 'd', sources: ['s'], members: [{ name: 'A', node: 'a' }, 'b', 'Cee', { name: 'D', notes: 'n' }, { name: 'E', node: 'gone' }] },
      [
        ['a', 'A'],
        ['b', 'B'],
        ['c', 'Cee'],
      ],
    );
    expect(c.present).toEqual([
      { name: 'A', node: 'a' },
      { name: 'b', node: 'b' },
      { name: 'Cee', node: 'c' },
    ]);
    expect(c.absent).toEqual([{ name: 'D', notes: 'n' }, { name: 'E' }]);
    expect(c.share).toBeCloseTo(3 / 5);
    expect(c.size).toBe(5);
  });

  it('counts against the roster size when the source gives one', () => {
    const c = rosterCoverage({ description: 'd', sources: ['s'], members: [{ name: 'A', node: 'a' }], size: 29 }, [['a', 'A']]);
    expect([c.present.length, c.size]).toEqual([1, 29]);
    expect(c.share).toBeCloseTo(1 / 29);
  });
});
