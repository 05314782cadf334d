/** Valid oddities load with the values they hold: BOM, CRLF, quoted newlines, non-ASCII, `;`, Gephi and Kumu spellings. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/io/files.js';
import type { EcoGraph } from '../../src/model/types.js';

const VALID = join(import.meta.dirname, '../fixtures/valid');

async function load(name: string): Promise<EcoGraph> {
  const r = await readGraphFile(join(VALID, name));
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.graph;
}
const edgeRows = (g: EcoGraph) => g.mapEdges((key, a, s, t, _sa, _ta, undirected) => ({ key, s, t, directed: !undirected, a }));

describe('valid oddities', () => {
  it('CSV with BOM, CRLF line ends, quoted commas, quotes and newlines, and 京都大学', async () => {
    const g = await load('bom-crlf-csv');
    expect(g.nodes()).toEqual(['kyoto-u', 'samco']);
    expect(g.getNodeAttributes('kyoto-u')).toEqual({
      label: '京都大学',
      kind: 'university',
      founded: 1897,
      notes: 'Founded as the Imperial University, Kyoto',
      sources: ['doc-1', 'doc-2'],
    });
    expect(g.getNodeAttribute('samco', 'label')).toBe('SAMCO "Inc."');
    expect(g.getNodeAttribute('samco', 'notes')).toBe('first line\r\nsecond line');
    expect(edgeRows(g)).toEqual([{ key: 'e0', s: 'kyoto-u', t: 'samco', directed: true, a: { kind: 'spinoff', year: 1979, sources: ['doc-3'] } }]);
  });

  it('semicolon-separated CSV with a typed column', async () => {
    const g = await load('semicolon-csv');
    expect(g.getNodeAttributes('sysmex')).toEqual({ label: 'Sysmex, Corp.', kind: 'anchor', employees: 9000 });
    expect(edgeRows(g)).toEqual([{ key: 'e0', s: 'kobe-u', t: 'sysmex', directed: false, a: { kind: 'collaboration', weight: 2.5 } }]);
  });

  it("Gephi's data laboratory CSV: Id, Label, Source, Target, Type (direction), Weight", async () => {
    const g = await load('gephi-csv');
    expect(g.getNodeAttributes('3')).toEqual({ label: 'Valjean', modularity_class: '1' });
    expect(edgeRows(g)).toEqual([
      { key: '0', s: '1', t: '2', directed: false, a: { weight: 1 } },
      { key: '1', s: '3', t: '1', directed: true, a: { label: 'knows', weight: 4 } },
    ]);
  });

  it('Kumu CSV: Label as the id, Type as the kind, From/To', async () => {
    const g = await load('kumu-csv');
    expect(g.nodes()).toEqual(['Kyoto University', 'SAMCO', 'Osamu Tsuji']);
    expect(g.getNodeAttributes('Kyoto University')).toEqual({
      label: 'Kyoto University',
      kind: 'university',
      Description: 'National university',
      Tags: 'research | education',
    });
    expect(g.getNodeAttribute('Osamu Tsuji', 'kind')).toBe('founder');
    expect(edgeRows(g)).toEqual([
      { key: 'e0', s: 'Kyoto University', t: 'SAMCO', directed: true, a: { kind: 'spinoff', Strength: '3' } },
      { key: 'e1', s: 'Osamu Tsuji', t: 'SAMCO', directed: true, a: { kind: 'founded' } },
    ]);
  });

  it('GEXF 1.2 from Gephi: typed attributes, defaults, pipe lists, viz with alpha, mutual edges', async () => {
    const g = await load('gephi-1.2.gexf');
    expect(g.getAttributes()).toEqual({ format: 'ecograph@1', creator: 'Gephi 0.10.1', description: 'A small Gephi export' });
    expect(g.getNodeAttributes('n1')).toEqual({
      label: '京都大学',
      employees: 3000,
      listed: false,
      tags: ['research', 'education'],
      score: 0.75,
      sector: 'unknown',
      color: 'rgba(255,128,0,0.5)',
      size: 12.5,
      x: 1.5,
      y: -2,
      z: 0,
    });
    expect(g.getNodeAttributes('n2')).toEqual({ label: 'Horiba', sector: 'instruments', listed: true, color: '#0000ff' });
    expect(edgeRows(g)).toEqual([
      { key: 'e1', s: 'n1', t: 'n2', directed: true, a: { label: 'alliance', weight: 2.5, since: 1990 } },
      { key: 'e2', s: 'n2', t: 'n1', directed: false, a: {} },
    ]);
  });

  it('GraphML in the Gephi Lite style: label, x, y, size, color keys, defaults, graph data', async () => {
    const g = await load('gephi-lite.graphml');
    expect(g.getAttribute('name')).toBe('Kansai sample');
    expect(g.getNodeAttributes('osaka-u')).toEqual({ label: '大阪大学', x: 10.5, y: -3, size: 4, color: '#336699', public: true, region: 'Kansai' });
    expect(g.getNodeAttributes('kobe-u')).toEqual({ label: 'Kobe University', region: 'Hyogo' });
    expect(edgeRows(g).map((e) => [e.key, e.directed, e.a])).toEqual([
      ['e0', false, { weight: 0.5 }],
      ['e1', true, {}],
    ]);
  });

  it('native JSON with a BOM', async () => {
    const g = await load('bom.json');
    expect(g.getNodeAttributes('k')).toEqual({ label: '京都大学', kind: 'university', sources: ['s'] });
  });
});
