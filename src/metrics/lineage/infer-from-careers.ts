/**
 * Reconstructing spin-off ties from careers: a person who worked at (or taught at) organisation P
 * and founded firm F implies that F is a spin-off of P. This is how spin-off trees such as
 * Hamamatsu's (many founders were Yamaha Motor engineers) are usually rebuilt from biographies.
 *
 * Browser-safe: no Node imports.
 */
import { edgeKindAllows, type AffiliationRole } from '../../model/schema.js';
import type { EcoGraph, EdgeAttributes } from '../../model/types.js';
import { buildSpinoffDag } from './spinoff-dag.js';

/** Options of {@link inferSpinoffsFromCareers}. */
export interface CareerInferenceOptions {
  /** Affiliation roles that count as a career at the parent. */
  roles?: readonly AffiliationRole[];
}

export const DEFAULTS = { roles: ['employee', 'faculty'] } as const satisfies Required<CareerInferenceOptions>;

/** One inferred spin-off tie `parent → child`. */
export interface InferredSpinoff {
  /** Key the edge gets when added to the graph. */
  key: string;
  parent: string;
  child: string;
  /** The people whose careers imply the tie (one edge even when several do). */
  persons: string[];
  /** The attributes of the new edge: kind `spinoff`, confidence `inferred`, sources, notes, year. */
  attributes: EdgeAttributes;
}

/** Why a career did not yield a spin-off tie. */
export type SkipReason = 'same-organisation' | 'kind-not-allowed' | 'affiliation-after-founding' | 'spinoff-exists' | 'would-create-cycle';

export interface SkippedInference {
  person: string;
  parent: string;
  child: string;
  reason: SkipReason;
  /** A sentence saying why, naming the nodes (and the cycle, for `would-create-cycle`). */
  message: string;
}

export interface CareerInference {
  inferred: InferredSpinoff[];
  skipped: SkippedInference[];
}

interface Tie {
  edge: string;
  target: string;
  attrs: EdgeAttributes;
}

function union(...lists: (readonly string[] | undefined)[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const s of list ?? []) if (!out.includes(s)) out.push(s);
  return out;
}

/**
 * Infers spin-off ties from `affiliation` (role employee or faculty) and `founded` ties.
 *
 * For each person X with an affiliation at P and a founded tie to F, proposes P → F, skipping
 * (and reporting) it when P = F, when a spin-off may not join those kinds, when both years are
 * known and the affiliation began (`since`, else `year`) after F was founded (the founded tie's
 * `year`, else F's `founded`), when a spin-off P → F already exists in the graph, or when it would
 * close a cycle with the existing and already inferred ties. Several people implying the same tie
 * give one edge naming all of them. People, then their ties, are taken in graph order, so the
 * result is deterministic. The graph is not changed: see {@link addInferredSpinoffs}.
 *
 * @param graph - an ecosystem graph whose spin-off ties are acyclic
 * @param options - which affiliation roles count
 * @returns the inferred ties and the skipped ones with reasons
 * @example
 * const { inferred, skipped } = inferSpinoffsFromCareers(graph);
 * addInferredSpinoffs(graph, inferred);
 */
