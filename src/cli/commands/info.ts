import { graphSummary } from '../../metrics/summary.js';
import { defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';

export default defineCommand({
  name: 'info',
  summary: 'Node and edge counts by kind, directed/undirected ties, components, density and years.',
  description: 'Density is that of the simple undirected projection; components ignore direction.',
  positionals: [graphPositional],
  options: {
    format: { type: 'string', short: 'f', choices: ['text', 'json'], default: 'text', description: 'output format' },
    'kind-from': kindFromOption,
  },
  examples: ['ecograph info graphs/hamamatsu-spinoffs.json', 'ecograph info lm.json --format json'],
  async run({ positionals, options }, io) {
    const graph = await loadGraphArgument(positionals[0]!, options);
    const s = graphSummary(graph);
    if (options.format === 'json') {
      io.stdout(JSON.stringify(s, null, 2) + '\n');
      return 0;
    }
    const name = graph.getAttribute('name');
    const lines = [
      `${positionals[0]}${typeof name === 'string' ? ` — ${name}` : ''}`,
      `nodes: ${s.nodes.total}`,
      ...Object.entries(s.nodes.byKind).map(([k, v]) => `  ${k.padEnd(14)} ${v}`),
      `edges: ${s.edges.total} (${s.edges.directed} directed, ${s.edges.undirected} undirected)`,
      ...Object.entries(s.edges.byKind).map(([k, v]) => `  ${k.padEnd(14)} ${v}`),
      `components: ${s.components}`,
      `density: ${s.density.toPrecision(4)}`,
      `years: ${s.years.first === null ? 'none' : `${s.years.first}–${s.years.last}`}`,
    ];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
});
