/**
 * Tests mirror `src/` under `test/`: every module with behaviour, `src/a/b.ts`, has its test at
 * `test/a/b.test.ts`.
 *
 * A module has no behaviour when, compiled to JavaScript, nothing is left but imports and
 * (re-)export lists: type-only files (interfaces, type aliases) and `index.ts` files that re-export other
 * modules. Declaration files (`.d.ts`) are not modules. Any other module without a mirrored test
 * must be listed below with its reason.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Modules with behaviour that have no mirrored test on purpose, each with the reason. */
const EXEMPT: Readonly<Record<string, string>> = {};

/** Every `.ts` file under `src/` (declaration files excluded), as `src/…` paths. */
function sourceModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(relative(ROOT, path).split('\\').join('/'));
    }
  };
  walk(join(ROOT, 'src'));
  return found.sort();
}

/** `src/a/b.ts` → `test/a/b.test.ts`. */
function mirroredTestPath(module: string): string {
  return module.replace(/^src\//, 'test/').replace(/\.ts$/, '.test.ts');
}

/**
 * Whether TypeScript source has behaviour: anything left, once compiled to JavaScript, besides
 * imports and re-exports (`export … from`).
 */
function hasBehaviour(source: string): boolean {
  const js = transformSync(source, { loader: 'ts', format: 'esm', legalComments: 'none' }).code;
  const rest = js
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
    .replace(/^\s*import\s[^;]*;/gm, '')
    .replace(/^\s*export\s*(\*|\{[^}]*\})\s*(as\s+\w+\s+)?from\s*["'][^"']+["'];/gm, '')
    .replace(/^\s*export\s*\{[^}]*\};/gm, '');
  return rest.trim() !== '';
}

const modules = sourceModules();
const withBehaviour = modules.filter((m) => hasBehaviour(readFileSync(join(ROOT, m), 'utf8')));
const untested = withBehaviour.filter((m) => !existsSync(join(ROOT, mirroredTestPath(m))));

describe('tests mirror src/', () => {
  it('gives every module with behaviour its test at the mirrored path (or a listed reason)', () => {
    const listed = new Set(Object.keys(EXEMPT));
    const missing = untested.filter((m) => !listed.has(m)).map((m) => `${m} → ${mirroredTestPath(m)}`);
    expect(missing, `modules with behaviour and no test at the mirrored path:\n${missing.join('\n')}`).toEqual([]);
  });

  it('lists only modules that exist, have behaviour and still lack their mirrored test', () => {
    const stale = Object.keys(EXEMPT).filter((m) => !untested.includes(m));
    expect(stale, `listed but not (or no longer) an untested module with behaviour — remove from the list:\n${stale.join('\n')}`).toEqual([]);
  });

  it('gives every exemption a reason', () => {
    for (const [module, reason] of Object.entries(EXEMPT)) expect(reason.trim().length, `${module} needs a reason`).toBeGreaterThan(10);
  });
});

describe('what counts as behaviour', () => {
  it('exempts type-only modules and re-export files, and nothing with code', () => {
    expect(hasBehaviour('/** A. */\nexport interface A { x: number }\nexport type B = A | string;\n')).toBe(false);
    expect(hasBehaviour("import type { A } from './a.js';\nexport type C = A[];\n")).toBe(false);
    expect(hasBehaviour("export { a, type B } from './a.js';\nexport * from './c.js';\nexport {\n  d,\n  e,\n} from './d.js';\n")).toBe(false);
    expect(hasBehaviour('export const A = 1;\n')).toBe(true);
    expect(hasBehaviour('export function f(): number { return 1; }\n')).toBe(true);
    expect(hasBehaviour("import { a } from './a.js';\nexport { a };\n")).toBe(false);
    expect(hasBehaviour("const a = 1;\nexport { a };\n")).toBe(true);
    expect(hasBehaviour('export enum E { A, B }\n')).toBe(true);
  });

  it('classifies the real tree: types.ts and raw.ts are type-only, index.ts files re-export, graph.ts has code', () => {
    const behaviourless = modules.filter((m) => !withBehaviour.includes(m));
    expect(behaviourless).toEqual(expect.arrayContaining(['src/model/types.ts', 'src/model/raw.ts', 'src/index.ts']));
    expect(withBehaviour).toEqual(expect.arrayContaining(['src/model/graph.ts', 'src/cli/command.ts']));
    expect(behaviourless.every((m) => !readFileSync(join(ROOT, m), 'utf8').includes('function '))).toBe(true);
  });
});
