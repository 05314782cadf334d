#!/usr/bin/python3
"""Inputs and igraph references for ecograph's significance tests (cug, permute, qap).

Run through `bash scripts/reference/generate.sh`, or alone with Debian's interpreter and packages
(python3-igraph, python3-numpy), before significance.R:

  /usr/bin/python3 scripts/reference/significance.py && Rscript scripts/reference/significance.R

It writes, deterministically:

  test/fixtures/reference/significance/input.json   the graphs and tie matrices the R script tests
      (edge lists of the simple views of bundled graphs, binary tie matrices of two or three tie
      kinds on the nodes that can hold them all, and a seeded symmetric pair for mode "graph");
  test/fixtures/reference/significance/igraph.json  the degree-preserving null: the distribution of
      transitivity and of the number of components over 5,000 igraph draws with the degree sequence
      of a graph (Degree_Sequence(method="vl") for connected graphs, which draws connected graphs
      only; method="edge_switching_simple" for a disconnected one), with the share of draws at or
      above / at or below the observed value.

Views are built here independently of ecograph's code: every node of the file; every tie between
two different nodes; one edge per pair (undirected view) or one arc per ordered pair, an undirected
tie giving both arcs (directed view).
"""
import json
import os
import random

import igraph as ig
import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(REPO, "test", "fixtures", "reference", "significance")
DRAWS = 5000

# the node kinds that may be an end of each tie kind (the model's tie rules, src/model/schema.ts)
PEOPLE = ["founder", "person"]
ORGS = ["firm", "anchor", "university", "institute", "investor", "government"]
HOLDS = {
    "spinoff": set(ORGS),
    "investment": {"investor", "anchor", "firm", "government"},
    "collaboration": set(PEOPLE + ORGS),
    "founded": set(PEOPLE + ["firm", "anchor", "investor"]),
    "affiliation": set(PEOPLE + ORGS),
    "mentorship": set(PEOPLE + ["firm"]),
}
DIRECTED = {"spinoff": True, "investment": True, "collaboration": False, "founded": True, "affiliation": True, "mentorship": True}


def load(path):
    with open(os.path.join(REPO, path)) as f:
        return json.load(f)


def simple_view(native, directed):
    nodes = [n["key"] for n in native["nodes"]]
    index = {k: i for i, k in enumerate(nodes)}
    ties = set()
    for e in native["edges"]:
        s, t = index[e["source"]], index[e["target"]]
        if s == t:
            continue
        if not directed:
            ties.add((min(s, t), max(s, t)))
        else:
            ties.add((s, t))
            if e.get("undirected"):
                ties.add((t, s))
    return {"n": len(nodes), "directed": directed, "ties": sorted(ties)}


def tie_matrices(native, kinds):
    allowed = set.intersection(*(HOLDS[k] for k in kinds))
    nodes = [n["key"] for n in native["nodes"] if n["attributes"].get("kind") in allowed]
    index = {k: i for i, k in enumerate(nodes)}
    n = len(nodes)
    directed = any(DIRECTED[k] for k in kinds)
    mats = {k: np.zeros((n, n), dtype=int) for k in kinds}
    for e in native["edges"]:
        k = e["attributes"].get("kind")
        if k not in mats or e["source"] == e["target"]:
            continue
        s, t = index.get(e["source"]), index.get(e["target"])
        if s is None or t is None:
            continue
        mats[k][s, t] = 1
        if e.get("undirected") or not directed:
            mats[k][t, s] = 1
    return {"n": n, "mode": "digraph" if directed else "graph", "matrices": [mats[k].tolist() for k in kinds]}


def symmetric_pair(n, seed):
    rng = random.Random(seed)
    a = np.zeros((n, n), dtype=int)
    b = np.zeros((n, n), dtype=int)
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = a[j, i] = 1 if rng.random() < 0.3 else 0
            # b leans on a: more likely where a has a tie
            b[i, j] = b[j, i] = 1 if rng.random() < (0.5 if a[i, j] else 0.2) else 0
    return [a.tolist(), b.tolist()]


