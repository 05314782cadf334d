import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as ecograph from '../src/index.js';

describe('library entry', () => {
  it('exposes the model, I/O, metrics, lineage, generator and figures through one import', async () => {
    const graph = await ecograph.loadGraph(new URL('../graphs/kyoto-life-science.json', import.meta.url).pathname);
    expect(graph.order).toBeGreaterThan(0);
    const view = ecograph.buildView(graph, {});
    const b = ecograph.betweennessCentrality(view.graph);
    expect(b.size).toBe(view.graph.order);
    expect(ecograph.graphSummary(graph).nodes.total).toBe(graph.order);
    expect(typeof ecograph.lineageSummary).toBe('function');
    expect(typeof ecograph.treeFigure).toBe('function');
    expect(ecograph.NODE_KINDS).toContain('anchor');
  });

  it('does not reach neo4j-driver (it lives in the ecograph/neo4j entry) nor the web app', () => {
    // Follow the static relative imports from src/index.ts and collect the packages they import.
    const root = new URL('../src/', import.meta.url).pathname;
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else packages.add(spec);
      }
    };
    visit(join(root, 'index.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect([...packages].filter((p) => p.startsWith('neo4j-driver'))).toEqual([]);
    expect([...seen].filter((f) => f.includes('/web/'))).toEqual([]);
  });
});
