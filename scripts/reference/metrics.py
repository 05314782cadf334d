#!/usr/bin/python3
"""Reference values for the network metrics of ecograph, computed with NetworkX and python-igraph.

Run through `bash scripts/reference/generate.sh` (which also runs the R part, brokerage.R), or
alone with Debian's interpreter and packages (python3-networkx, python3-igraph, python3-scipy):

  /usr/bin/python3 scripts/reference/metrics.py

It writes, deterministically:

  test/fixtures/reference/graphs/<name>.json         reference graphs, ecograph native JSON
  test/fixtures/reference/metrics/centrality.json    degree, betweenness, closeness, harmonic,
                                                     eigenvector, pagerank, hubs/authorities per view
  test/fixtures/reference/metrics/leiden.json        igraph community_leiden (modularity objective,
                                                     n_iterations=-1): best modularity over seeds 0-9
                                                     and whether every community is connected
                                                     (`metrics.py leiden` writes only this file)
  test/fixtures/reference/metrics/communities.json   igraph community_multilevel partition and
                                                     modularity (plus NetworkX's modularity of it)
  test/fixtures/reference/metrics/structural-holes.json  nx.constraint, nx.effective_size, efficiency
  test/fixtures/reference/metrics/brokers.json       nx.betweenness_centrality_subset and neighbour lists
  test/fixtures/reference/metrics/brokerage-input.json  arcs of each directed view and each node's
                                                     group, read by brokerage.R (which writes brokerage.json)

The reference graphs: Zachary's karate club, Padgett's Florentine families, Krackhardt's kite and
Les Miserables (weighted), all from NetworkX's built-in data; a seeded random directed graph with
three groups; and a small typed ecosystem graph (made-up names, confidence "illustrative").

Graph views -- the same rules as src/metrics/view.ts, written once here in `build_view`:
  * nodes: every node of the file (in file order), or only those whose kind is in node_kinds;
  * edges: every edge, or only those whose kind is in edge_kinds, between kept nodes;
    self-loops are dropped (NetworkX would keep them and count them in degree, eigenvector,
    PageRank and constraint; ecograph drops them from every view, so the references do too);
  * undirected view (default): one edge per pair of nodes, whatever the directions;
  * directed view: a directed edge keeps its direction, an undirected one (collaboration) gives
    both arcs; one arc per ordered pair;
  * weighted views: the weight of a merged edge/arc is the sum of its ties' weights (attribute
    `weighted`, missing = 1). weight_as "distance": path measures read the sum as a length (it
    must be > 0); weight_as "strength": path measures read 1/sum as the length, and a merged tie of
    strength 0 is dropped. Non-path measures (eigenvector, PageRank, HITS, Louvain, constraint,
    effective size) always read the sum as a strength, as NetworkX does.

Tight convergence: NetworkX's iterative measures stop at a tolerance (1e-6 for eigenvector and
PageRank, 1e-8 for HITS) that is far from 1e-9 relative agreement, so the references are computed
with the same NetworkX functions run to tol=1e-15 (eigenvector_centrality, pagerank) or tol=0
(hits: ARPACK to machine precision), and checked here against the exact linear-algebra solutions
(numpy: PageRank by solving the linear system, eigenvector/HITS by a dense eigen-decomposition).
"""
import json
import math
import os
import random
import sys

# NetworkX iterates over sets of neighbours (constraint, effective size, harmonic centrality):
# with a fixed string hash seed the float sums, and so the fixtures, are the same on every run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import igraph as ig
import networkx as nx
import numpy as np
import scipy

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(REPO, "test", "fixtures", "reference")
GRAPHS = os.path.join(FIXTURES, "graphs")
OUT = os.path.join(FIXTURES, "metrics")
SOURCE = "scripts/reference/metrics.py"
GEXF_LESMIS = os.path.join(REPO, "test", "fixtures", "interop", "les-miserables.gexf")

VERSIONS = {
    "python": sys.version.split()[0],
    "networkx": nx.__version__,
    "igraph": ig.__version__,
    "numpy": np.__version__,
    "scipy": scipy.__version__,
}


# --------------------------------------------------------------------------------------------
# Reference graphs as ecograph native JSON
# --------------------------------------------------------------------------------------------


