/** The committed JSON Schema is what `npm run schema` generates from the model, byte for byte. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, buildJsonSchema, renderJsonSchema } from '../../scripts/generate-schema.js';
import { EDGE_KINDS, EDGE_KIND_RULES, FORMAT_ID, NODE_ATTRIBUTES, NODE_KINDS, SPINOFF_TYPES } from '../../src/model/schema.js';

describe('schema/ecograph.schema.json', () => {
  it('is up to date: regenerating gives the committed file byte for byte (run `npm run schema` if not)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderJsonSchema());
  });

  it('declares draft 2020-12, the format id, the kinds and the known attributes of the model', () => {
    const s = buildJsonSchema() as {
      $schema: string;
      properties: { attributes: { properties: { format: { const: string } } } };
      $defs: Record<string, { enum?: string[]; properties?: Record<string, Record<string, unknown>>; additionalProperties?: boolean; allOf?: unknown[] }>;
    };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.properties.attributes.properties.format.const).toBe(FORMAT_ID);
    expect(s.$defs.nodeKind!.enum).toEqual([...NODE_KINDS]);
    expect(s.$defs.edgeKind!.enum).toEqual([...EDGE_KINDS]);
    const nodeProps = s.$defs.nodeAttributes!.properties!;
    expect(Object.keys(nodeProps)).toEqual(NODE_ATTRIBUTES.map((d) => d.name));
    expect(nodeProps.founded).toMatchObject({ type: 'integer', minimum: 1000, maximum: 2999 });
    expect(nodeProps.listed).toMatchObject({ type: 'boolean' });
    expect(nodeProps.sources).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(nodeProps.confidence).toMatchObject({ enum: ['sourced', 'illustrative', 'inferred'] });
    expect(s.$defs.nodeAttributes!.additionalProperties).toBe(true);
    // one direction rule per edge kind, then the spin-off type rule
    expect(s.$defs.edge!.allOf).toHaveLength(EDGE_KINDS.length + 1);
    const typeRule = s.$defs.edge!.allOf!.at(-1) as { if: unknown; then: { properties: { attributes: { properties: { type: { enum: string[] } } } } } };
    expect(JSON.stringify(typeRule.if)).toContain('"const":"spinoff"');
    expect(typeRule.then.properties.attributes.properties.type.enum).toEqual([...SPINOFF_TYPES]);
    const undirectedKinds = EDGE_KINDS.filter((k) => !EDGE_KIND_RULES[k].directed);
    expect(JSON.stringify(s.$defs.edge!.allOf).match(/"const":true/g)).toHaveLength(undirectedKinds.length);
  });
});
