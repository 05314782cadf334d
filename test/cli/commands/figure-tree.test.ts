/** `ecograph figure tree` through runCli: outputs, byte-identical SVG, errors and exit codes. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { saveGraph } from '../../../src/io/files.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { generatedSpinoffTree } from '../../figures/generated-tree.js';
import { runCapture } from '../../helpers/run-cli.js';

const REPO = join(import.meta.dirname, '../../..');
const TMP = mkdtempSync(join(tmpdir(), 'ecograph-figure-tree-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const run = (...argv: string[]) => runCapture(['figure', 'tree', ...argv]);

async function generatedFile(): Promise<string> {
  const path = join(TMP, 'generated.json');
  if (!existsSync(path)) await saveGraph(generatedSpinoffTree({ nodes: 80, seed: 2, maxChildren: 8, depthBias: 0.5 }), path);
  return path;
}

describe('ecograph figure tree', () => {
  it('writes byte-identical SVG files (font embedded) for the same input', async () => {
    const graph = await generatedFile();
    // Every orientation and the year axis are compared at library level (test/figures/tree/layout.test.ts).
    for (const extra of [[], ['--years', '--orientation', 'horizontal', '--max-generations', '3']]) {
      const a = join(TMP, 'a.svg');
      const b = join(TMP, 'b.svg');
      const r1 = await run(graph, '--root', 'n0', '--mark-listed', '--title', 'Tree', ...extra, '-o', a);
      expect(r1.code).toBe(0);
      expect(r1.stderr).toMatch(/^wrote .*a\.svg \(svg, \d+ firms/);
      expect((await run(graph, '--root', 'n0', '--mark-listed', '--title', 'Tree', ...extra, '-o', b)).code).toBe(0);
      const svg = readFileSync(a, 'utf8');
      expect(svg).toBe(readFileSync(b, 'utf8'));
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('font-family="Noto Sans JP"');
      expect(svg).toContain('<title>Tree</title>');
    }
  });

  it('writes a PNG at --dpi and a PDF', async () => {
    const graph = await generatedFile();
    const svgPath = join(TMP, 'dpi.svg');
    await run(graph, '--root', 'n0', '-o', svgPath);
    const width = Number(/width="([\d.]+)"/.exec(readFileSync(svgPath, 'utf8'))![1]);
    const png = join(TMP, 'tree.png');
    const r = await run(graph, '--root', 'n0', '--dpi', '144', '-o', png);
    expect(r.code).toBe(0);
    const image = PNG.sync.read(readFileSync(png));
    expect(image.width).toBe(Math.round(width * 1.5));
    expect(r.stderr).toContain(`, ${image.width}×${image.height} px at 144 dpi, `);
    const bare = join(TMP, 'bare.svg');
    expect((await run(graph, '--root', 'n0', '--no-caption', '-o', bare)).code).toBe(0);
    expect(readFileSync(bare, 'utf8')).not.toContain('Source');
    expect(readFileSync(svgPath, 'utf8')).toContain('Source');
    const pdf = join(TMP, 'tree.pdf');
    expect((await run(graph, '--root', 'n0', '-o', pdf)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.runIf(existsSync(join(REPO, 'graphs/hamamatsu-spinoffs.json')))('draws the bundled Hamamatsu tree with listed firms marked', async () => {
    const out = join(TMP, 'hamamatsu.svg');
    const r = await run(join(REPO, 'graphs/hamamatsu-spinoffs.json'), '--root', 'nippon-gakki', '--mark-listed', '-o', out);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Spin-off tree of Nippon Gakki');
    expect(svg).toContain('listed company');
    expect(svg).toMatch(/Yamaha Motor Co\., Ltd\. \*/);
    expect(svg).toContain('1955');
  });

  it.runIf(existsSync(join(REPO, 'graphs/hamamatsu-spinoffs.json')))('--types draws only those spin-off types and the caption says so', async () => {
    const out = join(TMP, 'hamamatsu-employee.svg');
    const r = await run(join(REPO, 'graphs/hamamatsu-spinoffs.json'), '--root', 'nippon-gakki', '--types', 'employee', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\(svg, 2 firms, 1 generation, .*; spin-off ties drawn: employee\)/);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Spin-off ties drawn: employee only.');
    expect(svg).toContain('Kawai');
    expect(svg).not.toContain('Yamaha Motor Co.'); // a carve-out
    const bad = await run(join(REPO, 'graphs/hamamatsu-spinoffs.json'), '--root', 'nippon-gakki', '--types', 'staff', '-o', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--types: unknown spin-off type "staff"');
  });

  it.runIf(existsSync(join(REPO, 'graphs/hamamatsu-spinoffs.json')))('warns when the root has no spin-offs instead of silently drawing one box', async () => {
    const graph = join(REPO, 'graphs/hamamatsu-spinoffs.json');
    const r = await run(graph, '--root', 'yamaha-motor', '-o', join(TMP, 'lonely.svg'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: Yamaha Motor Co., Ltd. (yamaha-motor) has no spin-offs in');
    expect(r.stderr).toContain('1 firm, 0 generations');
    // A root with descendants, or one box asked for with --max-generations 0, gives no warning.
    expect((await run(graph, '--root', 'nippon-gakki', '-o', join(TMP, 'busy.svg'))).stderr).not.toContain('warning');
    expect((await run(graph, '--root', 'nippon-gakki', '--max-generations', '0', '-o', join(TMP, 'one.svg'))).stderr).not.toContain('warning');
  });

  it.runIf(existsSync(join(REPO, 'graphs/hamamatsu-spinoffs.json')))('--all-roots draws every family horizontally; --root takes several ids', async () => {
    const graph = join(REPO, 'graphs/hamamatsu-spinoffs.json');
    const out = join(TMP, 'families.svg');
    const r = await run(graph, '--all-roots', '-o', out);
    expect(r.code).toBe(0);
    // 6 roots + their descendants 2 + 3 + 1 + 1 + 1 + 3 (ecograph lineage on the graph) = 17
    expect(r.stderr).toMatch(/^wrote .*families\.svg \(svg, 6 families, 17 firms, /);
    expect(r.stderr).not.toContain('note:');
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Spin-off families of Hamamatsu spin-offs');
    for (const name of ['Kawai', 'Roland', 'Lihito', 'Tokai Seiki', 'Honda R&amp;D', 'Koso']) expect(svg).toContain(name);
    const [width, height] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map((re) => Number(re.exec(svg)![1]));
    expect(Math.max(width!, height!) / Math.min(width!, height!)).toBeLessThanOrEqual(3);
    const two = await run(graph, '--root', 'nippon-gakki,gpi', '--years', '-o', join(TMP, 'two.svg'));
    expect(two.code).toBe(0);
    expect(two.stderr).toContain('2 families, 5 firms');
    const both = await run(graph, '--root', 'gpi', '--all-roots', '-o', join(TMP, 'x.svg'));
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --root or --all-roots');
    const empty = await run(graph, '--root', 'gpi,', '-o', join(TMP, 'x.svg'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty id');
    const unknown = await run(graph, '--root', 'gpi,zz', '-o', join(TMP, 'x.svg'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no node "zz"');
  });

  it('fits --width and --page: wraps or scales, and reports the real size of the file written', async () => {
    const path = join(TMP, 'wide-fit.json');
    await saveGraph(generatedSpinoffTree({ nodes: 60, seed: 2, maxChildren: 60, depthBias: 0.1 }), path);
    // 85 mm = 321.26 px; the PNG at 96 dpi has that many pixels (to rounding).
    const png = join(TMP, 'column.png');
    const column = await run(path, '--root', 'n0', '--width', '85mm', '--dpi', '96', '-o', png);
    expect(column.code).toBe(0);
    const image = PNG.sync.read(readFileSync(png));
    expect(image.width).toBeLessThanOrEqual(322);
    expect(column.stderr).toContain(`, ${image.width}×${image.height} px at 96 dpi, `);
    expect(column.stderr).toMatch(/, 85×\d+ mm|, 8[0-5]×\d+ mm/);
    // The SVG keeps the layout in its viewBox and prints at the scaled size.
    const svgPath = join(TMP, 'column.svg');
    expect((await run(path, '--root', 'n0', '--width', '85mm', '-o', svgPath)).code).toBe(0);
    const svg = readFileSync(svgPath, 'utf8');
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
    expect(width).toBeLessThanOrEqual(321.27);
    // A whole A4 text block (170 × 257 mm): neither side beyond it.
    const a4 = await run(path, '--root', 'n0', '--page', 'a4', '--years', '-o', join(TMP, 'a4.pdf'));
    expect(a4.code).toBe(0);
    const mm = /, (\d+)×(\d+) mm/.exec(a4.stderr)!;
    expect(Number(mm[1])).toBeLessThanOrEqual(170);
    expect(Number(mm[2])).toBeLessThanOrEqual(257);
    const bad = await run(path, '--root', 'n0', '--width', '85', '-o', join(TMP, 'x.svg'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--width expects a length such as 174mm');
    expect((await run(path, '--root', 'n0', '--page', 'a3', '-o', join(TMP, 'x.svg'))).code).toBe(2);
  });

  it.runIf(existsSync(join(REPO, 'graphs/hamamatsu-spinoffs.json')))('--label ja prints the Japanese names, --label short the short forms', async () => {
    const graph = join(REPO, 'graphs/hamamatsu-spinoffs.json');
    const ja = join(TMP, 'ja.svg');
    expect((await run(graph, '--root', 'nippon-gakki', '--label', 'ja', '-o', ja)).code).toBe(0);
    const jaSvg = readFileSync(ja, 'utf8');
    expect(jaSvg).toContain('>日本楽器');
    expect(jaSvg).toContain('Spin-off tree of 日本楽器');
    const short = join(TMP, 'short.svg');
    expect((await run(graph, '--all-roots', '--label', 'short', '-o', short)).code).toBe(0);
    const shortSvg = readFileSync(short, 'utf8');
    expect(shortSvg).toContain('>GPI<');
    expect(shortSvg).toContain('>Nippon Gakki<');
    expect((await run(graph, '--root', 'gpi', '--label', 'fr', '-o', join(TMP, 'x.svg'))).code).toBe(2);
    // A PNG of Japanese names renders (the font has the glyphs).
    const png = join(TMP, 'ja.png');
    expect((await run(graph, '--root', 'nippon-gakki', '--label', 'ja', '--dpi', '96', '-o', png)).code).toBe(0);
    expect(PNG.sync.read(readFileSync(png)).width).toBeGreaterThan(100);
  });

  it.runIf(existsSync(join(REPO, 'graphs/hamamatsu-spinoffs.json')))('warns about every root drawn alone among several', async () => {
    const graph = join(REPO, 'graphs/hamamatsu-spinoffs.json');
    const r = await run(graph, '--root', 'nippon-gakki,yamaha-motor', '-o', join(TMP, 'alone.svg'));
    expect(r.code).toBe(0);
    // yamaha-motor is inside the Nippon Gakki family: drawn there, not alone, so no warning.
    expect(r.stderr).not.toContain('warning');
    const lonely = await run(graph, '--root', 'yamaha-motor,gpi', '-o', join(TMP, 'alone2.svg'));
    expect(lonely.stderr).toContain('warning: Yamaha Motor Co., Ltd. (yamaha-motor) has no spin-offs');
    expect(lonely.stderr).not.toContain('(gpi) has no spin-offs');
  });

  it('turns a wide single tree horizontal unless --orientation is given, then notes the aspect ratio', async () => {
    const path = join(TMP, 'wide.json');
    await saveGraph(generatedSpinoffTree({ nodes: 40, seed: 2, maxChildren: 40, depthBias: 0.1 }), path);
    const auto = await run(path, '--root', 'n0', '-o', join(TMP, 'wide-auto.svg'));
    expect(auto.code).toBe(0);
    expect(auto.stderr).not.toContain('note:');
    const forced = await run(path, '--root', 'n0', '--orientation', 'vertical', '--band', 'off', '-o', join(TMP, 'wide-vertical.svg'));
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/note: the figure is \d+×\d+ px, more than 3 times as wide as high; --orientation horizontal may give a more compact figure/);
    // With bands (the default --band auto) the forced vertical figure is less of a strip.
    const banded = await run(path, '--root', 'n0', '--orientation', 'vertical', '-o', join(TMP, 'wide-vertical-bands.svg'));
    expect(banded.code).toBe(0);
    expect(banded.stderr).toContain('set in bands side by side');
    const ratio = (file: string) => {
      const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(readFileSync(join(TMP, file), 'utf8'))!;
      return Number(m[1]) / Number(m[2]);
    };
    expect(ratio('wide-vertical-bands.svg')).toBeLessThan(ratio('wide-vertical.svg') * 0.8);
  });

  it('--band N sets a large sibling group in bands (said on stderr); --band off keeps one column; --band auto bands a column over 3 times as high as wide', async () => {
    // One university with 36 spin-offs: a column of 36 boxes.
    const fan = createEcoGraph({ name: 'Fan' });
    fan.addNode('uni', { label: 'Fan University', kind: 'university', founded: 1900, sources: ['University history (Fan University, 2000)'] });
    for (let i = 1; i <= 36; i++) {
      fan.addNode(`f${i}`, { label: `Spin-off firm ${i}`, kind: 'firm', founded: 1950 + i, sources: ['University history (Fan University, 2000)'] });
      fan.addDirectedEdge('uni', `f${i}`, { kind: 'spinoff', sources: ['University history (Fan University, 2000)'] });
    }
    const path = join(TMP, 'fan.json');
    await saveGraph(fan, path);
    const size = (file: string) => {
      const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(readFileSync(file, 'utf8'))!;
      return { width: Number(m[1]), height: Number(m[2]) };
    };
    const off = await run(path, '--root', 'uni', '--orientation', 'horizontal', '--band', 'off', '-o', join(TMP, 'fan-off.svg'));
    expect(off.code).toBe(0);
    expect(off.stderr).not.toContain('bands');
    const tall = size(join(TMP, 'fan-off.svg'));
    expect(tall.height).toBeGreaterThan(3 * tall.width);
    const banded = await run(path, '--root', 'uni', '--orientation', 'horizontal', '--band', '12', '-o', join(TMP, 'fan-12.svg'));
    expect(banded.code).toBe(0);
    expect(banded.stderr).toContain('note: the children of Fan University are set in bands side by side (--band off: one column)');
    // three bands of 12: a third of the height, give or take the title, legend and caption
    expect(size(join(TMP, 'fan-12.svg')).height).toBeLessThan(tall.height * 0.45);
    const auto = await run(path, '--root', 'uni', '--orientation', 'horizontal', '-o', join(TMP, 'fan-auto.svg'));
    expect(auto.code).toBe(0);
    expect(auto.stderr).toContain('set in bands');
    const shaped = size(join(TMP, 'fan-auto.svg'));
    expect(Math.max(shaped.width, shaped.height) / Math.min(shaped.width, shaped.height)).toBeLessThan(3);
    for (const bad of ['2', '4.5', 'many']) {
      const r = await run(path, '--root', 'uni', '--band', bad, '-o', join(TMP, 'x.svg'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--band expects auto, off or a whole number ≥ 3 (most children in one column), got ${bad}`);
    }
  });

  it('refuses bad invocations with a message and no stack trace', async () => {
    const graph = await generatedFile();
    const noRoot = await run(graph, '-o', join(TMP, 'x.svg'));
    expect(noRoot.code).toBe(2);
    expect(noRoot.stderr).toContain('--root ID is required (or --all-roots)');
    const badExt = await run(graph, '--root', 'n0', '-o', join(TMP, 'x.gif'));
    expect(badExt.code).toBe(2);
    expect(badExt.stderr).toContain('must end in .svg, .png or .pdf');
    const missing = await run(graph, '--root', 'zz', '-o', join(TMP, 'x.svg'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no node "zz"');
    const badOrientation = await run(graph, '--root', 'n0', '--orientation', 'diagonal', '-o', join(TMP, 'x.svg'));
    expect(badOrientation.code).toBe(2);
    const badGen = await run(graph, '--root', 'n0', '--max-generations', '1.5', '-o', join(TMP, 'x.svg'));
    expect(badGen.code).toBe(2);
    for (const r of [noRoot, badExt, missing, badOrientation, badGen]) expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(TMP, 'x.svg'))).toBe(false);
  });

  it('refuses an invalid graph with the validator messages', async () => {
    const bad = join(TMP, 'bad.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, '{"nodes": [');
    const r = await run(bad, '--root', 'a', '-o', join(TMP, 'y.svg'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(bad);
  });
});
