// `npm run build:lib`: compiles src/ to dist/ (JavaScript, declarations, source maps) with
// tsconfig.build.json, after removing what an earlier build left in dist/ (a module deleted from src/
// must not stay in the package). dist/web, the web explorer built by `npm run build:web`, is kept.
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
if (result.status !== 0) {
  console.error(`build:lib: tsc -p tsconfig.build.json failed (exit ${result.status ?? result.signal})`);
  process.exit(1);
}
