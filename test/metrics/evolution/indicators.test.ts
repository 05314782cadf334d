/**
 * The cluster indicators, each checked by hand on one small graph (values worked out in the
 * comments), on an empty graph, and the declarations the outputs carry. The indicators against
 * direct computation on the bundled graphs: last-year.test.ts; the NISTEP proxies in context:
 * compare.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { louvain } from '../../../src/metrics/communities/louvain.js';
import { DEFAULTS, IndicatorContext, NETWORK_INDICATORS, NISTEP_INDICATORS, RECENT_YEARS } from '../../../src/metrics/evolution/indicators.js';
import { buildView } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';

/**
 * u (university), i (institute), A (anchor, 1950), firms f1 (2015), f2 (2020), f3 (2005), f4;
 * ties: u → f1 spin-off, f1 → f2 spin-off, f1 – A collaboration, A → f2 investment, i – f3
 * collaboration, and a second u – f1 collaboration (one linked pair in the view).
 */
function valley(): EcoGraph {
  const g = createEcoGraph({ name: 'valley' });
  g.addNode('u', { label: 'U', kind: 'university' });
  g.addNode('i', { label: 'I', kind: 'institute' });
  g.addNode('A', { label: 'A', kind: 'anchor', founded: 1950 });
  g.addNode('f1', { label: 'F1', kind: 'firm', founded: 2015 });
  g.addNode('f2', { label: 'F2', kind: 'firm', founded: 2020 });
  g.addNode('f3', { label: 'F3', kind: 'firm', founded: 2005 });
  g.addNode('f4', { label: 'F4', kind: 'firm' });
  g.addDirectedEdgeWithKey('s1', 'u', 'f1', { kind: 'spinoff' });
  g.addDirectedEdgeWithKey('s2', 'f1', 'f2', { kind: 'spinoff' });
  g.addUndirectedEdgeWithKey('c1', 'f1', 'A', { kind: 'collaboration' });
  g.addDirectedEdgeWithKey('v1', 'A', 'f2', { kind: 'investment' });
  g.addUndirectedEdgeWithKey('c2', 'i', 'f3', { kind: 'collaboration' });
  g.addUndirectedEdgeWithKey('c3', 'u', 'f1', { kind: 'collaboration' });
  return g;
}

const ALL = [...NETWORK_INDICATORS, ...NISTEP_INDICATORS];
const valueOf = (g: EcoGraph, id: string) => ALL.find((d) => d.id === id)!.compute(new IndicatorContext(g));

describe('network indicators by hand', () => {
  const g = valley();

  it('density: 5 linked pairs of 21', () => {
    expect(valueOf(g, 'density')).toBeCloseTo(5 / 21, 15);
  });

  it('components: {u, f1, f2, A}, {i, f3}, {f4}; the largest holds 4 of 7', () => {
    expect(valueOf(g, 'components')).toBe(3);
    expect(valueOf(g, 'largestComponentShare')).toBeCloseTo(4 / 7, 15);
  });

  it('modularity: the seeded Louvain partition of the view', () => {
    expect(valueOf(g, 'modularity')).toBe(louvain(buildView(g).graph, { ...DEFAULTS.louvain }).modularity);
  });

  it('deepest spin-off generation: u → f1 → f2', () => {
    expect(valueOf(g, 'maxGeneration')).toBe(2);
  });

  it('triple-helix share: only f1 is tied to both a knowledge organisation (u) and an anchor, of 4 firms', () => {
    expect(valueOf(g, 'tripleHelixShare')).toBe(0.25);
  });

  it('mean constraint of the firms with a tie: f3 = 1, f2 = 145/144, f1 = 11/18', () => {
    // f2: neighbours f1, A (½ each): (½ + ½·½)² + (½ + ½·⅓)² = 9/16 + 4/9
    // f1: neighbours u, f2, A (⅓ each): (⅓)² + (⅓ + ⅓·½)² + (⅓ + ⅓·½)² = 1/9 + 1/4 + 1/4
    expect(valueOf(g, 'meanConstraint')).toBeCloseTo((1 + 145 / 144 + 11 / 18) / 3, 12);
  });
});