export function inferSpinoffsFromCareers(graph: EcoGraph, options: CareerInferenceOptions = {}): CareerInference {
  const roles: readonly string[] = options.roles ?? DEFAULTS.roles;
  const dag = buildSpinoffDag(graph);
  const children = dag.children.map((list) => [...list]);
  const inferred: InferredSpinoff[] = [];
  const byPair = new Map<string, InferredSpinoff>();
  const skipped: SkippedInference[] = [];
  const usedKeys = new Set<string>();
  const label = (id: string) => graph.getNodeAttribute(id, 'label') ?? id;

  /** A spin-off path from `from` to `to` in the current ties (existing + inferred), or undefined. */
  const pathBetween = (from: number, to: number): number[] | undefined => {
    const prev = new Map<number, number>([[from, -1]]);
    const stack = [from];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (v === to) {
        const path: number[] = [];
        for (let x = v; x !== -1; x = prev.get(x)!) path.push(x);
        return path.reverse();
      }
      for (const c of children[v]!)
        if (!prev.has(c)) {
          prev.set(c, v);
          stack.push(c);
        }
    }
    return undefined;
  };

  graph.forEachNode((person) => {
    const affiliations: Tie[] = [];
    const founded: Tie[] = [];
    graph.forEachOutEdge(person, (edge, attrs, _s, target) => {
      if (attrs.kind === 'affiliation' && typeof attrs.role === 'string' && roles.includes(attrs.role)) affiliations.push({ edge, target, attrs });
      else if (attrs.kind === 'founded') founded.push({ edge, target, attrs });
    });
    for (const aff of affiliations)
      for (const fnd of founded) {
        const parent = aff.target;
        const child = fnd.target;
        const skip = (reason: SkipReason, message: string) => skipped.push({ person, parent, child, reason, message });
        const what = `${label(person)} (${person}): ${aff.attrs.role} at "${parent}", founded "${child}"`;
        if (parent === child) {
          skip('same-organisation', `${what}: the organisation is the firm itself`);
          continue;
        }
        const pk = graph.getNodeAttribute(parent, 'kind');
        const ck = graph.getNodeAttribute(child, 'kind');
        if (!edgeKindAllows('spinoff', pk, ck)) {
          skip('kind-not-allowed', `${what}: a spin-off cannot join ${pk ?? 'untyped'} → ${ck ?? 'untyped'}`);
          continue;
        }
        const began = aff.attrs.since ?? aff.attrs.year;
        const childFounded = fnd.attrs.year ?? graph.getNodeAttribute(child, 'founded');
        if (typeof began === 'number' && typeof childFounded === 'number' && began > childFounded) {
          skip('affiliation-after-founding', `${what}: the affiliation began in ${began}, after "${child}" was founded in ${childFounded}`);
          continue;
        }
        const p = dag.index.get(parent)!;
        const c = dag.index.get(child)!;
        if (dag.parents[c]!.includes(p)) {
          skip('spinoff-exists', `${what}: the spin-off "${parent}" → "${child}" is already in the graph`);
          continue;
        }
        const pairKey = `${parent}\u0000${child}`;
        const existing = byPair.get(pairKey);
        const notePart = `${label(person)} (${person}, ${aff.attrs.role} at ${label(parent)}, founded ${label(child)})`;
        if (existing) {
          if (!existing.persons.includes(person)) {
            existing.persons.push(person);
            existing.attributes.notes += `; ${notePart}`;
          }
          existing.attributes.sources = union(existing.attributes.sources, aff.attrs.sources, fnd.attrs.sources);
          continue;
        }
        const loop = pathBetween(c, p);
        if (loop) {
          const names = [...loop, c].map((i) => dag.ids[i]!);
          skip('would-create-cycle', `${what}: "${parent}" → "${child}" would close the spin-off cycle ${names.join(' → ')}`);
          continue;
        }
        children[p]!.push(c);
        let key = `spinoff-inferred:${parent}->${child}`;
        for (let k = 2; graph.hasEdge(key) || usedKeys.has(key); k++) key = `spinoff-inferred:${parent}->${child}#${k}`;
        usedKeys.add(key);
        const attributes: EdgeAttributes = {
          kind: 'spinoff',
          confidence: 'inferred',
          sources: union(aff.attrs.sources, fnd.attrs.sources),
          notes: `inferred from the career of ${notePart}`,
        };
        if (typeof childFounded === 'number') attributes.year = childFounded;
        const record: InferredSpinoff = { key, parent, child, persons: [person], attributes };
        byPair.set(pairKey, record);
        inferred.push(record);
      }
  });
  return { inferred, skipped };
}

/**
 * Adds inferred spin-off ties to a graph (the attribute-writing counterpart of
 * {@link inferSpinoffsFromCareers}). Mutates `graph`.
 *
 * @param graph - the graph the ties were inferred from
 * @param inferred - the `inferred` list of a {@link CareerInference}
 * @example
 * addInferredSpinoffs(graph, inferSpinoffsFromCareers(graph).inferred);
 */
export function addInferredSpinoffs(graph: EcoGraph, inferred: readonly InferredSpinoff[]): void {
  for (const e of inferred) graph.addDirectedEdgeWithKey(e.key, e.parent, e.child, { ...e.attributes, sources: [...(e.attributes.sources ?? [])] });
}