class NativeGraph:
    """An ecograph native JSON graph under construction."""

    def __init__(self, name, description, sources):
        self.name = name
        self.description = description
        self.sources = sources
        self.nodes = []  # (id, attrs)
        self.edges = []  # dict(key, source, target, undirected, attributes)

    def node(self, id, label=None, **attrs):
        a = {"label": label if label is not None else str(id)}
        a.update({k: v for k, v in attrs.items() if v is not None})
        if "sources" not in a:
            a["sources"] = self.sources
        self.nodes.append((str(id), a))

    def edge(self, source, target, undirected=False, **attrs):
        a = {k: v for k, v in attrs.items() if v is not None}
        if "sources" not in a:
            a["sources"] = self.sources
        self.edges.append(
            {"key": "e%d" % len(self.edges), "source": str(source), "target": str(target), "undirected": undirected, "attributes": a}
        )

    def to_json(self):
        edges = []
        for e in self.edges:
            out = {"key": e["key"], "source": e["source"], "target": e["target"]}
            if e["undirected"]:
                out["undirected"] = True
            out["attributes"] = e["attributes"]
            edges.append(out)
        return {
            "attributes": {"format": "ecograph@1", "name": self.name, "description": self.description, "sources": self.sources},
            "options": {"type": "mixed", "multi": True, "allowSelfLoops": True},
            "nodes": [{"key": id, "attributes": a} for id, a in self.nodes],
            "edges": edges,
        }


def from_networkx(name, description, g, source, node_attrs=()):
    """A native graph from an undirected NetworkX graph: untyped nodes and untyped undirected edges."""
    ng = NativeGraph(name, description, [source])
    for v, data in g.nodes(data=True):
        ng.node(v, **{k: data[k] for k in node_attrs if k in data})
    for u, v, data in g.edges(data=True):
        ng.edge(u, v, undirected=True, weight=data.get("weight"))
    return ng


def karate():
    g = nx.karate_club_graph()
    return from_networkx(
        "karate",
        "Zachary's karate club (34 members, 78 ties; weights = number of contexts), from nx.karate_club_graph()",
        g,
        "NetworkX karate_club_graph (Zachary 1977)",
        node_attrs=("club",),
    )


def florentine():
    return from_networkx(
        "florentine",
        "Padgett's Florentine families, marriage ties (15 families), from nx.florentine_families_graph()",
        nx.florentine_families_graph(),
        "NetworkX florentine_families_graph (Padgett and Ansell 1993)",
    )


KITE_NAMES = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]


def kite():
    g = nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(KITE_NAMES)))
    return from_networkx(
        "kite", "Krackhardt's kite (10 nodes), from nx.krackhardt_kite_graph()", g, "NetworkX krackhardt_kite_graph (Krackhardt 1990)"
    )


def lesmis():
    g = nx.les_miserables_graph()
    return from_networkx(
        "lesmis",
        "Les Miserables co-appearances (77 characters, weighted), from nx.les_miserables_graph()",
        g,
        "NetworkX les_miserables_graph (Knuth 1993)",
    )


def check_lesmis_against_gexf():
    """Compares NetworkX's Les Miserables with Gephi's GEXF (labels, ties and weights)."""
    if not os.path.exists(GEXF_LESMIS):
        return {"checked": False, "reason": "test/fixtures/interop/les-miserables.gexf not found"}
    nxg = nx.les_miserables_graph()
    gx = nx.read_gexf(GEXF_LESMIS)
    label = {v: d.get("label", v) for v, d in gx.nodes(data=True)}
    gx_edges = {frozenset((label[u], label[v])): d.get("weight", d.get("cooccurrence")) for u, v, d in gx.edges(data=True)}
    nx_edges = {frozenset((u, v)): d.get("weight") for u, v, d in nxg.edges(data=True)}
    only_nx = sorted(sorted(e) for e in nx_edges.keys() - gx_edges.keys())
    only_gexf = sorted(sorted(e) for e in gx_edges.keys() - nx_edges.keys())
    weight_diffs = sorted(sorted(e) for e in nx_edges.keys() & gx_edges.keys() if gx_edges[e] is None or float(nx_edges[e]) != float(gx_edges[e]))
    return {
        "checked": True,
        "nodes": [len(nxg), len(gx)],
        "edges": [nxg.number_of_edges(), gx.number_of_edges()],
        "labelsEqual": set(nxg.nodes) == set(label.values()),
        "edgesOnlyInNetworkX": only_nx,
        "edgesOnlyInGexf": only_gexf,
        "weightsDiffering": weight_diffs,
    }


