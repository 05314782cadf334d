/**
 * The benchmark runner: `npm run bench` runs every suite in bench/ (files `*.bench.ts`),
 * `npm run bench -- metrics` one suite. Options: `--nodes N` (graph size), `--seed S`, `--rounds R` (interleaved repetitions),
 * `--no-external` (skip igraph and other baselines run in a child process), `--list`; for the suites
 * that read them, `--sizes A,B` (several graph sizes), `--standard-sizes A,B` (sizes for the
 * whole-graph commands) and `--tools T,U` (only these tools' rows).
 *
 * Times are wall-clock on this machine, measured in one run beside their baselines, so the ratios
 * (ecograph time / baseline time) are the numbers to read.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchOptions, BenchSuite } from './suite.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));

function parse(argv: string[]): { suites: string[]; options: BenchOptions; list: boolean } {
  const suites: string[] = [];
  const options: BenchOptions = { seed: 1, noExternal: false };
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`${a} expects a number`);
      return v;
    };
    const items = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('-') || v.trim() === '') throw new Error(`${a} expects a comma-separated list`);
      return v.split(',').map((x) => x.trim()).filter((x) => x !== '');
    };
    const numbers = () =>
      items().map((x) => {
        const n = Number(x.replace(/_/g, ''));
        if (!Number.isInteger(n) || n < 1) throw new Error(`${a} expects positive whole numbers, got ${x}`);
        return n;
      });
    if (a === '--nodes') options.nodes = value();
    else if (a === '--sizes') options.sizes = numbers();
    else if (a === '--standard-sizes') options.standardSizes = numbers();
    else if (a === '--tools') options.tools = items();
    else if (a === '--seed') options.seed = value();
    else if (a === '--rounds') options.rounds = value();
    else if (a === '--no-external') options.noExternal = true;
    else if (a === '--list') list = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a} (options: --nodes N, --sizes A,B, --standard-sizes A,B, --tools T,U, --seed S, --rounds R, --no-external, --list)`);
    else suites.push(a);
  }
  return { suites, options, list };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    return 2;
  }
  const files = readdirSync(DIR).filter((f) => f.endsWith('.bench.ts')).sort();
  const available = new Map(files.map((f) => [f.replace(/\.bench\.ts$/, ''), f]));
  if (args.list) {
    for (const [name, file] of available) {
      const suite = (await import(pathToFileURL(DIR + file).href)).default as BenchSuite;
      process.stdout.write(`${name.padEnd(16)} ${suite.description}\n`);
    }
    return 0;
  }
  const chosen = args.suites.length > 0 ? args.suites : [...available.keys()];
  const unknown = chosen.filter((s) => !available.has(s));
  if (unknown.length > 0) {
    process.stderr.write(`bench: no suite ${unknown.join(', ')} (available: ${[...available.keys()].join(', ')})\n`);
    return 2;
  }
  for (const name of chosen) {
    const suite = (await import(pathToFileURL(DIR + available.get(name)!).href)).default as BenchSuite;
    process.stdout.write(`\n== ${suite.name}: ${suite.description}\n`);
    await suite.run({ options: args.options, log: (line) => process.stdout.write(line + '\n') });
  }
  return 0;
}

process.exitCode = await main();
