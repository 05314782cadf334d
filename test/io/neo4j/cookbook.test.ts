import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COOKBOOK } from '../../../src/io/neo4j/cookbook.js';

const guide = readFileSync(new URL('../../../docs/guide/neo4j.md', import.meta.url), 'utf8');

describe('Cypher cookbook', () => {
  it.each(Object.entries(COOKBOOK))('the Neo4j guide (docs/guide/neo4j.md) shows the tested query verbatim: %s', (_name, entry) => {
    expect(guide).toContain('```cypher\n' + entry.cypher + '\n```');
  });
});
