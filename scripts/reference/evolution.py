#!/usr/bin/python3
"""Reference values for `ecograph timeline` and `ecograph compare`, computed with NetworkX and
python-igraph from the graph files, with the date model written again here (independently of
src/metrics/evolution/snapshot.ts):

  * own dates: founded / dissolved of a node; year (else since) and until of a tie;
  * derived bounds, never written back: an undated node existed by the earliest own date (year,
    since, else until) of its ties and the founded of the nodes it spun off or founded; an undated
    tie is not before the later founded of its ends (one dated end is enough);
  * rules: include (undated from the first year), bound (from the bound; none: left out), exclude
    (own dates only); a node is present at the end of Y when its start <= Y and not dissolved <= Y;
    a tie when both ends are present, its start <= Y, until (if any) >= Y, and an event
    (investment, spinoff, founded) within its window (start <= Y < start + window), if one is set;
  * counts of a year, over the include snapshot: dated, placed by a bound <= Y, undated.

Timelines are computed under the default rule (bound, no window) with the same indicators on
dated elements only (exclude), and, for the hand-made graph, under each rule with a 2-year window.

For every year of each graph (the hand-made test/fixtures/evolution/toy-valley.json and the
bundled graphs/*.json) it writes the counts by kind, newFirms / newSpinoffs (window: after the
previous year, up to this one), and on the simple undirected projection (nx.Graph of the present
ties, self-loops dropped): nx.density, nx.number_connected_components, the largest component's
share, the mean of nx.constraint over firms with a tie, the deepest spin-off generation
(nx.dag_longest_path_length of the present spin-off ties), the triple-helix share, and igraph's
community_multilevel modularity, best of 16 seeded runs (a heuristic like ecograph's Louvain: the
tests require ecograph's modularity to reach 99% of it, as for `ecograph communities`).

For each whole graph (what `ecograph compare` measures) it adds the NISTEP proxies: universities
and institutes and their share of ties, anchors and their share, firms in the top decile of
nx.betweenness_centrality, the share of firms with a collaboration tie to an anchor, firms
founded in the last 10 years per year, and the number of spin-off children.

  /usr/bin/python3 scripts/reference/evolution.py

writes test/fixtures/reference/evolution/expected.json (deterministic).
"""
import glob
import json
import math
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "test", "fixtures", "reference", "evolution")
# the hand-made graph, then every bundled graph (a new graph in graphs/ is covered when this runs again)
GRAPHS = ["test/fixtures/evolution/toy-valley.json"] + sorted(
    os.path.relpath(p, REPO) for p in glob.glob(os.path.join(REPO, "graphs", "*.json"))
)
RECENT_YEARS = 10
# extra timelines of the hand-made graph: every undated rule with a 2-year event window
VARIANTS = {"includeWindow2": "include", "boundWindow2": "bound", "excludeWindow2": "exclude"}


DATE_FIELDS = ("founded", "dissolved", "year", "since", "until")


def as_years(attributes):
    """The attributes with ISO dates ("1968-07-18") in date fields read as their year: timelines count by year."""
    out = dict(attributes)
    for k in DATE_FIELDS:
        if isinstance(out.get(k), str):
            out[k] = int(out[k][:4])
    return out


def load(path):
    with open(os.path.join(REPO, path), encoding="utf-8") as f:
        data = json.load(f)
    nodes = {n["key"]: as_years(n.get("attributes", {})) for n in data["nodes"]}
    edges = [(e["key"], e["source"], e["target"], as_years(e.get("attributes", {})), bool(e.get("undirected"))) for e in data["edges"]]
    return nodes, edges


EVENTS = {"investment", "spinoff", "founded"}


def start_of(a):
    return a.get("year", a.get("since"))


def bounds(nodes, edges):
    """Terminus ante quem of undated nodes, terminus post quem of undated ties."""
    node_bound, edge_bound = {}, {}

    def see(n, y):
        if y is None or nodes[n].get("founded") is not None:
            return
        node_bound[n] = y if n not in node_bound else min(node_bound[n], y)

    for key, s, t, a, _u in edges:
        own = start_of(a)
        if own is None:
            own = a.get("until")
        see(s, own)
        see(t, own)
        if a.get("kind") in ("spinoff", "founded"):
            see(s, nodes[t].get("founded"))
        if start_of(a) is None:
            known = [nodes[x]["founded"] for x in (s, t) if nodes[x].get("founded") is not None]
            if known:
                edge_bound[key] = max(known)
    return node_bound, edge_bound


def start_under(own, bound, rule):
    if own is not None:
        return own
    if rule == "include":
        return -math.inf
    if rule == "bound":
        return bound
    return None


