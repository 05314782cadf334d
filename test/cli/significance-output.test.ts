import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { renderTable } from '../../src/cli/output.js';
import { checkDraws, pValueColumns, pValueRows, shortNumber } from '../../src/cli/significance-output.js';
import { pValues } from '../../src/metrics/significance/draws.js';

describe('significance output', () => {
  it('prints each p-value as b/R and (b+1)/(R+1)', () => {
    const rows = pValueRows('density', pValues(2, Float64Array.of(1, 2, 3, 4)), ['greater', 'twoSided']);
    expect(rows.map((r) => [r.alternative, r.event, r.pValue.count])).toEqual([
      ['greater', 'draw ≥ observed', 3],
      ['twoSided', '|draw| ≥ |observed|', 3],
    ]);
    const table = renderTable(pValueColumns(), rows);
    expect(table).toContain('p (b/R, sna)');
    expect(table).toContain('0.75');
    expect(table).toContain('0.8');
  });
  it('checks --draws and --seed', () => {
    expect(() => checkDraws({ draws: 0, seed: 1 })).toThrow(UsageError);
    expect(() => checkDraws({ draws: 10, seed: 1.5 })).toThrow(/--seed expects an integer/);
    expect(() => checkDraws({ draws: 10, seed: -3 })).not.toThrow();
  });
  it('shortens numbers for titles', () => {
    expect(shortNumber(0.123456789)).toBe('0.123457');
    expect(shortNumber(NaN)).toBe('NaN');
  });
});
