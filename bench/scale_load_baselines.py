#!/usr/bin/python3
"""Loading an edge list into python-igraph and NetworkX, and igraph's Louvain, for bench/scale-load.bench.ts.

Usage: /usr/bin/python3 bench/scale_load_baselines.py TASK FILE
Tasks (one per process, so that the peak RSS is the task's own):
  igraph-ncol       igraph Graph.Read_Ncol(FILE) on a space-separated "name name" edge list
  igraph-csv        csv.reader over an ecograph edges.csv (header source,target) into Graph.TupleList
  networkx          nx.read_edgelist(FILE) on the same space-separated edge list
  igraph-louvain    Read_Ncol, then community_multilevel (not timed: the read) and its modularity
Prints one JSON object: {"task", "ms", "nodes", "edges", "maxRssMB", "modularity"?, "versions"}.
"""
import csv
import json
import resource
import sys
import time

import igraph as ig
import networkx as nx


def main():
    task, path = sys.argv[1], sys.argv[2]
    out = {"task": task}
    t0 = time.perf_counter()
    if task in ("igraph-ncol", "igraph-louvain"):
        g = ig.Graph.Read_Ncol(path, directed=False, weights=False)
        out["ms"] = (time.perf_counter() - t0) * 1000
        out["nodes"], out["edges"] = g.vcount(), g.ecount()
        if task == "igraph-louvain":
            t1 = time.perf_counter()
            parts = g.community_multilevel()
            out["ms"] = (time.perf_counter() - t1) * 1000
            out["modularity"] = parts.modularity
            out["communities"] = len(parts)
    elif task == "igraph-csv":
        with open(path, newline="") as f:
            rows = csv.reader(f)
            next(rows)
            g = ig.Graph.TupleList(rows, directed=False)
        out["ms"] = (time.perf_counter() - t0) * 1000
        out["nodes"], out["edges"] = g.vcount(), g.ecount()
    elif task == "networkx":
        g = nx.read_edgelist(path)
        out["ms"] = (time.perf_counter() - t0) * 1000
        out["nodes"], out["edges"] = g.number_of_nodes(), g.number_of_edges()
    else:
        raise SystemExit(f"unknown task {task}")
    out["maxRssMB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out["versions"] = {"python": sys.version.split()[0], "igraph": ig.__version__, "networkx": nx.__version__}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
