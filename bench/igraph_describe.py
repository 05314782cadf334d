#!/usr/bin/python3
"""Times python-igraph computing the statistics of `ecograph describe` on an edge list, for
bench/describe.bench.ts.

Usage: python3 bench/igraph_describe.py EDGES.tsv N [SAMPLE.txt]
EDGES.tsv: the undirected view, one edge per line as two 0-based node indices; N: the node count.

Without SAMPLE.txt (full run): prints one JSON object {"versions", "times": {statistic: ms},
"values"}, each statistic timed once (the path statistics take the longest).

With SAMPLE.txt (one 0-based source index a line; sampled run, for views where the full run
would take too long): prints {"versions", "ready": true} once the graph is loaded, then for each
line "round" read on stdin times the per-source work of the path statistics from exactly those
sources and prints {"betweenness": ms, "closeness": ms, "eccentricity": ms, "cpu": ms} (wall times
of each part, and the process's CPU time for the round): betweenness with
`sources=` (one Brandes search per source, needs python-igraph with subset betweenness),
closeness of the sources (one breadth-first search each: their distance sums, which give the
average path length and closeness centralization) and their eccentricities (one more search each,
for the diameter). The full run makes one search more per source (average_path_length, diameter
and closeness each search), so the sampled times favour igraph slightly.
"""
import json
import sys
import time

import igraph as ig


def versions():
    return {"python": sys.version.split()[0], "igraph": ig.__version__}


def sampled(g, sample):
    print(json.dumps({"versions": versions(), "ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip() != "round":
            break
        c0 = time.process_time()
        t0 = time.perf_counter()
        g.betweenness(directed=False, sources=sample)
        t1 = time.perf_counter()
        g.closeness(vertices=sample)
        t2 = time.perf_counter()
        g.eccentricity(vertices=sample)
        t3 = time.perf_counter()
        cpu = (time.process_time() - c0) * 1000
        print(json.dumps({"betweenness": (t1 - t0) * 1000, "closeness": (t2 - t1) * 1000, "eccentricity": (t3 - t2) * 1000, "cpu": cpu}), flush=True)


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    g = ig.Graph(n=n, edges=edges, directed=False)
    if len(sys.argv) > 3:
        with open(sys.argv[3]) as f:
            sample = [int(line) for line in f if line.strip()]
        sampled(g, sample)
        return
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
    print(json.dumps({"versions": versions(), "times": times, "values": values}))


if __name__ == "__main__":
    main()
