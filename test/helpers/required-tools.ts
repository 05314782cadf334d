/**
 * Tools outside npm that some tests need (headless Chromium, poppler's PDF tools, a Neo4j server,
 * Jupyter with the Deno kernel, the domain seeds in `../shared`), found in one place.
 *
 * When a tool is missing, the tests that need it are skipped and one line says which tool and the
 * command that installs it, e.g. `skipped: chromium not found — apt-get install chromium`. When the
 * run asks for the tool, a missing tool fails the run instead of skipping: `CI=true`,
 * `ECOGRAPH_REQUIRE_TOOLS=1` (every tool), or the tool's own variable (`ECOGRAPH_REQUIRE_CHROMIUM`,
 * `ECOGRAPH_REQUIRE_POPPLER`, `ECOGRAPH_REQUIRE_NEO4J`, `ECOGRAPH_REQUIRE_NOTEBOOKS`,
 * `ECOGRAPH_REQUIRE_SEEDS`) set to `1`.
 *
 * Executables are looked up on `PATH` (or taken from `ECOGRAPH_CHROMIUM` / `ECOGRAPH_JUPYTER`), so
 * a `PATH` without them is a machine without them.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The external tools the tests know about. */
export type ExternalTool = 'chromium' | 'poppler' | 'neo4j' | 'notebooks' | 'seeds';

/** Why a tool cannot be used here, and the command that provides it. */
export interface MissingTool {
  /** What is missing, e.g. `chromium not found`. */
  missing: string;
  /** The command (or step) that installs or starts it. */
  install: string;
}

/** The environment variable that makes each tool required. */
export const REQUIRE_VARIABLE: Readonly<Record<ExternalTool, string>> = {
  chromium: 'ECOGRAPH_REQUIRE_CHROMIUM',
  poppler: 'ECOGRAPH_REQUIRE_POPPLER',
  neo4j: 'ECOGRAPH_REQUIRE_NEO4J',
  notebooks: 'ECOGRAPH_REQUIRE_NOTEBOOKS',
  seeds: 'ECOGRAPH_REQUIRE_SEEDS',
};

/** The poppler-utils commands the PDF checks run. */
export const POPPLER_COMMANDS = ['pdftoppm', 'pdffonts', 'pdfimages', 'pdfinfo', 'pdftotext'] as const;

/**
 * Whether this run must have `tool` (a missing one then fails the run).
 *
 * @param tool - the tool
 * @param env - the environment to read (the process's by default)
 */
export function toolRequired(tool: ExternalTool, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.ECOGRAPH_REQUIRE_TOOLS === '1' || env[REQUIRE_VARIABLE[tool]] === '1';
}

/**
 * The full path of an executable found on a `PATH`, or undefined.
 *
 * @param command - a bare command name (`chromium`)
 * @param path - the search path (the process's `PATH` by default)
 */
export function findOnPath(command: string, path: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The Chromium the explorer tests drive: `ECOGRAPH_CHROMIUM` when set, else `chromium` (or
 * `chromium-browser`) on `PATH`; undefined when there is none.
 *
 * @param env - the environment to read (the process's by default)
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.ECOGRAPH_CHROMIUM;
  if (chosen !== undefined && chosen !== '') return chosen.includes('/') ? (existsSync(chosen) ? chosen : undefined) : findOnPath(chosen, env.PATH);
  return findOnPath('chromium', env.PATH) ?? findOnPath('chromium-browser', env.PATH);
}

/** Why Chromium cannot be used here, or undefined when it can. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): MissingTool | undefined {
  if (chromiumExecutable(env) !== undefined) return undefined;
  const chosen = env.ECOGRAPH_CHROMIUM;
  return {
    missing: chosen ? `chromium not found (ECOGRAPH_CHROMIUM=${chosen})` : 'chromium not found',
    install: 'apt-get install chromium',
  };
}

/** Why the poppler-utils commands cannot be used here, or undefined when they can. */
export function popplerMissing(env: NodeJS.ProcessEnv = process.env): MissingTool | undefined {
  const absent = POPPLER_COMMANDS.filter((command) => findOnPath(command, env.PATH) === undefined);
  if (absent.length === 0) return undefined;
  return { missing: `poppler (${absent.join(', ')}) not found`, install: 'apt-get install poppler-utils' };
}

/**
 * Skips or fails for a missing tool: returns true when the tool is there; when it is missing and
 * the run requires it, throws (failing the test file); otherwise prints one line
 * `skipped: <what is missing> — <install command>` and returns false.
 *
 * @param tool - the tool
 * @param missing - the result of the tool's check (undefined when present)
 * @param env - the environment to read (the process's by default)
 * @param warn - where the skip line goes (console.warn by default)
 */
export function haveTool(
  tool: ExternalTool,
  missing: MissingTool | undefined,
  env: NodeJS.ProcessEnv = process.env,
  warn: (line: string) => void = console.warn,
): boolean {
  if (missing === undefined) return true;
  if (toolRequired(tool, env)) {
    throw new Error(`${tool} is required in this run (${requiredBecause(tool, env)}) but ${missing.missing} — ${missing.install}`);
  }
  warn(skipLine(missing));
  return false;
}

/** The one line printed for a skipped tool. */
export function skipLine(missing: MissingTool): string {
  return `skipped: ${missing.missing} — ${missing.install}`;
}

function requiredBecause(tool: ExternalTool, env: NodeJS.ProcessEnv): string {
  if (env[REQUIRE_VARIABLE[tool]] === '1') return `${REQUIRE_VARIABLE[tool]}=1`;
  if (env.ECOGRAPH_REQUIRE_TOOLS === '1') return 'ECOGRAPH_REQUIRE_TOOLS=1';
  return 'CI=true';
}
