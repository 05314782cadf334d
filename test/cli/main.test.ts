/**
 * The CLI entry: help for the tool, groups and commands; the version; exit codes 2 for usage
 * errors (with the usage line), 1 for invalid graphs and failures, with messages and never a stack
 * trace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processIO } from '../../src/cli/main.js';
import { runCapture } from '../helpers/run-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-main-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const STACK = /\n\s+at /;

describe('help and version', () => {
  it('prints the command list with no arguments (exit 2) and with --help (exit 0)', async () => {
    const bare = await runCapture([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Usage: ecograph <command> \[options\]/);
    expect(bare.stdout).toMatch(/^ {2}validate +check a graph/m);
    expect(bare.stdout).toContain('A graph argument is a .json, .gexf or .graphml file');
    for (const flag of ['--help', '-h', 'help']) {
      const r = await runCapture([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(bare.stdout);
    }
  });

  it('prints a group’s sub-commands and a command’s options', async () => {
    const group = await runCapture(['figure']);
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/^Usage: ecograph figure <command> \[options\]/);
    expect(group.stdout).toMatch(/^ {2}tree +draw the spin-off tree/m);
    expect(group.stdout).toMatch(/^ {2}network +draw the network/m);
    const command = await runCapture(['neo4j', 'push', '--help']);
    expect(command.code).toBe(0);
    expect(command.stdout).toMatch(/^Usage: ecograph neo4j push <graph> \[options\]/);
    expect(command.stdout).toContain('--batch N');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCapture(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await runCapture(['-v'])).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('exit codes and messages', () => {
  it('exits 2 for an unknown command or sub-command, naming it and listing the choices', async () => {
    const r = await runCapture(['centrallity']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ecograph: unknown command "centrallity"\n\nUsage: ecograph <command>/);
    const sub = await runCapture(['figure', 'pie']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(/^ecograph: unknown command "figure pie"\n\nUsage: ecograph figure <command>/);
  });

  it('exits 2 for a usage error with the message, the usage line and where help is', async () => {
    const r = await runCapture(['info']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ecograph info: missing <graph>\nUsage: ecograph info <graph> [options]\nRun `ecograph info --help` for details.\n',
    });
  });

  it('exits 1 for an invalid graph with each error and a pointer to validate', async () => {
    const bad = join(TMP, 'bad.json');
    writeFileSync(bad, JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'A', kind: 'planet' } }], edges: [] }));
    const r = await runCapture(['info', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-node-kind');
    expect(r.stderr).toMatch(/ecograph info: the graph has 1 error\(s\); run `ecograph validate` for details\.\n$/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('exits 1 for a missing file, naming it, with no stack trace', async () => {
    const path = join(TMP, 'absent.json');
    const r = await runCapture(['info', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}: error [not-found] no such file or directory`);
    expect(r.stderr).toContain('ecograph info: ');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('processIO', () => {
  it('writes to the process streams and is interactive only on a terminal', () => {
    expect(processIO.interactive).toBe(Boolean(process.stderr.isTTY));
    expect(typeof processIO.stdout).toBe('function');
    expect(typeof processIO.stderr).toBe('function');
  });
});
