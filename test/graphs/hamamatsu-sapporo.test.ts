/**
 * The Hamamatsu and Sapporo graphs against the depth and dating targets for the spin-off lineages: each
 * target is either met or named in the graph's `attributes.knownGaps`; the roster and the seed statements
 * are filled in the shape graphs/README expects; and the facts re-sourced from company histories (instead of
 * Wikipedia or a copy of it) stay as their primary documents give them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture } from '../helpers/run-cli.js';
import { loadGraph } from '../../src/io/files.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const bundled = (name: string) => loadGraph(join(ROOT, 'graphs', name));

/** Targets for the two graphs: generations of the deepest tree, share of firms and anchors with `founded`, share of dated ties. */
const TARGET = { generations: 3, founded: 0.8, datedTies: 0.6 };

interface Shares {
  generations: number;
  founded: number;
  datedTies: number;
}

/** Depth as `ecograph lineage` reports it, and the two dated shares, computed from the graph. */
async function measure(name: string): Promise<Shares> {
  const graph = await bundled(name);
  let firms = 0;
  let withFounded = 0;
  graph.forEachNode((_, a) => {
    if (a.kind !== 'firm' && a.kind !== 'anchor') return;
    firms += 1;
    if (typeof a.founded === 'number') withFounded += 1;
  });
  let ties = 0;
  let dated = 0;
  graph.forEachEdge((_, a) => {
    ties += 1;
    if (typeof a.year === 'number' || typeof a.since === 'number') dated += 1;
  });
  const r = await runCapture(['lineage', join(ROOT, 'graphs', name), '--format', 'json']);
  expect(r.code).toBe(0);
  const roots = (JSON.parse(r.stdout) as { roots: Array<{ generations: number }> }).roots;
  return { generations: Math.max(...roots.map((t) => t.generations)), founded: withFounded / firms, datedTies: dated / ties };
}

const knownGaps = async (name: string) => ((await bundled(name)).getAttribute('knownGaps') ?? []) as string[];

describe.each(['hamamatsu-spinoffs.json', 'sapporo-valley.json'])('targets for %s', (name) => {
  it('reaches 3 generations or names the depth gap, saying what was looked for and where', async () => {
    const { generations } = await measure(name);
    if (generations >= TARGET.generations) return;
    const gap = (await knownGaps(name)).find((g) => g.startsWith('Depth:'));
    expect(gap, 'a "Depth:" entry in attributes.knownGaps').toBeDefined();
    expect(gap).toMatch(new RegExp(`largest tree has ${generations} generations|every sourced tree has ${generations} generation`));
    expect(gap).toMatch(/Looked for/);
  });

  it('dates 80% of firms and anchors or names the founding-year gap with the firms left undated', async () => {
    const { founded } = await measure(name);
    if (founded >= TARGET.founded) return;
    const gap = (await knownGaps(name)).find((g) => g.startsWith('Founding years:'));
    expect(gap, 'a "Founding years:" entry in attributes.knownGaps').toBeDefined();
    expect(gap).toMatch(new RegExp(`\\(${Math.round(founded * 100)}%\\), short of 80%`));
    const graph = await bundled(name);
    // Every firm or anchor without a year is named in the entry (by label, before any parenthesis).
    graph.forEachNode((_, a) => {
      if ((a.kind === 'firm' || a.kind === 'anchor') && a.founded === undefined) {
        const short = (a.label as string).split(' (')[0]!.replace(/ (Co\.|Corporation|K\.K\.).*$/, '');
        expect(gap, `${a.label} named as undated`).toContain(short);
      }
    });
  });

  it('dates 60% of ties or names the gap', async () => {
    const { datedTies } = await measure(name);
    if (datedTies >= TARGET.datedTies) return;
    const gap = (await knownGaps(name)).find((g) => g.startsWith('Dated ties:'));
    expect(gap, 'a "Dated ties:" entry in attributes.knownGaps').toBeDefined();
    expect(gap).toMatch(/short of 60%/);
  });

  it('has a roster and seed statements in the shape graphs/README reads', async () => {
    const graph = await bundled(name);
    const roster = graph.getAttribute('roster') as { description: string; sources: string[]; members: string[] };
    expect(roster.description.length).toBeGreaterThan(40);
    expect(roster.sources.length).toBeGreaterThan(0);
    expect(roster.members.length).toBeGreaterThan(0);
    for (const m of roster.members) expect(graph.hasNode(m), `roster member ${m} is a node`).toBe(true);
    const statements = graph.getAttribute('seedStatements') as Array<{ statement: string; seed: string; reproduced: boolean; how: string }>;
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const s of statements) {
      expect(s.statement.length).toBeGreaterThan(20);
      expect(s.seed).toMatch(/^\S.{7,} — \d{3}_[0-9a-f]{16}\.txt$/);
      expect(typeof s.reproduced).toBe('boolean');
      expect(s.how.length).toBeGreaterThan(20);
    }
    // The seed's long-term spin-off trees ("several tens of companies over a twenty-year period") are not reproduced.
    const longTrees = statements.find((s) => /several tens of companies/.test(s.statement));
    expect(longTrees?.reproduced).toBe(false);
  });

  it('cites no Wikipedia page and no copy of one', async () => {
    const graph = await bundled(name);
    const cited: string[] = [];
    graph.forEachNode((id, a) => (a.sources as string[]).forEach((s) => cited.push(`${id}: ${s}`)));
    graph.forEachEdge((id, a) => (a.sources as string[]).forEach((s) => cited.push(`${id}: ${s}`)));
    expect(cited.filter((s) => /wikipedia\.org|autorabbit\.jp/.test(s))).toEqual([]);
  });
});

