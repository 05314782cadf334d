/**
 * compareRegions: indicator descriptors, region order, and the NISTEP proxies counted by hand on
 * the made-up graph (see snapshot.test.ts for its elements). Values on the bundled graphs are
 * checked against NetworkX in reference.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { COMPARE_INDICATORS, compareRegions } from '../../../src/metrics/evolution/compare.js';
import { NISTEP_INDICATORS } from '../../../src/metrics/evolution/indicators.js';
import { loadToy } from './toy.js';

describe('compareRegions', () => {
  it('declares each indicator once, with a definition; NISTEP proxies name their condition', () => {
    const ids = COMPARE_INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of COMPARE_INDICATORS) expect(d.definition.length, d.id).toBeGreaterThan(20);
    for (const d of NISTEP_INDICATORS) expect(d.nistep, d.id).toBeTruthy();
    const c = compareRegions([]);
    expect(c.indicators.map((d) => d.id)).toEqual(ids);
    expect(c.indicators[0]).not.toHaveProperty('compute');
  });

  it('hand-counted proxies on the made-up graph (whole graph, dissolved firm b and ended ties included)', () => {
    const graph = loadToy();
    const before = JSON.stringify(graph.export());
    const { regions } = compareRegions([{ name: 'Toy', graph }]);
    const v = regions[0]!.values;
    expect(regions[0]!.name).toBe('Toy');
    expect(regions[0]!.years).toEqual({ first: 2000, last: 2006 });
    expect(regions[0]!.undated).toEqual({ nodes: 3, edges: 2 });
    expect(v.nodes).toBe(8);
    expect(v.edges).toBe(10);
    expect(v.firms).toBe(4); // a, b, c, d
    expect(v.knowledgeOrganisations).toBe(1); // uni
    expect(v.knowledgeTieShare).toBe(4 / 10); // e1, e5, e7, e10
    expect(v.anchors).toBe(1);
    expect(v.anchorTieShare).toBe(2 / 10); // e6, e8
    expect(v.anchorCollaborationShare).toBe(2 / 4); // a (e6), d (e8)
    expect(v.startupsPerYear).toBe(3 / 10); // a, b, c founded in 1997–2006
    expect(v.spinoffs).toBe(3); // a, b, c
    expect(v.maxGeneration).toBe(3); // uni → a → b → c
    expect(v.tripleHelixShare).toBe(1 / 4); // a
    expect(v.components).toBe(1);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('keeps the input order and reports progress', () => {
    const graph = loadToy();
    const done: number[] = [];
    const c = compareRegions(
      [
        { name: 'B', graph },
        { name: 'A', graph },
      ],
      { onProgress: (d) => done.push(d) },
    );
    expect(c.regions.map((r) => r.name)).toEqual(['B', 'A']);
    expect(c.regions[0]!.values).toEqual(c.regions[1]!.values);
    expect(done).toEqual([1, 2]);
  });

  it('measures each region again on dated elements only, names its rules, and can take the regions as of a year', () => {
    const graph = loadToy();
    const c = compareRegions([{ name: 'Toy', graph }]);
    expect(c.rules).toEqual({ at: null, undated: 'bound', window: null, undatedMargin: 0.1 });
    const r = c.regions[0]!;
    // dated only: uni, anchor, a, b, c; ties e1 e3 e6 e10 (the others touch d, f or g, or are undated)
    expect(r.datedOnly.nodes).toBe(5);
    expect(r.datedOnly.edges).toBe(4);
    expect(r.dating).toEqual({ nodes: { dated: 5, bounded: 3, undated: 0 }, edges: { dated: 8, bounded: 2, undated: 0 } });
    expect(r.undatedShare).toBeCloseTo(5 / 18, 12);
    // as of 2003 under bound: uni anchor a b d f (g comes in 2006); as the timeline's 2003 row
    const at = compareRegions([{ name: 'Toy', graph }], { at: 2003 }).regions[0]!;
    expect(at.values.nodes).toBe(6);
    expect(at.values.edges).toBe(7);
    // the recent-start-up window ends at the year asked: a (2002) and b (2003) in 1994–2003
    expect(at.values.startupsPerYear).toBeCloseTo(2 / 10, 12);
  });

  it('warns when two regions’ undated shares differ by more than the margin, and only then', () => {
    const dated = loadToy();
    const sparse = loadToy();
    sparse.forEachNode((n) => sparse.removeNodeAttribute(n, 'founded'));
    const regions = [
      { name: 'Dated', graph: dated },
      { name: 'Sparse', graph: sparse },
    ];
    const c = compareRegions(regions);
    const [a, b] = c.regions;
    expect(b!.undatedShare! - a!.undatedShare!).toBeGreaterThan(0.1);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toMatch(/^Dated and Sparse: undated shares .* differ by more than 10\.0%/);
    expect(compareRegions(regions, { undatedMargin: 1 }).warnings).toEqual([]);
    expect(() => compareRegions(regions, { undatedMargin: 2 })).toThrow(/margin/);
  });
});
