#!/usr/bin/python3
"""Times python-igraph on an edge list, for bench/metrics.bench.ts.

Usage: /usr/bin/python3 bench/igraph_metrics.py EDGES.tsv ARCS.tsv N
EDGES.tsv holds the undirected view, one edge per line as two 0-based node indices; ARCS.tsv the
directed view (for HITS), one arc per line; N is the node count.
Prints one JSON object: {"versions": {...}, "times": {measure: milliseconds}} (median of 3 runs,
one run for measures slower than 2 s).
"""
import json
import sys
import time

import igraph as ig


def timed(fn):
    t0 = time.perf_counter()
    fn()
    first = (time.perf_counter() - t0) * 1000
    if first > 2000:
        return first
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[1]


def main():
    edges_path, arcs_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])

    def read(path):
        with open(path) as f:
            return [tuple(map(int, line.split())) for line in f if line.strip()]

    g = ig.Graph(n=n, edges=read(edges_path), directed=False)
    d = ig.Graph(n=n, edges=read(arcs_path), directed=True)
    times = {
        "degree": timed(lambda: g.degree()),
        "betweenness": timed(lambda: g.betweenness(directed=False)),
        "closeness": timed(lambda: g.closeness()),
        "harmonic": timed(lambda: g.harmonic_centrality()),
        "eigenvector": timed(lambda: g.eigenvector_centrality(scale=False)),
        "pagerank": timed(lambda: g.pagerank(damping=0.85)),
        "hits": timed(lambda: (d.hub_score(), d.authority_score())),
        "louvain": timed(lambda: g.community_multilevel()),
        "constraint": timed(lambda: g.constraint()),
    }
    print(json.dumps({"versions": {"python": sys.version.split()[0], "igraph": ig.__version__}, "times": times}))


if __name__ == "__main__":
    main()
