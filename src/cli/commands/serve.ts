import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { writeJson } from '../../io/json.js';
import { APP_DIR, missingApp } from '../../serve/app-dir.js';
import { EditableFile, NotEditableError } from '../../serve/editable-file.js';
import { DEFAULTS, ServeError, startExplorerServer } from '../../serve/server.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, readOptionsOf, yearFromOption } from '../graph-input.js';

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
only. Binds 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C.

Read-only unless --edit is given. With --edit the explorer can change the graph and save it back to
the same file, in the file's own format: the server applies the explorer's changes to the graph it
holds, each validated as when it was made (nothing is written when one has errors), refuses a save
when the file changed on disk since it was loaded, and keeps the previous
version beside it as a numbered backup (name.~1~, name.~2~, ...). A file that another tool laid out
is rewritten in ecograph's layout on its first save, after the explorer asks.

The server answers only requests that name it by the address it prints (or localhost with the same
port), and accepts a save only from the explorer's own page with its session token.`,
  positionals: [graphPositional],
  options: {
    port: { type: 'number', short: 'p', default: DEFAULTS.port, valueName: 'N', description: 'port to listen on (0 picks a free one)' },
    host: { type: 'string', default: DEFAULTS.host, valueName: 'HOST', description: 'address to bind (0.0.0.0 exposes the graph to the network)' },
    open: { type: 'boolean', description: 'open the explorer in the default browser' },
    edit: { type: 'boolean', description: 'let the explorer edit the graph and save it back to this file (numbered backups)' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: ['ecograph serve graphs/kyoto-life-science.json', 'ecograph serve lineage.gexf --port 0 --open', 'ecograph serve my-ecosystem.json --edit'],
  async run({ positionals, options }, io) {
    const port = options.port;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, got ${port}`);
    const path = positionals[0]!;
    let graph = await loadGraphArgument(path, options);
    let editable: EditableFile | undefined;
    if (options.edit) {
      try {
        editable = await EditableFile.open(path, readOptionsOf(options));
      } catch (err) {
        if (err instanceof NotEditableError) {
          io.stderr(`ecograph serve: ${err.message}\n`);
          return 1;
        }
        throw err;
      }
      graph = editable.graph;
    }
    const missing = await missingApp(APP_DIR);
    if (missing !== undefined) {
      io.stderr(`ecograph serve: ${missing}\n`);
      return 1;
    }
    let started;
    try {
      started = await startExplorerServer({ appDir: APP_DIR, graphJson: editable?.graphJson() ?? writeJson(graph), graphName: basename(path), host: options.host, port, editable });
    } catch (err) {
      if (err instanceof ServeError) {
        io.stderr(`ecograph serve: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    io.stdout(`ecograph explorer: ${started.url}  (${graph.order} nodes, ${graph.size} edges; Ctrl-C to stop)\n`);
    if (editable !== undefined) {
      const layout = editable.layout === 'foreign' ? '; not written by ecograph: the first save rewrites it in ecograph\'s layout' : '';
      io.stdout(`edit mode: saves go to ${path} (${editable.format}), the previous version kept as ${path}.~N~${layout}\n`);
    }
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
