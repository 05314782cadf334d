/** The route choice: by size and format, by what needs the full graph, a forced loader winning. */
import { describe, expect, it } from 'vitest';
import { COMPACT_MIN_BYTES, RouteError, chooseRoute } from '../../src/open/route.js';

describe('chooseRoute', () => {
  it('takes the compact route for CSV and JSON inputs from COMPACT_MIN_BYTES on', () => {
    expect(chooseRoute({ bytes: COMPACT_MIN_BYTES, format: 'csv' })).toBe('compact');
    expect(chooseRoute({ bytes: COMPACT_MIN_BYTES, format: 'json' })).toBe('compact');
    expect(chooseRoute({ bytes: COMPACT_MIN_BYTES - 1, format: 'json' })).toBe('standard');
  });

  it('reads GEXF, GraphML and unknown formats whole, whatever their size', () => {
    for (const format of ['gexf', 'graphml', undefined] as const) expect(chooseRoute({ bytes: 100 * COMPACT_MIN_BYTES, format })).toBe('standard');
  });

  it('takes the standard route when the full graph is needed', () => {
    expect(chooseRoute({ bytes: 100 * COMPACT_MIN_BYTES, format: 'csv', fullGraph: 'HITS needs the full graph' })).toBe('standard');
  });

  it('takes the standard route for a view as of a year; a forced compact route still holds', () => {
    expect(chooseRoute({ bytes: 50_000_000, format: 'csv', asOf: true })).toBe('standard');
    expect(chooseRoute({ bytes: 50_000_000, format: 'csv', asOf: true, loader: 'compact' })).toBe('compact');
  });

  it('follows a forced loader, and refuses a forced compact route for work that needs the full graph', () => {
    expect(chooseRoute({ loader: 'standard', bytes: 100 * COMPACT_MIN_BYTES, format: 'csv' })).toBe('standard');
    expect(chooseRoute({ loader: 'compact', bytes: 10, format: 'json' })).toBe('compact');
    expect(chooseRoute({ loader: 'compact', bytes: 10, format: 'gexf' })).toBe('compact');
    expect(() => chooseRoute({ loader: 'compact', bytes: 10, format: 'csv', fullGraph: 'HITS needs the full graph' })).toThrow(RouteError);
    expect(() => chooseRoute({ loader: 'compact', bytes: 10, format: 'csv', fullGraph: 'HITS needs the full graph' })).toThrow(/HITS needs the full graph/);
  });
});