def degree_null(name, path_or_native, draws, seed):
    native = load(path_or_native) if isinstance(path_or_native, str) else path_or_native
    view = simple_view(native, False)
    g = ig.Graph(n=view["n"], edges=view["ties"])
    degrees = g.degree()
    connected = g.is_connected()
    method = "vl" if connected else "edge_switching_simple"
    random.seed(seed)
    ig.set_random_number_generator(random)
    transitivity = []
    components = []
    for _ in range(draws):
        h = ig.Graph.Degree_Sequence(degrees, method=method)
        assert h.degree() == degrees
        transitivity.append(h.transitivity_undirected(mode="zero"))
        components.append(len(h.connected_components()))
    out = {"graph": name, "method": method, "connected": connected, "draws": draws}
    for stat, observed, values in (
        ("transitivity", g.transitivity_undirected(mode="zero"), transitivity),
        ("components", len(g.connected_components()), components),
    ):
        v = np.array(values, dtype=float)
        out[stat] = {
            "observed": observed,
            "mean": float(v.mean()),
            "sd": float(v.std(ddof=1)),
            "quantiles": {str(q): float(np.quantile(v, q)) for q in (0.1, 0.25, 0.5, 0.75, 0.9)},
            "pGreater": float(np.mean(v >= observed - 1e-9 * max(1, abs(observed)))),
            "pLess": float(np.mean(v <= observed + 1e-9 * max(1, abs(observed)))),
        }
    return out


def write_json(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    os.replace(tmp, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    kyoto = load("graphs/kyoto-life-science.json")
    sapporo = load("graphs/sapporo-valley.json")
    kobe = load("graphs/kobe-biomedical.json")
    hamamatsu = load("graphs/hamamatsu-spinoffs.json")
    und = [
        "density", "transitivity", "components", "largestComponentShare", "centralization.degree",
        "centralization.betweenness", "centralization.closeness", "averagePathLength", "diameter", "maxCore",
    ]
    dirs = ["density", "components", "centralization.degree", "reciprocity", "centralization.betweenness", "maxCore"]
    cug = [
        {"graph": "graphs/kyoto-life-science.json", "view": {}, "statistics": und, "nulls": ["size", "edges"], **simple_view(kyoto, False)},
        {"graph": "graphs/sapporo-valley.json", "view": {"directed": True}, "statistics": dirs, "nulls": ["size", "edges"], **simple_view(sapporo, True)},
    ]
    qap = [
        {"graph": "graphs/kobe-biomedical.json", "kinds": ["collaboration", "investment"], "test": "correlation", **tie_matrices(kobe, ["collaboration", "investment"])},
        {"graph": "graphs/hamamatsu-spinoffs.json", "kinds": ["collaboration", "spinoff", "investment"], "test": "regression", **tie_matrices(hamamatsu, ["collaboration", "spinoff", "investment"])},
        {"graph": "graphs/hamamatsu-spinoffs.json", "kinds": ["investment", "spinoff"], "test": "correlation", **tie_matrices(hamamatsu, ["investment", "spinoff"])},
        {"graph": None, "kinds": ["a", "b"], "test": "correlation", "n": 20, "mode": "graph", "matrices": symmetric_pair(20, 7)},
        {"graph": None, "kinds": ["a", "b"], "test": "regression", "n": 20, "mode": "graph", "matrices": symmetric_pair(20, 7)},
    ]
    write_json(os.path.join(OUT, "input.json"), {"generator": "scripts/reference/significance.py", "draws": DRAWS, "cug": cug, "qap": qap})
    karate = load("test/fixtures/reference/graphs/karate.json")
    nulls = [degree_null("test/fixtures/reference/graphs/karate.json", karate, DRAWS, 1), degree_null("graphs/kyoto-life-science.json", kyoto, DRAWS, 2)]
    write_json(
        os.path.join(OUT, "igraph.json"),
        {"generator": "scripts/reference/significance.py", "versions": {"igraph": ig.__version__}, "degreeNull": nulls},
    )
    print("wrote %d cug, %d qap inputs and %d igraph degree-null references" % (len(cug), len(qap), len(nulls)))


if __name__ == "__main__":
    main()
