/**
 * The graph argument: loaded in any format; `--kind-from ATTR` reads node kinds from another
 * attribute, `--label-from ATTR` labels; an attribute an option names that no element has is a
 * usage error listing those there are; an invalid graph is refused with its errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, parseArgs, defineCommand } from '../../src/cli/command.js';
import { checkNamedAttributes, checkOpenedAttributes, graphPositional, kindFromOption, loadGraphArgument, openerOptionsOf } from '../../src/cli/graph-input.js';
import { runCapture } from '../helpers/run-cli.js';
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

describe('openerOptionsOf', () => {
  it('names the graph flags as the opener does, absent ones undefined', () => {
    expect(openerOptionsOf({ 'kind-from': 'type', 'label-from': 'tooltip' })).toEqual({ kindFrom: 'type', yearFrom: undefined, labelFrom: 'tooltip' });
    expect(openerOptionsOf({ 'year-from': 'date' })).toEqual({ kindFrom: undefined, yearFrom: 'date', labelFrom: undefined });
  });
});

describe('attributes named by options', () => {
  const KYOTO = join(import.meta.dirname, '../../graphs/kyoto-life-science.json');
  const AIRLINES = join(import.meta.dirname, '../fixtures/interop/airlines.graphml');
  const names = { nodes: ['label', 'tooltip'], edges: ['kind', 'weight'] };

  it('refuses an attribute no element has, listing the attributes there are', () => {
    expect(() => checkNamedAttributes(names, { 'kind-from': 'type' }, 'g.json')).toThrow(
      '--kind-from type: no node of g.json has the attribute "type" (node attributes: label, tooltip)',
    );
    expect(() => checkNamedAttributes(names, { 'label-from': 'name' }, 'g.json')).toThrow(/--label-from name: no node of g\.json/);
    expect(() => checkNamedAttributes(names, { weighted: 'nosuch' }, 'g.json')).toThrow(
      '--weighted=nosuch: no edge of g.json has the attribute "nosuch" (edge attributes: kind, weight)',
    );
    expect(() => checkNamedAttributes({ nodes: [], edges: [] }, { 'year-from': 'date' }, 'g.json')).toThrow(
      '--year-from date: no node or edge of g.json has the attribute "date" (nodes have no attributes; edges have no attributes)',
    );
    expect(() => checkNamedAttributes(names, { 'kind-from': 'tooltip', 'label-from': 'tooltip', weighted: 'weight', 'year-from': 'kind' }, 'g.json')).not.toThrow();
    // bare --weighted on a graph without weights counts ties (documented)
    expect(() => checkNamedAttributes({ nodes: [], edges: ['kind'] }, { weighted: 'weight' }, 'g.json')).not.toThrow();
    try {
      checkNamedAttributes(names, { weighted: 'nosuch' }, 'g.json');
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
    }
  });

  it('checks both loading routes: the graph, or the names the streaming reader recorded', () => {
    expect(() => checkOpenedAttributes({ load: { attributeNames: names } }, { weighted: 'cost' }, 'big/')).toThrow(/no edge of big\/ has the attribute "cost"/);
    expect(() => checkOpenedAttributes({ load: {} }, { weighted: 'cost' }, 'big/')).not.toThrow();
  });

  it('--label-from takes labels from another attribute (airlines: names in tooltip)', async () => {
    const graph = await loadGraphArgument(AIRLINES, { 'label-from': 'tooltip' });
    expect(graph.getNodeAttribute('0', 'label')).toBe('LIT(lngx=-92.224444,laty=34.729444)');
    await expect(loadGraphArgument(KYOTO, { 'label-from': 'tooltip' })).rejects.toThrow(/--label-from tooltip: no node of .* \(node attributes: confidence, country, founded/);
  });

  it('on the command line: exit 2 and the list, on either route, and the results are unchanged when the attribute exists', async () => {
    for (const loader of ['standard', 'compact']) {
      const r = await runCapture(['centrality', KYOTO, '--measures', 'degree', '--loader', loader, '--weighted=nosuch']);
      expect(r.code, loader).toBe(2);
      expect(r.stderr).toContain('--weighted=nosuch: no edge of');
      expect(r.stderr).toContain('(edge attributes: confidence, kind, notes, role, since, sources, type, year)');
    }
    const kind = await runCapture(['info', AIRLINES, '--kind-from', 'nosuch']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('(node attributes: label, tooltip, x, y)');
    const validate = await runCapture(['validate', AIRLINES, '--kind-from', 'nosuch']);
    expect(validate.code).toBe(2);
    for (const loader of ['standard', 'compact']) {
      const labelled = await runCapture(['centrality', AIRLINES, '--measures', 'degree', '--top', '1', '--loader', loader, '--label-from', 'tooltip', '-f', 'csv']);
      expect(labelled.code, labelled.stderr).toBe(0);
      expect(labelled.stdout.split('\n')[1]).toBe('136,"MSP(lngx=-93.216944,laty=44.883333)",,130');
    }
  });
});
