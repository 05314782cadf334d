#!/usr/bin/python3
"""Reference values for `ecograph lineage`, computed with NetworkX.

Builds reference spin-off DAGs -- hand-made ones (a chain, a wide tree, a diamond with a
multi-parent firm and a duplicated edge, several roots sharing descendants, a forest with an
isolated root) and seeded random DAGs -- and writes:

  test/fixtures/reference/lineage/graphs/<name>.json   the graph, ecograph native JSON
  test/fixtures/reference/lineage/expected.json        the reference values per graph and root

Per root, NetworkX gives:
  generations   nx.dag_longest_path_length on the subgraph of the root and its descendants
  descendants   len(nx.descendants)
  byGeneration  counts of descendants by generation, a descendant's generation being
                nx.dag_longest_path_length on the subgraph of nodes that are both reachable
                from the root and ancestors of (or equal to) it -- every path there runs
                root -> node
and, computed here from the NetworkX DiGraph (out-degrees, node attributes): listedDescendants,
leaves, meanChildren, maxChildren, span and medianGapYears (statistics.median).

Run with Debian's interpreter and python3-networkx:

  /usr/bin/python3 scripts/reference/lineage.py

The output is deterministic (seeded random.Random); the TS tests read the committed fixtures.
"""
import json
import os
import random
import statistics
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "test", "fixtures", "reference", "lineage")
SOURCE = "scripts/reference/lineage.py"


class RefGraph:
    """A spin-off graph under construction: nodes with attributes, spin-off edges (may repeat)."""

    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.nodes = {}  # id -> attributes
        self.edges = []  # (parent, child)
        self.explicit_roots = []  # extra roots to check with --root

    def node(self, id, kind="firm", founded=None, listed=None, label=None):
        attrs = {"label": label or id.replace("-", " ").title(), "kind": kind, "sources": [SOURCE]}
        if founded is not None:
            attrs["founded"] = founded
        if listed is not None:
            attrs["listed"] = listed
        self.nodes[id] = attrs
        return id

    def spinoff(self, parent, child):
        self.edges.append((parent, child))

    def digraph(self):
        g = nx.DiGraph()
        for id, attrs in self.nodes.items():
            g.add_node(id, **attrs)
        g.add_edges_from(self.edges)  # a DiGraph keeps one edge per pair
        return g

    def native_json(self):
        return {
            "attributes": {
                "format": "ecograph@1",
                "name": self.name,
                "description": self.description,
                "sources": [SOURCE],
            },
            "options": {"type": "mixed", "multi": True, "allowSelfLoops": True},
            "nodes": [{"key": id, "attributes": attrs} for id, attrs in self.nodes.items()],
            "edges": [
                {
                    "key": "s%d" % i,
                    "source": p,
                    "target": c,
                    "attributes": {"kind": "spinoff", "sources": [SOURCE]},
                }
                for i, (p, c) in enumerate(self.edges)
            ],
        }


def root_reference(g, root):
    """Reference summary of the tree below `root`."""
    desc = nx.descendants(g, root)
    tree = desc | {root}
    generations = nx.dag_longest_path_length(g.subgraph(tree))
    gen_of = {}
    for v in desc:
        between = tree & (nx.ancestors(g, v) | {v})
        gen_of[v] = nx.dag_longest_path_length(g.subgraph(between))
    by_generation = [0] * generations
    for v, k in gen_of.items():
        by_generation[k - 1] += 1
    out_deg = {v: g.out_degree(v) for v in tree}
    non_leaf = [d for d in out_deg.values() if d > 0]
    years = [g.nodes[v]["founded"] for v in tree if "founded" in g.nodes[v]]
    gaps = [
        g.nodes[c]["founded"] - g.nodes[p]["founded"]
        for p, c in g.edges(tree)
        if "founded" in g.nodes[p] and "founded" in g.nodes[c]
    ]
    return {
        "root": root,
        "label": g.nodes[root]["label"],
        "generations": generations,
        "descendants": len(desc),
        "byGeneration": by_generation,
        "listedDescendants": sum(1 for v in desc if g.nodes[v].get("listed") is True),
        "leaves": sum(1 for v in desc if out_deg[v] == 0),
        "meanChildren": (sum(non_leaf) / len(non_leaf)) if non_leaf else None,
        "maxChildren": max(out_deg.values()),
        "span": {"first": min(years) if years else None, "last": max(years) if years else None},
        "medianGapYears": statistics.median(gaps) if gaps else None,
        "generationOf": {v: gen_of[v] for v in sorted(gen_of)},
    }


def natural_roots(g, ref):
    """Nodes with children and no parents, in the order nodes were declared (graph order)."""
    return [v for v in ref.nodes if g.out_degree(v) > 0 and g.in_degree(v) == 0]


# ---------------------------------------------------------------- hand-made graphs


def chain():
    r = RefGraph("chain", "a single spin-off chain of five generations")
    prev = r.node("c0", "anchor", 1950)
    for i in range(1, 6):
        cur = r.node("c%d" % i, "firm", 1950 + 7 * i, listed=(i == 3))
        r.spinoff(prev, cur)
        prev = cur
    return r


