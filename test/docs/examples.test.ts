/**
 * The documentation runs: every example in each command's `--help` and every command of the
 * README's first session exits 0 against the bundled graphs (in-process, outputs in a temporary
 * directory). Examples that name the user's own files run on stated stand-ins; the few that need a
 * server or a browser are skipped with the reason.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandSpec, OptionSpec } from '../../src/cli/command.js';
import { COMMANDS, type CommandEntry } from '../../src/cli/registry.js';
import { runCapture } from '../helpers/run-cli.js';

const REPO = join(import.meta.dirname, '../..');
const TMP = mkdtempSync(join(tmpdir(), 'ecograph-examples-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const BUNDLED = ['hamamatsu-spinoffs', 'kobe-biomedical', 'kyoto-life-science', 'sapporo-valley'].map((g) => `graphs/${g}.json`);
/** A CSV directory made from a bundled graph (before the examples run). */
const CSV_DIR = join(TMP, 'csv-ecosystem');

/** Inputs the examples name that stand for the user's own files, and what they run on here. */
const STAND_INS: Record<string, string> = {
  'lm.gexf': 'test/fixtures/interop/les-miserables.gexf',
  'les-miserables.gexf': 'test/fixtures/interop/les-miserables.gexf',
  'lineage.gexf': 'test/fixtures/interop/les-miserables.gexf',
  // written by `convert les-miserables.gexf /tmp/lm.json` when that example runs first; made in beforeAll too
  'lm.json': join(TMP, 'lm.json'),
  'firms/': CSV_DIR,
  'spreadsheet/': CSV_DIR,
  'my-ecosystem/': CSV_DIR,
  'kumu-export.xlsx': 'test/fixtures/valid/kumu-kind-map.xlsx',
  // a bundled graph with affiliation and founding ties to infer spin-offs from
  'careers.json': 'graphs/hamamatsu-spinoffs.json',
  // describe's example of a large graph (the sampled path statistics); a bundled graph runs it in a moment
  'big/': CSV_DIR,
};

/** Why an example is not run here, or undefined to run it. */
function skipReason(argv: readonly string[]): string | undefined {
  if (argv[0] === 'serve') return 'serve starts a web server that runs until stopped (covered by test/cli/commands/serve.test.ts)';
  if (argv[0] === 'neo4j') return 'neo4j commands need a running Neo4j server (covered by test/io/neo4j)';
  if (argv.includes('--open')) return '--open starts a browser';
  return undefined;
}

/** Splits an example as a POSIX shell would (quotes, `#` comments); what comes before `ecograph` (npx, VAR=value) is dropped. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (ch === '#' && word === undefined) break;
    else word = (word ?? '') + ch;
  }
  if (word !== undefined) words.push(word);
  return words.slice(words.indexOf('ecograph') + 1);
}

/** The argv an example runs with here: stand-ins for the user's files, outputs in the temporary directory. */
function argvOf(example: string): string[] {
  const out: string[] = [];
  for (const word of shellWords(example)) {
    if (word === 'graphs/*.json') out.push(...BUNDLED);
    else if (STAND_INS[word] !== undefined) out.push(STAND_INS[word]);
    else if (word.startsWith('/tmp/')) out.push(join(TMP, word.slice('/tmp/'.length)));
    // a file or directory the example writes (a statistic such as centralization.degree is not one)
    else if (!word.startsWith('-') && /\.(json|csv|tsv|txt|gexf|graphml|xml|xlsx|png|svg|pdf|md)$|\/$/.test(word) && !existsSync(join(REPO, word))) out.push(join(TMP, word));
    else out.push(word);
  }
  return out;
}

/** Every command's declaration, by full name, with its examples. */
async function commandSpecs(entries: Record<string, CommandEntry> = COMMANDS): Promise<CommandSpec<Record<string, OptionSpec>>[]> {
  const specs: CommandSpec<Record<string, OptionSpec>>[] = [];
  for (const entry of Object.values(entries)) {
    if (entry.load) specs.push(await entry.load());
    if (entry.subcommands) specs.push(...(await commandSpecs(entry.subcommands)));
  }
  return specs;
}

/** The `npx ecograph …` lines of the README's first session. */
function readmeSession(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## A first session'));
  const block = section.slice(section.indexOf('```sh') + 5, section.indexOf('```', section.indexOf('```sh') + 5));
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('npx ecograph '));
}

const specs = await commandSpecs();
const helpExamples = specs.flatMap((spec) => (spec.examples ?? []).map((example) => ({ command: spec.name, example })));
const session = readmeSession();

beforeAll(async () => {
  expect((await runCapture(['convert', 'graphs/sapporo-valley.json', CSV_DIR + '/'])).code).toBe(0);
  expect((await runCapture(['convert', 'test/fixtures/interop/les-miserables.gexf', join(TMP, 'lm.json')])).code).toBe(0);
});

describe('examples in --help', () => {
  it('every command that reads a graph has at least one example', () => {
    for (const spec of specs) if (spec.positionals.some((p) => p.name === 'graph')) expect(spec.examples?.length ?? 0, spec.name).toBeGreaterThan(0);
  });

  it('splits examples as a shell does', () => {
    expect(shellWords('ecograph validate k.xlsx --kind-map "Startup=firm,VC=investor"   # Kumu')).toEqual(['validate', 'k.xlsx', '--kind-map', 'Startup=firm,VC=investor']);
    expect(shellWords('npx ecograph info graphs/a.json')).toEqual(['info', 'graphs/a.json']);
    expect(shellWords('NEO4J_URI=neo4j://h ecograph neo4j push g.json')).toEqual(['neo4j', 'push', 'g.json']);
  });

  for (const { command, example } of helpExamples) {
    const argv = argvOf(example);
    const reason = skipReason(argv);
    it.skipIf(reason !== undefined)(`${command}: ${example}${reason ? ` (skipped: ${reason})` : ''}`, async () => {
      const r = await runCapture(argv);
      expect(r.stderr, example).not.toMatch(/\n\s+at /);
      expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
    }, 120_000);
  }
});

describe("the README's first session", () => {
  it('has the commands it shows', () => {
    expect(session.length).toBeGreaterThanOrEqual(8);
  });

  for (const line of session) {
    const argv = argvOf(line);
    const reason = skipReason(argv);
    it.skipIf(reason !== undefined)(`${line}${reason ? ` (skipped: ${reason})` : ''}`, async () => {
      const r = await runCapture(argv);
      expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
    }, 120_000);
  }
});
