import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { readGexf } from '../../src/io/gexf.js';
import { openGraphTexts } from '../../src/open/browser.js';
import { hasErrors } from '../../src/model/problems.js';
import { nodeKindColor } from '../../src/model/palette.js';
import { exportGexf, exportJson, exportedGraph, measureAttributeName, normaliseHex, PRIVATE_SOURCES_FLAG, type ViewExport } from '../../web/src/export-graph.js';
import { seedPositions } from '../../web/src/layout-forceatlas2.js';

async function kyotoView(): Promise<{ graph: Awaited<ReturnType<typeof loadGraph>>; view: ViewExport; kept: string[] }> {
  const graph = await loadGraph('graphs/kyoto-life-science.json');
  seedPositions(graph, 3);
  // the view hides people and investment ties, as filters would
  const kept = graph.filterNodes((_n, a) => a.kind !== 'person');
  const keep = new Set(kept);
  const degree = new Map(graph.mapNodes((n) => [n, graph.degree(n)] as const));
  const community = new Map(graph.mapNodes((n, _a) => [n, n.length % 3] as const));
  const view: ViewExport = {
    keepNode: (n) => keep.has(n),
    keepEdge: (e) => graph.getEdgeAttribute(e, 'kind') !== 'investment',
    look: (n) => ({ color: nodeKindColor(graph.getNodeAttribute(n, 'kind')), size: 3 + graph.degree(n) / 2, x: graph.getNodeAttribute(n, 'x')!, y: graph.getNodeAttribute(n, 'y')! }),
    measures: new Map([
      ['degree', degree],
      ['community', community],
    ]),
  };
  return { graph, view, kept };
}

