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
    const pdf = join(TMP, 'net.pdf');
    expect((await run(graph, '-o', pdf)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses bad options with exit code 2', async () => {
    const graph = await graphFile();
    for (const argv of [
      ['--labels', 'best:3', '-o', join(TMP, 'x.svg')],
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
