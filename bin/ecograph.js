#!/usr/bin/env node
// The `ecograph` binary: runs the TypeScript CLI through tsx, so a fresh clone works after `npm install`.
import { tsImport } from 'tsx/esm/api';

const { runCli, processIO } = await tsImport('../src/cli/main.ts', import.meta.url);
const code = await runCli(process.argv.slice(2), processIO);
process.exitCode = code;