def wide_tree():
    r = RefGraph("wide-tree", "an anchor with many first-generation spin-offs, some with their own")
    a = r.node("anchor", "anchor", 1955, listed=True)
    for i in range(8):
        f = r.node("w%d" % i, "firm", 1970 + i if i % 3 != 2 else None, listed=(i in (1, 4)))
        r.spinoff(a, f)
        if i in (0, 4):
            for j in range(3):
                g = r.node("w%d-%d" % (i, j), "firm", 1985 + i + j if j != 1 else None)
                r.spinoff(f, g)
    return r


def diamond():
    r = RefGraph("diamond", "a multi-parent firm: two paths of different length, a shortcut and a duplicated tie")
    a = r.node("a", "anchor", 1960)
    b = r.node("b", "firm", 1970)
    c = r.node("c", "firm", 1972)
    c2 = r.node("c2", "firm", 1975)
    d = r.node("d", "firm", 1980, listed=True)
    e = r.node("e", "firm", 1990)
    r.spinoff(a, b)
    r.spinoff(a, c)
    r.spinoff(c, c2)
    r.spinoff(b, d)
    r.spinoff(c2, d)
    r.spinoff(a, d)  # shortcut: d is still generation 3 (a -> c -> c2 -> d)
    r.spinoff(d, e)
    r.spinoff(d, e)  # the same tie recorded twice: one link
    return r


def several_roots():
    r = RefGraph("several-roots", "three roots (anchor, university, firm) whose trees share descendants")
    y = r.node("yamaha", "anchor", 1955, listed=True)
    u = r.node("shizuoka-u", "university", 1949)
    f = r.node("founder-firm", "firm", 1968)
    x1 = r.node("x1", "firm", 1970)
    x2 = r.node("x2", "firm", 1975, listed=True)
    x3 = r.node("x3", "firm", 1983)
    x4 = r.node("x4", "firm")
    x5 = r.node("x5", "firm", 1990)
    r.spinoff(y, x1)
    r.spinoff(y, x2)
    r.spinoff(x1, x3)
    r.spinoff(u, x3)
    r.spinoff(u, x4)
    r.spinoff(x3, x5)
    r.spinoff(f, x5)
    r.spinoff(f, x2)
    return r


def forest():
    r = RefGraph("forest", "two small trees, an isolated firm and an isolated university (checked with --root)")
    p = r.node("p", "anchor", 1960)
    q = r.node("q", "firm", 1965)
    r.spinoff(p, q)
    s = r.node("s", "university")
    t = r.node("t", "firm")
    t2 = r.node("t2", "firm", 2001)
    r.spinoff(s, t)
    r.spinoff(s, t2)
    r.node("lonely", "firm", 1999)
    r.node("lonely-u", "university", 1900)
    r.explicit_roots = ["lonely", "lonely-u", "q"]
    return r


# ---------------------------------------------------------------- seeded random DAGs


def random_dag(seed, n, p, missing_years=0.3):
    rng = random.Random(seed)
    r = RefGraph("random-%d" % seed, "seeded random spin-off DAG (seed %d, n %d, p %.3f)" % (seed, n, p))
    # Nodes are created in a topological rank, then declared in a shuffled order so that graph
    # order is not a topological order.
    rank_edges = [(i, j) for j in range(n) for i in range(j) if rng.random() < p]
    has_parent = {j for _, j in rank_edges}
    ids = ["n%03d" % k for k in rng.sample(range(1000), n)]
    attrs = []
    for i in range(n):
        if i in has_parent:
            kind = "anchor" if rng.random() < 0.1 else "firm"
        else:
            kind = rng.choice(["anchor", "university", "firm", "firm"])
        founded = None if rng.random() < missing_years else 1940 + 2 * i + rng.randint(0, 6)
        listed = True if rng.random() < 0.15 else None
        attrs.append((kind, founded, listed))
    for i in rng.sample(range(n), n):
        kind, founded, listed = attrs[i]
        r.node(ids[i], kind, founded, listed)
    rng.shuffle(rank_edges)
    for i, j in rank_edges:
        r.spinoff(ids[i], ids[j])
    # one random root checked explicitly (may have parents): any node
    r.explicit_roots = [ids[rng.randrange(n)]]
    return r


def main():
    graphs = [chain(), wide_tree(), diamond(), several_roots(), forest()]
    graphs += [random_dag(seed, n, p) for seed, n, p in [(1, 30, 0.08), (2, 60, 0.05), (3, 120, 0.02), (4, 40, 0.15)]]
    os.makedirs(os.path.join(OUT, "graphs"), exist_ok=True)
    expected = {
        "generator": SOURCE,
        "networkx": nx.__version__,
        "python": sys.version.split()[0],
        "graphs": [],
    }
    for ref in graphs:
        g = ref.digraph()
        assert nx.is_directed_acyclic_graph(g), ref.name
        path = os.path.join(OUT, "graphs", ref.name + ".json")
        with open(path, "w") as f:
            json.dump(ref.native_json(), f, indent=2)
            f.write("\n")
        roots = natural_roots(g, ref)
        expected["graphs"].append(
            {
                "name": ref.name,
                "file": "graphs/%s.json" % ref.name,
                "roots": [root_reference(g, v) for v in roots],
                "explicitRoots": [root_reference(g, v) for v in ref.explicit_roots],
            }
        )
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
    print("wrote %d graphs to %s" % (len(graphs), OUT))


if __name__ == "__main__":
    main()
