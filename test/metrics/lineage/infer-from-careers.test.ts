/** Spin-off ties inferred from careers (affiliation employee/faculty + founded). */
import { describe, expect, it } from 'vitest';
import { addInferredSpinoffs, inferSpinoffsFromCareers, lineageSummary } from '../../../src/metrics/lineage/index.js';
import type { EcoGraph, EdgeAttributes } from '../../../src/model/types.js';
import { spinoffGraph } from './helpers.js';

function tie(graph: EcoGraph, kind: 'affiliation' | 'founded', from: string, to: string, attrs: Partial<EdgeAttributes> = {}) {
  graph.addDirectedEdge(from, to, { kind, sources: [`${kind}:${from}:${to}`], ...attrs });
}

function careers(): EcoGraph {
  const g = spinoffGraph(
    [
      ['yamaha', 'anchor', { founded: 1955 }],
      ['uni', 'university', { founded: 1949 }],
      ['f1', 'firm', { founded: 1970 }],
      ['f2', 'firm', { founded: 1980 }],
      ['f3', 'firm'],
      ['fund', 'investor'],
      ['ito', 'founder', { label: 'Ito' }],
      ['sato', 'founder', { label: 'Sato' }],
      ['kato', 'person', { label: 'Kato' }],
    ],
    [['f1', 'f3']],
  );
  tie(g, 'affiliation', 'ito', 'yamaha', { role: 'employee', since: 1960 });
  tie(g, 'founded', 'ito', 'f1', { year: 1970 });
  tie(g, 'affiliation', 'sato', 'yamaha', { role: 'employee' });
  tie(g, 'affiliation', 'sato', 'uni', { role: 'student' });
  tie(g, 'founded', 'sato', 'f1');
  tie(g, 'affiliation', 'kato', 'uni', { role: 'faculty', since: 1985 });
  tie(g, 'founded', 'kato', 'f2');
  return g;
}

describe('inferSpinoffsFromCareers', () => {
  it('infers parent → firm from employee and faculty careers, one edge per pair naming every person', () => {
    const g = careers();
    const { inferred, skipped } = inferSpinoffsFromCareers(g);
    expect(inferred.map((e) => `${e.parent}→${e.child}:${e.persons.join('+')}`)).toEqual(['yamaha→f1:ito+sato']);
    const e = inferred[0]!;
    expect(e.attributes).toEqual({
      kind: 'spinoff',
      confidence: 'inferred',
      sources: ['affiliation:ito:yamaha', 'founded:ito:f1', 'affiliation:sato:yamaha', 'founded:sato:f1'],
      notes:
        'inferred from the career of Ito (ito, employee at YAMAHA, founded F1); Sato (sato, employee at YAMAHA, founded F1)',
      year: 1970,
    });
    // kato joined the university in 1985, after f2 was founded in 1980; sato's student tie does not count
    expect(skipped).toEqual([
      {
        person: 'kato',
        parent: 'uni',
        child: 'f2',
        reason: 'affiliation-after-founding',
        message: 'Kato (kato): faculty at "uni", founded "f2": the affiliation began in 1985, after "f2" was founded in 1980',
      },
    ]);
  });

  it('does not change the graph until addInferredSpinoffs, which adds typed edges', () => {
    const g = careers();
    const before = g.size;
    const { inferred } = inferSpinoffsFromCareers(g);
    expect(g.size).toBe(before);
    addInferredSpinoffs(g, inferred);
    expect(g.size).toBe(before + 1);
    expect(g.source(inferred[0]!.key)).toBe('yamaha');
    expect(g.target(inferred[0]!.key)).toBe('f1');
    expect(g.getEdgeAttributes(inferred[0]!.key)).toMatchObject({ kind: 'spinoff', confidence: 'inferred' });
    // the tree now runs yamaha → f1 → f3
    expect(lineageSummary(g).roots.map((r) => [r.root, r.generations, r.descendants])).toEqual([['yamaha', 2, 2]]);
  });

  it('skips existing ties, the firm itself, disallowed kinds and ties that would close a cycle', () => {
    const g = spinoffGraph(
      [
        ['p', 'anchor'],
        ['f', 'firm'],
        ['g', 'firm'],
        ['h', 'firm'],
        ['vc', 'investor'],
        ['x', 'founder', { label: 'X' }],
        ['y', 'founder', { label: 'Y' }],
        ['z', 'founder', { label: 'Z' }],
      ],
      [
        ['p', 'f'],
        ['g', 'h'],
      ],
    );
    tie(g, 'affiliation', 'x', 'p', { role: 'employee' });
    tie(g, 'founded', 'x', 'f'); // p → f exists
    tie(g, 'founded', 'x', 'vc'); // a spin-off cannot end at an investor
    tie(g, 'affiliation', 'y', 'g', { role: 'employee' });
    tie(g, 'founded', 'y', 'g'); // P = F
    tie(g, 'affiliation', 'z', 'h', { role: 'employee' });
    tie(g, 'founded', 'z', 'g'); // h → g would close g → h → g
    const { inferred, skipped } = inferSpinoffsFromCareers(g);
    expect(inferred).toEqual([]);
    expect(skipped.map((s) => [s.person, s.parent, s.child, s.reason])).toEqual([
      ['x', 'p', 'f', 'spinoff-exists'],
      ['x', 'p', 'vc', 'kind-not-allowed'],
      ['y', 'g', 'g', 'same-organisation'],
      ['z', 'h', 'g', 'would-create-cycle'],
    ]);
    expect(skipped[3]!.message).toContain('would close the spin-off cycle g → h → g');
  });

  it('checks cycles against ties inferred earlier in the same run', () => {
    const g = spinoffGraph(
      [
        ['a', 'firm'],
        ['b', 'firm'],
        ['u', 'founder'],
        ['v', 'founder'],
      ],
      [],
    );
    tie(g, 'affiliation', 'u', 'a', { role: 'employee' });
    tie(g, 'founded', 'u', 'b');
    tie(g, 'affiliation', 'v', 'b', { role: 'employee' });
    tie(g, 'founded', 'v', 'a');
    const { inferred, skipped } = inferSpinoffsFromCareers(g);
    expect(inferred.map((e) => [e.parent, e.child])).toEqual([['a', 'b']]);
    expect(skipped.map((s) => s.reason)).toEqual(['would-create-cycle']);
    addInferredSpinoffs(g, inferred);
    expect(() => lineageSummary(g)).not.toThrow();
  });

  it('uses the firm founding year when the founded tie has none, and accepts unknown years', () => {
    const g = spinoffGraph(
      [
        ['p', 'anchor'],
        ['f', 'firm', { founded: 1990 }],
        ['q', 'anchor'],
        ['w', 'founder'],
      ],
      [],
    );
    tie(g, 'affiliation', 'w', 'p', { role: 'employee', year: 1995 });
    tie(g, 'affiliation', 'w', 'q', { role: 'employee' });
    tie(g, 'founded', 'w', 'f');
    const { inferred, skipped } = inferSpinoffsFromCareers(g);
    expect(inferred.map((e) => e.parent)).toEqual(['q']);
    expect(skipped.map((s) => [s.parent, s.reason])).toEqual([['p', 'affiliation-after-founding']]);
  });

  it('lets the caller choose the roles', () => {
    const g = careers();
    const { inferred } = inferSpinoffsFromCareers(g, { roles: ['student'] });
    expect(inferred.map((e) => [e.parent, e.child, e.persons])).toEqual([['uni', 'f1', ['sato']]]);
  });
});
