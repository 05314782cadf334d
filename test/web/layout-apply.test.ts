import { describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import { applyLayout, DEFAULT_LAYOUT_CHOICE, parseLayoutChoice } from '../../web/src/layout-apply.js';
import { layoutSettings } from '../../web/src/layout-forceatlas2.js';

const positions = (g: ReturnType<typeof generateEcosystem>) => g.mapNodes((n, a) => [n, a.x, a.y]);
const spread = (g: ReturnType<typeof generateEcosystem>) => {
  let s = 0;
  g.forEachNode((_n, a) => (s += Math.hypot(a.x!, a.y!)));
  return s / g.order;
};

describe('parseLayoutChoice', () => {
  it('reads the form: empty numbers follow the graph, checkboxes become the modes', () => {
    const parsed = parseLayoutChoice({ layout: 'forceatlas2', gravity: '2', scalingRatio: '', linLog: true, strongGravity: false, iterations: '500', removeOverlaps: true });
    expect(parsed).toEqual({ ok: true, choice: { layout: 'forceatlas2', forceAtlas2: { gravity: 2, linLogMode: true, strongGravityMode: false }, iterations: 500, removeOverlaps: true } });
  });

  it('names every bad field', () => {
    const parsed = parseLayoutChoice({ layout: 'spiral', gravity: '-1', iterations: '2.5', scalingRatio: 'x' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toHaveLength(4);
      expect(parsed.errors.join('\n')).toMatch(/layout "spiral"[\s\S]*gravity must be a number from 0 to 1000, not "-1"[\s\S]*scalingRatio[\s\S]*iterations must be an integer/);
    }
  });
});

describe('applyLayout', () => {
  it('every layout is reproducible from its seed, and different seeds differ', () => {
    for (const layout of ['forceatlas2', 'random', 'circular', 'concentric'] as const) {
      const a = generateEcosystem({ nodes: 120, seed: 3 });
      const b = generateEcosystem({ nodes: 120, seed: 3 });
      applyLayout(a, { ...DEFAULT_LAYOUT_CHOICE, layout, iterations: 50 }, 7);
      applyLayout(b, { ...DEFAULT_LAYOUT_CHOICE, layout, iterations: 50 }, 7);
      expect(positions(a)).toEqual(positions(b));
      for (const [, x, y] of positions(a)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      if (layout === 'forceatlas2' || layout === 'random') {
        applyLayout(b, { ...DEFAULT_LAYOUT_CHOICE, layout, iterations: 50 }, 8);
        expect(positions(a)).not.toEqual(positions(b));
      }
    }
  });

  it('ForceAtlas2 settings take effect: more gravity draws the graph in, a larger scaling ratio spreads it', () => {
    const run = (forceAtlas2: Record<string, number | boolean>) => {
      const g = generateEcosystem({ nodes: 150, seed: 2 });
      applyLayout(g, { ...DEFAULT_LAYOUT_CHOICE, iterations: 200, forceAtlas2 }, 1);
      return spread(g);
    };
    const base = run({ gravity: 1, scalingRatio: 2 });
    expect(run({ gravity: 20, scalingRatio: 2 })).toBeLessThan(base);
    expect(run({ gravity: 1, scalingRatio: 20 })).toBeGreaterThan(base);
    const g = generateEcosystem({ nodes: 150, seed: 2 });
    expect(layoutSettings(g, { linLogMode: true, gravity: 3 })).toMatchObject({ linLogMode: true, gravity: 3, barnesHutOptimize: false });
  });
});
