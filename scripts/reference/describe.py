#!/usr/bin/python3
"""Reference values for `ecograph describe`, the node measures indegree, outdegree, strength,
clustering, core and eccentricity, `ecograph ego` and `ecograph project`, computed with NetworkX
(and python-igraph for NMI/ARI). Run through `bash scripts/reference/generate.sh` (after
metrics.py, whose reference graphs and `build_view` it reuses), or alone:

  /usr/bin/python3 scripts/reference/describe.py

It writes, deterministically:

  test/fixtures/reference/metrics/describe.json            whole-network statistics per view
  test/fixtures/reference/metrics/node-measures.json       the six node measures per view
  test/fixtures/reference/metrics/ego.json                 ego networks and their measures
  test/fixtures/reference/metrics/project.json             two-mode projections
  test/fixtures/reference/metrics/partition-agreement.json NMI and ARI of two partitions (igraph)
  test/fixtures/reference/metrics/centralization-input.json  the graphs centralization.R reads

Choices made here, as ecograph makes them (src/metrics/describe/):
  * averagePathLength and diameter: on the largest connected component (undirected view) or the
    largest strongly connected component (directed view), in hops;
  * transitivity: on the undirected counterpart of the view (NetworkX's transitivity of a DiGraph
    reads successors only, which is no published definition); averageClustering and the node
    measure clustering: nx.average_clustering / nx.clustering of the view itself (directed
    clustering of Fagiolo on a directed view); zeros counted;
  * attribute statistics leave out nodes without a value of the attribute;
  * eccentricity: nx.eccentricity of the node's connected (undirected) or strongly connected
    (directed) component -- NetworkX refuses a disconnected graph;
  * indegree, outdegree: of the directed counterpart of the view.
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import metrics as ref  # noqa: E402  (re-executes with PYTHONHASHSEED=0)

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402
from networkx.algorithms import bipartite  # noqa: E402

SOURCE = "scripts/reference/describe.py"
OUT = ref.OUT

SPHERES = {"university": "university", "institute": "university", "firm": "industry", "anchor": "industry", "investor": "industry", "government": "government"}

# graph -> list of (view, by attribute or None)
CASES = {
    "karate": [({}, "club")],
    "florentine": [({}, None)],
    "kite": [({}, None)],
    "lesmis": [({}, None)],
    "random-directed": [({}, "group"), ({"directed": True}, "group")],
    "small-ecosystem": [
        ({}, "kind"),
        ({}, "sphere"),
        ({"directed": True}, "sphere"),
        ({"edgeKinds": ["spinoff", "investment", "collaboration"]}, "kind"),
        ({"nodeKinds": ["university", "institute", "anchor", "firm", "investor", "government"]}, "sphere"),
    ],
    "disconnected": [({}, None)],
    "dag": [({"directed": True}, None)],
}


def num(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def attribute_values(native, attr):
    out = {}
    for id, a in native.nodes:
        if attr == "sphere" and "sphere" not in a:
            v = SPHERES.get(a.get("kind"))
        else:
            v = a.get(attr)
        if v is not None:
            out[id] = str(v)
    return out


def largest(components):
    best = None
    for c in components:
        if best is None or len(c) > len(best):
            best = c
    return best


def path_statistics(G):
    comps = nx.strongly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    core = largest(comps)
    if core is None:
        return None, None, 0
    H = G.subgraph(core)
    if len(H) < 2:
        return None, None, len(H)
    return nx.average_shortest_path_length(H), nx.diameter(H), len(H)


def reciprocity_by_kind(native, G, edge_kinds):
    kinds = {}
    for e in native.edges:
        if e["undirected"] or (edge_kinds is not None and e["attributes"].get("kind") not in edge_kinds):
            continue
        s, t = e["source"], e["target"]
        if s == t or s not in G or t not in G:
            continue
        k = e["attributes"].get("kind", "untyped")
        kinds.setdefault(k, nx.DiGraph()).add_edge(s, t)
    return {k: nx.reciprocity(D) for k, D in sorted(kinds.items())}


def ei(G, groups):
    """Krackhardt and Stern's E-I index by its formula (ties: edges, or arcs on a directed view)."""
    internal = external = 0
    for u, v in G.edges():
        if u in groups and v in groups:
            if groups[u] == groups[v]:
                internal += 1
            else:
                external += 1
    total = internal + external
    observed = (external - internal) / total if total else None
    sizes = {}
    for v in G:
        if v in groups:
            sizes[groups[v]] = sizes.get(groups[v], 0) + 1
    n = sum(sizes.values())
    pairs = n * (n - 1) / 2
    inside = sum(s * (s - 1) / 2 for s in sizes.values())
    if G.is_directed():
        pairs *= 2
        inside *= 2
    outside = pairs - inside
    expected = (outside - inside) / pairs if pairs else None
    rescaled = None
    if total:
        emax = min(total, outside)
        emin = max(0, total - inside)
        hi = (2 * emax - total) / total
        lo = (2 * emin - total) / total
        rescaled = None if hi == lo else 2 * (observed - lo) / (hi - lo) - 1
    group_rows = []
    for value in sorted(sizes):
        i = e = 0
        for u, v in G.edges():
            if u not in groups or v not in groups:
                continue
            a, b = groups[u] == value, groups[v] == value
            if a and b:
                i += 1
            elif a or b:
                e += 1
        group_rows.append({"value": value, "nodes": sizes[value], "internalTies": i, "externalTies": e, "eiIndex": (e - i) / (e + i) if e + i else None})
    node_rows = {}
    for v in G:
        if v not in groups:
            continue
        i = e = 0
        nbrs = list(G.predecessors(v)) + list(G.successors(v)) if G.is_directed() else list(G[v])
        for u in nbrs:
            if u not in groups:
                continue
            if groups[u] == groups[v]:
                i += 1
            else:
                e += 1
        node_rows[v] = (e - i) / (e + i) if e + i else None
    return {"internal": internal, "external": external, "observed": observed, "expected": expected, "rescaled": num(rescaled), "groups": group_rows, "nodes": node_rows}


