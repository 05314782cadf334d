/** The benchmark graph generator: size, simplicity, determinism, and a CSV directory and JSON file ecograph reads. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barabasiAlbertEdges, nodeIdOf, tieKeyOf, writeEdgeListCsvDirectory, writeEdgeListJson } from '../../bench/barabasi-albert.js';
import { numberedForm } from '../../src/io/stream/numbered-ids.js';
import { loadGraph } from '../../src/io/files.js';
import { writeJson } from '../../src/io/json.js';

describe('barabasiAlbertEdges', () => {
  it('gives m(n − m) distinct edges between distinct nodes, each new node bringing m of them', () => {
    const n = 2000;
    const m = 3;
    const { source, target } = barabasiAlbertEdges(n, m, 7);
    expect(source.length).toBe(m * (n - m));
    const seen = new Set<string>();
    const degree = new Int32Array(n);
    for (let i = 0; i < source.length; i++) {
      const [a, b] = [source[i]!, target[i]!];
      expect(a).not.toBe(b);
      expect(b).toBeLessThan(a);
      seen.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
      degree[a]!++;
      degree[b]!++;
    }
    expect(seen.size).toBe(source.length);
    // preferential attachment: the oldest nodes become hubs
    expect(Math.max(...degree)).toBeGreaterThan(20 * m);
    for (let t = m + 1; t < n; t++) expect(source.filter((s) => s === t).length).toBe(m);
  });

  it('is deterministic per seed', () => {
    expect(barabasiAlbertEdges(500, 2, 1)).toEqual(barabasiAlbertEdges(500, 2, 1));
    expect(barabasiAlbertEdges(500, 2, 1).target).not.toEqual(barabasiAlbertEdges(500, 2, 2).target);
    expect(() => barabasiAlbertEdges(3, 3, 1)).toThrow(/n must be/);
  });

  it('writes a CSV directory that ecograph loads with the same nodes and edges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecograph-ba-'));
    try {
      const edges = barabasiAlbertEdges(300, 2, 3);
      writeEdgeListCsvDirectory(dir, 300, edges);
      const graph = await loadGraph(dir);
      expect(graph.order).toBe(300);
      expect(graph.size).toBe(edges.source.length);
      expect(graph.hasEdge('n5', `n${edges.target[(5 - 3) * 2]}`) || graph.hasEdge(`n${edges.target[(5 - 3) * 2]}`, 'n5')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes JSON that ecograph loads with the same edges, byte for byte what writeJson writes of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecograph-ba-'));
    try {
      const edges = barabasiAlbertEdges(200, 2, 5);
      const file = join(dir, 'ba.json');
      writeEdgeListJson(file, 200, edges);
      const graph = await loadGraph(file);
      expect(graph.order).toBe(200);
      expect(graph.size).toBe(edges.source.length);
      expect(graph.source('e7')).toBe(`n${edges.source[7]}`);
      expect(graph.target('e7')).toBe(`n${edges.target[7]}`);
      expect(graph.isUndirected('e7')).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(writeJson(graph));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes named ids (not a prefix and a number) in both forms when asked, the same graph otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecograph-ba-'));
    try {
      const edges = barabasiAlbertEdges(200, 2, 5);
      expect([nodeIdOf(7), tieKeyOf(7), nodeIdOf(7, 'named'), tieKeyOf(7, 'named')]).toEqual(['n7', 'e7', 'n7x', 'e7x']);
      // the numbered form is what the loader finds by number; the named form is not
      expect(numberedForm('n7', 0, 2, 'n')).toBe(7);
      expect(numberedForm('n7x', 0, 3, 'n')).toBeLessThan(0);
      const file = join(dir, 'ba.json');
      writeEdgeListJson(file, 200, edges, 'named');
      writeEdgeListCsvDirectory(join(dir, 'csv'), 200, edges, 'named');
      for (const graph of [await loadGraph(file), await loadGraph(join(dir, 'csv'))]) {
        expect(graph.order).toBe(200);
        expect(graph.size).toBe(edges.source.length);
        expect(graph.hasNode('n7x') && !graph.hasNode('n7')).toBe(true);
      }
      const json = await loadGraph(file);
      expect(json.source('e7x')).toBe(`n${edges.source[7]}x`);
      expect(readFileSync(file, 'utf8')).toBe(writeJson(json));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
