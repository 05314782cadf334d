#!/usr/bin/python3
"""Times python-igraph and NetworkX on one undirected edge list, for bench/scale.bench.ts.

Usage: /usr/bin/python3 bench/scale_baselines.py EDGES.tsv N TASK[,TASK...]
       PYTHON bench/scale_baselines.py e2e TOOL TASK EDGES.ncol
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

The e2e form times one tool end to end on a space-separated edge list of node names (what
bench/scale.bench.ts compares with the ecograph CLI): the load of the file and the computation, in
this process (interpreter start-up and imports are not included; the caller times the whole process
too). TOOL is igraph (Graph.Read_Ncol), networkx (read_edgelist) or networkit (EdgeListReader, from
the NetworKit virtual environment of bench/networkit-env.ts); TASK is pagerank (damping 0.85, each
tool's own default tolerance), betweenness (exact, all sources, normalised) or closeness (all nodes).
Prints one JSON object: {"tool", "task", "loadMs", "ms", "nodes", "edges", "threads", "version"}.
"""
import json
import random
import sys
import time



def timed(fn):
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def e2e(tool, task, path):
    if tool == "igraph":
        import igraph as ig

        t0 = time.perf_counter()
        g = ig.Graph.Read_Ncol(path, directed=False, weights=False)
        t1 = time.perf_counter()
        if task == "pagerank":
            g.pagerank(damping=0.85)
        elif task == "betweenness":
            g.betweenness(directed=False)
        elif task == "closeness":
            g.closeness()
        else:
            raise SystemExit(f"unknown task {task}")
        t2 = time.perf_counter()
        size, threads, version = (g.vcount(), g.ecount()), 1, ig.__version__
    elif tool == "networkx":
        import networkx as nx

        t0 = time.perf_counter()
        g = nx.read_edgelist(path, nodetype=str)
        t1 = time.perf_counter()
        if task == "pagerank":
            nx.pagerank(g, alpha=0.85)
        elif task == "betweenness":
            nx.betweenness_centrality(g)
        elif task == "closeness":
            nx.closeness_centrality(g)
        else:
            raise SystemExit(f"unknown task {task}")
        t2 = time.perf_counter()
        size, threads, version = (g.number_of_nodes(), g.number_of_edges()), 1, nx.__version__
    elif tool == "networkit":
        import networkit as nk

        t0 = time.perf_counter()
        g = nk.graphio.EdgeListReader(" ", 0, continuous=False, directed=False).read(path)
        t1 = time.perf_counter()
        if task == "pagerank":
            nk.centrality.PageRank(g, damp=0.85).run()
        elif task == "betweenness":
            nk.centrality.Betweenness(g, normalized=True).run()
        elif task == "closeness":
            nk.centrality.Closeness(g, False, nk.centrality.ClosenessVariant.STANDARD).run()
        else:
            raise SystemExit(f"unknown task {task}")
        t2 = time.perf_counter()
        size, threads, version = (g.numberOfNodes(), g.numberOfEdges()), nk.getMaxNumberOfThreads(), nk.__version__
    else:
        raise SystemExit(f"unknown tool {tool}")
    out = {"tool": tool, "task": task, "loadMs": (t1 - t0) * 1000, "ms": (t2 - t1) * 1000}
    out.update({"nodes": size[0], "edges": size[1], "threads": threads, "version": version})
    print(json.dumps(out))


def main():
    if sys.argv[1] == "e2e":
        e2e(sys.argv[2], sys.argv[3], sys.argv[4])
        return
    import igraph as ig
    import networkx as nx

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