def random_directed():
    """A seeded random directed graph (40 nodes, three groups, denser inside groups)."""
    rng = random.Random(20260303)
    ng = NativeGraph(
        "random-directed",
        "Seeded random directed graph: 40 nodes in groups a/b/c, arcs with p=0.14 inside and p=0.04 across groups",
        ["synthetic: " + SOURCE],
    )
    groups = ["a"] * 14 + ["b"] * 14 + ["c"] * 12
    for i, grp in enumerate(groups):
        ng.node("n%02d" % i, group=grp)
    for i in range(len(groups)):
        for j in range(len(groups)):
            if i != j and rng.random() < (0.14 if groups[i] == groups[j] else 0.04):
                ng.edge("n%02d" % i, "n%02d" % j)
    ng.node("lonely", group="c")  # an isolated node
    return ng


def ecosystem():
    """A small typed ecosystem: every node kind the brokers question needs and every edge kind."""
    src = ["synthetic: " + SOURCE]
    ng = NativeGraph(
        "small-ecosystem",
        "A small made-up ecosystem (illustrative): universities, anchors, start-ups, founders, investors; every edge kind, parallel ties, a self-loop",
        src,
    )
    N = lambda id, label, kind: ng.node(id, label=label, kind=kind, confidence="illustrative", sources=src)
    N("u-north", "North University", "university")
    N("u-south", "South Institute of Technology", "university")
    N("ri-bio", "Bio Research Institute", "institute")
    N("a-pharma", "Pharma Major", "anchor")
    N("a-devices", "Devices Corp", "anchor")
    N("a-chem", "Chemical Works", "anchor")
    for i, label in enumerate(
        ["Helix Bio", "Nanoprobe", "Cellworks", "Lumen Imaging", "Vectorgen", "Assay Labs", "Microfluid", "Peptica", "Quiet Start", "Orbit Sensors"]
    ):
        N("f%d" % i, label, "firm")
    for i, label in enumerate(["Aoi Sato", "Ken Mori", "Rin Ueda", "Jun Kato", "Mai Ono", "Sho Abe"]):
        N("p%d" % i, label, "founder")
    N("prof", "Prof. Emi Hara", "person")
    N("vc-seed", "Seed Capital", "investor")
    N("vc-growth", "Growth Partners", "investor")
    N("gov", "City Incubator", "government")
    E = lambda s, t, kind, undirected=False, **a: ng.edge(s, t, undirected=undirected, kind=kind, confidence="illustrative", sources=src, **a)
    # spin-offs from universities and anchors
    E("u-north", "f0", "spinoff", year=2005)
    E("u-north", "f1", "spinoff", year=2008)
    E("u-south", "f2", "spinoff", year=2010)
    E("ri-bio", "f3", "spinoff", year=2012)
    E("a-pharma", "f4", "spinoff", year=2011)
    E("a-devices", "f6", "spinoff", year=2014)
    E("f0", "f5", "spinoff", year=2016)
    # collaborations (undirected), some weighted, one parallel to a spin-off
    E("f0", "a-pharma", "collaboration", undirected=True, weight=3)
    E("f1", "a-devices", "collaboration", undirected=True, weight=2)
    E("f1", "u-south", "collaboration", undirected=True)
    E("f2", "a-chem", "collaboration", undirected=True, weight=4)
    E("f2", "a-pharma", "collaboration", undirected=True, weight=1)
    E("f3", "a-chem", "collaboration", undirected=True, weight=2)
    E("f4", "u-north", "collaboration", undirected=True, weight=2)
    E("u-north", "f0", "collaboration", undirected=True, weight=5)  # parallel to the spin-off u-north -> f0
    E("u-north", "a-pharma", "collaboration", undirected=True, weight=1)
    E("u-south", "ri-bio", "collaboration", undirected=True, weight=2)
    E("f6", "f7", "collaboration", undirected=True, weight=1.5)
    E("f8", "f8", "collaboration", undirected=True, weight=1)  # a self-loop (dropped by every view)
    E("f9", "a-devices", "collaboration", undirected=True, weight=0.5)
    # investments
    E("vc-seed", "f0", "investment", year=2006, weight=2)
    E("vc-seed", "f1", "investment", year=2009)
    E("vc-seed", "f2", "investment", year=2011)
    E("vc-growth", "f0", "investment", year=2012, weight=4)
    E("vc-growth", "f0", "investment", year=2015, weight=1)  # a second round: parallel edge
    E("vc-growth", "f4", "investment", year=2013)
    E("a-pharma", "f5", "investment", year=2018, weight=2)
    E("gov", "f7", "investment", year=2019)
    # founders and people
    E("p0", "f0", "founded", year=2005)
    E("p1", "f1", "founded", year=2008)
    E("p2", "f2", "founded", year=2010)
    E("p3", "f6", "founded", year=2014)
    E("p3", "f7", "founded", year=2017)
    E("p4", "f9", "founded", year=2020)
    E("p5", "f8", "founded", year=2021)
    E("p0", "u-north", "affiliation", role="faculty")
    E("p1", "u-north", "affiliation", role="student")
    E("p2", "u-south", "affiliation", role="faculty")
    E("p3", "a-devices", "affiliation", role="employee")
    E("p4", "a-chem", "affiliation", role="employee")
    E("prof", "u-south", "affiliation", role="faculty")
    E("prof", "p2", "mentorship")
    E("prof", "f3", "mentorship")
    E("p0", "p1", "mentorship")
    E("gov", "u-north", "collaboration", undirected=True)
    return ng


