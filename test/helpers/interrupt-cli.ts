/**
 * Ctrl-C against the real binary: starts `node bin/ecograph.js` in a child process with an output
 * file that already holds earlier content, sends SIGINT after a delay and reports how the process
 * ended and what is left in the output folder, for tests to assert on.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
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

/** When to send the SIGINT instead of after a fixed delay. */
export interface InterruptOptions {
  /**
   * A path: the SIGINT goes 300 ms after the child first has a file under it open (it is reading
   * its input, so its start-up and signal handler are in place), read from Linux's `/proc/PID/fd`;
   * `afterMs` is then the longest wait. Where `/proc` is missing, the delay alone is used.
   */
  whenOpened?: string;
}

/** Resolves once process `pid` holds a file under `prefix` open, it exits, or `limitMs` passes. */
async function openedOrTimeout(pid: number, prefix: string, limitMs: number, exit: Promise<unknown>): Promise<void> {
  let exited = false;
  void exit.then(() => (exited = true));
  const until = Date.now() + limitMs;
  while (!exited && Date.now() < until) {
    let links: string[] = [];
    try {
      links = readdirSync(`/proc/${pid}/fd`).map((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          return '';
        }
      });
    } catch {
      return;
    }
    // opened: let 300 ms pass (a command may peek at its input to choose a loader before it
    // starts loading and watching for Ctrl-C), far less than loading the inputs these tests use
    if (links.some((l) => l.startsWith(prefix))) return new Promise((r) => setTimeout(r, 300));
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Runs the CLI with `argv` (which must write to `output`), interrupts it with SIGINT after
 * `afterMs` and waits for it to exit. The output file's folder is emptied first and the file
 * given {@link EARLIER_OUTPUT}.
 *
 * @param argv - CLI arguments, including `-o output`
 * @param output - the output file the command writes
 * @param afterMs - how long to let the command run before the SIGINT (with `whenOpened`, the longest wait)
 * @param options - `whenOpened`: send it as soon as the command reads its input
 * @returns how it ended and what is left
 * @example
 * const run = await interruptCli(['lineage', dir, '-o', out], out, 3500);
 */
export async function interruptCli(argv: readonly string[], output: string, afterMs: number, options: InterruptOptions = {}): Promise<InterruptedRun> {
  const outDir = dirname(output);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(output, EARLIER_OUTPUT);
  const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  if (options.whenOpened !== undefined && child.pid !== undefined && existsSync(`/proc/${child.pid}/fd`)) await openedOrTimeout(child.pid, options.whenOpened, afterMs, exit);
  else await new Promise((r) => setTimeout(r, afterMs));
  const signalledAt = Date.now();
  child.kill('SIGINT');
  const { code, signal } = await exit;
  return { code, signal, stderr, stoppedAfterMs: Date.now() - signalledAt, output: readFileSync(output, 'utf8'), files: readdirSync(outDir) };
}
