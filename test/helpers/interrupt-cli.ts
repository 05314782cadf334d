/**
 * Ctrl-C against the real binary: starts `node bin/ecograph.js` in a child process with an output
 * file that already holds earlier content, sends SIGINT after a delay and reports how the process
 * ended and what is left in the output folder, for tests to assert on.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/ecograph.js', import.meta.url));

/** The earlier content the output file holds before the interrupted run. */
export const EARLIER_OUTPUT = '{"earlier": true}\n';

export interface InterruptedRun {
  code: number | null;
  signal: string | null;
  stderr: string;
  /** Milliseconds from the SIGINT to the exit. */
  stoppedAfterMs: number;
  /** The output file's text after the run. */
  output: string;
  /** The files in the output file's folder after the run. */
  files: string[];
}

/**
 * Runs the CLI with `argv` (which must write to `output`), interrupts it with SIGINT after
 * `afterMs` and waits for it to exit. The output file's folder is emptied first and the file
 * given {@link EARLIER_OUTPUT}.
 *
 * @param argv - CLI arguments, including `-o output`
 * @param output - the output file the command writes
 * @param afterMs - how long to let the command run before the SIGINT
 * @returns how it ended and what is left
 * @example
 * const run = await interruptCli(['lineage', dir, '-o', out], out, 3500);
 */
export async function interruptCli(argv: readonly string[], output: string, afterMs: number): Promise<InterruptedRun> {
  const outDir = dirname(output);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(output, EARLIER_OUTPUT);
  const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  await new Promise((r) => setTimeout(r, afterMs));
  const signalledAt = Date.now();
  child.kill('SIGINT');
  const { code, signal } = await exit;
  return { code, signal, stderr, stoppedAfterMs: Date.now() - signalledAt, output: readFileSync(output, 'utf8'), files: readdirSync(outDir) };
}
