/**
 * Graph comparison for round-trip tests: the same nodes with the same attributes, the same edge
 * keys with the same endpoints, direction and attributes. Returns the differences (empty = equal),
 * so a failing test shows what was lost.
 */
import { isDeepStrictEqual } from 'node:util';
import type { EcoGraph } from '../../src/model/types.js';

export function graphDifferences(expected: EcoGraph, actual: EcoGraph, limit = 20): string[] {
  const out: string[] = [];
  const push = (s: string) => out.length < limit && out.push(s);
  if (expected.order !== actual.order) push(`node count ${expected.order} ≠ ${actual.order}`);
  if (expected.size !== actual.size) push(`edge count ${expected.size} ≠ ${actual.size}`);
  expected.forEachNode((id, attrs) => {
    if (!actual.hasNode(id)) return push(`missing node ${id}`);
    const other = actual.getNodeAttributes(id);
    if (!isDeepStrictEqual({ ...attrs }, { ...other })) push(`node ${id}: ${JSON.stringify(attrs)} ≠ ${JSON.stringify(other)}`);
    return undefined;
  });
  actual.forEachNode((id) => {
    if (!expected.hasNode(id)) push(`extra node ${id}`);
  });
  expected.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    if (!actual.hasEdge(key)) return push(`missing edge ${key}`);
    const s = actual.source(key);
    const t = actual.target(key);
    const u = actual.isUndirected(key);
    if (u !== undirected) push(`edge ${key}: ${undirected ? 'undirected' : 'directed'} became ${u ? 'undirected' : 'directed'}`);
    const sameEnds = (s === source && t === target) || (undirected && s === target && t === source);
    if (!sameEnds) push(`edge ${key}: ${source}→${target} became ${s}→${t}`);
    const other = actual.getEdgeAttributes(key);
    if (!isDeepStrictEqual({ ...attrs }, { ...other })) push(`edge ${key}: ${JSON.stringify(attrs)} ≠ ${JSON.stringify(other)}`);
    return undefined;
  });
  return out;
}
