/** Paths and the R sna reference shared by the significance command tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GRAPHS = fileURLToPath(new URL('../../../graphs/', import.meta.url));
export const KYOTO = `${GRAPHS}kyoto-life-science.json`;
export const KOBE = `${GRAPHS}kobe-biomedical.json`;
export const HAMAMATSU = `${GRAPHS}hamamatsu-spinoffs.json`;

/** One CUG case of the R sna reference (scripts/reference/significance.R). */
export interface SnaCugCase {
  graph: string;
  statistic: string;
  null: string;
  observed: number;
}

/** One QAP case of the R sna reference: a correlation has `observed`, a regression `terms`. */
export interface SnaQapCase {
  graph: string | null;
  kinds: string[];
  test: 'correlation' | 'regression';
  observed?: number;
  terms?: { name: string; coefficient: number; tValue: number }[];
}

/**
 * The R sna reference values (test/fixtures/reference/significance/sna.json), computed by
 * scripts/reference/significance.R on the bundled graphs; the command tests compare against them
 * instead of repeating numbers the program printed.
 */
export const SNA = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/reference/significance/sna.json', import.meta.url)), 'utf8'),
) as { cug: SnaCugCase[]; qap: SnaQapCase[] };

/** The reference case for a bundled graph file name and a predicate; fails loudly when it is missing. */
export function snaCase<T extends { graph: string | null }>(cases: T[], file: string, match: (c: T) => boolean): T {
  const found = cases.find((c) => c.graph === `graphs/${file}` && match(c));
  if (!found) throw new Error(`test/fixtures/reference/significance/sna.json: no case for graphs/${file}`);
  return found;
}

/** The R sna reference's node count of the undirected Kyoto view (input.json records it beside the ties). */
export const KYOTO_UNDIRECTED_NODES = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/reference/significance/input.json', import.meta.url)), 'utf8')) as {
    cug: { graph: string; directed: boolean; n: number }[];
  }
).cug.find((c) => c.graph === 'graphs/kyoto-life-science.json' && !c.directed)!.n;
