#!/usr/bin/python3
"""Times python-igraph computing the statistics of `ecograph describe` on an edge list, for
bench/describe.bench.ts.

Usage: /usr/bin/python3 bench/igraph_describe.py EDGES.tsv N
EDGES.tsv: the undirected view, one edge per line as two 0-based node indices; N: the node count.
Prints one JSON object: {"versions": {...}, "times": {statistic: milliseconds}, "values": {...}}
(each timed once: the path statistics take the longest and are run once on ecograph's side too).
"""
import json
import sys
import time

import igraph as ig


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    g = ig.Graph(n=n, edges=edges, directed=False)
    times = {}
    values = {}

    def timed(name, fn):
        t0 = time.perf_counter()
        values[name] = fn()
        times[name] = (time.perf_counter() - t0) * 1000

    timed("density", lambda: g.density())
    timed("components", lambda: len(g.connected_components()))
    timed("transitivity", lambda: g.transitivity_undirected())
    timed("averageClustering", lambda: g.transitivity_avglocal_undirected(mode="zero"))
    timed("degreeAssortativity", lambda: g.assortativity_degree(directed=False))
    timed("maxCore", lambda: max(g.coreness()) if n else 0)
    def degree_centralization():
        d = g.degree()
        top = max(d)
        return sum(top - x for x in d) / ((n - 1) * (n - 2))

    timed("centralization.degree", degree_centralization)
    lcc = g.connected_components().giant()
    timed("averagePathLength", lambda: lcc.average_path_length(directed=False))
    timed("diameter", lambda: lcc.diameter(directed=False))
    timed("centralization.betweenness", lambda: max(g.betweenness(directed=False)))
    timed("centralization.closeness", lambda: max(lcc.closeness()))
    values = {k: (float(v) if isinstance(v, (int, float)) else None) for k, v in values.items()}
    print(json.dumps({"versions": {"python": sys.version.split()[0], "igraph": ig.__version__}, "times": times, "values": values}))


if __name__ == "__main__":
    main()
