// The `ecograph` binary's bundle: dist/cli-bundle/, made from the compiled dist/cli/main.js by
// `npm run build:lib` after tsc. Node 20 spends about half a millisecond on each ES module it
// resolves, reads and links, and more on each dynamic import; a graph command loads some fifty of
// them. Bundled, a command loads a few files: `main.js` and the chunk of the command-line frame
// (all `--help` needs), the chunk of the common path (opening a CSV directory or JSON file, the
// view, the centrality table, PageRank, the atomic writer) and, for other work, the chunks of the
// modules it imports lazily. dist/ keeps the compiled modules as they are for the library's entry
// points (`ecograph`, `ecograph/figures`, `ecograph/neo4j`) and their declarations.
// The worker threads' module is a second entry, `measure-worker.js`, beside the chunks (the worker
// pool starts `./measure-worker.js` next to itself).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'cli-bundle');

/** A test for rolldown's chunk groups: the module is one of these compiled files (paths under dist/). */
const compiled = (paths) => (id) => paths.some((p) => id.split('\\').join('/').endsWith('/dist/' + p));

/**
 * Reads each compiled module with the source map tsc wrote beside it, so that the bundle's maps lead
 * back to src/ (the coverage script maps the binary's runs through them; the tarball leaves maps out).
 */
const compiledSourceMaps = {
  name: 'compiled-source-maps',
  load(id) {
    if (!id.endsWith('.js') || !id.split('\\').join('/').includes('/dist/')) return null;
    const code = readFileSync(id, 'utf8');
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    const mapFile = url !== undefined && !url.startsWith('data:') ? join(dirname(id), url) : undefined;
    if (mapFile === undefined || !existsSync(mapFile)) return { code };
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    // sources as absolute paths, whatever folder the bundle is written to
    map.sources = map.sources.map((source) => join(dirname(mapFile), map.sourceRoot ?? '', source));
    delete map.sourceRoot;
    return { code: code.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''), map };
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  input: { main: join(dist, 'cli/main.js'), 'measure-worker': join(dist, 'metrics/parallel/measure-worker.js') },
  platform: 'node',
  // packages and Node's modules stay imports (node_modules is the user's install); the compiled
  // modules, imported by relative paths, are bundled
  external: (id) => !id.startsWith('.') && !isAbsolute(id),
  logLevel: 'silent',
  // the compiled modules run nothing when imported (measure-worker, an entry, is kept whole): an
  // import whose bindings a chunk does not use is dropped, so that a command loads only the chunks
  // it calls into (the compact route does not load the whole-graph readers, XML parser included)
  treeshake: { moduleSideEffects: (id, external) => external },
  plugins: [compiledSourceMaps],
  output: {
    dir: out,
    format: 'esm',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    codeSplitting: {
      // each group takes its modules and, recursively, what they import statically
      groups: [
        { name: 'frame', priority: 2, test: compiled(['cli/main.js']) },
        {
          name: 'common',
          priority: 1,
          test: compiled([
            'cli/commands/centrality.js',
            'io/files.js',
            'io/csv.js',
            'io/json.js',
            'open/opened.js',
            'metrics/centrality/measure-table.js',
            'metrics/centrality/pagerank.js',
            'io/atomic-write.js',
          ]),
        },
      ],
    },
  },
});