def disconnected():
    """Edge cases in one graph: two components, an isolated node, a self-loop, a zero weight."""
    ng = NativeGraph("disconnected", "Edge cases: a triangle with a tail, a separate pair, an isolated node, a self-loop, a zero weight", ["synthetic: " + SOURCE])
    for v in "abcdxyz":
        ng.node(v)
    for s, t, w in (("a", "b", 2), ("b", "c", 1), ("a", "c", 1), ("c", "d", 3), ("x", "y", 1), ("d", "d", 5), ("b", "d", 0)):
        ng.edge(s, t, undirected=True, weight=w)
    return ng


def dag():
    """A directed acyclic graph: NetworkX's eigenvector centrality does not converge on it."""
    ng = NativeGraph("dag", "Edge case: a directed acyclic graph (a small spin-off tree with a shared child)", ["synthetic: " + SOURCE])
    for v in ("root", "a", "b", "c", "d"):
        ng.node(v)
    for s, t in (("root", "a"), ("root", "b"), ("a", "c"), ("b", "c"), ("c", "d")):
        ng.edge(s, t)
    return ng


def reference_graphs():
    return [karate(), florentine(), kite(), lesmis(), random_directed(), ecosystem(), disconnected(), dag()]


# --------------------------------------------------------------------------------------------
# Views: the one place in the script that decides how an ecosystem graph becomes a simple graph
# --------------------------------------------------------------------------------------------


def build_view(native, directed=False, edgeKinds=None, nodeKinds=None, weighted=None, weightAs="distance"):
    """The simple NetworkX graph of a view. Edge attributes: `w` (summed weight), and under a
    weighted view `distance` (for path measures) and `strength` (for the others)."""
    G = nx.DiGraph() if directed else nx.Graph()
    kinds = {}
    for id, a in native.nodes:
        if nodeKinds is None or a.get("kind") in nodeKinds:
            G.add_node(id)
            kinds[id] = a.get("kind")
    for e in native.edges:
        a = e["attributes"]
        s, t = e["source"], e["target"]
        if edgeKinds is not None and a.get("kind") not in edgeKinds:
            continue
        if s not in G or t not in G or s == t:
            continue
        w = a.get(weighted, 1) if weighted else 1
        arcs = [(s, t)]
        if directed and e["undirected"]:
            arcs.append((t, s))
        for u, v in arcs:
            if G.has_edge(u, v):
                G[u][v]["w"] += w
            else:
                G.add_edge(u, v, w=w)
    if weighted:
        for u, v, d in list(G.edges(data=True)):
            w = d["w"]
            if weightAs == "strength":
                if w == 0:
                    G.remove_edge(u, v)
                    continue
                d["distance"] = 1 / w
            else:
                assert w > 0, "a distance must be positive"
                d["distance"] = w
            d["strength"] = w
    return G


