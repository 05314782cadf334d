/** `ecograph figure network` through runCli: byte-identical SVG per seed, options, errors. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { saveGraph } from '../../../src/io/files.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { runCapture } from '../../helpers/run-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-figure-network-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const run = (...argv: string[]) => runCapture(['figure', 'network', ...argv]);

async function graphFile(): Promise<string> {
  const path = join(TMP, 'eco.json');
  if (!existsSync(path)) await saveGraph(generateEcosystem({ nodes: 120, seed: 6 }), path);
  return path;
}

describe('ecograph figure network', () => {
  it('writes byte-identical SVG for the same seed, and another figure for another seed', async () => {
    const graph = await graphFile();
    const paths = ['a', 'b', 'c'].map((n) => join(TMP, `${n}.svg`));
    expect((await run(graph, '--seed', '5', '--labels', 'top:12', '-o', paths[0]!)).code).toBe(0);
    expect((await run(graph, '--seed', '5', '--labels', 'top:12', '-o', paths[1]!)).code).toBe(0);
    expect((await run(graph, '--seed', '6', '--labels', 'top:12', '-o', paths[2]!)).code).toBe(0);
    const [a, b, c] = paths.map((p) => readFileSync(p, 'utf8'));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toContain('Layout: ForceAtlas2, seed 5. Node size: degree.');
  });

  it('colours by community, sizes by pagerank and labels the top N', async () => {
    const graph = await graphFile();
    const out = join(TMP, 'community.svg');
    const r = await run(graph, '--color', 'community', '--size', 'pagerank', '--labels', 'top:7', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('7 labels');
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('community 1 (');
    expect(svg).toContain('Node size: pagerank.');
  });

  it('writes a PNG at --dpi and a PDF', async () => {
    const graph = await graphFile();
    const png = join(TMP, 'net.png');
    expect((await run(graph, '--dpi', '48', '-o', png)).code).toBe(0);
    const image = PNG.sync.read(readFileSync(png));
    expect(image.width).toBeGreaterThan(100);
    const r = await run(graph, '--dpi', '48', '--no-caption', '-o', png);
    const reported = /, (\d+)×(\d+) px at 48 dpi, \d+×\d+ mm\)/.exec(r.stderr)!;
    const bare = PNG.sync.read(readFileSync(png));
    // The pixel size reported is the file's; without the caption the figure is shorter.
    expect([bare.width, bare.height]).toEqual([Number(reported[1]), Number(reported[2])]);
    expect(bare.height).toBeLessThan(image.height);
    const pdf = join(TMP, 'net.pdf');
    expect((await run(graph, '-o', pdf)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('labels every node that fits by default, lists the labels dropped on stderr, and lays out at --width', async () => {
    const graph = await graphFile();
    const out = join(TMP, 'narrow.svg');
    const r = await run(graph, '--width', '85mm', '-o', out);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    // 85 mm at 96 px per inch.
    expect(svg).toMatch(/<svg [^>]*width="322"/);
    const dropped = /labels dropped \(no room at 6\.5 pt or more at 85mm\): (.*)\n/.exec(r.stderr);
    expect(dropped).not.toBeNull();
    const drawn = Number(/, (\d+) labels,/.exec(r.stderr)![1]);
    expect(drawn + dropped![1]!.split(/\), /).length).toBe(120);
    const wide = await run(graph, '--width', '400mm', '-o', join(TMP, 'wide.svg'));
    expect(Number(/, (\d+) labels,/.exec(wide.stderr)![1])).toBeGreaterThan(drawn);
  });

  it('draws in black and white with --print bw, and labels the nodes named by --labels', async () => {
    const graph = await graphFile();
    const out = join(TMP, 'bw.svg');
    const r = await run(graph, '--print', 'bw', '--labels', 'none', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(', 0 labels,');
    const svg = readFileSync(out, 'utf8');
    const colours = new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9A-F]{6})"/g)].map((m) => m[1]!));
    for (const c of colours) expect(c).toMatch(/^#([0-9A-F]{2})\1\1$/);
    const ids = await run(graph, '--labels', 'a0,u0', '-o', join(TMP, 'ids.svg'));
    expect(ids.code).toBe(0);
    expect(ids.stderr).toContain(', 2 labels,');
    const unknown = await run(graph, '--labels', 'a0,nobody', '-o', join(TMP, 'ids.svg'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--labels names nodes not in the graph: nobody');
  });

  it('refuses bad options with exit code 2', async () => {
    const graph = await graphFile();
    for (const argv of [
      ['--labels', 'top:x', '-o', join(TMP, 'x.svg')],
      ['--width', '85', '-o', join(TMP, 'x.svg')],
      ['--width', '10mm', '-o', join(TMP, 'x.svg')],
      ['--print', 'grey', '-o', join(TMP, 'x.svg')],
      ['--size', 'height', '-o', join(TMP, 'x.svg')],
      ['--color', 'rainbow', '-o', join(TMP, 'x.svg')],
      ['-o', join(TMP, 'x.jpg')],
      [],
    ]) {
      const r = await run(graph, ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/ecograph figure network: /);
    }
    expect(existsSync(join(TMP, 'x.svg'))).toBe(false);
  });
});
