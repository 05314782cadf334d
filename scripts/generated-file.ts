/**
 * A file the repository generates from its sources (the CLI reference, graphs/README.md): written
 * atomically, or with `--check` compared with what would be written, so a drift test and CI can
 * say which command brings it up to date.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a generated file is and how to make it. */
export interface GeneratedFile {
  /** Absolute path of the file. */
  path: string;
  /** Its path relative to the repository, for messages. */
  name: string;
  /** What it is generated from, for the out-of-date message (e.g. "the command registry"). */
  from: string;
  /** The command that regenerates it. */
  command: string;
}

/**
 * Writes `text` to the file atomically (a temporary file beside it, then a rename), or with
 * `--check` in `argv` only compares it with the file.
 *
 * @returns the exit code: 0, or 1 when `--check` finds the file out of date
 * @example
 * process.exitCode = writeOrCheck({ path, name: 'docs/cli.md', from: 'the command registry', command: 'npm run docs:cli' }, text, argv);
 */
export function writeOrCheck(file: GeneratedFile, text: string, argv: readonly string[]): number {
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file.path, 'utf8');
    } catch {
      // a missing file differs
    }
    if (current === text) return 0;
    process.stderr.write(`${file.name} is out of date with ${file.from}; run \`${file.command}\`.\n`);
    return 1;
  }
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file.path);
  process.stdout.write(`wrote ${file.name}\n`);
  return 0;
}

/**
 * Runs a script's `main` when the script is the process's entry point, and exits with its code;
 * an error is one line on stderr and exit 1.
 *
 * @param moduleUrl - the script's `import.meta.url`
 * @param label - the script's name, before its error messages
 * @param main - the script's body
 */
export function runAsScript(moduleUrl: string, label: string, main: (argv: readonly string[]) => Promise<number>): void {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${label}: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
