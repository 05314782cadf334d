/**
 * Writes `docs/cli.md`, the CLI reference, from the command registry: the top-level help, each
 * command group's help and every command's `--help` text, all rendered by the code the binary uses
 * (`runCli` for the group listings, `renderHelp` for each command's declaration). The output
 * depends only on the command declarations, so the same sources give the same bytes.
 *
 * Usage: `npm run docs:cli` (writes the file) or `npm run docs:cli -- --check` (exit 1 when the
 * committed file differs from what would be written).
 */
import { fileURLToPath } from 'node:url';
import { runAsScript, writeOrCheck } from './generated-file.js';
import { renderHelp, type CommandIO } from '../src/cli/command.js';
import { runCli } from '../src/cli/main.js';
import { COMMANDS, type CommandEntry } from '../src/cli/registry.js';

/** Where the reference is written, relative to the repository root. */
export const CLI_REFERENCE_PATH = 'docs/cli.md';

/** The command that regenerates the reference; named by the drift test. */
export const CLI_REFERENCE_COMMAND = 'npm run docs:cli';

/** What the binary prints for `ecograph <path…> --help`, captured without a process. */
async function groupHelpText(path: readonly string[]): Promise<string> {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), interactive: false };
  const code = await runCli([...path, '--help'], io);
  if (code !== 0 || err !== '') throw new Error(`ecograph ${path.join(' ')} --help exited ${code}: ${err}`);
  return out;
}

/** One command of the registry, with its full name, in registry order (groups expanded). */
interface Listed {
  path: string[];
  entry: CommandEntry;
}

function listCommands(entries: Record<string, CommandEntry>, prefix: string[] = []): Listed[] {
  const listed: Listed[] = [];
  for (const [name, entry] of Object.entries(entries)) {
    const path = [...prefix, name];
    listed.push({ path, entry });
    if (entry.subcommands) listed.push(...listCommands(entry.subcommands, path));
  }
  return listed;
}

/** GitHub's anchor for a heading such as `ecograph figure tree`. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function fenced(text: string): string {
  if (text.includes('```')) throw new Error('a help text contains a code fence; the reference cannot quote it');
  return '```text\n' + text.replace(/\n+$/, '') + '\n```\n';
}

/** The text of `docs/cli.md`, built from the registry. */
export async function cliReference(): Promise<string> {
  const commands = listCommands(COMMANDS);
  const parts: string[] = [
    '<!-- Generated from the command registry (src/cli/registry.ts) by `' + CLI_REFERENCE_COMMAND + '`; do not edit by hand. -->',
    '# CLI reference',
    '',
    'Every command and option of `ecograph`, exactly as `--help` prints them. In a clone of the',
    'repository run them as `npx ecograph …`. The task-oriented guides are in [guide/](guide/);',
    'the data model and file formats in [data-model.md](data-model.md) and [formats.md](formats.md).',
    '',
    'Exit codes of every command: **0** success, **1** invalid input or a failed run, **2** usage',
    'error (unknown option, missing argument, bad choice), **130** stopped by Ctrl-C.',
    '',
    '## Contents',
    '',
    '- [ecograph](#ecograph)',
    ...commands.map(({ path }) => `${'  '.repeat(path.length - 1)}- [ecograph ${path.join(' ')}](#${anchor(`ecograph ${path.join(' ')}`)})`),
    '',
    '## ecograph',
    '',
    fenced(await groupHelpText([])),
  ];
  for (const { path, entry } of commands) {
    parts.push(`## ecograph ${path.join(' ')}`, '');
    if (entry.subcommands) {
      parts.push(fenced(await groupHelpText(path)));
      continue;
    }
    if (!entry.load) throw new Error(`registry entry "${path.join(' ')}" has neither a loader nor sub-commands`);
    const spec = await entry.load();
    if (spec.name !== path.join(' ')) throw new Error(`registry entry "${path.join(' ')}" loads a command named "${spec.name}"`);
    parts.push(fenced(renderHelp(spec)));
  }
  return parts.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const target = root + CLI_REFERENCE_PATH;
  const text = await cliReference();
  return writeOrCheck({ path: target, name: CLI_REFERENCE_PATH, from: 'the command registry', command: CLI_REFERENCE_COMMAND }, text, argv);
}

runAsScript(import.meta.url, 'cli-reference', main);
