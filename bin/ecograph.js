#!/usr/bin/env node
// The `ecograph` binary: runs the bundle of the compiled CLI (dist/cli-bundle/, made by
// scripts/bundle-cli.mjs) with plain Node. A checkout builds it with `npm run build`, which
// `npm install` runs through the prepare script.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli-bundle/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('ecograph: the package is not built (dist/cli-bundle/main.js is missing): run `npm run build` in the ecograph checkout\n');
  process.exit(1);
}
const { runCli, processIO } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2), processIO);