describe('NISTEP proxies by hand', () => {
  const g = valley();

  it('knowledge organisations and anchors are counted by kind', () => {
    expect(valueOf(g, 'knowledgeOrganisations')).toBe(2);
    expect(valueOf(g, 'anchors')).toBe(1);
  });

  it('tie shares count ties (parallel ones too) with an end of the kind: 3 of 6 touch u or i, 2 of 6 touch A', () => {
    expect(valueOf(g, 'knowledgeTieShare')).toBe(0.5);
    expect(valueOf(g, 'anchorTieShare')).toBeCloseTo(2 / 6, 15);
  });

  it('core start-ups: f1 has the top betweenness (it joins u to f2 and A)', () => {
    expect(valueOf(g, 'coreStartups')).toBe(1);
  });

  it('firms collaborating with anchors: f1 (A → f2 is an investment), 1 of 4', () => {
    expect(valueOf(g, 'anchorCollaborationShare')).toBe(0.25);
  });

  it('start-ups per year: f1 (2015) and f2 (2020) in 2011–2020, over 10 years', () => {
    expect(RECENT_YEARS).toBe(10);
    expect(valueOf(g, 'startupsPerYear')).toBe(0.2);
  });

  it('spin-offs: f1 and f2 are children of a spin-off tie', () => {
    expect(valueOf(g, 'spinoffs')).toBe(2);
  });
});

describe('indicators of an empty graph', () => {
  it('are 0 or null (undefined), never NaN', () => {
    const empty = createEcoGraph();
    const values = Object.fromEntries(ALL.map((d) => [d.id, d.compute(new IndicatorContext(empty))]));
    expect(values).toEqual({
      density: 0,
      components: 0,
      largestComponentShare: null,
      modularity: null,
      maxGeneration: 0,
      tripleHelixShare: null,
      meanConstraint: null,
      knowledgeOrganisations: 0,
      knowledgeTieShare: null,
      anchors: 0,
      anchorTieShare: null,
      coreStartups: 0,
      anchorCollaborationShare: null,
      startupsPerYear: null,
      spinoffs: 0,
    });
  });
});

describe('IndicatorContext', () => {
  it('builds the view, the firms and the last year once', () => {
    const c = new IndicatorContext(valley());
    expect(c.view).toBe(c.view);
    expect(c.firms).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(c.firms).toBe(c.firms);
    expect(c.lastYear).toBe(2020);
    expect(new IndicatorContext(createEcoGraph()).lastYear).toBeNull();
  });

  it('fills Louvain options from the defaults', () => {
    expect(DEFAULTS.louvain).toEqual({ seed: 42, restarts: 16, resolution: 1 });
    expect(new IndicatorContext(valley(), { louvain: { seed: 7 } }).options.louvain).toEqual({ seed: 7, restarts: 16, resolution: 1 });
  });
});

describe('declarations', () => {
  it('give every indicator a distinct id, a title, a one-sentence definition and a unit', () => {
    const ids = ALL.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of ALL) {
      expect(d.title.length, d.id).toBeGreaterThan(3);
      expect(d.definition.length, d.id).toBeGreaterThan(20);
      expect(['count', 'share', 'ratio', 'per-year']).toContain(d.unit);
    }
  });

  it('tie every NISTEP proxy to the condition it stands in for', () => {
    for (const d of NISTEP_INDICATORS) expect(d.nistep, d.id).toBeTruthy();
  });

  it('state the Louvain defaults the modularity uses', () => {
    const modularity = NETWORK_INDICATORS.find((d) => d.id === 'modularity')!;
    expect(modularity.definition).toContain(`seed ${DEFAULTS.louvain.seed}`);
    expect(modularity.definition).toContain(`best of ${DEFAULTS.louvain.restarts} restarts`);
    expect(modularity.definition).toContain(`resolution ${DEFAULTS.louvain.resolution}`);
  });
});
