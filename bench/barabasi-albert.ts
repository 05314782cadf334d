/**
 * Seeded Barabási–Albert graphs for the scale benchmarks, held in typed arrays (a 1M-node / 5M-edge
 * graph as graphology objects would itself cost gigabytes), and writers that put one on disk as
 * an ecograph CSV directory (`nodes.csv` with `id,label`, `edges.csv` with `source,target`, every
 * edge undirected) or as ecograph JSON, streamed in chunks.
 *
 * The process: start from a star of m + 1 nodes (node 0 joined to 1 … m); each later node t joins
 * m distinct earlier nodes, each chosen with probability proportional to its degree (drawn from a
 * list holding every edge end, re-drawn when already chosen for t). A simple undirected graph with
 * n nodes and m(n − m) edges. The random stream is `createRng(seed)`, so a seed gives the same
 * graph on every machine.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../src/model/random.js';

/** Edges as two parallel arrays of 0-based node indices: edge i joins source[i] and target[i]. */
export interface EdgeArrays {
  source: Int32Array;
  target: Int32Array;
}

/**
 * How the written files name nodes and ties: `numbered` (`n0`, `n1`, … and `e0`, `e1`, …, as
 * generators and registries number them) or `named` (`n0x`, `n1x`, … and `e0x`, …: the same
 * lengths plus one, but not a prefix and a number, so that a loader cannot find them by number and
 * hashes them, as it does the names of real organisations).
 */
export type IdForm = 'numbered' | 'named';

/** Node i's id in the given form. */
export function nodeIdOf(i: number, form: IdForm = 'numbered'): string {
  return form === 'numbered' ? `n${i}` : `n${i}x`;
}

/** Tie i's key in the given form. */
export function tieKeyOf(i: number, form: IdForm = 'numbered'): string {
  return form === 'numbered' ? `e${i}` : `e${i}x`;
}

/**
 * A Barabási–Albert preferential-attachment graph.
 *
 * @param n - number of nodes (more than m)
 * @param m - edges each new node brings (at least 1)
 * @param seed - seed of the random stream
 * @returns m(n − m) undirected edges; edge i joins the new node `source[i]` to an older `target[i]`
 * @example
 * const { source, target } = barabasiAlbertEdges(10_000, 3, 1); // 29 991 edges
 */
export function barabasiAlbertEdges(n: number, m: number, seed: number): EdgeArrays {
  if (!Number.isInteger(m) || m < 1) throw new Error(`barabasiAlbertEdges: m must be a positive integer, got ${m}`);
  if (!Number.isInteger(n) || n <= m) throw new Error(`barabasiAlbertEdges: n must be an integer above m = ${m}, got ${n}`);
  const rng = createRng(seed);
  const count = m * (n - m);
  const source = new Int32Array(count);
  const target = new Int32Array(count);
  // every edge end, so that a uniform draw picks a node with probability proportional to its degree
  const ends = new Int32Array(2 * count);
  let edges = 0;
  let filled = 0;
  for (let t = 1; t <= m; t++) {
    source[edges] = t;
    target[edges++] = 0;
    ends[filled++] = t;
    ends[filled++] = 0;
  }
  const chosen = new Int32Array(m);
  for (let t = m + 1; t < n; t++) {
    const available = filled;
    for (let k = 0; k < m; k++) {
      let v: number;
      let repeated: boolean;
      do {
        v = ends[Math.floor(rng.next() * available)]!;
        repeated = false;
        for (let j = 0; j < k; j++) if (chosen[j] === v) repeated = true;
      } while (repeated);
      chosen[k] = v;
      source[edges] = t;
      target[edges++] = v;
      ends[filled++] = t;
      ends[filled++] = v;
    }
  }
  return { source, target };
}

/**
 * Writes a graph held as edge arrays as an ecograph CSV directory: `nodes.csv` (`id,label`, node i
 * has id and label `n<i>`) and `edges.csv` (`source,target`, undirected edges), LF line ends.
 *
 * @param dir - the directory (created when missing; existing files are overwritten)
 * @param n - number of nodes (indices 0 … n − 1)
 * @param edges - the edges, as from {@link barabasiAlbertEdges}
 * @param form - ids numbered (the default) or named ({@link IdForm})
 * @example
 * writeEdgeListCsvDirectory('/tmp/ba-10k', 10_000, barabasiAlbertEdges(10_000, 3, 1));
 */
export function writeEdgeListCsvDirectory(dir: string, n: number, edges: EdgeArrays, form: IdForm = 'numbered'): void {
  mkdirSync(dir, { recursive: true });
  const write = (file: string, header: string, rows: number, row: (i: number) => string) => {
    const fd = openSync(join(dir, file), 'w');
    try {
      let chunk = header + '\n';
      for (let i = 0; i < rows; i++) {
        chunk += row(i) + '\n';
        if (chunk.length > 1 << 20) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  };
  write('nodes.csv', 'id,label', n, (i) => `${nodeIdOf(i, form)},${nodeIdOf(i, form)}`);
  write('edges.csv', 'source,target', edges.source.length, (i) => `${nodeIdOf(edges.source[i]!, form)},${nodeIdOf(edges.target[i]!, form)}`);
}

/**
 * Writes text in 1 MiB pieces (the files are hundreds of megabytes): `head`, then `row(i)` for
 * every i below `rows`, then `tail`.
 *
 * @param path - the file (overwritten)
 * @param rows - how many rows
 * @param row - the text of row i, line end included
 * @example
 * writeStreamed('/tmp/ba.ncol', edges.source.length, (i) => `n${edges.source[i]} n${edges.target[i]}\n`);
 */
export function writeStreamed(path: string, rows: number, row: (i: number) => string, head = '', tail = ''): void {
  const fd = openSync(path, 'w');
  try {
    let chunk = head;
    for (let i = 0; i < rows; i++) {
      chunk += row(i);
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk + tail);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a graph held as edge arrays as ecograph JSON in writeJson's layout (one node or edge per
 * line): node i has key and label `n<i>`, edge i has key `e<i>` and is undirected.
 *
 * @param path - the .json file (overwritten)
 * @param n - number of nodes (indices 0 … n − 1)
 * @param edges - the edges, as from {@link barabasiAlbertEdges}
 * @param form - ids numbered (the default) or named ({@link IdForm})
 * @example
 * writeEdgeListJson('/tmp/ba-10k.json', 10_000, barabasiAlbertEdges(10_000, 3, 1));
 */
export function writeEdgeListJson(path: string, n: number, edges: EdgeArrays, form: IdForm = 'numbered'): void {
  const m = edges.source.length;
  writeStreamed(
    path,
    n + m,
    (i) =>
      i < n
        ? `${i === 0 ? '' : ',\n'}    {"key":"${nodeIdOf(i, form)}","attributes":{"label":"${nodeIdOf(i, form)}"}}`
        : `${i === n ? '\n  ],\n  "edges": [\n' : ',\n'}    {"key":"${tieKeyOf(i - n, form)}","source":"${nodeIdOf(edges.source[i - n]!, form)}","target":"${nodeIdOf(edges.target[i - n]!, form)}","undirected":true,"attributes":{}}`,
    '{\n  "attributes": {"format":"ecograph@1"},\n  "options": {"type":"mixed","multi":true,"allowSelfLoops":true},\n  "nodes": [\n',
    '\n  ]\n}\n',
  );
}
