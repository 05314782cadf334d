import { asOfGraph, describeAsOf, type AsOfDescription } from '../../metrics/evolution/snapshot.js';
import { graphSummary } from '../../metrics/summary.js';
import { defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';
import { asOfFrom, timeOptions } from '../view-options.js';

export default defineCommand({
  name: 'info',
  summary: 'Node and edge counts by kind, directed/undirected ties, components, density and years.',
  description: `Density is that of the simple undirected projection; components ignore direction.
With --at Y the counts are those of the ecosystem as it stood at the end of Y (the rules of
ecograph timeline), and JSON adds "asOf": { year, window, undated, counts } where counts say how many
of the actors and ties that may be present then are dated, placed by a derived bound, or undated.`,
  positionals: [graphPositional],
  options: {
    format: { type: 'string', short: 'f', choices: ['text', 'json'], default: 'text', description: 'output format' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
    ...timeOptions,
  },
  examples: ['ecograph info graphs/hamamatsu-spinoffs.json', 'ecograph info lm.json --format json', 'ecograph info graphs/hamamatsu-spinoffs.json --at 1960'],
  async run({ positionals, options }, io) {
    const asOf = asOfFrom(options);
    let graph = await loadGraphArgument(positionals[0]!, options);
    let asOfDescription: AsOfDescription | undefined;
    if (asOf) ({ graph, asOf: asOfDescription } = asOfGraph(graph, asOf));
    const s = graphSummary(graph);
    if (options.format === 'json') {
      io.stdout(JSON.stringify(asOfDescription ? { ...s, asOf: asOfDescription } : s, null, 2) + '\n');
      return 0;
    }
    const name = graph.getAttribute('name');
    const lines = [
      `${positionals[0]}${typeof name === 'string' ? ` — ${name}` : ''}${asOfDescription ? `, ${describeAsOf(asOfDescription)}` : ''}`,
      `nodes: ${s.nodes.total}`,
      ...Object.entries(s.nodes.byKind).map(([k, v]) => `  ${k.padEnd(14)} ${v}`),
      `edges: ${s.edges.total} (${s.edges.directed} directed, ${s.edges.undirected} undirected)`,
      ...Object.entries(s.edges.byKind).map(([k, v]) => `  ${k.padEnd(14)} ${v}`),
      `components: ${s.components}`,
      `density: ${s.density.toPrecision(4)}`,
      `years: ${s.years.first === null ? 'none' : `${s.years.first}–${s.years.last}`}`,
    ];
    if (asOfDescription) {
      const { nodes, edges } = asOfDescription.counts;
      lines.push(`dating: actors ${nodes.dated} dated, ${nodes.bounded} placed by a derived bound, ${nodes.undated} undated; ties ${edges.dated} dated, ${edges.bounded} placed by a derived bound, ${edges.undated} undated`);
    }
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
});
