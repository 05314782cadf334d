/** Connection options shared by the `ecograph neo4j` commands. The password is never echoed. */
import type { OptionSpec } from './command.js';

export const connectionOptions = {
  uri: { type: 'string', valueName: 'URI', description: 'Bolt URI (env NEO4J_URI) [default: bolt://127.0.0.1:7687]' },
  user: { type: 'string', valueName: 'USER', description: 'user name (env NEO4J_USER) [default: neo4j]' },
  password: { type: 'string', valueName: 'PASSWORD', description: 'password (env NEO4J_PASSWORD; prefer the variable: flags show in process lists)' },
  database: { type: 'string', valueName: 'NAME', description: 'database (env NEO4J_DATABASE) [default: the server default]' },
} as const satisfies Record<string, OptionSpec>;

export const batchOption = {
  type: 'number',
  default: 5000,
  valueName: 'N',
  description: 'rows per transaction',
} as const satisfies OptionSpec;
