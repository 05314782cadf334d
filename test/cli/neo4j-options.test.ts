/** The connection flags of the `ecograph neo4j` commands and the batch size, as the parser reads them. */
import { describe, expect, it } from 'vitest';
import { defineCommand, parseArgs, renderHelp } from '../../src/cli/command.js';
import { batchOption, connectionOptions } from '../../src/cli/neo4j-options.js';

const spec = defineCommand({ name: 'neo4j test', summary: 's', positionals: [], options: { ...connectionOptions, batch: batchOption }, run: async () => 0 });

describe('neo4j connection options', () => {
  it('reads URI, user, password and database, and defaults the batch to 5000 rows', () => {
    expect(parseArgs(spec, []).options).toEqual({ batch: 5000 });
    expect(parseArgs(spec, ['--uri', 'bolt://db:7687', '--user', 'u', '--password', 'p', '--database', 'eco', '--batch', '100']).options).toEqual({
      uri: 'bolt://db:7687',
      user: 'u',
      password: 'p',
      database: 'eco',
      batch: 100,
    });
  });

  it('names the environment variables in help and never shows a default password', () => {
    const help = renderHelp(spec);
    for (const variable of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) expect(help).toContain(variable);
    expect(connectionOptions.password).not.toHaveProperty('default');
    expect(help).toMatch(/--batch N +rows per transaction \[default: 5000\]/);
  });
});
