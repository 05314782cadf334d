/**
 * Spin-off ties must form a DAG. This finds every strongly connected set of spin-off ties and
 * names one concrete cycle through each, so the validator can say exactly which firms loop.
 */
import type { EcoGraph } from './types.js';

export interface SpinoffCycle {
  /** Nodes along the cycle, in order (the first node closes it). */
  nodes: string[];
  /** Keys of the spin-off edges along the cycle. */
  edges: string[];
}

/** Spin-off successors of each node, with the edge keys. */
function spinoffAdjacency(graph: EcoGraph): Map<string, { target: string; edge: string }[]> {
  const adj = new Map<string, { target: string; edge: string }[]>();
  graph.forEachDirectedEdge((edge, attrs, source, target) => {
    if (attrs.kind !== 'spinoff') return;
    let list = adj.get(source);
    if (!list) adj.set(source, (list = []));
    list.push({ target, edge });
  });
  return adj;
}

/** One cycle per strongly connected component of the spin-off graph (Tarjan, iterative). */
export function findSpinoffCycles(graph: EcoGraph): SpinoffCycle[] {
  const adj = spinoffAdjacency(graph);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const start of adj.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const succ = adj.get(frame.node) ?? [];
      if (frame.i < succ.length) {
        const { target } = succ[frame.i++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, i: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const comp: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          comp.push(n);
        } while (n !== frame.node);
        const selfLoop = comp.length === 1 && (adj.get(frame.node) ?? []).some((s) => s.target === frame.node);
        if (comp.length > 1 || selfLoop) components.push(comp);
      }
    }
  }

  return components.map((comp) => {
    const members = new Set(comp);
    const first = [...comp].sort()[0]!;
    // Walk inside the component, breadth first, until we return to `first`.
    const prev = new Map<string, { node: string; edge: string }>();
    const queue = [first];
    let closing: { node: string; edge: string } | undefined;
    outer: for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const { target, edge } of adj.get(node) ?? []) {
        if (!members.has(target)) continue;
        if (target === first) {
          closing = { node, edge };
          break outer;
        }
        if (!prev.has(target)) {
          prev.set(target, { node, edge });
          queue.push(target);
        }
      }
    }
    const nodes: string[] = [];
    const edges: string[] = [];
    let cur = closing!;
    edges.push(cur.edge);
    let n = cur.node;
    while (n !== first) {
      nodes.push(n);
      cur = prev.get(n)!;
      edges.push(cur.edge);
      n = cur.node;
    }
    nodes.push(first);
    nodes.reverse();
    edges.reverse();
    return { nodes, edges };
  });
}
