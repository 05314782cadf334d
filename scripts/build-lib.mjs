// `npm run build:lib`: compiles src/ to dist/ (JavaScript, declarations, source maps) with
// tsconfig.build.json, after removing what an earlier build left in dist/ (a module deleted from src/
// must not stay in the package). dist/web, the web explorer built by `npm run build:web`, is kept.
// With --allow-type-errors (the tests' global setup) a build that has type errors but emitted its
// files passes with a warning, so that one type error does not stop every test; `npm run build`
// and the typecheck stay strict. Then the binary's bundle, dist/cli-bundle/, is made from dist/cli/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });
for (const entry of readdirSync(dist)) if (entry !== 'web') rmSync(join(dist, entry), { recursive: true, force: true });

// TypeScript 7's tsc is a native program behind node_modules/.bin/tsc.
const tsc = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
const result = spawnSync(tsc, ['-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', shell: process.platform === 'win32' });
// tsc's exit status 2: type errors, files emitted anyway.
if (result.status === 2 && process.argv.includes('--allow-type-errors')) {
  console.error('build:lib: dist/ was built despite the type errors above (npm run typecheck reports them)');
} else if (result.status !== 0) {
  console.error(`build:lib: tsc -p tsconfig.build.json failed (exit ${result.status ?? result.signal})`);
  process.exit(1);
}
// the binary runs a bundle of the compiled CLI (see bundle-cli.mjs)
await import('./bundle-cli.mjs');