describe('Hamamatsu: what the targets measure today', () => {
  it('dates 34 of 58 ties (short of 60%, named in knownGaps); its deepest tree has 2 generations by every type and 1 by employee spin-offs', async () => {
    const m = await measure('hamamatsu-spinoffs.json');
    // 36 of 60 before the two untypable spin-off ties (e-004 dated 2007, e-007 dated 1928) were removed.
    expect(m.datedTies).toBeCloseTo(34 / 58, 10);
    expect((await knownGaps('hamamatsu-spinoffs.json')).find((g) => g.startsWith('Dated ties:'))).toMatch(/34 of 58 \(59%\), short of 60%/);
    expect(m.generations).toBe(2);
    expect(m.founded).toBeCloseTo(18 / 24, 5);
    const employee = await runCapture(['lineage', join(ROOT, 'graphs/hamamatsu-spinoffs.json'), '--types', 'employee', '--format', 'json']);
    const roots = (JSON.parse(employee.stdout) as { roots: Array<{ generations: number }> }).roots;
    expect(Math.max(...roots.map((t) => t.generations))).toBe(1);
  });
});

describe('Hamamatsu: facts from company histories and filings', () => {
  it("Roland's own history: BOSS (1973) and Roland DG (1981) are subsidiaries it set up, not employee spin-offs", async () => {
    const g = await bundled('hamamatsu-spinoffs.json');
    for (const [key, child, year] of [['e-060', 'boss', 1973], ['e-061', 'roland-dg', 1981]] as const) {
      expect([g.source(key), g.target(key)]).toEqual(['roland', child]);
      expect(g.getEdgeAttributes(key)).toMatchObject({ kind: 'spinoff', type: 'subsidiary', year });
      expect(g.getNodeAttribute(child, 'founded')).toBe(year);
    }
  });

  it("Honda's histories: the 1946 institute, Honda Motor as its 1948 successor, Honda R&D carved out in 1960", async () => {
    const g = await bundled('hamamatsu-spinoffs.json');
    expect(g.getNodeAttribute('honda-technical-research-institute', 'founded')).toBe(1946);
    expect(g.getNodeAttribute('honda-motor', 'notes')).toMatch(/successor to the Honda Technical Research Institute/);
    expect([g.source('e-059'), g.target('e-059')]).toEqual(['honda-motor', 'honda-rd']);
    expect(g.getEdgeAttributes('e-059')).toMatchObject({ kind: 'spinoff', type: 'carve-out', year: 1960 });
    // No Honda document read says how Honda left Tokai Seiki: no spin-off tie from it to the institute.
    expect(g.edges('tokai-seiki', 'honda-technical-research-institute')).toEqual([]);
    // Toyota's wartime stake in Tokai Seiki rested only on a copy of Wikipedia text.
    expect(g.hasEdge('e-049')).toBe(false);
  });

  it('TAK System Initiative is not a spin-off of Hamamatsu Photonics: its founder was still there, so the untypable tie is gone and his career stays', async () => {
    const g = await bundled('hamamatsu-spinoffs.json');
    expect(g.hasEdge('e-004')).toBe(false);
    expect(g.edges('hamamatsu-photonics', 'tak-system-initiative')).toEqual([]);
    expect(g.getEdgeAttributes('e-032')).toMatchObject({ kind: 'affiliation', role: 'employee', since: 1982 });
    expect([g.source('e-016'), g.target('e-016')]).toEqual(['yoshihiro-takiguchi', 'tak-system-initiative']);
    expect(g.getNodeAttribute('tak-system-initiative', 'founded')).toBe(2007);
    expect(g.getAttribute('knownGaps')).toEqual(expect.arrayContaining([expect.stringMatching(/Hamamatsu Photonics → TAK System Initiative/)]));
  });

  it("Honda's history: the Hamamatsu branch was a branch of Art Shokai (no spin-off tie); Tokai Seiki is an employee spin-off of the branch", async () => {
    const g = await bundled('hamamatsu-spinoffs.json');
    expect(g.hasEdge('e-007')).toBe(false);
    expect(g.edges('art-shokai', 'art-shokai-hamamatsu')).toEqual([]);
    expect(g.getEdgeAttributes('e-039')).toMatchObject({ kind: 'affiliation', role: 'employee', until: 1928 });
    expect(g.getEdgeAttributes('e-019')).toMatchObject({ kind: 'founded', year: 1928 });
    expect([g.source('e-008'), g.target('e-008')]).toEqual(['art-shokai-hamamatsu', 'tokai-seiki']);
    expect(g.getEdgeAttributes('e-008')).toMatchObject({ kind: 'spinoff', type: 'employee' });
    expect(g.getEdgeAttribute('e-008', 'notes')).toMatch(/handed over Art Shokai Hamamatsu branch to his trainees and joined Tokai Seiki as president/);
  });
});

