/**
 * Attribute values ↔ Neo4j property values. Neo4j stores strings, numbers, booleans and
 * homogeneous lists of them; integers are sent as Neo4j integers so Cypher compares them as such.
 * Any other value (an object, a mixed list) is stored as JSON text and its name listed in the
 * `_json` property, so it reads back as it was.
 */
import neo4j from 'neo4j-driver';

export const JSON_PROPERTIES = '_json';

type Primitive = string | number | boolean;

function toNeo4jPrimitive(v: Primitive): unknown {
  return typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v;
}

function isHomogeneousList(v: unknown[]): boolean {
  if (v.length === 0) return true;
  const t = typeof v[0];
  return (t === 'string' || t === 'number' || t === 'boolean') && v.every((x) => typeof x === t);
}

/** Converts attributes to Neo4j properties (undefined and null values are left out). */
export function toProperties(attributes: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const json: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') props[name] = toNeo4jPrimitive(value);
    else if (Array.isArray(value) && isHomogeneousList(value)) props[name] = (value as Primitive[]).map(toNeo4jPrimitive);
    else {
      props[name] = JSON.stringify(value);
      json.push(name);
    }
  }
  if (json.length > 0) props[JSON_PROPERTIES] = json;
  return props;
}

/** Converts Neo4j properties (read with `disableLosslessIntegers`) back to attributes. */
export function fromProperties(props: Record<string, unknown>): Record<string, unknown> {
  const json = new Set(Array.isArray(props[JSON_PROPERTIES]) ? (props[JSON_PROPERTIES] as string[]) : []);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === JSON_PROPERTIES) continue;
    out[name] = json.has(name) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}
