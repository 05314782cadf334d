/**
 * The SVG figures in docs/figures/ are drawn from graphs/*.json by `npm run docs:figures`; this test redraws each
 * SVG that script writes, with the script's own arguments (read from package.json, so the two cannot disagree),
 * and fails when a committed file differs from what the current code and data draw. PNGs are left out to keep it
 * fast: each PNG is rendered from the same figure as its SVG.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture } from '../helpers/run-cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = 'node bin/ecograph.js';

/** Splits one shell command into words, honouring double quotes (the script quotes a title). */
function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const m of command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!);
  return words;
}

/** One SVG the script writes: the CLI arguments (after `ecograph`) and the index of the `-o` value. */
interface SvgFigure {
  file: string;
  argv: string[];
  outputAt: number;
}

/** The `ecograph` commands of package.json's docs:figures script that write an SVG with `-o`. */
function svgFigures(script: string): SvgFigure[] {
  const figures: SvgFigure[] = [];
  for (const part of script.split('&&').map((p) => p.trim())) {
    const command = part.replace(/\s*>\s*\/dev\/null\s*$/, '');
    if (!command.startsWith(`${CLI} `)) throw new Error(`docs:figures runs something other than ${CLI}: ${command}`);
    const argv = shellWords(command.slice(CLI.length));
    const outputAt = argv.indexOf('-o') + 1;
    if (outputAt === 0 || !argv[outputAt]!.endsWith('.svg')) continue;
    figures.push({ file: argv[outputAt]!, argv, outputAt });
  }
  return figures;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const FIGURES = svgFigures(pkg.scripts['docs:figures'] ?? '');
const TMP = mkdtempSync(join(tmpdir(), 'ecograph-figures-drift-'));

describe('shellWords', () => {
  it('splits on spaces and keeps a double-quoted argument whole, without its quotes', () => {
    expect(shellWords('compare a.json --title "Four clusters: indicators" -o x.svg')).toEqual(['compare', 'a.json', '--title', 'Four clusters: indicators', '-o', 'x.svg']);
    expect(shellWords('a "say \\"hi\\""')).toEqual(['a', 'say "hi"']);
  });
});

describe('docs/figures is drawn from the current data', () => {
  it('finds the SVGs the docs:figures script writes', () => {
    expect(FIGURES.map((f) => f.file)).toEqual(expect.arrayContaining(['docs/figures/sapporo-tree.svg', 'docs/figures/hamamatsu-families.svg']));
    expect(FIGURES.length).toBeGreaterThanOrEqual(5);
    // The script's paths are relative to the repository root, where the CLI runs in-process here.
    expect(resolve(process.cwd())).toBe(resolve(ROOT));
  });

  it.each(FIGURES.map((f) => [f.file, f] as const))('%s is byte-identical to a fresh run', async (file, figure) => {
    const out = join(TMP, file.replace(/\//g, '_'));
    const argv = figure.argv.map((a, i) => (i === figure.outputAt ? out : a));
    const r = await runCapture(argv);
    expect(r.code, r.stderr).toBe(0);
    const fresh = readFileSync(out);
    const committed = readFileSync(join(ROOT, file));
    if (!fresh.equals(committed)) {
      expect.fail(`${file} differs from what \`ecograph ${figure.argv.join(' ')}\` draws from the current graphs and code: run npm run docs:figures`);
    }
  });
});
