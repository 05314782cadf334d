/**
 * Every CLI command, loaded lazily: a command's module (and what it imports, such as
 * neo4j-driver or the figure renderer) loads only when that command runs.
 */
import type { CommandSpec, OptionSpec } from './command.js';

type Loader = () => Promise<CommandSpec<Record<string, OptionSpec>>>;

export interface CommandEntry {
  summary: string;
  load?: Loader;
  /** Sub-commands, for command groups such as `figure` and `neo4j`. */
  subcommands?: Record<string, CommandEntry>;
}

const load =
  (importer: () => Promise<{ default: unknown }>): Loader =>
  async () =>
    (await importer()).default as CommandSpec<Record<string, OptionSpec>>;

export const COMMANDS: Record<string, CommandEntry> = {
  validate: { summary: 'check a graph against the model and report every problem', load: load(() => import('./commands/validate.js')) },
  describe: { summary: 'network descriptives: density, components, reciprocity, clustering, paths, centralization, assortativity, E-I index', load: load(() => import('./commands/describe.js')) },
  info: { summary: 'counts by kind, components, density and years of a graph', load: load(() => import('./commands/info.js')) },
  convert: { summary: 'convert between JSON, CSV, GEXF and GraphML', load: load(() => import('./commands/convert.js')) },
  generate: { summary: 'generate a synthetic ecosystem graph (seeded)', load: load(() => import('./commands/generate.js')) },
  lineage: { summary: 'spin-off trees: generations, descendants and depth per root', load: load(() => import('./commands/lineage.js')) },
  centrality: { summary: 'degree, betweenness, closeness, harmonic, eigenvector, PageRank, HITS, in/out-degree, strength, clustering, core, eccentricity (NetworkX conventions)', load: load(() => import('./commands/centrality.js')) },
  communities: { summary: 'Louvain communities (seeded) with modularity', load: load(() => import('./commands/communities.js')) },
  brokerage: { summary: 'Gould–Fernandez brokerage roles (R sna) and Burt structural holes (NetworkX)', load: load(() => import('./commands/brokerage.js')) },
  brokers: { summary: 'which nodes broker between two kinds, e.g. start-ups between universities and anchors', load: load(() => import('./commands/brokers.js')) },
  ego: { summary: 'the ego network of a node as a graph file, with size, densities, Burt and Gould–Fernandez measures', load: load(() => import('./commands/ego.js')) },
  project: { summary: 'organisations tied through shared people: one-mode projection of a two-mode network (count or Newman weights)', load: load(() => import('./commands/project.js')) },
  timeline: { summary: 'yearly snapshots: counts, new firms and spin-offs, density, modularity, spin-off depth, triple helix', load: load(() => import('./commands/timeline.js')) },
  compare: { summary: 'compare regions: network indicators and NISTEP-condition proxies, one column per graph', load: load(() => import('./commands/compare.js')) },
  cug: { summary: 'conditional uniform graph test: a graph statistic against random graphs of the same size, ties or degrees', load: load(() => import('./commands/cug.js')) },
  permute: { summary: 'permutation test: a node measure compared between two groups, labels shuffled within node kinds', load: load(() => import('./commands/permute.js')) },
  qap: { summary: 'QAP correlation between tie kinds and MRQAP regression (R sna qaptest, netlm)', load: load(() => import('./commands/qap.js')) },
  annotate: { summary: 'write the graph with computed node measures as typed attributes (for Gephi or Excel)', load: load(() => import('./commands/annotate.js')) },
  serve: { summary: 'explore a graph in the browser (sigma.js web explorer on localhost)', load: load(() => import('./commands/serve.js')) },
  figure: {
    summary: 'publication figures: spin-off trees and network maps as SVG, PNG or PDF',
    subcommands: {
      tree: { summary: 'draw the spin-off tree below a root', load: load(() => import('./commands/figure-tree.js')) },
      network: { summary: 'draw the network with a ForceAtlas2 layout', load: load(() => import('./commands/figure-network.js')) },
    },
  },
  neo4j: {
    summary: 'push to, pull from and analyse graphs in Neo4j',
    subcommands: {
      push: { summary: 'push a graph into Neo4j (batched, idempotent)', load: load(() => import('./commands/neo4j-push.js')) },
      pull: { summary: 'pull the graph or a Cypher query result into a file', load: load(() => import('./commands/neo4j-pull.js')) },
      analyze: { summary: 'compute measures on the Neo4j graph and write them back', load: load(() => import('./commands/neo4j-analyze.js')) },
    },
  },
};