def view_names(view):
    return {k: v for k, v in view.items() if v is not None}


# --------------------------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------------------------


def num(x):
    """JSON-safe float: NaN and infinities become null."""
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def exact_pagerank(G, strength):
    nodes = list(G)
    n = len(nodes)
    A = nx.to_numpy_array(G, nodelist=nodes, weight=strength or None) if strength else nx.to_numpy_array(G, nodelist=nodes, weight=None)
    if not G.is_directed():
        A = A  # symmetric: G.to_directed() gives both arcs
    out = A.sum(axis=1)
    P = np.zeros_like(A)
    dangling = out == 0
    P[~dangling] = A[~dangling] / out[~dangling, None]
    P[dangling] = 1.0 / n
    M = np.eye(n) - 0.85 * P.T
    x = np.linalg.solve(M, np.full(n, 0.15 / n))
    return dict(zip(nodes, x / x.sum()))


def check_close(name, got, want, rel=1e-10, abs_=1e-13):
    for k in want:
        a, b = got[k], want[k]
        if abs(a - b) > max(rel * max(abs(a), abs(b)), abs_):
            raise SystemExit("cross-check failed for %s at %s: %r vs %r" % (name, k, a, b))


def hits_degenerate(A):
    s = np.linalg.svd(A, compute_uv=False)
    return len(s) > 1 and s[0] > 0 and (s[0] - s[1]) / s[0] < 1e-6


def centrality(G, weighted):
    dist = "distance" if weighted else None
    strength = "strength" if weighted else None
    out = {}
    out["degree"] = {v: len(set(nx.all_neighbors(G, v))) for v in G}
    out["betweenness"] = nx.betweenness_centrality(G, normalized=True, weight=dist)
    out["closeness"] = nx.closeness_centrality(G, distance=dist, wf_improved=True)
    out["harmonic"] = nx.harmonic_centrality(G, distance=dist)
    errors = {}
    try:
        ev = nx.eigenvector_centrality(G, max_iter=100000, tol=1e-15, weight=strength)
        out["eigenvector"] = ev
    except nx.PowerIterationFailedConvergence as err:
        errors["eigenvector"] = "PowerIterationFailedConvergence: " + str(err)
    pr = nx.pagerank(G, alpha=0.85, max_iter=100000, tol=1e-15, weight=strength)
    check_close("pagerank", pr, exact_pagerank(G, strength))
    out["pagerank"] = pr
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d.clear()
        if weighted:
            d["weight"] = G[u][v]["strength"]
    A = nx.to_numpy_array(H, nodelist=list(H))
    if H.number_of_edges() == 0:
        errors["hits"] = "no edges"
    elif hits_degenerate(A):
        errors["hits"] = "the leading singular value of the adjacency matrix is not unique: hubs/authorities are not defined"
    else:
        hubs, auth = nx.hits(H, max_iter=100000, tol=0, nstart={v: 1.0 for v in H})  # fixed ARPACK start: reproducible
        # cross-check: leading eigenvectors of A A^T and A^T A
        for name, M, res in (("hubs", A @ A.T, hubs), ("authorities", A.T @ A, auth)):
            vals, vecs = np.linalg.eigh(M)
            vec = np.abs(vecs[:, -1])
            check_close(name, res, dict(zip(H, vec / vec.sum())), rel=1e-8, abs_=1e-12)
        out["hubs"] = hubs
        out["authorities"] = auth
    if "eigenvector" in out and nx.is_connected(G.to_undirected()) and not G.is_directed():
        check_close("eigenvector", out["eigenvector"], nx.eigenvector_centrality_numpy(G, weight=strength), rel=1e-8)
    values = {m: {v: num(vals[v]) for v in G} for m, vals in out.items()}
    return values, errors


