/** Running metric commands through runCli with captured output (shared by the metric CLI tests). */
import { fileURLToPath } from 'node:url';
import type { CommandIO } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/main.js';

export const REFERENCE_GRAPHS = fileURLToPath(new URL('../fixtures/reference/graphs/', import.meta.url));
export const ECOSYSTEM = `${REFERENCE_GRAPHS}small-ecosystem.json`;

export async function run(argv: string[], interactive = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), interactive };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
