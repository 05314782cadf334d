#!/usr/bin/env python3
"""LFR benchmark graphs and community baselines for bench/communities.bench.ts.

Usage: PYTHON bench/lfr_baselines.py TASK ARGS...
Tasks (one per process, so that each time is the task's own):
  generate N SEED DIR    (NetworKit) a seeded LFR graph of N nodes (average degree 20, maximum 50,
                         degree exponent 2, community sizes 20-100 with exponent 1, mixing 0.3)
                         written as DIR/csv/nodes.csv + edges.csv, DIR/edges.ncol (space-separated
                         ids) and DIR/planted.txt (one "id community" line a node)
  igraph-multilevel NCOL OUT   igraph Read_Ncol + community_multilevel()
  igraph-leiden NCOL OUT       igraph Read_Ncol + community_leiden(objective_function="modularity", n_iterations=-1)
  networkit-plm NCOL OUT       NetworKit EdgeListReader + PLM (default settings, refinement on)
  score NCOL PLANTED OUT...    modularity (igraph) of each partition file and NMI (igraph
                               compare_communities) to the planted partition
Partition files: one "id community" line a node. Timing tasks print one JSON object:
{"task", "loadMs", "ms", "communities", "versions"}.
"""
import json
import sys
import time


def write_partition(path, names, membership):
    with open(path, "w") as f:
        for name, c in zip(names, membership):
            f.write(f"{name} {c}\n")


def read_partition(path):
    out = {}
    with open(path) as f:
        for line in f:
            a, b = line.split()
            out[a] = b
    return out


def generate(n, seed, out):
    import os
    import networkit as nk

    nk.setSeed(seed, False)
    gen = nk.generators.LFRGenerator(n)
    gen.generatePowerlawDegreeSequence(20, 50, -2)
    gen.generatePowerlawCommunitySizeSequence(20, 100, -1)
    gen.setMu(0.3)
    g = gen.generate()
    part = gen.getPartition()
    os.makedirs(os.path.join(out, "csv"), exist_ok=True)
    with open(os.path.join(out, "csv", "nodes.csv"), "w") as f:
        f.write("id\n")
        for u in range(n):
            f.write(f"v{u}\n")
    with open(os.path.join(out, "csv", "edges.csv"), "w") as f, open(os.path.join(out, "edges.ncol"), "w") as g2:
        f.write("source,target\n")
        for u, v in g.iterEdges():
            f.write(f"v{u},v{v}\n")
            g2.write(f"v{u} v{v}\n")
    write_partition(os.path.join(out, "planted.txt"), [f"v{u}" for u in range(n)], [part.subsetOf(u) for u in range(n)])
    print(json.dumps({"task": "generate", "nodes": g.numberOfNodes(), "edges": g.numberOfEdges(), "communities": part.numberOfSubsets(), "networkit": nk.__version__}))


def igraph_task(task, ncol, out):
    import igraph as ig

    t0 = time.perf_counter()
    g = ig.Graph.Read_Ncol(ncol, directed=False, weights=False)
    t1 = time.perf_counter()
    if task == "igraph-multilevel":
        parts = g.community_multilevel()
    else:
        parts = g.community_leiden(objective_function="modularity", n_iterations=-1)
    t2 = time.perf_counter()
    write_partition(out, g.vs["name"], parts.membership)
    print(json.dumps({"task": task, "loadMs": (t1 - t0) * 1000, "ms": (t2 - t1) * 1000, "communities": len(parts), "versions": {"igraph": ig.__version__}}))


def networkit_plm(ncol, out):
    import networkit as nk

    t0 = time.perf_counter()
    reader = nk.graphio.EdgeListReader(" ", 0, continuous=False, directed=False)
    g = reader.read(ncol)
    t1 = time.perf_counter()
    plm = nk.community.PLM(g)
    plm.run()
    t2 = time.perf_counter()
    part = plm.getPartition()
    ids = reader.getNodeMap()  # name -> node
    names = [None] * g.numberOfNodes()
    for name, u in ids.items():
        names[u] = name
    write_partition(out, names, [part.subsetOf(u) for u in range(g.numberOfNodes())])
    print(json.dumps({"task": "networkit-plm", "loadMs": (t1 - t0) * 1000, "ms": (t2 - t1) * 1000, "communities": part.numberOfSubsets(), "threads": nk.getMaxNumberOfThreads(), "versions": {"networkit": nk.__version__}}))


def score(ncol, planted_path, outs):
    import igraph as ig

    g = ig.Graph.Read_Ncol(ncol, directed=False, weights=False)
    names = g.vs["name"]
    planted = read_partition(planted_path)
    codes = {}
    truth = [codes.setdefault(planted[n], len(codes)) for n in names]
    result = {}
    for path in outs:
        p = read_partition(path)
        codes = {}
        found = [codes.setdefault(p[n], len(codes)) for n in names]
        result[path] = {"modularity": g.modularity(found), "nmi": ig.compare_communities(truth, found, method="nmi"), "communities": len(codes)}
    result["planted"] = {"modularity": g.modularity(truth), "nmi": 1.0, "communities": len(set(truth))}
    print(json.dumps(result))


def main():
    task = sys.argv[1]
    if task == "generate":
        generate(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif task in ("igraph-multilevel", "igraph-leiden"):
        igraph_task(task, sys.argv[2], sys.argv[3])
    elif task == "networkit-plm":
        networkit_plm(sys.argv[2], sys.argv[3])
    elif task == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        raise SystemExit(f"unknown task {task}")


if __name__ == "__main__":
    main()
