/**
 * The data flow the sources keep: `io/` reads and validates and never imports `metrics/`; CLI
 * command files import the library (and the CLI's shared modules), never another command file; the
 * opener sits above both. Every import and re-export statement of every file under src/ is parsed
 * (static, type-only and dynamic imports alike) and resolved against the importing file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

/** Every .ts / .mts / .mjs file under a directory. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The module specifiers a source text imports or re-exports. */
export function importSpecifiers(text: string): string[] {
  // drop comments so that examples in TSDoc are not read as imports
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"]+)['"]/g, // import x from '…', import type { x } from '…'
    /\bimport\s*['"]([^'"]+)['"]/g, // import '…' (side effects)
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g, // export … from '…'
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('…')
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) specifiers.push(m[1]!);
  return specifiers;
}

interface Import {
  /** The importing file, relative to the repository (forward slashes). */
  file: string;
  specifier: string;
  /** The imported file, relative to the repository, for relative specifiers; undefined for packages. */
  target: string | undefined;
}

const posix = (p: string) => p.split(sep).join('/');

function imports(): Import[] {
  return sourceFiles(SRC).flatMap((path) =>
    importSpecifiers(readFileSync(path, 'utf8')).map((specifier) => ({
      file: posix(relative(ROOT, path)),
      specifier,
      target: specifier.startsWith('.') ? posix(relative(ROOT, resolve(dirname(path), specifier))).replace(/\.js$/, '.ts') : undefined,
    })),
  );
}

const ALL = imports();

describe('import statements are found', () => {
  it('reads static, type-only, re-export, side-effect and dynamic imports, not those in comments', () => {
    const text = `/** @example import { x } from './in-a-comment.js'; */
import { a, type B } from './a.js';
import type { C } from "../c.js";
import * as d from 'd';
import './side.js';
export { e } from './e.js';
export * from './f.js';
export type { G } from './g.js';
const h = await import('./h.js');
// import { i } from './i.js';`;
    expect(importSpecifiers(text).sort()).toEqual(['../c.js', './a.js', './e.js', './f.js', './g.js', './h.js', './side.js', 'd'].sort());
  });

  it('finds the imports of the source tree', () => {
    expect(ALL.length).toBeGreaterThan(300);
    expect(ALL.some((i) => i.file === 'src/cli/commands/lineage.ts' && i.target === 'src/open/index.ts')).toBe(true);
  });
});

describe('architecture', () => {
  it('nothing under src/io/ imports src/metrics/', () => {
    const offending = ALL.filter((i) => i.file.startsWith('src/io/') && i.target?.startsWith('src/metrics/')).map((i) => `${i.file} imports ${i.specifier}`);
    expect(offending).toEqual([]);
  });

  it('no file of src/cli/commands/ imports another file of that folder', () => {
    const offending = ALL.filter((i) => i.file.startsWith('src/cli/commands/') && i.target?.startsWith('src/cli/commands/')).map((i) => `${i.file} imports ${i.specifier}`);
    expect(offending).toEqual([]);
  });

  it('the model imports neither io/, metrics/ nor the opener', () => {
    const offending = ALL.filter((i) => i.file.startsWith('src/model/') && /^src\/(io|metrics|open)\//.test(i.target ?? '')).map((i) => `${i.file} imports ${i.specifier}`);
    expect(offending).toEqual([]);
  });

  it('metrics and figures take the seeded generator from the model, not from the generator', () => {
    const offending = ALL.filter((i) => /^src\/(metrics|figures|model)\//.test(i.file) && i.target?.startsWith('src/generate/')).map((i) => `${i.file} imports ${i.specifier}`);
    expect(offending).toEqual([]);
  });

  it('only src/io/xlsx.ts loads ExcelJS, and nothing imports it statically: commands that read no workbook never load it', () => {
    expect([...new Set(ALL.filter((i) => i.specifier === 'exceljs').map((i) => i.file))]).toEqual(['src/io/xlsx.ts']);
    const users = [...new Set(ALL.filter((i) => i.target === 'src/io/xlsx.ts').map((i) => i.file))];
    expect(users).toEqual(['src/io/files.ts']);
    const text = readFileSync(join(ROOT, 'src/io/files.ts'), 'utf8');
    expect(text).toMatch(/await import\('\.\/xlsx\.js'\)/);
    expect(text).not.toMatch(/^import (?!type)[^;]*'\.\/xlsx\.js'/m);
  });

  it("the opener's browser half imports no Node module and none of the opener's Node files", () => {
    const browserHalf = ['src/open/browser.ts', 'src/open/route.ts', 'src/open/opened.ts', 'src/open/texts.ts'];
    const offending = ALL.filter((i) => browserHalf.includes(i.file) && (/^node:/.test(i.specifier) || i.target === 'src/open/files.ts' || i.target === 'src/open/index.ts' || i.target?.startsWith('src/io/stream/compact-load') || i.target === 'src/io/files.ts')).map(
      (i) => `${i.file} imports ${i.specifier}`,
    );
    expect(offending).toEqual([]);
  });
});
