/**
 * A layered ("tidy") tree layout for spin-off mode: generation g at depth g, leaves spaced evenly
 * from left to right in depth-first order, each parent centred over its children.
 */

/** A rooted tree: the children of each node, in display order. */
export interface RootedTree {
  root: string;
  children: ReadonlyMap<string, readonly string[]>;
}

/**
 * Positions of the tree's nodes (graph coordinates; y grows upwards in sigma, so deeper
 * generations get lower y).
 *
 * @param tree the tree
 * @param generationGap vertical distance between generations
 * @param siblingGap horizontal distance between neighbouring leaves
 * @example layeredTreeLayout({ root: 'a', children: new Map([['a', ['b', 'c']]]) }, 100, 50)
 *   // → a at (25, 0), b at (0, −100), c at (50, −100)
 */
export function layeredTreeLayout(tree: RootedTree, generationGap: number, siblingGap: number): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  let nextLeaf = 0;
  // Iterative post-order walk (deep lineages must not overflow the stack).
  const stack: { node: string; depth: number; visited: boolean }[] = [{ node: tree.root, depth: 0, visited: false }];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const top = stack.pop()!;
    const kids = (tree.children.get(top.node) ?? []).filter((k) => !seen.has(k) || positions.has(k));
    if (!top.visited) {
      seen.add(top.node);
      stack.push({ ...top, visited: true });
      for (let i = kids.length - 1; i >= 0; i--) if (!seen.has(kids[i]!)) stack.push({ node: kids[i]!, depth: top.depth + 1, visited: false });
      continue;
    }
    const placed = kids.map((k) => positions.get(k)).filter((p): p is { x: number; y: number } => p !== undefined);
    const x = placed.length > 0 ? (placed[0]!.x + placed[placed.length - 1]!.x) / 2 : nextLeaf++ * siblingGap;
    positions.set(top.node, { x, y: -top.depth * generationGap });
  }
  return positions;
}
