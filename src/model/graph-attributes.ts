/**
 * Graph-level attributes that bound and document a regional graph: the roster the sources give
 * (the population the graph is measured against), the statements of the domain papers the data
 * reproduce or cannot, and the gaps the authors looked into and could not close. All three are
 * optional; when present they are checked here, and `graphs/README.md` is generated from them.
 */
import { problem, type Problem, type SourceLocation } from './problems.js';

/** A member of a roster: its name as the roster source gives it, and its node key when the graph holds it. */
export interface RosterMember {
  /** The name as the roster's source gives it. */
  name: string;
  /** The key of the node that stands for this member; absent when the graph does not hold it. */
  node?: string;
  /** Why the member is absent or how it was matched, when worth saying. */
  notes?: string;
}

/**
 * The population a graph is bounded by, as its sources give it (a survey's firms, a member list,
 * the firms a newspaper traces to one company). Coverage is the share of members the graph holds.
 */
export interface GraphRoster {
  /** What the roster is. */
  description: string;
  /** Where the roster comes from (citations, as on nodes and edges). */
  sources: string[];
  /**
   * The members: objects with a `name` and, when the graph holds the member, its `node` key; a
   * plain string is a member's name, held when a node has that key or label.
   */
  members: (RosterMember | string)[];
  /**
   * The roster's size when its source gives a count but not every name (a survey of 29 firms, a
   * cluster of 346 organisations); coverage is then counted against it. At least `members.length`.
   */
  size?: number;
}

/** A statement of a domain paper (seed) and whether the graph's data reproduce it. */
export interface SeedStatement {
  /** The statement, quoted or closely paraphrased. */
  statement: string;
  /** The seed that makes it, cited by title with its file name. */
  seed: string;
  /** Whether the data reproduce the statement. */
  reproduced: boolean;
  /** How it was checked (the command or count), or why it cannot be. */
  how: string;
}

/** The graph attributes this module checks, as they are typed on `GraphAttributes`. */
export interface DocumentedGraphAttributes {
  roster?: GraphRoster;
  seedStatements?: SeedStatement[];
  knownGaps?: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/**
 * Problems of the graph attributes `roster`, `seedStatements` and `knownGaps`: a wrong shape, an
 * empty text, or a roster member whose `node` is not a node of the graph. Absent attributes are fine.
 *
 * @param attributes - the graph's attributes
 * @param hasNode - whether the graph has a node with this key
 * @param loc - where the graph's attributes are (the file)
 * @returns one `bad-value` error per problem, its field named as a path (`roster.members[2].node`)
 * @example
 * graphAttributeProblems({ knownGaps: [''] }, () => false, { file: 'g.json' })[0]?.field; // 'knownGaps[0]'
 */
export function graphAttributeProblems(attributes: Record<string, unknown>, hasNode: (key: string) => boolean, loc: SourceLocation): Problem[] {
  const problems: Problem[] = [];
  const bad = (field: string, message: string) => problems.push(problem('error', 'bad-value', `graph attribute ${field}: ${message}`, loc, field));

  const { roster, seedStatements, knownGaps } = attributes;
  if (roster !== undefined) {
    if (!isObject(roster)) bad('roster', 'must be an object { description, sources, members }');
    else {
      if (!isText(roster.description)) bad('roster.description', 'must be a non-empty string');
      if (!isTextList(roster.sources) || roster.sources.length === 0) bad('roster.sources', 'must be a non-empty list of citations');
      const size = roster.size;
      if (size !== undefined && !(Number.isInteger(size) && (size as number) > 0)) bad('roster.size', 'must be a positive integer');
      if (!Array.isArray(roster.members) || (roster.members.length === 0 && size === undefined))
        bad('roster.members', 'must be a list, non-empty unless the roster gives its size');
      else {
        if (typeof size === 'number' && size < roster.members.length) bad('roster.size', `is ${size}, less than the ${roster.members.length} members listed`);
        const names = new Set<string>();
        roster.members.forEach((m: unknown, i: number) => {
          const field = `roster.members[${i}]`;
          if (isText(m)) {
            if (names.has(m)) bad(field, `"${m}" is listed twice`);
            names.add(m);
            return;
          }
          if (!isObject(m) || !isText(m.name)) return void bad(field, 'must be a name or an object with a non-empty "name"');
          if (names.has(m.name)) bad(field, `"${m.name}" is listed twice`);
          names.add(m.name);
          if (m.node !== undefined && (!isText(m.node) || !hasNode(m.node))) bad(`${field}.node`, `${JSON.stringify(m.node)} is not a node of the graph`);
          if (m.notes !== undefined && !isText(m.notes)) bad(`${field}.notes`, 'must be a non-empty string');
        });
      }
    }
  }
  if (seedStatements !== undefined) {
    if (!Array.isArray(seedStatements)) bad('seedStatements', 'must be a list of { statement, seed, reproduced, how }');
    else
      seedStatements.forEach((s: unknown, i: number) => {
        const field = `seedStatements[${i}]`;
        if (!isObject(s)) return void bad(field, 'must be an object { statement, seed, reproduced, how }');
        for (const name of ['statement', 'seed', 'how'] as const) if (!isText(s[name])) bad(`${field}.${name}`, 'must be a non-empty string');
        if (typeof s.reproduced !== 'boolean') bad(`${field}.reproduced`, 'must be true or false');
      });
  }
  if (knownGaps !== undefined) {
    if (!Array.isArray(knownGaps)) bad('knownGaps', 'must be a list of strings');
    else knownGaps.forEach((g: unknown, i: number) => void (isText(g) || bad(`knownGaps[${i}]`, 'must be a non-empty string')));
  }
  return problems;
}

/** A roster's coverage: the members the graph holds, by node key, and those it does not. */
export interface RosterCoverage {
  present: { name: string; node: string }[];
  absent: { name: string; notes?: string }[];
  /** The roster's size: its `size`, or the number of members listed. */
  size: number;
  /** Members held / roster size (0 for an empty roster). */
  share: number;
}

/**
 * Which roster members the graph holds: an object member is held when its `node` is a node of the
 * graph; a string member when a node has that key or that label. The share is counted against the
 * roster's `size` when it gives one.
 *
 * @param roster - the graph's roster
 * @param nodes - the graph's nodes as [key, label] pairs
 * @example
 * rosterCoverage({ description: 'd', sources: ['s'], members: [{ name: 'A', node: 'a' }, 'B'] }, [['a', 'A']]).share; // 0.5
 */
export function rosterCoverage(roster: GraphRoster, nodes: readonly (readonly [string, string])[]): RosterCoverage {
  const keys = new Set(nodes.map(([k]) => k));
  const byLabel = new Map(nodes.map(([k, l]) => [l, k] as const));
  const present: RosterCoverage['present'] = [];
  const absent: RosterCoverage['absent'] = [];
  for (const m of roster.members) {
    if (typeof m === 'string') {
      const node = keys.has(m) ? m : byLabel.get(m);
      if (node !== undefined) present.push({ name: m, node });
      else absent.push({ name: m });
    } else if (m.node !== undefined && keys.has(m.node)) present.push({ name: m.name, node: m.node });
    else absent.push(m.notes !== undefined ? { name: m.name, notes: m.notes } : { name: m.name });
  }
  const size = roster.size ?? roster.members.length;
  return { present, absent, size, share: size === 0 ? 0 : present.length / size };
}
