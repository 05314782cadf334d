/** Running metric commands through runCli with captured output (shared by the metric CLI tests). */
import { fileURLToPath } from 'node:url';
import { runCapture, type CliResult } from '../../helpers/run-cli.js';

export const REFERENCE_GRAPHS = fileURLToPath(new URL('../../fixtures/reference/graphs/', import.meta.url));
export const ECOSYSTEM = `${REFERENCE_GRAPHS}small-ecosystem.json`;

export const run = (argv: string[], interactive = false): Promise<CliResult> => runCapture(argv, interactive);
