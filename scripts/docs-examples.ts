/**
 * Re-runs the example commands shown in the documentation and writes their real output under them.
 *
 *   npm run docs:examples             rewrite the output blocks in place (each file atomically)
 *   npm run docs:examples -- --check  change nothing; list the blocks whose output differs, exit 1 if any
 *
 * An example is a line `$ npx ecograph …` inside a ```text block; its output is every line up to the
 * next `$ ` line or the end of the block (a blank line separates two examples in one block). Only
 * examples on the bundled graphs (an argument under graphs/) are run, with `node bin/ecograph.js`
 * from the repository root (so run `npm run build` first); examples on files the reader makes
 * (my-ecosystem/, lm.json) are left as written and listed as skipped. A shell runs each command, so
 * globs and redirections such as `2>/dev/null` act as they do for the reader; standard error is
 * shown with standard output, as on a terminal, unless the command redirects it. Examples that write
 * a file (-o, --chart) are skipped too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** The documents whose examples are kept true. */
const DOCUMENTS = [
  'README.md',
  'graphs/README.md',
  'docs/guide/brokerage-and-brokers.md',
  'docs/guide/centrality.md',
  'docs/guide/communities.md',
  'docs/guide/convert-and-generate.md',
  'docs/guide/describe-ego-project.md',
  'docs/guide/lineage.md',
  'docs/guide/significance.md',
  'docs/guide/timeline-and-compare.md',
  'docs/guide/validate.md',
];
const PROMPT = '$ npx ecograph ';

/** One example found in a document: where its output lines are and what they say now. */
interface Example {
  file: string;
  /** 1-based line of the `$` command. */
  line: number;
  command: string;
  /** Index of the first output line and one past the last, in the document's lines. */
  from: number;
  to: number;
}

/** The examples of one document, in order. */
function examplesOf(file: string, lines: string[]): Example[] {
  const examples: Example[] = [];
  let inText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      inText = !inText && line.trim() === '```text';
      continue;
    }
    if (!inText || !line.startsWith(PROMPT)) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('```') && !lines[end]!.startsWith('$ ')) end++;
    // a blank line before the next command belongs to the layout, not to the output
    const followedByCommand = end < lines.length && lines[end]!.startsWith('$ ');
    let to = end;
    if (followedByCommand) while (to > i + 1 && lines[to - 1]!.trim() === '') to--;
    examples.push({ file, line: i + 1, command: line.slice(PROMPT.length), from: i + 1, to });
  }
  return examples;
}

/**
 * The output of an example as the reader sees it at a terminal — standard output and error in the
 * order written, unless the command redirects its error stream — without trailing blank lines.
 * (Progress bars are drawn only on a terminal, so they never appear here.)
 */
function run(command: string): string[] {
  let stdout: string;
  try {
    stdout = execFileSync('sh', ['-c', `exec 2>&1; node bin/ecograph.js ${command}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (error) {
    // a non-zero exit (validate finding errors) still prints what the reader sees
    stdout = String((error as { stdout?: string }).stdout ?? '');
  }
  const out = stdout.replace(/\s+$/, '').split('\n').map((l) => l.replace(/\s+$/, ''));
  return out.length === 1 && out[0] === '' ? [] : out;
}

/** Why an example is not run, or undefined when it is. */
function skipReason(command: string): string | undefined {
  if (!/(^|\s)graphs\//.test(command)) return 'not on a bundled graph';
  if (/(^|\s)(-o|--output|--chart)(\s|=)/.test(command)) return 'it writes a file';
  return undefined;
}

function main(): void {
  const check = process.argv.includes('--check');
  let differing = 0;
  for (const file of DOCUMENTS) {
    const path = join(ROOT, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const examples = examplesOf(file, lines);
    let changed = false;
    // from the last example back, so earlier line numbers stay valid while splicing
    for (const example of [...examples].reverse()) {
      const skip = skipReason(example.command);
      if (skip) {
        console.log(`${file}:${example.line}: skipped (${skip}): ${example.command}`);
        continue;
      }
      const output = run(example.command);
      const shown = lines.slice(example.from, example.to);
      if (shown.join('\n') === output.join('\n')) continue;
      differing++;
      changed = true;
      console.log(`${file}:${example.line}: output ${check ? 'differs' : 'rewritten'}: ${example.command}`);
      lines.splice(example.from, example.to - example.from, ...output);
    }
    if (changed && !check) {
      const temporary = `${path}.docs-examples.tmp`;
      writeFileSync(temporary, lines.join('\n'));
      renameSync(temporary, path);
    }
  }
  if (check && differing > 0) {
    console.error(`${differing} example output(s) differ from the program: run npm run docs:examples (after npm run build)`);
    process.exit(1);
  }
}

main();