def describe_case(native, view, by):
    G = ref.build_view(native, **ref.view_kwargs(view))
    n, m = G.number_of_nodes(), G.number_of_edges()
    directed = G.is_directed()
    comps = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    apl, diam, core_nodes = path_statistics(G)
    deg = dict(G.degree())
    try:
        dac = num(nx.degree_assortativity_coefficient(G))
    except (ValueError, ZeroDivisionError):
        dac = None
    out = {
        "nodes": n,
        "edges": m,
        "density": nx.density(G),
        "meanDegree": (m / n if directed else 2 * m / n) if n else None,
        "components": len(comps),
        "largestComponentShare": max(len(c) for c in comps) / n if n else None,
        "reciprocity": reciprocity_by_kind(native, G, view.get("edgeKinds")),
        "transitivity": nx.transitivity(G.to_undirected()),
        "averageClustering": nx.average_clustering(G) if n else None,
        "averagePathLength": apl,
        "diameter": diam,
        "pathComponentNodes": core_nodes,
        "degreeAssortativity": dac,
        "maxCore": max(nx.core_number(G).values()) if n else None,
    }
    if by is not None:
        groups = attribute_values(native, by)
        H = G.subgraph([v for v in G if v in groups]).copy()
        nx.set_node_attributes(H, {v: groups[v] for v in H}, "by")
        try:
            out["attributeAssortativity"] = num(nx.attribute_assortativity_coefficient(H, "by"))
        except (ValueError, ZeroDivisionError):
            out["attributeAssortativity"] = None
        out["ei"] = ei(G, groups)
        # modularity of the attribute partition on the undirected view; nodes without a value are singletons
        U = G.to_undirected() if directed else G
        parts = {}
        for v in U:
            parts.setdefault(groups.get(v, "\0" + v), set()).add(v)
        out["partitionModularity"] = nx.algorithms.community.modularity(U, list(parts.values())) if U.number_of_edges() else None
    return out


