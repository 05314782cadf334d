/**
 * The ecograph data model, declared once as data.
 *
 * Every other part of the toolkit (types, validation, readers and writers, the JSON Schema in
 * `schema/ecograph.schema.json`, the Neo4j mapping, the web legend) reads the kinds, rules and
 * attribute definitions from this file.
 */

/** Kinds of actors in an entrepreneurial ecosystem. */
export const NODE_KINDS = [
  'founder',
  'person',
  'firm',
  'anchor',
  'university',
  'institute',
  'investor',
  'government',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Kinds of ties between actors. */
export const EDGE_KINDS = [
  'spinoff',
  'investment',
  'collaboration',
  'founded',
  'affiliation',
  'mentorship',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** How sure the data is about an element. */
export const CONFIDENCE_LEVELS = ['sourced', 'illustrative', 'inferred'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** Roles an `affiliation` tie can carry. */
export const AFFILIATION_ROLES = ['employee', 'faculty', 'student', 'advisor', 'board', 'member'] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

/**
 * Types a `spinoff` tie can carry, from what its source says: a founder left an incumbent
 * (`employee`), a university or institute start-up (`academic`), a division made a firm
 * (`carve-out`), a firm set up by its parent (`subsidiary`), a firm set up by several parents
 * (`joint-venture`). A tie whose source does not say which has no `type`.
 */
export const SPINOFF_TYPES = ['employee', 'academic', 'carve-out', 'subsidiary', 'joint-venture'] as const;
export type SpinoffType = (typeof SPINOFF_TYPES)[number];

/** Human descriptions of the spin-off types, used by `--help` and the docs. */
export const SPINOFF_TYPE_INFO: Record<SpinoffType, string> = {
  employee: 'a founder left an incumbent organisation to found the firm',
  academic: 'a university or research-institute start-up',
  'carve-out': 'a division of the parent made a separate firm',
  subsidiary: 'a firm set up by its parent',
  'joint-venture': 'a firm set up by the parent together with others',
};

/** Whether a value is one of the spin-off types. */
export function isSpinoffType(value: unknown): value is SpinoffType {
  return typeof value === 'string' && (SPINOFF_TYPES as readonly string[]).includes(value);
}

/** The identifier of the native JSON format, stored in the graph's `attributes.format`. */
export const FORMAT_ID = 'ecograph@1';

/** Human descriptions of node kinds, used by `--help`, the legend and the docs. */
export const NODE_KIND_INFO: Record<NodeKind, { title: string; description: string }> = {
  founder: { title: 'Founder', description: 'a person who founded a firm' },
  person: { title: 'Person', description: 'non-founders: professors, engineers, mentors' },
  firm: { title: 'Firm', description: 'start-ups and SMEs' },
  anchor: { title: 'Anchor company', description: 'large or anchor companies of a region' },
  university: { title: 'University', description: 'universities and their labs or study groups' },
  institute: { title: 'Institute', description: 'public research institutes' },
  investor: { title: 'Investor', description: 'VCs, banks, angels' },
  government: {
    title: 'Government',
    description: 'local/central government, incubators, chambers, support bodies',
  },
};

const PEOPLE = ['founder', 'person'] as const satisfies readonly NodeKind[];
const ORGANISATIONS = [
  'firm',
  'anchor',
  'university',
  'institute',
  'investor',
  'government',
] as const satisfies readonly NodeKind[];

/** The declaration of one edge kind: direction and which node kinds it may join. */
export interface EdgeKindRule {
  /** Whether ties of this kind are directed (source → target). */
  directed: boolean;
  /** Node kinds allowed at the source end (for undirected kinds: at either end). */
  source: readonly NodeKind[];
  /** Node kinds allowed at the target end (for undirected kinds: at either end). */
  target: readonly NodeKind[];
  title: string;
  description: string;
}

/** Which node kinds each edge kind may join, and its direction. */
export const EDGE_KIND_RULES: Record<EdgeKind, EdgeKindRule> = {
  spinoff: {
    directed: true,
    source: ORGANISATIONS,
    target: ['firm', 'anchor'],
    title: 'Spin-off',
    description: 'parent organisation → child firm',
  },
  investment: {
    directed: true,
    source: ['investor', 'anchor', 'firm', 'government'],
    target: ['firm', 'anchor'],
    title: 'Investment',
    description: 'investor, anchor, firm or government → firm',
  },
  collaboration: {
    directed: false,
    source: [...PEOPLE, ...ORGANISATIONS],
    target: [...PEOPLE, ...ORGANISATIONS],
    title: 'Collaboration',
    description: 'joint research, licensing, alliance, supply (undirected)',
  },
  founded: {
    directed: true,
    source: PEOPLE,
    target: ['firm', 'anchor', 'investor'],
    title: 'Founded',
    description: 'founder/person → firm',
  },
  affiliation: {
    directed: true,
    source: PEOPLE,
    target: ORGANISATIONS,
    title: 'Affiliation',
    description: 'person/founder → organisation, with a role',
  },
  mentorship: {
    directed: true,
    source: PEOPLE,
    target: [...PEOPLE, 'firm'],
    title: 'Mentorship',
    description: 'person/founder → person/founder/firm: mentoring and angel advice',
  },
};

/** Value types an attribute can hold. `string[]` is a list of strings. */
export type AttributeType = 'string' | 'integer' | 'number' | 'boolean' | 'string[]';

/** The declaration of one known attribute. */
export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  description: string;
  /** Allowed values, for enumerations. */
  enum?: readonly string[];
  /** A year: an integer between 1000 and 2999. */
  year?: boolean;
}

/** Known node attributes (the node id is the graph key, not an attribute). */
export const NODE_ATTRIBUTES: readonly AttributeDefinition[] = [
  { name: 'label', type: 'string', description: 'display name' },
  { name: 'kind', type: 'string', enum: NODE_KINDS, description: 'kind of actor' },
  { name: 'region', type: 'string', description: 'region or cluster, e.g. Kyoto' },
  { name: 'sector', type: 'string', description: 'industry sector' },
  { name: 'founded', type: 'integer', year: true, description: 'founding year' },
  { name: 'dissolved', type: 'integer', year: true, description: 'year dissolved or merged away' },
  { name: 'listed', type: 'boolean', description: 'publicly listed company' },
  { name: 'country', type: 'string', description: 'country (ISO code or name)' },
  { name: 'url', type: 'string', description: 'web site' },
  { name: 'sources', type: 'string[]', description: 'citations: a public document or a seed file name' },
  { name: 'confidence', type: 'string', enum: CONFIDENCE_LEVELS, description: 'sourced, illustrative or inferred' },
  { name: 'notes', type: 'string', description: 'free text' },
];

/** Known edge attributes. */
export const EDGE_ATTRIBUTES: readonly AttributeDefinition[] = [
  { name: 'kind', type: 'string', enum: EDGE_KINDS, description: 'kind of tie' },
  { name: 'year', type: 'integer', year: true, description: 'year the tie began or happened' },
  { name: 'since', type: 'integer', year: true, description: 'first year of a lasting tie' },
  { name: 'until', type: 'integer', year: true, description: 'last year of a lasting tie' },
  { name: 'weight', type: 'number', description: 'tie strength (or distance, see metric views)' },
  { name: 'amount', type: 'number', description: 'amount of an investment' },
  { name: 'currency', type: 'string', description: 'currency of amount, e.g. JPY' },
  { name: 'role', type: 'string', description: 'role of an affiliation: employee, faculty, student, advisor, board, member' },
  { name: 'type', type: 'string', description: 'type of a spin-off tie: employee, academic, carve-out, subsidiary, joint-venture' },
  { name: 'sources', type: 'string[]', description: 'citations: a public document or a seed file name' },
  { name: 'confidence', type: 'string', enum: CONFIDENCE_LEVELS, description: 'sourced, illustrative or inferred' },
  { name: 'notes', type: 'string', description: 'free text' },
];

export const NODE_ATTRIBUTE_MAP: ReadonlyMap<string, AttributeDefinition> = new Map(
  NODE_ATTRIBUTES.map((d) => [d.name, d]),
);
export const EDGE_ATTRIBUTE_MAP: ReadonlyMap<string, AttributeDefinition> = new Map(
  EDGE_ATTRIBUTES.map((d) => [d.name, d]),
);

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

export function isEdgeKind(value: unknown): value is EdgeKind {
  return typeof value === 'string' && (EDGE_KINDS as readonly string[]).includes(value);
}

/** Edit distance between two texts (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The name a mistyped one most likely meant: the same letters without case, spaces, hyphens or
 * underscores (`spin-off` → `spinoff`), else the closest within a third of its length in edits.
 *
 * @param value - what was written
 * @param names - the valid names
 * @returns the nearest valid name, or undefined when none is near
 * @example
 * nearestName('spin-off', EDGE_KINDS); // 'spinoff'
 * nearestName('incubator', NODE_KINDS); // undefined
 */
export function nearestName(value: string, names: readonly string[]): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const v = squash(value);
  if (v === '') return undefined;
  const same = names.find((n) => squash(n) === v);
  if (same !== undefined) return same;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(v.length / 3)) + 1;
  for (const n of names) {
    const d = editDistance(v, squash(n));
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

/**
 * The message for a kind that is not a model kind: the nearest kind, if one is near, and the
 * valid kinds.
 *
 * @param what - `node` or `edge`
 * @param value - the kind as written
 * @example
 * unknownKindMessage('edge', 'spin-off'); // 'unknown edge kind "spin-off" (did you mean "spinoff"? kinds: …)'
 */
export function unknownKindMessage(what: 'node' | 'edge', value: unknown): string {
  const kinds: readonly string[] = what === 'node' ? NODE_KINDS : EDGE_KINDS;
  const near = typeof value === 'string' ? nearestName(value, kinds) : undefined;
  return `unknown ${what} kind ${JSON.stringify(value)} (${near !== undefined ? `did you mean "${near}"? ` : ''}kinds: ${kinds.join(', ')})`;
}

/** Whether an edge of this kind joins these node kinds (untyped ends are always allowed). */
export function edgeKindAllows(kind: EdgeKind, source: NodeKind | undefined, target: NodeKind | undefined): boolean {
  const rule = EDGE_KIND_RULES[kind];
  const ok = (allowed: readonly NodeKind[], k: NodeKind | undefined) => k === undefined || allowed.includes(k);
  if (rule.directed) return ok(rule.source, source) && ok(rule.target, target);
  return (ok(rule.source, source) && ok(rule.target, target)) || (ok(rule.source, target) && ok(rule.target, source));
}
