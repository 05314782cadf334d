/** The graph-view flags of the metric commands and their translation to view options. */
import { describe, expect, it } from 'vitest';
import { UsageError, defineCommand, parseArgs } from '../../src/cli/command.js';
import { asOfFrom, timeRulesFrom, undirectedViewOptions, viewOptions, viewOptionsFrom, windowOption } from '../../src/cli/view-options.js';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model/schema.js';

const spec = defineCommand({ name: 'v', summary: 's', positionals: [{ name: 'graph', description: 'g', required: true }], options: viewOptions, run: async () => 0 });
const fromArgv = (...argv: string[]) => viewOptionsFrom(parseArgs(spec, ['g.json', ...argv]).options);

describe('viewOptionsFrom', () => {
  it('is the simple undirected projection by default', () => {
    expect(fromArgv()).toEqual({});
  });

  it('reads direction, kinds (trimmed), weights and how weights are read', () => {
    expect(fromArgv('--directed', '--edge-kinds', 'spinoff, collaboration', '--node-kinds=firm,university', '--weighted', '--weight-as', 'strength')).toEqual({
      directed: true,
      edgeKinds: ['spinoff', 'collaboration'],
      nodeKinds: ['firm', 'university'],
      weighted: 'weight',
      weightAs: 'strength',
    });
    expect(fromArgv('--weighted=amount')).toEqual({ weighted: 'amount' });
  });

  it('refuses unknown kinds listing the known ones, empty lists, an empty weight name and --weight-as alone', () => {
    expect(() => fromArgv('--edge-kinds', 'spinoff,friendship')).toThrow(`--edge-kinds: unknown kind(s) friendship (known: ${EDGE_KINDS.join(', ')})`);
    expect(() => fromArgv('--node-kinds', 'planet')).toThrow(`--node-kinds: unknown kind(s) planet (known: ${NODE_KINDS.join(', ')})`);
    expect(() => fromArgv('--node-kinds', ' , ')).toThrow('--node-kinds needs at least one kind');
    expect(() => fromArgv('--edge-kinds', 'spin-off,investmnt')).toThrow(`--edge-kinds: unknown kind(s) spin-off, investmnt (did you mean spinoff, investment? known: ${EDGE_KINDS.join(', ')})`);
    expect(() => fromArgv('--weighted=')).toThrow('--weighted= needs an attribute name');
    expect(() => fromArgv('--weight-as', 'distance')).toThrow('--weight-as needs --weighted');
    expect(() => fromArgv('--weight-as', 'distance')).toThrow(UsageError);
    expect(() => fromArgv('--weighted', '--weight-as', 'length')).toThrow('--weight-as must be one of distance, strength, got "length"');
  });
});

describe('option sets', () => {
  it('offers --directed only to commands that may run on a directed view', () => {
    expect(Object.keys(viewOptions)).toEqual(['directed', 'edge-kinds', 'node-kinds', 'weighted', 'weight-as', 'at', 'window', 'undated']);
    expect(Object.keys(undirectedViewOptions)).toEqual(['edge-kinds', 'node-kinds', 'weighted', 'weight-as', 'at', 'window', 'undated']);
  });

  it('reads --at, --window and --undated into the view as of a year', () => {
    expect(viewOptionsFrom({ at: 2009 })).toEqual({ asOf: { year: 2009, undated: 'bound', window: null } });
    expect(viewOptionsFrom({ at: 2009, window: 5, undated: 'include' }).asOf).toEqual({ year: 2009, undated: 'include', window: 5 });
    expect(asOfFrom({})).toBeUndefined();
    expect(() => asOfFrom({ window: 5 })).toThrow(/give --at/);
    expect(() => asOfFrom({ at: 2009, window: 0 })).toThrow(/--window/);
    expect(() => asOfFrom({ at: 1999.5 })).toThrow(/--at/);
    expect(timeRulesFrom({})).toEqual({ undated: 'bound', window: null });
  });

  it('states the default window in --window’s description', () => {
    expect(windowOption.description).toContain('default: no window, an event counts from its year on');
  });
});
