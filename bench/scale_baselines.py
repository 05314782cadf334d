#!/usr/bin/python3
"""Times python-igraph and NetworkX on one undirected edge list, for bench/scale.bench.ts.

Usage: /usr/bin/python3 bench/scale_baselines.py EDGES.tsv N TASK[,TASK...]
EDGES.tsv holds one edge per line as two 0-based node indices; N is the node count. Tasks:
  betweenness       igraph betweenness (all sources); NetworkX betweenness_centrality on K sources,
                    scaled by N/K (NetworkX needs hours for all sources at 10k nodes)
  closeness, harmonic
                    igraph on all nodes; NetworkX from K nodes (closeness_centrality(G, u) /
                    harmonic_centrality(G, sources=…)), scaled by N/K
  pagerank          igraph pagerank (PRPACK) and NetworkX pagerank (scipy), damping 0.85
Graph construction is not timed. Prints one JSON object: {"versions": {...}, "times": {"igraph:task":
ms, "networkx:task": ms}, "scaled": {"networkx:task": K}} (single runs; a scaled entry says from how
many sources the time was extrapolated).
"""
import json
import random
import sys
import time

import igraph as ig
import networkx as nx


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main():
    path, n, tasks = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    g = ig.Graph(n=n, edges=edges, directed=False)
    nxg = None
    if n <= 200_000:
        nxg = nx.Graph()
        nxg.add_nodes_from(range(n))
        nxg.add_edges_from(edges)
    rng = random.Random(1)
    times, scaled = {}, {}
    k = min(n, 100)
    sample = rng.sample(range(n), k)
    for task in tasks:
        if task == "betweenness":
            times["igraph:betweenness"] = timed(lambda: g.betweenness(directed=False))
            if nxg is not None:
                times["networkx:betweenness"] = timed(lambda: nx.betweenness_centrality(nxg, k=k, seed=1)) * n / k
                scaled["networkx:betweenness"] = k
        elif task == "closeness":
            times["igraph:closeness"] = timed(lambda: g.closeness())
            if nxg is not None:
                times["networkx:closeness"] = timed(lambda: [nx.closeness_centrality(nxg, u) for u in sample]) * n / k
                scaled["networkx:closeness"] = k
        elif task == "harmonic":
            times["igraph:harmonic"] = timed(lambda: g.harmonic_centrality())
            if nxg is not None:
                times["networkx:harmonic"] = timed(lambda: nx.harmonic_centrality(nxg, sources=sample)) * n / k
                scaled["networkx:harmonic"] = k
        elif task == "pagerank":
            times["igraph:pagerank"] = timed(lambda: g.pagerank(damping=0.85))
            if nxg is not None:
                times["networkx:pagerank"] = timed(lambda: nx.pagerank(nxg, alpha=0.85))
        else:
            raise SystemExit(f"unknown task {task}")
    versions = {"python": sys.version.split()[0], "igraph": ig.__version__, "networkx": nx.__version__}
    print(json.dumps({"versions": versions, "times": times, "scaled": scaled}))


if __name__ == "__main__":
    main()
