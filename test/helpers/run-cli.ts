/** Runs the CLI in-process with captured output: what the CLI tests assert on. */
import type { CommandIO } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `ecograph <argv…>` with stdout and stderr captured; `interactive` as if stderr were a terminal. */
export async function runCapture(argv: readonly string[], interactive = false): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), interactive };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