def snapshot(nodes, edges, y, rule="bound", window=None, b=None):
    """Present nodes and ties at the end of y (y None: the whole recorded graph under the rule)."""
    node_bound, edge_bound = b if b is not None else bounds(nodes, edges)
    at = math.inf if y is None else y
    kept = {}
    for k, a in nodes.items():
        st = start_under(a.get("founded"), node_bound.get(k), rule)
        if st is None or st > at:
            continue
        if y is not None and a.get("dissolved") is not None and a["dissolved"] <= y:
            continue
        kept[k] = a
    ties = []
    for key, s, t, a, und in edges:
        if s not in kept or t not in kept:
            continue
        st = start_under(start_of(a), edge_bound.get(key), rule)
        if st is None or st > at:
            continue
        if y is not None:
            if a.get("until") is not None and a["until"] < y:
                continue
            if window is not None and a.get("kind") in EVENTS and st != -math.inf and y >= st + window:
                continue
        ties.append((key, s, t, a, und))
    return kept, ties


def dating(nodes, edges, y, window=None, b=None):
    node_bound, edge_bound = b if b is not None else bounds(nodes, edges)
    kept, ties = snapshot(nodes, edges, y, "include", window, (node_bound, edge_bound))
    at = math.inf if y is None else y

    def place(own, bound, c):
        if own is not None:
            c["dated"] += 1
        elif bound is not None and bound <= at:
            c["bounded"] += 1
        else:
            c["undated"] += 1

    out = {"nodes": {"dated": 0, "bounded": 0, "undated": 0}, "edges": {"dated": 0, "bounded": 0, "undated": 0}}
    for k, a in kept.items():
        place(a.get("founded"), node_bound.get(k), out["nodes"])
    for key, _s, _t, a, _u in ties:
        place(start_of(a), edge_bound.get(key), out["edges"])
    total = sum(out["nodes"].values()) + sum(out["edges"].values())
    share = (out["nodes"]["bounded"] + out["nodes"]["undated"] + out["edges"]["bounded"] + out["edges"]["undated"]) / total if total else None
    return out, share


def simple(nodes, ties):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for _k, s, t, _a, _u in ties:
        if s != t:
            g.add_edge(s, t)
    return g


def by_kind(items, kinds):
    out = {"total": len(items)}
    for k in kinds:
        out[k] = 0
    for k in items:
        out[k if k is not None else "untyped"] += 1
    return out


def indicators(nodes, ties):
    g = simple(nodes, ties)
    n = g.number_of_nodes()
    firms = [k for k, a in nodes.items() if a.get("kind") == "firm"]
    comps = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
    constraint = nx.constraint(g) if n else {}
    cs = [constraint[f] for f in firms if g.degree(f) > 0]
    dag = nx.DiGraph()
    dag.add_nodes_from(nodes)
    for _k, s, t, a, u in ties:
        if a.get("kind") == "spinoff" and not u:
            dag.add_edge(s, t)
    helix = 0
    for f in firms:
        kinds = {nodes[m].get("kind") for m in g.neighbors(f)}
        if ({"university", "institute"} & kinds) and "anchor" in kinds:
            helix += 1
    # igraph's multilevel modularity, on the same simple graph
    if g.number_of_edges() > 0:
        order = list(g.nodes())
        pos = {v: i for i, v in enumerate(order)}
        ig_graph = ig.Graph(n=len(order), edges=[(pos[s], pos[t]) for s, t in g.edges()])
        random.seed(42)  # community_multilevel visits nodes in a random order
        igraph_modularity = max(ig_graph.community_multilevel().modularity for _ in range(16))
    else:
        igraph_modularity = None
    return {
        "density": nx.density(g) if n >= 2 else 0,
        "components": len(comps),
        "largestComponentShare": comps[0] / n if n else None,
        "igraphModularity": igraph_modularity,
        "maxGeneration": nx.dag_longest_path_length(dag) if dag.number_of_edges() else 0,
        "tripleHelixShare": helix / len(firms) if firms else None,
        "meanConstraint": sum(cs) / len(cs) if cs else None,
    }, g, firms


def years_of(nodes, edges):
    ys = []
    for a in nodes.values():
        ys += [a[k] for k in ("founded", "dissolved") if a.get(k) is not None]
    for _k, _s, _t, a, _u in edges:
        ys += [a[k] for k in ("year", "since", "until") if a.get(k) is not None]
    return (min(ys), max(ys)) if ys else (None, None)


def kinds_in(values, order):
    seen = {v if v is not None else "untyped" for v in values}
    return [k for k in order if k in seen] + sorted(seen - set(order) - {"untyped"}) + (["untyped"] if "untyped" in seen else [])


NODE_ORDER = ["founder", "person", "firm", "anchor", "university", "institute", "investor", "government"]
EDGE_ORDER = ["spinoff", "investment", "collaboration", "founded", "affiliation", "mentorship"]