def node_measures(native, view):
    G = ref.build_view(native, **ref.view_kwargs(view))
    weighted = view.get("weighted") is not None
    D = G if G.is_directed() else ref.build_view(native, **ref.view_kwargs({**view, "directed": True}))
    comps = nx.strongly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    ecc = {}
    for c in comps:
        ecc.update(nx.eccentricity(G.subgraph(c)))
    strength = dict(G.degree(weight="strength" if weighted else None))
    return {
        "indegree": {v: D.in_degree(v) for v in G},
        "outdegree": {v: D.out_degree(v) for v in G},
        "strength": {v: float(strength[v]) for v in G},
        "clustering": {v: float(x) for v, x in nx.clustering(G).items()},
        "core": nx.core_number(G),
        "eccentricity": ecc,
    }


EGO_CASES = [
    ("karate", {}, "0", 1, "all"),
    ("karate", {}, "33", 2, "all"),
    ("kite", {}, "Diane", 1, "all"),
    ("small-ecosystem", {}, "u-north", 1, "all"),
    ("small-ecosystem", {"directed": True}, "u-north", 1, "out"),
    ("small-ecosystem", {"directed": True}, "f0", 1, "in"),
    ("small-ecosystem", {"directed": True}, "f0", 2, "all"),
    ("random-directed", {"directed": True}, "n03", 1, "out"),
]


def ego_case(native, view, node, radius, direction):
    G = ref.build_view(native, **ref.view_kwargs(view))
    if direction == "in":
        E = nx.ego_graph(G.reverse(), node, radius=radius).reverse()
    else:
        E = nx.ego_graph(G, node, radius=radius, undirected=(direction == "all"))
    alters = [v for v in E if v != node]
    A = E.subgraph(alters)
    pairs = len(alters) * (len(alters) - 1) / (1 if E.is_directed() else 2)
    U = G.to_undirected() if G.is_directed() else G
    eff = nx.effective_size(U)[node]
    con = nx.constraint(U)[node]
    return {
        "nodes": sorted(E.nodes()),
        "size": len(alters),
        "ties": A.number_of_edges(),
        "egoTies": E.number_of_edges() - A.number_of_edges(),
        "densityWithEgo": nx.density(E),
        "densityWithoutEgo": A.number_of_edges() / pairs if pairs else None,
        "effectiveSize": num(eff),
        "efficiency": num(eff / U.degree(node)) if U.degree(node) else None,
        "constraint": num(con),
    }


PROJECT_CASES = [
    {"via": ["founder", "person"], "onto": ["firm", "university", "anchor", "institute"], "edgeKinds": None},
    {"via": ["founder", "person"], "onto": ["firm", "university", "anchor", "institute"], "edgeKinds": ["founded", "affiliation"]},
    {"via": ["firm"], "onto": ["university", "anchor", "investor", "institute", "government"], "edgeKinds": None},
]


def project_case(native, case):
    kind = {id: a.get("kind") for id, a in native.nodes}
    via = set(case["via"])
    onto = set(case["onto"])
    B = nx.Graph()
    top = [id for id, _ in native.nodes if kind[id] in onto]
    B.add_nodes_from(top)
    B.add_nodes_from(id for id, _ in native.nodes if kind[id] in via)
    for e in native.edges:
        s, t, k = e["source"], e["target"], e["attributes"].get("kind")
        if case["edgeKinds"] is not None and k not in case["edgeKinds"]:
            continue
        if (kind[s] in via and kind[t] in onto) or (kind[t] in via and kind[s] in onto):
            if s != t:
                B.add_edge(s, t)
    count = bipartite.weighted_projected_graph(B, top)
    newman = bipartite.collaboration_weighted_projected_graph(B, top)
    key = lambda u, v: "\t".join(sorted((u, v)))
    return {
        **case,
        "nodes": sorted(top),
        "count": {key(u, v): d["weight"] for u, v, d in count.edges(data=True)},
        "newman": {key(u, v): d["weight"] for u, v, d in newman.edges(data=True)},
    }