# The views covered per graph (options exactly as the TS `ViewOptions`).
VIEWS = {
    "karate": [{}, {"weighted": "weight", "weightAs": "strength"}],
    "florentine": [{}],
    "kite": [{}],
    "lesmis": [{}, {"weighted": "weight"}, {"weighted": "weight", "weightAs": "strength"}],
    "random-directed": [{}, {"directed": True}],
    "disconnected": [{}, {"weighted": "weight", "weightAs": "strength"}],
    "dag": [{}, {"directed": True}],
    "small-ecosystem": [
        {},
        {"directed": True},
        {"weighted": "weight"},
        {"weighted": "weight", "weightAs": "strength"},
        {"directed": True, "weighted": "weight", "weightAs": "strength"},
        {"edgeKinds": ["spinoff", "investment", "collaboration"]},
        {"nodeKinds": ["university", "institute", "anchor", "firm", "investor", "government"]},
    ],
}


def view_kwargs(view):
    return {
        "directed": view.get("directed", False),
        "edgeKinds": view.get("edgeKinds"),
        "nodeKinds": view.get("nodeKinds"),
        "weighted": view.get("weighted"),
        "weightAs": view.get("weightAs", "distance"),
    }


def communities(G, weighted):
    """igraph's multilevel (Louvain) partition and modularity on the undirected view."""
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    ig_g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
    weights = [d["strength"] for _, _, d in G.edges(data=True)] if weighted else None
    out = []
    for resolution in (1.0, 0.5, 2.0):
        best = None
        for seed in range(5):  # igraph's result depends on its RNG: keep the best of five runs
            random.seed(seed)
            ig.set_random_number_generator(random)
            cl = ig_g.community_multilevel(weights=weights, resolution=resolution)
            # python-igraph 0.10.2's Graph.modularity drops `resolution`; GraphBase.modularity honours it
            q = ig.GraphBase.modularity(ig_g, cl.membership, weights, resolution)
            if best is None or q > best[0]:
                best = (q, cl.membership)
        q, membership = best
        groups = {}
        for v, c in zip(nodes, membership):
            groups.setdefault(c, set()).add(v)
        nxq = nx.algorithms.community.modularity(G, list(groups.values()), weight="strength" if weighted else None, resolution=resolution)
        out.append(
            {
                "resolution": resolution,
                "modularity": q,
                "networkxModularity": nxq,
                "membership": dict(zip(nodes, membership)),
            }
        )
    return out


def structural_holes(G, weighted):
    w = "strength" if weighted else None
    con = nx.constraint(G, weight=w)
    eff = nx.effective_size(G, weight=w)
    deg = {v: G.degree(v) for v in G}
    return {
        "constraint": {v: num(con[v]) for v in G},
        "effectiveSize": {v: num(eff[v]) for v in G},
        "efficiency": {v: num(eff[v] / deg[v]) if deg[v] > 0 else None for v in G},
    }


def brokers(native, G, between, and_, via, weighted):
    kind = {id: a.get("kind") for id, a in native.nodes}
    sources = [v for v in G if kind.get(v) == between]
    targets = [v for v in G if kind.get(v) == and_]
    b = nx.betweenness_centrality_subset(G, sources, targets, normalized=False, weight="distance" if weighted else None)
    rows = {}
    for v in G:
        if kind.get(v) != via:
            continue
        left = [u for u in G[v] if kind.get(u) == between]
        right = [u for u in G[v] if kind.get(u) == and_]
        pairs = sum(1 for x in left for y in right if x != y and not G.has_edge(x, y))
        rows[v] = {"betweenness": b[v], "between": sorted(left), "and": sorted(right), "brokeredPairs": pairs}
    return rows


def write_json(path, doc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)


def leiden(G, weighted):
    """igraph's Leiden (modularity objective, iterated until stable) on the undirected view: the best
    modularity over ten seeds, and whether every community of each run induces a connected subgraph."""
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    ig_g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
    weights = [d["strength"] for _, _, d in G.edges(data=True)] if weighted else None
    out = []
    for resolution in (1.0, 0.5, 2.0):
        best = None
        all_connected = True
        for seed in range(10):
            random.seed(seed)
            ig.set_random_number_generator(random)
            cl = ig_g.community_leiden(objective_function="modularity", weights=weights, resolution_parameter=resolution, n_iterations=-1)
            q = ig.GraphBase.modularity(ig_g, cl.membership, weights, resolution)
            for sub in cl.subgraphs():
                if sub.vcount() > 1 and not sub.is_connected():
                    all_connected = False
            if best is None or q > best[0]:
                best = (q, cl.membership)
        q, membership = best
        out.append({"resolution": resolution, "modularity": q, "seeds": 10, "allConnected": all_connected, "membership": dict(zip(nodes, membership))})
    return out


