/**
 * Every setting of the explorer in one place: the interface, its defaults and the validator that
 * checks a partial override (from the URL query, e.g. `?seed=7&labelBudget=60`).
 */

export interface ExplorerSettings {
  /** Seed of the start positions of ForceAtlas2 and of Louvain's node order. */
  seed: number;
  /** Graphs up to this many nodes get a synchronous ForceAtlas2 run before the first frame. */
  syncLayoutMaxNodes: number;
  /** Iterations of that synchronous run. */
  syncLayoutIterations: number;
  /** Larger graphs run ForceAtlas2 in the worker for this many milliseconds after opening. */
  workerLayoutMs: number;
  /** Most node labels drawn at once (the hovered and selected node's label always shows). */
  labelBudget: number;
  /** Names longer than this many characters are shortened with an ellipsis (the hovered node shows its full name). */
  labelMaxChars: number;
  /** A label is a candidate only when its node is drawn at least this many pixels wide (focus, brokers and tree members always are). */
  labelRenderedSizeThreshold: number;
  /** Sigma: hide edges while the camera moves (keeps large graphs fluid). */
  hideEdgesOnMove: boolean;
  /** Node radius range in pixels (size-by metric maps onto it). */
  nodeSizeMin: number;
  nodeSizeMax: number;
  /** Edge thickness in pixels; spin-off ties are drawn thicker by `spinoffEdgeFactor`. */
  edgeSize: number;
  spinoffEdgeFactor: number;
  /** Dash and gap lengths in pixels of illustrative and inferred ties. */
  dashLength: number;
  dashGap: number;
  /** Suggestions listed under the search box. */
  maxSuggestions: number;
  /** Milliseconds per year when the year slider plays. */
  yearPlayMs: number;
  /** The overlap-removal pass runs by itself after a layout on graphs up to this many nodes (larger ones: the panel's button). */
  overlapPassMaxNodes: number;
  /** Colour of faded (not highlighted) nodes and edges. */
  fadedColor: string;
  /** Colour of highlighted ties in brokers mode. */
  highlightColor: string;
}

export const DEFAULT_SETTINGS: Readonly<ExplorerSettings> = {
  seed: 1,
  syncLayoutMaxNodes: 3000,
  syncLayoutIterations: 300,
  workerLayoutMs: 4000,
  labelBudget: 40,
  labelMaxChars: 28,
  labelRenderedSizeThreshold: 3,
  hideEdgesOnMove: true,
  nodeSizeMin: 3,
  nodeSizeMax: 16,
  edgeSize: 1.4,
  spinoffEdgeFactor: 2.2,
  dashLength: 8,
  dashGap: 5,
  maxSuggestions: 10,
  yearPlayMs: 600,
  overlapPassMaxNodes: 5000,
  fadedColor: '#E4E4E4',
  highlightColor: '#C0392B',
};

type Check = (value: unknown) => string | undefined;

const number =
  (min: number, max: number, integer = false): Check =>
  (v) =>
    typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))
      ? `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`
      : undefined;
const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const color: Check = (v) => (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v) ? undefined : 'must be a colour like #AABBCC');

const CHECKS: Record<keyof ExplorerSettings, Check> = {
  seed: number(0, 2 ** 32 - 1, true),
  syncLayoutMaxNodes: number(0, 1e7, true),
  syncLayoutIterations: number(0, 10000, true),
  workerLayoutMs: number(0, 600000, true),
  labelBudget: number(0, 10000, true),
  labelMaxChars: number(4, 1000, true),
  labelRenderedSizeThreshold: number(0, 100),
  hideEdgesOnMove: boolean,
  nodeSizeMin: number(0.5, 100),
  nodeSizeMax: number(0.5, 200),
  edgeSize: number(0.1, 20),
  spinoffEdgeFactor: number(1, 10),
  dashLength: number(1, 100),
  dashGap: number(1, 100),
  maxSuggestions: number(1, 100, true),
  yearPlayMs: number(10, 60000, true),
  overlapPassMaxNodes: number(0, 1e7, true),
  fadedColor: color,
  highlightColor: color,
};

/**
 * Checks an override and merges it over the defaults. Unknown keys and bad values are errors.
 *
 * @param override settings to change
 * @returns the settings, or every problem with the override
 * @example validateSettings({ seed: 7 }) // → { ok: true, settings: { ...DEFAULT_SETTINGS, seed: 7 } }
 */
export function validateSettings(override: Record<string, unknown>): { ok: true; settings: ExplorerSettings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const settings: ExplorerSettings = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(override)) {
    if (!(key in CHECKS)) {
      errors.push(`unknown setting "${key}"`);
      continue;
    }
    const k = key as keyof ExplorerSettings;
    const problem = CHECKS[k](value);
    if (problem) errors.push(`setting "${key}" ${problem}`);
    else (settings as unknown as Record<string, unknown>)[k] = value;
  }
  if (settings.nodeSizeMin > settings.nodeSizeMax) errors.push('setting "nodeSizeMin" must not exceed "nodeSizeMax"');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** Reads settings from a URL query string: numbers and booleans are parsed by the default's type. */
export function settingsFromQuery(query: string): { ok: true; settings: ExplorerSettings } | { ok: false; errors: string[] } {
  const params = new URLSearchParams(query);
  const override: Record<string, unknown> = {};
  for (const [key, raw] of params) {
    const def = (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
    override[key] = typeof def === 'number' ? (raw.trim() === '' ? NaN : Number(raw)) : typeof def === 'boolean' ? raw === 'true' ? true : raw === 'false' ? false : raw : raw;
  }
  return validateSettings(override);
}
