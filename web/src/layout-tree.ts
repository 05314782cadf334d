/**
 * A layered ("tidy") tree layout for spin-off mode, drawn left to right: generation g in column g,
 * leaves spaced evenly from top to bottom in depth-first order, each parent centred beside its
 * children. Left to right keeps long firm names readable: labels run into the gap between columns.
 */

/** A rooted tree: the children of each node, in display order. */
export interface RootedTree {
  root: string;
  children: ReadonlyMap<string, readonly string[]>;
}

/**
 * Positions of the tree's nodes (graph coordinates; y grows upwards in sigma, so later leaves get
 * lower y).
 *
 * @param tree the tree
 * @param generationGap horizontal distance between generations
 * @param siblingGap vertical distance between neighbouring leaves
 * @example layeredTreeLayout({ root: 'a', children: new Map([['a', ['b', 'c']]]) }, 100, 50)
 *   // → a at (0, −25), b at (100, 0), c at (100, −50)
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
    const y = placed.length > 0 ? (placed[0]!.y + placed[placed.length - 1]!.y) / 2 : -nextLeaf++ * siblingGap;
    positions.set(top.node, { x: top.depth * generationGap, y });
  }
  return positions;
}