describe('graph export of the view', () => {
  it('normalises hex colours for viz:color and names measures apart from data attributes', () => {
    expect(normaliseHex('#E69F00')).toBe('#e69f00');
    expect(normaliseHex('#abc')).toBe('#aabbcc');
    expect(normaliseHex('rgba(1,2,3,0.5)')).toBe('rgba(1,2,3,0.5)');
    expect(measureAttributeName('brokerage:coordinator', new Set())).toBe('brokerage_coordinator');
    expect(measureAttributeName('founded', new Set(['founded']))).toBe('metric_founded');
  });

  it('keeps only the filtered nodes and ties', async () => {
    const { graph, view, kept } = await kyotoView();
    const out = exportedGraph(graph, view);
    expect(out.order).toBe(kept.length);
    expect(out.order).toBeLessThan(graph.order);
    const expectedTies = graph.filterEdges((e, a, s, t) => a.kind !== 'investment' && view.keepNode(s) && view.keepNode(t));
    expect(out.edges().sort()).toEqual(expectedTies.sort());
    // the source graph keeps its own attributes
    expect(graph.getNodeAttribute(kept[0]!, 'color')).toBeUndefined();
  });

  it('GEXF read back by the library gives the same positions, colours, sizes, measures and data attributes', async () => {
    const { graph, view, kept } = await kyotoView();
    const text = exportGexf(graph, view);
    expect(text).toContain('<viz:color r=');
    expect(text).toContain('<viz:position x=');
    expect(text).toContain('<viz:size value=');
    const raw = readGexf(text, 'view.gexf');
    expect(raw.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(raw.nodes.map((n) => n.id).sort()).toEqual([...kept].sort());
    for (const n of raw.nodes) {
      const id = n.id as string;
      const look = view.look(id);
      expect(n.attributes.x).toBeCloseTo(look.x, 9);
      expect(n.attributes.y).toBeCloseTo(look.y, 9);
      expect(n.attributes.color).toBe(look.color.toLowerCase());
      expect(n.attributes.size).toBe(look.size);
      expect(n.attributes.degree).toBe(graph.degree(id));
      expect(n.attributes.community).toBe(id.length % 3);
      expect(n.attributes.label).toBe(graph.getNodeAttribute(id, 'label'));
      expect(n.attributes.kind).toBe(graph.getNodeAttribute(id, 'kind'));
    }
    // and it opens as a graph without errors
    const opened = openGraphTexts({ format: 'gexf', file: { file: 'view.gexf', text } });
    expect(hasErrors(opened.problems)).toBe(false);
    expect(opened.graph.order).toBe(kept.length);
  });

  it('JSON (ecograph@1) read back gives the same positions, colours and measures', async () => {
    const { graph, view, kept } = await kyotoView();
    const text = exportJson(graph, view);
    expect(JSON.parse(text).attributes.format).toBe('ecograph@1');
    const opened = openGraphTexts({ format: 'json', file: { file: 'view.json', text } });
    expect(hasErrors(opened.problems)).toBe(false);
    expect(opened.graph.order).toBe(kept.length);
    for (const id of kept) {
      const a = opened.graph.getNodeAttributes(id) as Record<string, unknown>;
      const look = view.look(id);
      expect([a.x, a.y, a.color, a.size, a.degree]).toEqual([look.x, look.y, look.color.toLowerCase(), look.size, graph.degree(id)]);
    }
  });

  it('keeps private sources as written and flags each node and tie citing one, in GEXF and JSON', async () => {
    const { graph, view } = await kyotoView();
    const [firm, other] = graph.filterNodes((_n, a) => a.kind === 'firm');
    const tie = graph.filterEdges((e, a, s, t) => view.keepEdge(e) && view.keepNode(s) && view.keepNode(t))[0]!;
    const publicOnly = graph.filterNodes((n, a) => view.keepNode(n) && n !== firm && Array.isArray(a.sources) && a.sources.length > 0)[0]!;
    graph.setNodeAttribute(firm!, 'sources', ['Annual report 2024 — https://example.org/ar.pdf', 'private: interview K-07, 2026-03']);
    graph.setEdgeAttribute(tie, 'sources', ['Private:survey Q12']);
    expect(exportedGraph(graph, view).getNodeAttribute(other!, PRIVATE_SOURCES_FLAG as never)).toBeUndefined();
    // the source graph is not changed
    expect((graph.getNodeAttributes(firm!) as Record<string, unknown>)[PRIVATE_SOURCES_FLAG]).toBeUndefined();

    const raw = readGexf(exportGexf(graph, view), 'view.gexf');
    expect(raw.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const gexfNode = (id: string) => raw.nodes.find((n) => n.id === id)!.attributes;
    expect(gexfNode(firm!).sources).toEqual(['Annual report 2024 — https://example.org/ar.pdf', 'private: interview K-07, 2026-03']);
    expect(gexfNode(firm!)[PRIVATE_SOURCES_FLAG]).toBe(true);
    expect(gexfNode(publicOnly)[PRIVATE_SOURCES_FLAG]).toBeUndefined();
    const gexfTie = raw.edges.find((e) => e.key === tie)!.attributes;
    expect([gexfTie.sources, gexfTie[PRIVATE_SOURCES_FLAG]]).toEqual([['Private:survey Q12'], true]);
    expect(raw.edges.filter((e) => e.attributes[PRIVATE_SOURCES_FLAG] === true).map((e) => e.key)).toEqual([tie]);
    expect(raw.nodes.filter((n) => n.attributes[PRIVATE_SOURCES_FLAG] === true).map((n) => n.id)).toEqual([firm]);

    const opened = openGraphTexts({ format: 'json', file: { file: 'view.json', text: exportJson(graph, view) } });
    expect(hasErrors(opened.problems)).toBe(false);
    const a = opened.graph.getNodeAttributes(firm!) as Record<string, unknown>;
    expect([a.sources, a[PRIVATE_SOURCES_FLAG]]).toEqual([['Annual report 2024 — https://example.org/ar.pdf', 'private: interview K-07, 2026-03'], true]);
    expect((opened.graph.getEdgeAttributes(tie) as Record<string, unknown>)[PRIVATE_SOURCES_FLAG]).toBe(true);
    expect((opened.graph.getNodeAttributes(publicOnly) as Record<string, unknown>)[PRIVATE_SOURCES_FLAG]).toBeUndefined();
  });
});
