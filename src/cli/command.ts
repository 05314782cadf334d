/**
 * The CLI frame: commands declare their arguments as data; one parser reads argv against the
 * declaration and one renderer writes `--help` from it.
 */

export interface OptionSpec {
  type: 'string' | 'boolean' | 'number';
  description: string;
  short?: string;
  default?: string | number | boolean;
  choices?: readonly string[];
  /** Placeholder shown in help, e.g. `N` or `FILE`. */
  valueName?: string;
  /** Value taken when the flag is given bare (`--weighted` = `--weighted=weight`): the value is optional. */
  implicit?: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
  /** Takes all remaining positionals. */
  variadic?: boolean;
}

export type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['type'] extends 'number' ? number : string;

export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K] extends { default: unknown } ? OptionValue<O[K]> : OptionValue<O[K]> | undefined;
};

export interface ParsedArgs<O extends Record<string, OptionSpec>> {
  positionals: string[];
  options: OptionValues<O>;
}

/** The options each parse found on the command line (as against filled in from their defaults). */
const GIVEN = new WeakMap<object, ReadonlySet<string>>();

/**
 * The options given on the command line of parsed arguments, as against filled in from their
 * defaults (empty for arguments not made by {@link parseArgs}).
 *
 * @example
 * givenOptions(parseArgs(spec, ['g.json', '-o', 'c.csv'])); // Set { 'output' }
 */
export function givenOptions(args: ParsedArgs<Record<string, OptionSpec>>): ReadonlySet<string> {
  return GIVEN.get(args) ?? new Set();
}

/** Where a command writes. Tests pass their own; the binary passes the process streams. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is an interactive terminal (progress bars are drawn only then). */
  interactive: boolean;
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** Full name, e.g. `validate` or `figure tree`. */
  name: string;
  summary: string;
  description?: string;
  positionals: readonly PositionalSpec[];
  options: O;
  examples?: readonly string[];
  /** Returns the exit code. */
  run(args: ParsedArgs<O>, io: CommandIO): Promise<number>;
}

/** Declares a command, keeping the option types for `run`. */
export function defineCommand<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** A wrong invocation: exit code 2 and the command's usage line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function convert(name: string, spec: OptionSpec, raw: string): string | number {
  if (spec.type === 'number') {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} expects a number, got "${raw}"`);
    return n;
  }
  if (spec.choices && !spec.choices.includes(raw))
    throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, got "${raw}"`);
  return raw;
}

/** Parses argv against a command's declaration. Unknown flags and missing values are usage errors. */
export function parseArgs<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[]): ParsedArgs<O> {
  const options: Record<string, string | number | boolean | undefined> = {};
  const positionals: string[] = [];
  const byShort = new Map<string, string>();
  for (const [name, o] of Object.entries(spec.options)) if (o.short) byShort.set(o.short, name);
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    } else {
      const s = arg.slice(1, 2);
      const long = byShort.get(s);
      if (long === undefined) throw new UsageError(`unknown option -${s}`);
      name = long;
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
    }
    let o = spec.options[name];
    if (!o && name.startsWith('no-') && spec.options[name.slice(3)]?.type === 'boolean') {
      options[name.slice(3)] = false;
      continue;
    }
    if (!o) {
      const known = Object.keys(spec.options).map((k) => `--${k}`);
      const near = known.find((k) => k.startsWith(`--${name.slice(0, 3)}`));
      throw new UsageError(`unknown option --${name}${near ? ` (did you mean ${near}?)` : ''}`);
    }
    if (o.type === 'boolean') {
      if (inline !== undefined) {
        if (!['true', 'false'].includes(inline)) throw new UsageError(`--${name} takes no value (or =true/=false)`);
        options[name] = inline === 'true';
      } else options[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (o.implicit !== undefined && (next === undefined || next.startsWith('-') || spec.positionals.length > 0)) {
        // An optional value must be attached with `=`: `--weighted=strength`.
        value = o.implicit;
      } else {
        if (next === undefined) throw new UsageError(`--${name} needs a value${o.valueName ? ` (${o.valueName})` : ''}`);
        value = next;
        i++;
      }
    }
    options[name] = convert(name, o, value);
  }
  const given = new Set(Object.keys(options));
  for (const [name, o] of Object.entries(spec.options)) if (options[name] === undefined && o.default !== undefined) options[name] = o.default;
  const required = spec.positionals.filter((p) => p.required);
  if (positionals.length < required.length)
    throw new UsageError(`missing ${required.slice(positionals.length).map((p) => `<${p.name}>`).join(' ')}`);
  const variadic = spec.positionals.some((p) => p.variadic);
  if (!variadic && positionals.length > spec.positionals.length)
    throw new UsageError(`unexpected argument "${positionals[spec.positionals.length]}"`);
  const parsed = { positionals, options: options as OptionValues<O> };
  GIVEN.set(parsed, given);
  return parsed;
}

export function usageLine(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const pos = spec.positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`) + (p.variadic ? '...' : '')).join(' ');
  return `ecograph ${spec.name}${pos ? ' ' + pos : ''} [options]`;
}

/** The `--help` text of a command, generated from its declaration. */
export function renderHelp(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const lines = [`Usage: ${usageLine(spec)}`, '', spec.summary];
  if (spec.description) lines.push('', spec.description.trim());
  if (spec.positionals.length) {
    lines.push('', 'Arguments:');
    for (const p of spec.positionals) lines.push(`  ${p.name.padEnd(24)} ${p.description}`);
  }
  const opts = Object.entries(spec.options);
  lines.push('', 'Options:');
  for (const [name, o] of opts) {
    const value = o.type === 'boolean' ? '' : o.implicit !== undefined ? `[=${o.valueName ?? 'VALUE'}]` : ` ${o.valueName ?? (o.type === 'number' ? 'N' : 'VALUE')}`;
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${value}`;
    let text = o.description;
    if (o.choices) text += ` (${o.choices.join('|')})`;
    if (o.default !== undefined && o.default !== false) text += ` [default: ${String(o.default)}]`;
    lines.push(`  ${flag.padEnd(30)} ${text}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(30)} show this help`);
  if (spec.examples?.length) {
    lines.push('', 'Examples:');
    for (const e of spec.examples) lines.push(`  ${e}`);
  }
  return lines.join('\n') + '\n';
}
