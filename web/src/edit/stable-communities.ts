/**
 * Keeping community numbers (and so colours) stable across an edit: Louvain numbers its
 * communities afresh on every run, so after an edit the same groups could swap numbers and colours.
 * The new partition is renumbered to agree with the previous one as far as it can.
 */

/**
 * Renumbers a new partition to overlap the previous one: pairs (previous community, new
 * community) are taken by decreasing number of shared nodes, each community used once (greedy
 * matching, which finds the best renumbering whenever each new community overlaps one previous
 * community most, the usual case after a small edit). A new community that matches none takes the
 * smallest number not in use.
 *
 * @param previous - node → community number before the edit
 * @param next - node → community number of the new partition
 * @returns node → community number, `next`'s groups with numbers carried over from `previous`
 * @example
 * relabelCommunities(new Map([['a', 0], ['b', 1]]), new Map([['a', 1], ['b', 0]])); // a → 0, b → 1
 */
export function relabelCommunities(previous: ReadonlyMap<string, number>, next: ReadonlyMap<string, number>): Map<string, number> {
  const overlap = new Map<number, Map<number, number>>();
  for (const [node, c] of next) {
    const before = previous.get(node);
    if (before === undefined) continue;
    let row = overlap.get(c);
    if (!row) overlap.set(c, (row = new Map()));
    row.set(before, (row.get(before) ?? 0) + 1);
  }
  const pairs: { from: number; to: number; shared: number }[] = [];
  for (const [from, row] of overlap) for (const [to, shared] of row) pairs.push({ from, to, shared });
  // Largest overlaps first; ties broken by numbers so the result does not depend on map order.
  pairs.sort((a, b) => b.shared - a.shared || a.to - b.to || a.from - b.from);
  const mapping = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (mapping.has(p.from) || used.has(p.to)) continue;
    mapping.set(p.from, p.to);
    used.add(p.to);
  }
  let free = 0;
  const unmatched = [...new Set(next.values())].filter((c) => !mapping.has(c)).sort((a, b) => a - b);
  for (const c of unmatched) {
    while (used.has(free)) free++;
    mapping.set(c, free);
    used.add(free);
  }
  const out = new Map<string, number>();
  for (const [node, c] of next) out.set(node, mapping.get(c)!);
  return out;
}