def timeline(nodes, edges, rule="bound", window=None):
    first, last = years_of(nodes, edges)
    b = bounds(nodes, edges)
    node_kinds = kinds_in([a.get("kind") for a in nodes.values()], NODE_ORDER)
    edge_kinds = kinds_in([e[3].get("kind") for e in edges], EDGE_ORDER)
    birth = {}
    for _k, _s, t, a, u in edges:
        if a.get("kind") != "spinoff" or u:
            continue
        f = nodes[t].get("founded")
        if f is not None:
            birth[t] = f
        else:
            st = start_of(a)
            if st is not None:
                birth[t] = min(birth.get(t, st), st)
            else:
                birth.setdefault(t, None)
    rows = []
    for y in range(first, last + 1):
        kept, ties = snapshot(nodes, edges, y, rule, window, b)
        values, _g, _f = indicators(kept, ties)
        dkept, dties = snapshot(nodes, edges, y, "exclude", window, b)
        dvalues, _g, _f = indicators(dkept, dties)
        counts, share = dating(nodes, edges, y, window, b)
        lo = y - 1
        rows.append({
            "year": y,
            "nodes": by_kind([a.get("kind") for a in kept.values()], node_kinds),
            "edges": by_kind([t[3].get("kind") for t in ties], edge_kinds),
            "newFirms": sum(1 for a in nodes.values() if a.get("kind") == "firm" and a.get("founded") is not None and lo < a["founded"] <= y),
            "newSpinoffs": sum(1 for b in birth.values() if b is not None and lo < b <= y),
            **values,
            "dating": counts,
            "undatedShare": share,
            "datedOnly": {"nodes": len(dkept), "edges": len(dties), **dvalues},
        })
    undated = {
        "nodes": sum(1 for a in nodes.values() if a.get("founded") is None),
        "edges": sum(1 for e in edges if start_of(e[3]) is None),
    }
    return {"years": rows, "undated": undated}


def compare(all_nodes, all_edges, rule="bound"):
    b = bounds(all_nodes, all_edges)
    _first, last = years_of(all_nodes, all_edges)
    out = {}
    for name, r in (("values", rule), ("datedOnly", "exclude")):
        nodes, edges = snapshot(all_nodes, all_edges, None, r, None, b)
        out[name] = compare_values(nodes, edges, last)
    out["dating"], out["undatedShare"] = dating(all_nodes, all_edges, None, None, b)
    return out


def compare_values(nodes, edges, last):
    values, g, firms = indicators(nodes, edges)
    knowledge = {"university", "institute"}

    def share_touching(kinds):
        if not edges:
            return None
        return sum(1 for _k, s, t, _a, _u in edges if nodes[s].get("kind") in kinds or nodes[t].get("kind") in kinds) / len(edges)

    bc = nx.betweenness_centrality(g, normalized=True)
    ranked = sorted(bc.values(), reverse=True)
    threshold = ranked[math.ceil(len(ranked) / 10) - 1] if ranked else None
    core = sum(1 for f in firms if bc[f] > 0 and bc[f] >= threshold) if ranked else 0
    collab = 0
    for f in firms:
        if any(a.get("kind") == "collaboration" and nodes[t if s == f else s].get("kind") == "anchor" for _k, s, t, a, _u in edges if f in (s, t)):
            collab += 1
    recent = sum(1 for f in firms if nodes[f].get("founded") is not None and last - RECENT_YEARS < nodes[f]["founded"] <= last)
    values.update({
        "nodes": len(nodes),
        "edges": len(edges),
        "firms": len(firms),
        "knowledgeOrganisations": sum(1 for a in nodes.values() if a.get("kind") in knowledge),
        "knowledgeTieShare": share_touching(knowledge),
        "anchors": sum(1 for a in nodes.values() if a.get("kind") == "anchor"),
        "anchorTieShare": share_touching({"anchor"}),
        "coreStartups": core,
        "anchorCollaborationShare": collab / len(firms) if firms else None,
        "startupsPerYear": recent / RECENT_YEARS if last is not None else None,
        "spinoffs": len({t for _k, _s, t, a, u in edges if a.get("kind") == "spinoff" and not u}),
    })
    return values


def main():
    ig.set_random_number_generator(random)
    out = {"source": "scripts/reference/evolution.py", "networkx": nx.__version__, "igraph": ig.__version__, "graphs": {}}
    for path in GRAPHS:
        nodes, edges = load(path)
        out["graphs"][path] = {"timeline": timeline(nodes, edges), "compare": compare(nodes, edges)}
        if path.startswith("test/"):
            for name, rule in VARIANTS.items():
                out["graphs"][path][name] = timeline(nodes, edges, rule, 2)["years"]
    os.makedirs(OUT, exist_ok=True)
    target = os.path.join(OUT, "expected.json")
    # one line per timeline row: a small file with readable diffs
    parts = []
    for path, value in out["graphs"].items():
        rows = ",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in value["timeline"]["years"])
        extra = ""
        for name in VARIANTS:
            if name in value:
                rows2 = ",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in value[name])
                extra += f',\n   "{name}": [\n{rows2}\n   ]'
        parts.append(
            f'  {json.dumps(path)}: {{\n   "undated": {json.dumps(value["timeline"]["undated"])},\n'
            f'   "compare": {json.dumps(value["compare"])},\n   "years": [\n{rows}\n   ]{extra}\n  }}'
        )
    head = {k: v for k, v in out.items() if k != "graphs"}
    text = json.dumps(head)[:-1] + ',\n "graphs": {\n' + ",\n".join(parts) + "\n }\n}\n"
    json.loads(text)
    with open(target + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(target + ".tmp", target)
    print(f"wrote {os.path.relpath(target, REPO)}")


if __name__ == "__main__":
    main()