describe('Sapporo: facts from newspapers and trade press', () => {
  it("Foresight's 源流 names no founder: the study group has one spin-off (BUG), and Dat Japan, Agenda and Data Craft stay as roster members without spin-off ties", async () => {
    const g = await bundled('sapporo-valley.json');
    for (const key of ['e-002', 'e-003', 'e-004']) expect(g.hasEdge(key)).toBe(false);
    const children = g.outEdges('micro-computer-study-group').filter((e) => g.getEdgeAttribute(e, 'kind') === 'spinoff').map((e) => g.target(e));
    expect(children).toEqual(['bug']);
    expect(g.getEdgeAttributes('e-001')).toMatchObject({ kind: 'spinoff', type: 'academic' });
    const roster = g.getAttribute('roster') as { members: string[] };
    for (const firm of ['dat-japan', 'agenda', 'data-craft']) expect(roster.members).toContain(firm);
    expect(g.getAttribute('knownGaps')).toEqual(expect.arrayContaining([expect.stringMatching(/Dat Japan, Agenda and Data Craft were removed/)]));
  });

  it("Konami's 2001 stake in Hudson is dated; the PC Engine tie keeps no Wikipedia-only year", async () => {
    const g = await bundled('sapporo-valley.json');
    expect(g.getEdgeAttributes('e-042')).toMatchObject({ kind: 'investment', year: 2001 });
    expect(g.getEdgeAttribute('e-043', 'year')).toBeUndefined();
    expect(g.getEdgeAttribute('e-043', 'notes')).toMatch(/no year/);
    expect(g.getNodeAttribute('konami', 'founded')).toBe(1969);
  });

  it("names the Hokkaido Shimbun's about 70 firms traced to Hudson in the roster, without inventing their names", async () => {
    const g = await bundled('sapporo-valley.json');
    const roster = g.getAttribute('roster') as { description: string; sources: string[]; members: string[] };
    expect(roster.description).toMatch(/about 70/);
    expect(roster.sources.some((s) => /北海道新聞/.test(s))).toBe(true);
    expect(roster.members).toContain('game-do');
  });
});
