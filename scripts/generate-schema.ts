/**
 * Generates `schema/ecograph.schema.json`, the JSON Schema (draft 2020-12) of the native JSON
 * format, from the one model in `src/model/schema.ts`: node and edge kinds, known attributes with
 * their types, years, enumerations, and the direction each edge kind must have. Extra attributes
 * are allowed. Run with `npm run schema`; a test checks the committed file is up to date.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io/atomic-write.js';
import {
  EDGE_ATTRIBUTES,
  EDGE_KINDS,
  EDGE_KIND_RULES,
  FORMAT_ID,
  NODE_ATTRIBUTES,
  NODE_KINDS,
  NODE_KIND_INFO,
  SPINOFF_TYPES,
  SPINOFF_TYPE_INFO,
  type AttributeDefinition,
} from '../src/model/schema.js';

type JsonSchema = Record<string, unknown>;

/** The schema of one known attribute's value. */
function attributeSchema(def: AttributeDefinition): JsonSchema {
  const base: JsonSchema = { description: def.description };
  if (def.name === 'kind') return { ...base, $ref: NODE_ATTRIBUTES.includes(def) ? '#/$defs/nodeKind' : '#/$defs/edgeKind' };
  switch (def.type) {
    case 'string':
      return def.enum ? { ...base, type: 'string', enum: [...def.enum] } : { ...base, type: 'string' };
    case 'integer':
      return def.year ? { ...base, type: 'integer', minimum: 1000, maximum: 2999 } : { ...base, type: 'integer' };
    case 'number':
      return { ...base, type: 'number' };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' } };
  }
}

function attributesSchema(defs: readonly AttributeDefinition[], description: string, required: string[] = []): JsonSchema {
  return {
    type: 'object',
    description,
    properties: Object.fromEntries(defs.map((d) => [d.name, attributeSchema(d)])),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: true,
  };
}

/**
 * Builds the JSON Schema of the native format from the model.
 *
 * @returns the schema document
 * @example
 * const schema = buildJsonSchema();
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * @see https://json-schema.org/draft/2020-12/json-schema-core
 */