def main_leiden():
    """Writes leiden.json only (the other fixtures are left as they are)."""
    graphs = reference_graphs()
    lei = {"generator": SOURCE, "versions": VERSIONS, "cases": []}
    for ng in graphs:
        for view in VIEWS[ng.name]:
            if view.get("directed"):
                continue
            G = build_view(ng, **view_kwargs(view))
            lei["cases"].append({"graph": ng.name, "view": view, "runs": leiden(G, view.get("weighted") is not None)})
    write_json(os.path.join(OUT, "leiden.json"), lei)
    print("wrote %d Leiden cases to %s" % (len(lei["cases"]), os.path.relpath(OUT, REPO)))


def main():
    if sys.argv[1:] == ["leiden"]:
        main_leiden()
        return
    graphs = reference_graphs()
    cent = {"generator": SOURCE, "versions": VERSIONS, "lesMiserablesGexfCheck": check_lesmis_against_gexf(), "cases": []}
    comm = {"generator": SOURCE, "versions": VERSIONS, "cases": []}
    holes = {"generator": SOURCE, "versions": VERSIONS, "cases": []}
    brk = {"generator": SOURCE, "versions": VERSIONS, "cases": []}
    brokerage_input = []
    for ng in graphs:
        write_json(os.path.join(GRAPHS, ng.name + ".json"), ng.to_json())
        for view in VIEWS[ng.name]:
            G = build_view(ng, **view_kwargs(view))
            weighted = view.get("weighted") is not None
            values, errors = centrality(G, weighted)
            cent["cases"].append({"graph": ng.name, "view": view, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "values": values, "errors": errors})
            if not view.get("directed"):
                comm["cases"].append({"graph": ng.name, "view": view, "runs": communities(G, weighted)})
                holes["cases"].append({"graph": ng.name, "view": view, "values": structural_holes(G, weighted)})
        # Gould-Fernandez brokerage (computed by brokerage.R) on the directed view
        group_attr = {"karate": "club", "random-directed": "group", "small-ecosystem": "kind"}.get(ng.name)
        if group_attr:
            views = [{"directed": True}]
            if ng.name == "small-ecosystem":
                views.append({"directed": True, "nodeKinds": ["university", "institute", "anchor", "firm", "investor", "government"]})
            if ng.name == "karate":
                views = [{}]  # an undirected graph: sna reads the symmetric matrix
            for view in views:
                G = build_view(ng, **view_kwargs(view))
                attrs = dict(ng.nodes)
                nodes = list(G)
                index = {v: i + 1 for i, v in enumerate(nodes)}
                arcs = [(index[u], index[v]) for u, v in G.edges()]
                if not G.is_directed():
                    arcs = arcs + [(b, a) for a, b in arcs]
                brokerage_input.append(
                    {"graph": ng.name, "view": view, "group": group_attr, "nodes": nodes, "groups": [str(attrs[v].get(group_attr)) for v in nodes], "arcs": arcs}
                )
    eco = next(g for g in graphs if g.name == "small-ecosystem")
    for between, and_, via, view in (
        ("university", "anchor", "firm", {}),
        ("university", "anchor", "firm", {"weighted": "weight", "weightAs": "strength"}),
        ("investor", "anchor", "firm", {}),
        ("university", "anchor", "founder", {}),
    ):
        G = build_view(eco, **view_kwargs(view))
        brk["cases"].append(
            {"graph": eco.name, "view": view, "between": between, "and": and_, "via": via, "rows": brokers(eco, G, between, and_, via, view.get("weighted") is not None)}
        )
    write_json(os.path.join(OUT, "centrality.json"), cent)
    write_json(os.path.join(OUT, "communities.json"), comm)
    write_json(os.path.join(OUT, "structural-holes.json"), holes)
    write_json(os.path.join(OUT, "brokers.json"), brk)
    write_json(os.path.join(OUT, "brokerage-input.json"), {"generator": SOURCE, "cases": brokerage_input})
    print("wrote %d graphs and %d centrality cases to %s" % (len(graphs), len(cent["cases"]), os.path.relpath(FIXTURES, REPO)))
    main_leiden()


if __name__ == "__main__":
    main()
