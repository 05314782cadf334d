import { describe, expect, it } from 'vitest';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { DEFAULT_SETTINGS } from '../../web/src/settings.js';
import { seededRandom } from '../../web/src/seeded-random.js';
import { ViewReducers, initialViewState, type ViewState } from '../../web/src/view-state.js';

const KINDS = ['firm', 'university', 'investor'] as const;

/** A seeded random graph with kinds, years, sourced and unsourced, directed and undirected ties. */
function randomGraph(seed: number): EcoGraph {
  const rand = seededRandom(seed);
  const g = createEcoGraph();
  for (let i = 0; i < 150; i++) g.addNode(`n${i}`, { label: `Node ${i}`, kind: KINDS[Math.floor(rand() * 3)]!, founded: 1950 + Math.floor(rand() * 70), x: rand(), y: rand() });
  for (let i = 0; i < 400; i++) {
    const s = `n${Math.floor(rand() * 150)}`;
    const t = `n${Math.floor(rand() * 150)}`;
    if (s === t) continue;
    const confidence = rand() < 0.3 ? 'inferred' : 'sourced';
    if (rand() < 0.3) g.addDirectedEdge(s, t, { kind: 'spinoff', confidence, year: 1960 + Math.floor(rand() * 60) });
    else g.addUndirectedEdge(s, t, { kind: rand() < 0.5 ? 'collaboration' : 'investment', confidence });
  }
  return g;
}

/** Every node's and tie's reducer output, the fast way and by the reference rules. */
function outputs(g: EcoGraph, r: ViewReducers) {
  r.refreshFocus();
  const fast = { nodes: g.mapNodes((n, a) => r.nodeReducer(n, { ...a })), edges: g.mapEdges((e, a) => r.edgeReducer(e, { ...a })) };
  const reference = { nodes: g.mapNodes((n, a) => r.referenceNodeReducer(n, { ...a })), edges: g.mapEdges((e, a) => r.referenceEdgeReducer(e, { ...a })) };
  return { fast, reference };
}

function setup(seed: number) {
  const g = randomGraph(seed);
  const state = initialViewState();
  const r = new ViewReducers(g, state, { ...DEFAULT_SETTINGS });
  r.refreshBase(null, new Map(g.mapNodes((n) => [n, g.degree(n)] as const)));
  return { g, state, r };
}

describe('ViewReducers', () => {
  it('gives what the reference rules give, through hover, filters, year, kinds, modes and appearance changes', () => {
    const { g, state, r } = setup(3);
    const nodes = g.nodes();
    const changes: ((s: ViewState) => void)[] = [
      () => {},
      (s) => (s.hovered = nodes[5]!),
      (s) => (s.hovered = nodes[17]!),
      (s) => {
        s.hovered = null;
        s.selected = nodes[40]!;
      },
      (s) => s.hiddenNodeKinds.add('firm'),
      (s) => s.hiddenEdgeKinds.add('collaboration'),
      (s) => (s.year = 1990),
      (s) => (s.filterHidden = { nodes: new Set(nodes.slice(0, 30)), edges: new Set(g.edges().slice(0, 50)) }),
      (s) => {
        s.hiddenNodeKinds.clear();
        s.year = null;
      },
      (s) => (s.appearance = { colors: new Map([[nodes[1]!, '#123456']]), sizes: new Map([[nodes[2]!, 9]]), labels: new Map([[nodes[3]!, 'Renamed']]) }),
      (s) => {
        s.mode = 'brokers';
        s.brokers = { brokers: new Set(nodes.slice(0, 5)), ends: new Set(nodes.slice(5, 10)), edges: new Set(g.edges().slice(0, 20)) };
      },
      (s) => {
        s.mode = 'spinoff';
        s.brokers = null;
        s.spinoff = { root: nodes[0]!, generation: new Map(), positions: new Map(nodes.slice(0, 60).map((n) => [n, { x: 0, y: 0 }])), edges: new Set(g.edges().slice(0, 100)), labels: new Map([[nodes[0]!, 'Root 1950']]) };
      },
      (s) => {
        // a tree with a large fan: its ties drawn thinner
        s.spinoff = { ...s.spinoff!, edgeSize: 0.5 };
      },
      (s) => {
        s.mode = 'explore';
        s.spinoff = null;
        s.filterHidden = null;
        s.selected = null;
      },
    ];
    for (const change of changes) {
      change(state);
      const { fast, reference } = outputs(g, r);
      expect(fast).toEqual(reference);
      const counts = { nodes: g.filterNodes((n, a) => !r.nodeFiltered(n, a)).length, edges: g.filterEdges((e, a, s, t) => !r.edgeFiltered(e, a, s, t)).length };
      expect(r.filteredCounts()).toEqual(counts);
    }
  });

  it('fades every node outside the focus and its neighbours, and hides ties not at the focus', () => {
    const { g, state, r } = setup(4);
    const focus = g.nodes()[7]!;
    state.hovered = focus;
    r.refreshFocus();
    const neighbours = new Set(g.neighbors(focus));
    g.forEachNode((n, a) => {
      const out = r.nodeReducer(n, a);
      if (n === focus) expect(out).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 4 });
      else if (neighbours.has(n)) expect(out).toMatchObject({ forceLabel: true, zIndex: 2 });
      else expect(out).toMatchObject({ color: DEFAULT_SETTINGS.fadedColor, label: '', zIndex: 0 });
    });
    g.forEachEdge((e, a, s, t) => expect(r.edgeReducer(e, a).hidden === true).toBe(s !== focus && t !== focus));
  });

  it('follows a state change made without refreshFocus, and a node added by an edit before the next one', () => {
    const { g, state, r } = setup(5);
    r.refreshFocus();
    const focus = g.nodes()[2]!;
    state.hovered = focus;
    expect(r.nodeReducer(g.nodes()[3]!, g.getNodeAttributes(g.nodes()[3]!))).toEqual(r.referenceNodeReducer(g.nodes()[3]!, g.getNodeAttributes(g.nodes()[3]!)));
    g.addNode('added', { label: 'Added', kind: 'firm', x: 0, y: 0 });
    g.addUndirectedEdge('added', focus, { kind: 'collaboration' });
    expect(r.nodeReducer('added', g.getNodeAttributes('added'))).toEqual(r.referenceNodeReducer('added', g.getNodeAttributes('added')));
    const edge = g.edges('added')[0]!;
    expect(r.edgeReducer(edge, g.getEdgeAttributes(edge))).toEqual(r.referenceEdgeReducer(edge, g.getEdgeAttributes(edge)));
    r.dataChanged();
    r.refreshBase(null, new Map(g.mapNodes((n) => [n, g.degree(n)] as const)));
    const { fast, reference } = outputs(g, r);
    expect(fast).toEqual(reference);
  });

  it('drops the focus after an edit changed the graph and the hover ended', () => {
    const { g, state, r } = setup(6);
    state.hovered = g.nodes()[4]!;
    r.refreshFocus();
    g.addNode('added', { label: 'Added', kind: 'firm', x: 0, y: 0 });
    state.hovered = null;
    const { fast, reference } = outputs(g, r);
    expect(fast).toEqual(reference);
    expect(fast.nodes.every((o) => o.zIndex === 1)).toBe(true);
  });
});
