/** graphs/README.md is generated from graphs/*.json; this test fails when it drifts from the data. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { runCapture } from '../helpers/run-cli.js';
import {
  GRAPHS_README_COMMAND,
  GRAPHS_README_PATH,
  bundledGraphFiles,
  depthByType,
  graphFigures,
  graphsReadme,
  isSecondarySource,
} from '../../scripts/graphs-readme.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The heading of the section where two versions first differ, to point at the graph. */
function firstDifferingSection(committed: string, expected: string): string {
  const a = committed.split('\n');
  const b = expected.split('\n');
  let heading = 'the header';
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (b[i]?.startsWith('## ')) heading = `"${b[i]!.slice(3)}"`;
    if (a[i] !== b[i]) return `${heading}, line ${i + 1}`;
  }
  return heading;
}

/** A small graph with a roster, seed statements, gaps and a two-generation employee tree. */
const SMALL = {
  attributes: {
    format: 'ecograph@1',
    name: 'Small',
    description: 'A test graph.',
    roster: { description: 'Three firms.', sources: ['Roster — https://example.org/r'], members: [{ name: 'A', node: 'a' }, { name: 'B', node: 'b' }, 'Z'] },
    seedStatements: [{ statement: 'A spun off B.', seed: 'Paper — 000_0000000000000000.txt', reproduced: true, how: 'lineage' }],
    knownGaps: ['Z is not covered.'],
  },
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    { key: 'a', attributes: { label: 'A', kind: 'anchor', founded: 1950, sources: ['A history — https://a.example/h'], confidence: 'sourced' } },
    { key: 'b', attributes: { label: 'B', kind: 'firm', founded: 1970, sources: ['B (Wikipedia) — https://en.wikipedia.org/wiki/B'], confidence: 'sourced' } },
    { key: 'c', attributes: { label: 'C', kind: 'firm', sources: ['C — https://ja.wikipedia.org/wiki/C', 'C site — https://c.example/'], confidence: 'sourced' } },
  ],
  edges: [
    { key: 'e1', source: 'a', target: 'b', attributes: { kind: 'spinoff', type: 'employee', year: 1970, sources: ['Seed — 000_0000000000000000.txt'], confidence: 'sourced' } },
    { key: 'e2', source: 'b', target: 'c', attributes: { kind: 'spinoff', type: 'subsidiary', sources: ['x — https://kotobank.jp/word/x'], confidence: 'sourced' } },
  ],
};

describe('graphs/README.md', () => {
  it(`equals what \`${GRAPHS_README_COMMAND}\` writes from graphs/*.json`, async () => {
    const expected = await graphsReadme();
    let committed = '';
    try {
      committed = readFileSync(join(ROOT, GRAPHS_README_PATH), 'utf8');
    } catch {
      // a missing file is drift too
    }
    const drift =
      committed === expected
        ? ''
        : `${GRAPHS_README_PATH} is out of date with graphs/*.json (first difference in ${firstDifferingSection(committed, expected)}): run \`${GRAPHS_README_COMMAND}\` and commit the result`;
    expect(drift).toBe('');
  });

  it('has a section for every graphs/*.json file', async () => {
    const text = await graphsReadme();
    for (const file of bundledGraphFiles()) expect(text).toContain(`## ${file.split('/').pop()} — `);
  });

  it('reports the depth `ecograph lineage --types` reports, for every bundled graph and type', async () => {
    for (const file of bundledGraphFiles()) {
      const rows = depthByType(await loadGraph(file));
      for (const row of rows) {
        const args = ['lineage', file, '--format', 'json', ...(row.types === 'all' ? [] : ['--types', row.types])];
        const r = await runCapture(args);
        expect(r.code, args.join(' ')).toBe(0);
        const report = JSON.parse(r.stdout) as { roots: { generations: number; descendants: number }[] };
        expect(row.generations, args.join(' ')).toBe(Math.max(0, ...report.roots.map((x) => x.generations)));
        expect(row.descendants, args.join(' ')).toBe(Math.max(0, ...report.roots.map((x) => x.descendants)));
      }
    }
  });
});

describe('the figures of one graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graphs-readme-'));
  const file = join(dir, 'small.json');
  writeFileSync(file, JSON.stringify(SMALL));

  it('counts coverage, dated elements and primary sources by the stated definitions', async () => {
    const f = graphFigures('small.json', await loadGraph(file));
    expect(f.coverage).toEqual({ held: 2, size: 3, named: true });
    expect([f.firmsAndAnchors, f.founded]).toEqual([3, 2]);
    expect([f.ties, f.dated]).toEqual([2, 1]);
    // b cites only English Wikipedia, e2 only Kotobank; c has a primary source beside ja.wikipedia; a and e1 are primary.
    expect([f.elements, f.primary]).toEqual([5, 3]);
    expect(f.deepest).toBe(2);
  });

  it('gives depth by spin-off type: all ties, then each type the graph has', async () => {
    const rows = depthByType(await loadGraph(file));
    expect(rows.map((r) => [r.types, r.ties, r.generations, r.descendants, r.deepest])).toEqual([
      ['all', 2, 2, 2, 'A'],
      ['employee', 1, 1, 1, 'A'],
      ['subsidiary', 1, 1, 1, 'B'],
    ]);
  });

  it('writes roster coverage, seed statements and known gaps into the section', async () => {
    const text = await graphsReadme([file]);
    expect(text).toContain('## small.json — Small');
    expect(text).toContain('Coverage: **2 of 3 (67%)** members are in the graph.');
    expect(text).toContain('- Not in the graph: Z.');
    expect(text).toContain('**Seed statements** (1 of 1 reproduced by the data):');
    expect(text).toContain('| A spun off B. | Paper — 000_0000000000000000.txt | yes | lineage |');
    expect(text).toContain('- Z is not covered.');
    expect(text).toContain('**On primary sources.** 3 of 5 (60%) elements.');
    expect(text).not.toMatch(/\{\{\w+\}\}/);
  });

  it('says coverage cannot be counted when the roster gives only its size', async () => {
    const unnamed = join(dir, 'unnamed.json');
    writeFileSync(unnamed, JSON.stringify({ ...SMALL, attributes: { ...SMALL.attributes, roster: { description: 'A survey of 29 firms.', sources: ['Paper — 000_0000000000000000.txt'], size: 29, members: [] } } }));
    const text = await graphsReadme([unnamed]);
    expect(text).toContain("Coverage: **cannot be counted**: the roster's sources give its size (29) but name none of its members.");
    expect(text).toContain('| `unnamed.json` | Small | 3 | 2 | ? / 29 (unnamed) |');
  });

  it('treats Wikipedias and Kotobank as secondary, and seeds and other hosts as primary', () => {
    expect(isSecondarySource('X — https://en.wikipedia.org/wiki/X')).toBe(true);
    expect(isSecondarySource('X — https://kotobank.jp/word/X')).toBe(true);
    expect(isSecondarySource('Paper — 002_113372f276fbe30a.txt')).toBe(false);
    expect(isSecondarySource('X — https://notwikipedia.org/x')).toBe(false);
  });
});
