/**
 * The CLI frame: argv parsed against a command's declaration (long and short flags, `=` values,
 * `--no-` booleans, optional values, defaults, choices, numbers, positionals) with usage errors for
 * everything else, and help rendered from the same declaration.
 */
import { describe, expect, it } from 'vitest';
import { UsageError, defineCommand, givenOptions, parseArgs, renderHelp, usageLine } from '../../src/cli/command.js';

const spec = defineCommand({
  name: 'demo sub',
  summary: 'A demonstration command.',
  description: 'Longer text.\n',
  positionals: [
    { name: 'graph', description: 'the input', required: true },
    { name: 'extra', description: 'optional second' },
  ],
  options: {
    top: { type: 'number', short: 'n', valueName: 'N', description: 'first N' },
    format: { type: 'string', short: 'f', choices: ['table', 'json'], default: 'table', description: 'output format' },
    verbose: { type: 'boolean', short: 'v', description: 'say more' },
    weighted: { type: 'string', implicit: 'weight', valueName: 'ATTR', description: 'weights' },
    label: { type: 'string', description: 'a label' },
  },
  examples: ['ecograph demo sub g.json -n 3'],
  run: async () => 0,
});

const parse = (...argv: string[]) => parseArgs(spec, argv);

describe('parseArgs', () => {
  it('reads long, short and attached forms, with defaults for what is not given', () => {
    expect(parse('g.json', '--top', '3', '--label=x=y', '-v')).toEqual({
      positionals: ['g.json'],
      options: { top: 3, label: 'x=y', verbose: true, format: 'table' },
    });
    expect(parse('g.json', '-n5', '-f=json').options).toMatchObject({ top: 5, format: 'json' });
    expect(parse('g.json', '-f', 'json').options.format).toBe('json');
  });

  it('reads booleans as flags, =true/=false and --no-', () => {
    expect(parse('g.json', '--verbose=false').options.verbose).toBe(false);
    expect(parse('g.json', '--verbose=true').options.verbose).toBe(true);
    expect(parse('g.json', '--no-verbose').options.verbose).toBe(false);
    expect(() => parse('g.json', '--verbose=yes')).toThrow('--verbose takes no value (or =true/=false)');
  });

  it('takes the implicit value of an optional-value flag unless one is attached with =', () => {
    expect(parse('g.json', '--weighted').options.weighted).toBe('weight');
    // With positionals declared, a following word stays a positional.
    expect(parse('--weighted', 'g.json')).toEqual({ positionals: ['g.json'], options: { weighted: 'weight', format: 'table' } });
    expect(parse('g.json', '--weighted=strength').options.weighted).toBe('strength');
  });

  it('treats everything after -- and a bare - as positionals', () => {
    expect(parse('--', '--top').positionals).toEqual(['--top']);
    expect(parse('-', 'x').positionals).toEqual(['-', 'x']);
  });

  it('refuses unknown flags (suggesting a near one), missing values, bad numbers and choices', () => {
    expect(() => parse('g.json', '--topp', '3')).toThrow('unknown option --topp (did you mean --top?)');
    expect(() => parse('g.json', '--zzz')).toThrow(/^unknown option --zzz$/);
    expect(() => parse('g.json', '-x')).toThrow('unknown option -x');
    expect(() => parse('g.json', '--top')).toThrow('--top needs a value (N)');
    expect(() => parse('g.json', '--label')).toThrow(/^--label needs a value$/);
    expect(() => parse('g.json', '--top', 'many')).toThrow('--top expects a number, got "many"');
    expect(() => parse('g.json', '--top=')).toThrow('--top expects a number, got ""');
    expect(() => parse('g.json', '--format', 'xml')).toThrow('--format must be one of table, json, got "xml"');
  });

  it('refuses missing and surplus positionals', () => {
    expect(() => parse()).toThrow('missing <graph>');
    expect(() => parse('a', 'b', 'c')).toThrow('unexpected argument "c"');
    expect(() => parse()).toThrow(UsageError);
  });

  it('lets a variadic positional take every remaining argument', () => {
    const many = defineCommand({ ...spec, positionals: [{ name: 'graphs', description: 'inputs', required: true, variadic: true }] });
    expect(parseArgs(many, ['a', 'b', 'c']).positionals).toEqual(['a', 'b', 'c']);
  });
});

describe('help', () => {
  it('shows the usage line with required, optional and variadic positionals', () => {
    expect(usageLine(spec)).toBe('ecograph demo sub <graph> [extra] [options]');
    const many = defineCommand({ ...spec, positionals: [{ name: 'graphs', description: 'inputs', required: true, variadic: true }] });
    expect(usageLine(many)).toBe('ecograph demo sub <graphs>... [options]');
  });

  it('lists arguments, options with short forms, value names, choices and defaults, and examples', () => {
    const help = renderHelp(spec);
    expect(help.split('\n').slice(0, 5)).toEqual(['Usage: ecograph demo sub <graph> [extra] [options]', '', 'A demonstration command.', '', 'Longer text.']);
    expect(help).toMatch(/^ {2}graph +the input$/m);
    expect(help).toMatch(/^ {2}-n, --top N +first N$/m);
    expect(help).toMatch(/^ {2}-f, --format VALUE +output format \(table\|json\) \[default: table\]$/m);
    expect(help).toMatch(/^ {2}-v, --verbose +say more$/m);
    expect(help).toMatch(/^ {6}--weighted\[=ATTR\] +weights$/m);
    expect(help).toMatch(/^ {2}-h, --help +show this help$/m);
    expect(help.endsWith('Examples:\n  ecograph demo sub g.json -n 3\n')).toBe(true);
  });
});

describe('givenOptions', () => {
  it('tells options given on the command line from defaults filled in, and is empty for arguments made elsewhere', () => {
    const parsed = parseArgs(spec, ['g.json', '--weighted']);
    expect([...givenOptions(parsed)]).toEqual(['weighted']);
    expect(parsed.options).toHaveProperty('format', 'table');
    expect(givenOptions({ positionals: [], options: {} }).size).toBe(0);
  });
});
