import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { writeJson } from '../../io/json.js';
import { APP_DIR, missingApp } from '../../serve/app-dir.js';
import { DEFAULTS, ServeError, startExplorerServer } from '../../serve/server.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';

/** Opens a URL in the desktop's browser; failures are ignored (a headless machine has none). */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser: the URL is printed anyway
  }
}

export default defineCommand({
  name: 'serve',
  summary: 'Explore a graph in the browser: serves the web explorer and the graph on localhost.',
  description: `Validates and loads the graph (any format) and serves the prebuilt web explorer and this graph
only. Binds 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C.`,
  positionals: [graphPositional],
  options: {
    port: { type: 'number', short: 'p', default: DEFAULTS.port, valueName: 'N', description: 'port to listen on (0 picks a free one)' },
    host: { type: 'string', default: DEFAULTS.host, valueName: 'HOST', description: 'address to bind (0.0.0.0 exposes the graph to the network)' },
    open: { type: 'boolean', description: 'open the explorer in the default browser' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: ['ecograph serve graphs/kyoto-life-science.json', 'ecograph serve lineage.gexf --port 0 --open'],
  async run({ positionals, options }, io) {
    const port = options.port;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, got ${port}`);
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const missing = await missingApp(APP_DIR);
    if (missing !== undefined) {
      io.stderr(`ecograph serve: ${missing}\n`);
      return 1;
    }
    let started;
    try {
      started = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(graph), graphName: basename(path), host: options.host, port });
    } catch (err) {
      if (err instanceof ServeError) {
        io.stderr(`ecograph serve: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    io.stdout(`ecograph explorer: ${started.url}  (${graph.order} nodes, ${graph.size} edges; Ctrl-C to stop)\n`);
    if (options.open) openBrowser(started.url);
    await new Promise<void>((resolve) => {
      const stop = () => {
        started.server.close(() => resolve());
        started.server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
});
