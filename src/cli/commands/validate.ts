import { readGraphFile } from '../../io/files.js';
import { formatProblem, sortProblems } from '../../model/problems.js';
import { defineCommand } from '../command.js';
import { attributeNamesOf } from '../../model/graph.js';
import { checkNamedAttributes, encodingOption, graphPositional, kindFromOption, labelFromOption, kindMapOption, readOptionsOf, yearFromOption } from '../graph-input.js';

export default defineCommand({
  name: 'validate',
  summary: 'Check a graph against the ecograph model and report every problem at once.',
  description: `Errors (exit 1): syntax, unknown kinds, edge kinds between wrong node kinds, edges to missing
nodes, duplicate ids, spin-off cycles, malformed years or numbers, empty ids or labels.
Warnings (exit 0 unless --strict): a spin-off child founded before its parent, missing sources,
self-loops, an edges.csv read without nodes.csv. Each problem names the file, line (and column),
field and a stable code; in a workbook, the cell (eco.xlsx:edges!C7). Text files are read as
UTF-8, UTF-16 (with a byte order mark) or Shift_JIS, detected; --encoding names another.`,
  positionals: [graphPositional],
  options: {
    strict: { type: 'boolean', description: 'treat warnings as errors (exit 1)' },
    format: { type: 'string', short: 'f', choices: ['text', 'json'], default: 'text', description: 'output format' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    encoding: encodingOption,
    'kind-map': kindMapOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph validate graphs/kyoto-life-science.json --strict',
    'ecograph validate my-ecosystem/ --format json',
    'ecograph validate kumu-export.xlsx --kind-map "Startup=firm,VC=investor,Invests=investment"',
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    const result = await readGraphFile(file, readOptionsOf(options));
    // an attribute named by an option that no element has would read as a valid graph without it
    if (result.graph.order > 0) checkNamedAttributes(attributeNamesOf(result.graph), options, file);
    const problems = sortProblems(result.problems);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const ok = errors === 0 && (!options.strict || warnings === 0);
    if (options.format === 'json') {
      io.stdout(
        JSON.stringify(
          { file, valid: ok, errors, warnings, nodes: result.graph.order, edges: result.graph.size, problems },
          null,
          2,
        ) + '\n',
      );
    } else {
      for (const p of problems) io.stdout(formatProblem(p) + '\n');
      io.stdout(
        `${file}: ${ok ? 'valid' : 'INVALID'} — ${errors} error(s), ${warnings} warning(s)` +
          (errors === 0 ? `; ${result.graph.order} nodes, ${result.graph.size} edges` : '') +
          (options.strict && warnings > 0 && errors === 0 ? ' (--strict: warnings count as errors)' : '') +
          '\n',
      );
    }
    return ok ? 0 : 1;
  },
});
