/** docs/cli.md is generated from the command registry; this test fails when it drifts from the commands. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { CLI_REFERENCE_COMMAND, CLI_REFERENCE_PATH, cliReference } from '../../scripts/cli-reference.js';

const committedPath = new URL(`../../${CLI_REFERENCE_PATH}`, import.meta.url);

/** The heading of the section where two versions of the reference first differ, to point at the command. */
function firstDifferingSection(committed: string, expected: string): string {
  const a = committed.split('\n');
  const b = expected.split('\n');
  let heading = 'the header';
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (b[i]?.startsWith('## ')) heading = `"${b[i]!.slice(3)}"`;
    if (a[i] !== b[i]) return `${heading}, line ${i + 1}`;
  }
  return heading;
}

describe('CLI reference (docs/cli.md)', () => {
  it(`equals what \`${CLI_REFERENCE_COMMAND}\` writes from the command registry`, async () => {
    const expected = await cliReference();
    let committed = '';
    try {
      committed = readFileSync(committedPath, 'utf8');
    } catch {
      // a missing file is drift too
    }
    const drift =
      committed === expected
        ? ''
        : `${CLI_REFERENCE_PATH} is out of date with the command registry (first difference in ${firstDifferingSection(committed, expected)}): run \`${CLI_REFERENCE_COMMAND}\` and commit the result`;
    expect(drift).toBe('');
  });

  it('holds the --help text of every command and sub-command in the registry', async () => {
    const text = await cliReference();
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const leaves = entry.subcommands ? Object.entries(entry.subcommands).map(([sub, e]) => [`${name} ${sub}`, e] as const) : [[name, entry] as const];
      for (const [full, leaf] of leaves) {
        const spec = await leaf.load!();
        expect(text, full).toContain(`## ecograph ${full}\n\n\`\`\`text\n${renderHelp(spec).trimEnd()}\n\`\`\`\n`);
      }
    }
  });

  it('is the same text on every run (deterministic)', async () => {
    expect(await cliReference()).toBe(await cliReference());
  });
});
