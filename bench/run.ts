/**
 * The benchmark runner: `npm run bench` runs every suite in bench/ (files `*.bench.ts`),
 * `npm run bench -- metrics` one suite. Options: `--nodes N` (graph size), `--seed S`, `--rounds R` (interleaved repetitions),
 * `--no-external` (skip igraph and other baselines run in a child process), `--list`.
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
    if (a === '--nodes') options.nodes = value();
    else if (a === '--seed') options.seed = value();
    else if (a === '--rounds') options.rounds = value();
    else if (a === '--no-external') options.noExternal = true;
    else if (a === '--list') list = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a} (options: --nodes N, --seed S, --rounds R, --no-external, --list)`);
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
