/** What `ecograph timeline` and `ecograph compare` share: the chart options and the undated note. */
import { figureFormatFromPath } from '../figures/export.js';
import type { UndatedRule } from '../metrics/evolution/snapshot.js';
import { UsageError } from './command.js';

/**
 * Checks `--chart`, `--chart-indicators` and `--dpi` before any work is done.
 *
 * @param chart - the chart path, if given (its extension picks the format)
 * @param indicators - the comma-separated indicator ids, if given
 * @param known - the ids the chart can draw
 * @param dpi - the PNG resolution
 * @returns the indicator ids, or undefined for the chart's default
 * @throws UsageError naming the bad value
 * @example
 * checkChartOptions('out.png', 'nodes,density', ['nodes', 'density'], 144); // ['nodes', 'density']
 */
export function checkChartOptions(chart: string | undefined, indicators: string | undefined, known: readonly string[], dpi: number): string[] | undefined {
  if (chart !== undefined)
    try {
      figureFormatFromPath(chart);
    } catch (err) {
      throw new UsageError(`--chart: ${(err as Error).message}`);
    }
  if (!(dpi > 0 && dpi <= 2400)) throw new UsageError(`--dpi must be between 1 and 2400, got ${dpi}`);
  if (indicators === undefined) return undefined;
  const ids = indicators.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = ids.filter((id) => !known.includes(id));
  if (ids.length === 0 || unknown.length > 0)
    throw new UsageError(`--chart-indicators: unknown indicator(s) ${unknown.join(', ') || '(none given)'} (known: ${known.join(', ')})`);
  return ids;
}

/**
 * What an undated rule does with elements without own start date, in words.
 *
 * @example
 * ruleConsequence('bound'); // 'placed from their derived bound, left out without one (--undated bound)'
 */
export function ruleConsequence(rule: UndatedRule): string {
  return {
    include: 'counted from the first year (--undated include)',
    bound: 'placed from their derived bound, left out without one (--undated bound)',
    exclude: 'left out (--undated exclude)',
  }[rule];
}

/**
 * The note on undated elements printed on stderr with table and CSV output.
 *
 * @param undated - counts of nodes without `founded` and ties without `year`/`since`
 * @param consequence - what happens to them in this command ({@link ruleConsequence})
 * @example
 * undatedNote({ nodes: 3, edges: 2 }, ruleConsequence('include')); // "5 undated elements (3 nodes without founded, 2 ties without year/since): counted from the first year (--undated include)"
 */
export function undatedNote(undated: { nodes: number; edges: number }, consequence: string): string {
  const total = undated.nodes + undated.edges;
  return `${total} undated element${total === 1 ? '' : 's'} (${undated.nodes} node${undated.nodes === 1 ? '' : 's'} without founded, ${undated.edges} tie${undated.edges === 1 ? '' : 's'} without year/since): ${consequence}`;
}
