/**
 * The graph argument: loaded in any format; `--kind-from ATTR` reads node kinds from another
 * attribute; an invalid graph is refused with its errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, defineCommand } from '../../src/cli/command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../../src/cli/graph-input.js';
import { InvalidGraphError } from '../../src/model/problems.js';
import { NODE_KINDS } from '../../src/model/schema.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-graph-input-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const FOREIGN = join(TMP, 'foreign.json');
writeFileSync(
  FOREIGN,
  JSON.stringify({
    nodes: [
      { key: 'ku', attributes: { label: 'Kyoto University', role: 'University', sources: ['test'] } },
      { key: 'samco', attributes: { label: 'SAMCO', role: 'firm', sources: ['test'] } },
    ],
    edges: [],
  }),
);

describe('graph argument', () => {
  it('is one required positional, and --kind-from takes an attribute name', () => {
    const spec = defineCommand({ name: 't', summary: 's', positionals: [graphPositional], options: { 'kind-from': kindFromOption }, run: async () => 0 });
    expect(parseArgs(spec, ['g.json', '--kind-from', 'role'])).toEqual({ positionals: ['g.json'], options: { 'kind-from': 'role' } });
    expect(() => parseArgs(spec, [])).toThrow('missing <graph>');
  });

  it('loads nodes without kinds by default, and with kinds read from the attribute given', async () => {
    const plain = await loadGraphArgument(FOREIGN, {});
    expect(plain.getNodeAttribute('ku', 'kind')).toBeUndefined();
    const kinded = await loadGraphArgument(FOREIGN, { 'kind-from': 'role' });
    expect(kinded.getNodeAttribute('ku', 'kind')).toBe('university');
    expect(kinded.getNodeAttribute('samco', 'kind')).toBe('firm');
  });

  it('refuses values of the attribute that are not kinds, naming the node', async () => {
    const error = await loadGraphArgument(FOREIGN, { 'kind-from': 'label' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidGraphError);
    const messages = (error as InvalidGraphError).problems.map((p) => p.message);
    expect(messages.find((m) => m.startsWith('node "ku": '))).toBe(`node "ku": unknown node kind "Kyoto University" (did you mean "university"? kinds: ${NODE_KINDS.join(', ')})`);
  });
});