export function buildJsonSchema(): JsonSchema {
  const directionRules = EDGE_KINDS.map((kind) => ({
    if: {
      required: ['attributes'],
      properties: { attributes: { required: ['kind'], properties: { kind: { const: kind } } } },
    },
    then: EDGE_KIND_RULES[kind].directed
      ? { properties: { undirected: { const: false } } }
      : { required: ['undirected'], properties: { undirected: { const: true } } },
  }));
  // A spin-off tie's type, when given, is one of the spin-off types (other kinds may use `type` freely).
  const spinoffTypeRule = {
    if: {
      required: ['attributes'],
      properties: { attributes: { required: ['kind'], properties: { kind: { const: 'spinoff' } } } },
    },
    then: {
      properties: {
        attributes: {
          properties: {
            type: { enum: [...SPINOFF_TYPES], description: SPINOFF_TYPES.map((t) => `${t}: ${SPINOFF_TYPE_INFO[t]}`).join('; ') },
          },
        },
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ecograph.dev/schema/ecograph.schema.json',
    title: `ecograph native JSON graph (${FORMAT_ID})`,
    description:
      'graphology serialisation of an entrepreneurial-ecosystem graph. Generated from src/model/schema.ts by `npm run schema`; do not edit. Which node kinds an edge kind may join is checked by `ecograph validate`, not by this schema.',
    type: 'object',
    required: ['nodes'],
    properties: {
      attributes: {
        type: 'object',
        description: 'graph attributes',
        properties: {
          format: { const: FORMAT_ID, description: 'format identifier' },
          name: { type: 'string', description: 'name of the graph' },
          description: { type: 'string', description: 'what the graph shows' },
          sources: { type: 'array', items: { type: 'string' }, description: 'citations for the whole graph' },
          roster: {
            type: 'object',
            description: 'the population the graph is bounded by, as its sources give it; coverage = members held / members',
            required: ['description', 'sources', 'members'],
            properties: {
              description: { type: 'string', minLength: 1, description: 'what the roster is' },
              sources: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'where the roster comes from' },
              size: { type: 'integer', minimum: 1, description: 'the roster size when the source gives a count but not every name; coverage is counted against it' },
              members: {
                type: 'array',
                description: 'a name, or { name, node? (key of the node standing for it), notes? }; may be empty only when size is given',
                items: {
                  oneOf: [
                    { type: 'string', minLength: 1 },
                    {
                      type: 'object',
                      required: ['name'],
                      properties: { name: { type: 'string', minLength: 1 }, node: { type: 'string', minLength: 1 }, notes: { type: 'string', minLength: 1 } },
                    },
                  ],
                },
              },
            },
          },
          seedStatements: {
            type: 'array',
            description: 'statements of the domain papers and whether the data reproduce them',
            items: {
              type: 'object',
              required: ['statement', 'seed', 'reproduced', 'how'],
              properties: {
                statement: { type: 'string', minLength: 1 },
                seed: { type: 'string', minLength: 1, description: 'the seed, cited by title with its file name' },
                reproduced: { type: 'boolean' },
                how: { type: 'string', minLength: 1, description: 'how it was checked, or why it cannot be' },
              },
            },
          },
          knownGaps: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'what was looked for and not found, and where' },
        },
        additionalProperties: true,
      },
      options: {
        type: 'object',
        description: 'graphology options: ecograph writes mixed, multi, self-loops allowed',
        properties: {
          type: { enum: ['mixed', 'directed', 'undirected'] },
          multi: { type: 'boolean' },
          allowSelfLoops: { type: 'boolean' },
        },
      },
      nodes: { type: 'array', items: { $ref: '#/$defs/node' } },
      edges: { type: 'array', items: { $ref: '#/$defs/edge' } },
    },
    $defs: {
      nodeKind: {
        enum: [...NODE_KINDS],
        description: NODE_KINDS.map((k) => `${k}: ${NODE_KIND_INFO[k].description}`).join('; '),
      },
      edgeKind: {
        enum: [...EDGE_KINDS],
        description: EDGE_KINDS.map((k) => {
          const r = EDGE_KIND_RULES[k];
          return `${k} (${r.directed ? 'directed' : 'undirected'}): ${r.source.join('/')} ${r.directed ? '→' : '—'} ${r.target.join('/')}`;
        }).join('; '),
      },
      nodeAttributes: attributesSchema(NODE_ATTRIBUTES, 'node attributes; extra attributes are kept'),
      edgeAttributes: attributesSchema(EDGE_ATTRIBUTES, 'edge attributes; extra attributes are kept'),
      node: {
        type: 'object',
        required: ['key'],
        properties: {
          key: { type: ['string', 'number'], description: 'stable node id' },
          attributes: { $ref: '#/$defs/nodeAttributes' },
        },
        additionalProperties: true,
      },
      edge: {
        type: 'object',
        required: ['source', 'target'],
        properties: {
          key: { type: ['string', 'number'], description: 'edge id (generated when absent)' },
          source: { type: ['string', 'number'] },
          target: { type: ['string', 'number'] },
          undirected: { type: 'boolean', description: 'true for undirected ties (collaboration); kinds fix the direction' },
          attributes: { $ref: '#/$defs/edgeAttributes' },
        },
        additionalProperties: true,
        allOf: [...directionRules, spinoffTypeRule],
      },
    },
  };
}

/** The schema file's text. */
export function renderJsonSchema(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}

/** Where the generated schema is committed. */
export const SCHEMA_PATH = join(fileURLToPath(new URL('..', import.meta.url)), 'schema', 'ecograph.schema.json');

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFileAtomic(SCHEMA_PATH, renderJsonSchema());
  process.stderr.write(`wrote ${SCHEMA_PATH}\n`);
}
