/**
 * The `ecograph` command line: dispatches to lazily loaded commands, maps errors to exit codes
 * (1: invalid input or failure, 2: usage error, 130: interrupted by Ctrl-C) and never shows a stack
 * trace for bad input.
 */
import { readFileSync } from 'node:fs';
import { InvalidGraphError, formatProblem, sortProblems } from '../model/problems.js';
import { InterruptedError } from './interrupt.js';
import { settleOutputFormat } from './output.js';
import { COMMANDS, type CommandEntry } from './registry.js';
import { UsageError, givenOptions, parseArgs, renderHelp, usageLine, type CommandIO, type CommandSpec, type OptionSpec } from './command.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function groupHelp(path: string[], entries: Record<string, CommandEntry>): string {
  const name = ['ecograph', ...path].join(' ');
  const width = Math.max(...Object.keys(entries).map((k) => k.length)) + 2;
  const lines = [
    `Usage: ${name} <command> [options]`,
    '',
    path.length === 0
      ? 'ecograph — analyse entrepreneurial ecosystems (founders, firms, universities, anchors, investors) as graphs.'
      : (Object.entries(COMMANDS).find(([k]) => k === path[0])?.[1].summary ?? ''),
    '',
    'Commands:',
    ...Object.entries(entries).map(([k, e]) => `  ${k.padEnd(width)}${e.summary}`),
    '',
    `Run \`${name} <command> --help\` for a command's options.`,
  ];
  if (path.length === 0) lines.push('A graph argument is a .json, .gexf or .graphml file, or a directory with nodes.csv and edges.csv.');
  return lines.join('\n') + '\n';
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  let entries = COMMANDS;
  const path: string[] = [];
  let rest = [...argv];
  let entry: CommandEntry | undefined;
  while (true) {
    const head = rest[0];
    if (head === undefined || head === '--help' || head === '-h' || head === 'help') {
      io.stdout(groupHelp(path, entries));
      return head === undefined && path.length === 0 ? 2 : 0;
    }
    if (path.length === 0 && (head === '--version' || head === '-v')) {
      io.stdout(version() + '\n');
      return 0;
    }
    entry = entries[head];
    if (!entry) {
      io.stderr(`ecograph: unknown command "${[...path, head].join(' ')}"\n\n` + groupHelp(path, entries));
      return 2;
    }
    path.push(head);
    rest = rest.slice(1);
    if (entry.subcommands) {
      entries = entry.subcommands;
      continue;
    }
    break;
  }
  const spec: CommandSpec<Record<string, OptionSpec>> = await entry.load!();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(renderHelp(spec));
    return 0;
  }
  try {
    const args = parseArgs(spec, rest);
    settleOutputFormat(spec, args, givenOptions(args));
    return await spec.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`ecograph ${spec.name}: ${err.message}\nUsage: ${usageLine(spec)}\nRun \`ecograph ${spec.name} --help\` for details.\n`);
      return 2;
    }
    if (err instanceof InterruptedError) {
      io.stderr(`ecograph ${spec.name}: ${err.message}\n`);
      return 130;
    }
    if (err instanceof InvalidGraphError) {
      const errors = sortProblems(err.problems).filter((p) => p.severity === 'error');
      io.stderr(errors.map(formatProblem).join('\n') + `\necograph ${spec.name}: the graph has ${errors.length} error(s); run \`ecograph validate\` for details.\n`);
      return 1;
    }
    const e = err as Error & { code?: string };
    const message = e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR' ? e.message : (e.message ?? String(err));
    io.stderr(`ecograph ${spec.name}: ${message}\n`);
    if (process.env.ECOGRAPH_DEBUG) io.stderr(String(e.stack) + '\n');
    return 1;
  }
}

/** The process streams as a {@link CommandIO}. */
export const processIO: CommandIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};
