/** What `timeline` and `compare` share: the chart options checked up front, and the undated note. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { checkChartOptions, ruleConsequence, undatedNote } from '../../src/cli/evolution-output.js';

const KNOWN = ['nodes', 'density', 'modularity'];

describe('checkChartOptions', () => {
  it('returns the indicator ids given, trimmed, or undefined for the default', () => {
    expect(checkChartOptions('out.png', ' nodes , density,', KNOWN, 144)).toEqual(['nodes', 'density']);
    expect(checkChartOptions(undefined, undefined, KNOWN, 96)).toBeUndefined();
    expect(checkChartOptions('out.svg', undefined, KNOWN, 2400)).toBeUndefined();
  });

  it('refuses an unknown chart format, a DPI out of range and unknown or no indicators, as usage errors', () => {
    expect(() => checkChartOptions('out.gif', undefined, KNOWN, 144)).toThrow(UsageError);
    expect(() => checkChartOptions('out.gif', undefined, KNOWN, 144)).toThrow(/^--chart: /);
    expect(() => checkChartOptions(undefined, undefined, KNOWN, 0)).toThrow('--dpi must be between 1 and 2400, got 0');
    expect(() => checkChartOptions(undefined, undefined, KNOWN, 2401)).toThrow('--dpi must be between 1 and 2400, got 2401');
    expect(() => checkChartOptions(undefined, undefined, KNOWN, Number.NaN)).toThrow('--dpi must be between 1 and 2400, got NaN');
    expect(() => checkChartOptions(undefined, 'nodes,size,age', KNOWN, 144)).toThrow(
      '--chart-indicators: unknown indicator(s) size, age (known: nodes, density, modularity)',
    );
    expect(() => checkChartOptions(undefined, ' , ', KNOWN, 144)).toThrow('--chart-indicators: unknown indicator(s) (none given)');
  });
});

describe('undatedNote', () => {
  it('counts nodes and ties without dates, in singular and plural, with the consequence', () => {
    expect(undatedNote({ nodes: 3, edges: 2 }, ruleConsequence('include'))).toBe(
      '5 undated elements (3 nodes without founded, 2 ties without year/since): counted from the first year (--undated include)',
    );
    expect(undatedNote({ nodes: 1, edges: 0 }, 'left out')).toBe('1 undated element (1 node without founded, 0 ties without year/since): left out');
    expect(undatedNote({ nodes: 0, edges: 1 }, ruleConsequence('bound'))).toBe(
      '1 undated element (0 nodes without founded, 1 tie without year/since): placed from their derived bound, left out without one (--undated bound)',
    );
    expect(ruleConsequence('exclude')).toBe('left out (--undated exclude)');
  });
});
