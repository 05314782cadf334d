/**
 * The command registry: every command is a leaf with a loader or a group with sub-commands, each
 * loader yields the command declared under that name, and every command has a summary and help.
 */
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../src/cli/command.js';
import { COMMANDS, type CommandEntry } from '../../src/cli/registry.js';

/** Every leaf command with its full name (`figure tree`). */
function leaves(entries: Record<string, CommandEntry>, path: string[] = []): [string, CommandEntry][] {
  return Object.entries(entries).flatMap(([name, entry]) =>
    entry.subcommands ? leaves(entry.subcommands, [...path, name]) : [[[...path, name].join(' '), entry] as [string, CommandEntry]],
  );
}

describe('COMMANDS', () => {
  it('holds the commands and groups the CLI offers', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(
      ['annotate', 'brokerage', 'brokers', 'centrality', 'communities', 'compare', 'convert', 'cug', 'describe', 'ego', 'figure', 'generate', 'info', 'lineage', 'neo4j', 'permute', 'project', 'qap', 'serve', 'timeline', 'validate'].sort(),
    );
    expect(Object.keys(COMMANDS.figure!.subcommands!)).toEqual(['tree', 'network']);
    expect(Object.keys(COMMANDS.neo4j!.subcommands!)).toEqual(['push', 'pull', 'analyze']);
  });

  it('gives each entry a summary, and either a loader or sub-commands, never both', () => {
    const check = (entries: Record<string, CommandEntry>) => {
      for (const [name, entry] of Object.entries(entries)) {
        expect(entry.summary.length, name).toBeGreaterThan(10);
        expect(entry.load === undefined, name).toBe(entry.subcommands !== undefined);
        if (entry.subcommands) check(entry.subcommands);
      }
    };
    check(COMMANDS);
  });

  it('loads, for each leaf, the command declared under the same name, with help', async () => {
    const all = leaves(COMMANDS);
    expect(all).toHaveLength(24);
    for (const [name, entry] of all) {
      const spec = await entry.load!();
      expect(spec.name).toBe(name);
      expect(typeof spec.run).toBe('function');
      expect(renderHelp(spec)).toContain(`Usage: ecograph ${name}`);
    }
  });
});
