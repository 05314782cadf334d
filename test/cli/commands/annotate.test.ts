/** `ecograph annotate`: typed attribute declarations, and a round trip (every format, the workbook too) that changes nothing else. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { ANNOTATIONS } from '../../../src/metrics/annotations.js';
import { graphDifferences } from '../../helpers/graph-equality.js';
import { runCapture } from '../../helpers/run-cli.js';
import { HAMAMATSU } from './significance-cli.js';

const ADDED = ANNOTATIONS.flatMap((a) => a.attributes.map((c) => c.name));

describe('ecograph annotate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ecograph-annotate-'));
  for (const ext of ['gexf', 'graphml', 'json', 'csv', 'xlsx']) {
    it(`${ext}: annotate, read back, drop the added attributes: the original graph`, async () => {
      const out = join(dir, `out.${ext}`);
      const r = await runCapture(['annotate', HAMAMATSU, '-o', out]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('15 added node attributes');
      const original = await loadGraph(HAMAMATSU);
      const annotated = await loadGraph(out);
      expect(annotated.getNodeAttribute('hamamatsu-photonics', 'community')).toBeTypeOf('number');
      const withValue = annotated.filterNodes((_n, a) => typeof a.betweennessCentrality === 'number');
      expect(withValue.length).toBe(original.order);
      annotated.forEachNode((node) => {
        for (const name of ADDED) annotated.removeNodeAttribute(node, name);
      });
      expect(graphDifferences(original, annotated)).toEqual([]);
    });
  }
  it('declares typed columns for Gephi: double, long and string', async () => {
    const out = join(dir, 'typed.gexf');
    expect((await runCapture(['annotate', HAMAMATSU, '--measures', 'betweenness,degree,lineage', '-o', out])).code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<attribute id="betweennessCentrality" title="betweennessCentrality" type="double"/>');
    expect(xml).toContain('<attribute id="degree" title="degree" type="long"/>');
    expect(xml).toContain('<attribute id="spinoffRoot" title="spinoffRoot" type="string"/>');
    expect(xml).not.toContain('pagerank');
  });
  it('refuses an unknown extension, a missing -o, unknown measures and attributes already present', async () => {
    const pdf = await runCapture(['annotate', HAMAMATSU, '-o', join(dir, 'out.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('cannot tell the output format of');
    expect((await runCapture(['annotate', HAMAMATSU])).stderr).toContain('-o FILE is required');
    expect((await runCapture(['annotate', HAMAMATSU, '--measures', 'fame', '-o', join(dir, 'x.json')])).stderr).toContain('unknown measure(s) fame');
    const once = join(dir, 'once.json');
    await runCapture(['annotate', HAMAMATSU, '--measures', 'degree', '-o', once]);
    const twice = await runCapture(['annotate', once, '--measures', 'degree', '-o', join(dir, 'twice.json')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('already has the attribute "degree"');
  });
});