def partition_agreement():
    """NMI (Danon et al.: 2I/(H1+H2), igraph's "nmi") and adjusted Rand index of pairs of partitions."""
    out = []
    comm = json.load(open(os.path.join(OUT, "communities.json")))
    graphs = {g.name: g for g in ref.reference_graphs()}
    for case in comm["cases"]:
        if case["view"] != {} or case["graph"] not in ("karate", "random-directed", "small-ecosystem"):
            continue
        attr = {"karate": "club", "random-directed": "group", "small-ecosystem": "kind"}[case["graph"]]
        values = attribute_values(graphs[case["graph"]], attr)
        membership = case["runs"][0]["membership"]
        nodes = [v for v in membership if v in values]
        labels = sorted(set(values[v] for v in nodes))
        a = [labels.index(values[v]) for v in nodes]
        b = [membership[v] for v in nodes]
        out.append(
            {
                "graph": case["graph"],
                "attribute": attr,
                "nodes": nodes,
                "a": a,
                "b": b,
                "nmi": ig.compare_communities(a, b, method="nmi"),
                "ari": ig.compare_communities(a, b, method="ari"),
            }
        )
    # hand-made pairs: identical, independent, one side all in one group
    for a, b in (([0, 0, 1, 1], [1, 1, 0, 0]), ([0, 0, 1, 1], [0, 1, 0, 1]), ([0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 2, 2]), ([0, 0, 0, 0], [0, 1, 2, 3])):
        out.append({"graph": None, "a": a, "b": b, "nmi": ig.compare_communities(a, b, method="nmi"), "ari": ig.compare_communities(a, b, method="ari")})
    return out


def main():
    graphs = {g.name: g for g in ref.reference_graphs()}
    versions = ref.VERSIONS
    desc = {"generator": SOURCE, "versions": versions, "cases": []}
    nodes = {"generator": SOURCE, "versions": versions, "cases": []}
    cent_input = []
    for name, cases in CASES.items():
        for view, by in cases:
            desc["cases"].append({"graph": name, "view": view, "by": by, "statistics": describe_case(graphs[name], view, by)})
            G = ref.build_view(graphs[name], **ref.view_kwargs(view))
            index = {v: i + 1 for i, v in enumerate(G)}
            comps = nx.strongly_connected_components(G) if G.is_directed() else nx.connected_components(G)
            core = largest(comps) or set()
            cent_input.append(
                {
                    "graph": name,
                    "view": view,
                    "directed": G.is_directed(),
                    "n": len(G),
                    "arcs": [(index[u], index[v]) for u, v in G.edges()],
                    "largest": sorted(index[v] for v in core),
                }
            )
    for name, views in ref.VIEWS.items():
        for view in views:
            nodes["cases"].append({"graph": name, "view": view, "values": node_measures(graphs[name], view)})
    ego = {"generator": SOURCE, "versions": versions, "cases": []}
    for name, view, node, radius, direction in EGO_CASES:
        ego["cases"].append({"graph": name, "view": view, "ego": node, "radius": radius, "direction": direction, **ego_case(graphs[name], view, node, radius, direction)})
    proj = {"generator": SOURCE, "versions": versions, "cases": [{"graph": "small-ecosystem", **project_case(graphs["small-ecosystem"], c)} for c in PROJECT_CASES]}
    agreement = {"generator": SOURCE, "versions": versions, "cases": partition_agreement()}
    ref.write_json(os.path.join(OUT, "describe.json"), desc)
    ref.write_json(os.path.join(OUT, "node-measures.json"), nodes)
    ref.write_json(os.path.join(OUT, "ego.json"), ego)
    ref.write_json(os.path.join(OUT, "project.json"), proj)
    ref.write_json(os.path.join(OUT, "partition-agreement.json"), agreement)
    ref.write_json(os.path.join(OUT, "centralization-input.json"), {"generator": SOURCE, "cases": cent_input})
    print("wrote %d describe cases, %d node-measure cases, %d ego cases, %d projections" % (len(desc["cases"]), len(nodes["cases"]), len(ego["cases"]), len(proj["cases"])))


if __name__ == "__main__":
    main()
