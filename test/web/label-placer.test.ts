import { describe, expect, it } from 'vitest';
import { overlappingPairs } from '../../src/figures/label-boxes.js';
import { boxHitsDisc, placeLabels, shortenLabel, type Disc, type LabelCandidate } from '../../web/src/label-placer.js';
import { seededRandom } from '../../web/src/seeded-random.js';
import { naturalCompare } from '../../web/src/spinoff-mode.js';

const measure = (text: string) => [...text].length * 7;
const base = { radius: 4, always: false, full: false, tier: 1 };

describe('shortenLabel', () => {
  it('keeps short names and cuts long ones at a word boundary with an ellipsis', () => {
    expect(shortenLabel('Kyoto University', 20)).toBe('Kyoto University');
    expect(shortenLabel('Kyoto University Hospital Innovation Centre', 20)).toBe('Kyoto University…');
    expect([...shortenLabel('Supercalifragilisticexpialidocious', 10)].length).toBe(10);
  });
});

describe('placeLabels', () => {
  it('places no two overlapping labels, keeps them in the view and stops at the budget', () => {
    const rand = seededRandom(3);
    const candidates: LabelCandidate[] = Array.from({ length: 2000 }, (_, i) => ({ ...base, id: `n${i}`, x: rand() * 800, y: rand() * 600, text: `Firm number ${i}`, weight: rand() }));
    const placed = placeLabels(candidates, { budget: 40, maxChars: 28, fontSize: 12, width: 800, height: 600, measure });
    expect(placed.length).toBe(40);
    expect(overlappingPairs(placed)).toEqual([]);
    for (const l of placed) expect(l.x >= 0 && l.y >= 0 && l.x + l.width <= 800 && l.y + l.height <= 600).toBe(true);
    // Heaviest first: every placed label outweighs the unplaced candidate that lost no collision.
    const weights = new Map(candidates.map((c) => [c.id, c.weight]));
    expect(Math.min(...placed.map((l) => weights.get(l.id)!))).toBeGreaterThan(0.5);
  });

  it('always places the hovered and selected labels, the hovered one unshortened, even over the budget', () => {
    const long = 'A very long organisation name that runs off the edge';
    const candidates: LabelCandidate[] = [
      { ...base, id: 'a', x: 100, y: 100, text: 'Alpha', weight: 9 },
      { ...base, id: 'h', x: 790, y: 100, text: long, weight: 1, always: true, full: true },
      { ...base, id: 's', x: 792, y: 102, text: long, weight: 1, always: true },
    ];
    const placed = placeLabels(candidates, { budget: 0, maxChars: 20, fontSize: 12, width: 800, height: 600, measure });
    expect(placed.map((l) => l.id).sort()).toEqual(['h', 's']);
    expect(placed.find((l) => l.id === 'h')!.text).toBe(long);
    expect(placed.find((l) => l.id === 's')!.text.endsWith('…')).toBe(true);
    expect(overlappingPairs(placed)).toEqual([]);
  });
});

describe('node discs as obstacles', () => {
  it('boxHitsDisc: a box meets a disc when its nearest point lies inside the circle', () => {
    const box = { x: 10, y: 10, width: 20, height: 10 };
    expect(boxHitsDisc(box, { x: 5, y: 15, radius: 6 })).toBe(true); // left of the box, 5 px away
    expect(boxHitsDisc(box, { x: 5, y: 15, radius: 5 })).toBe(false); // touching is not covering
    expect(boxHitsDisc(box, { x: 35, y: 25, radius: 7.1 })).toBe(true); // corner: distance √50 ≈ 7.07
    expect(boxHitsDisc(box, { x: 35, y: 25, radius: 7 })).toBe(false);
    expect(boxHitsDisc(box, { x: 20, y: 15, radius: 1 })).toBe(true); // inside
  });

  it('never covers a disc: on 500 random nodes every placed label is clear of every disc and of every other label', () => {
    const rand = seededRandom(11);
    const candidates: LabelCandidate[] = Array.from({ length: 500 }, (_, i) => ({ ...base, radius: 2 + rand() * 6, id: `n${i}`, x: rand() * 800, y: rand() * 600, text: `Firm ${i}`, weight: rand() }));
    const discs: Disc[] = candidates.map((c) => ({ x: c.x, y: c.y, radius: c.radius }));
    const placed = placeLabels(candidates, { budget: 60, maxChars: 28, fontSize: 12, width: 800, height: 600, measure, discs });
    expect(placed.length).toBeGreaterThan(20);
    expect(overlappingPairs(placed)).toEqual([]);
    const hits = placed.flatMap((l) => discs.filter((d) => boxHitsDisc(l, d)).map((d) => `${l.id} covers a disc at ${d.x.toFixed(0)},${d.y.toFixed(0)}`));
    expect(hits).toEqual([]);
  });

  it('moves a label off a neighbouring node: the right-hand spot is taken by a disc, so the label goes left', () => {
    const c: LabelCandidate = { ...base, id: 'a', x: 200, y: 100, text: 'Alpha', weight: 1 };
    const neighbour: Disc = { x: 220, y: 100, radius: 6 };
    const placed = placeLabels([c], { budget: 5, maxChars: 28, fontSize: 12, width: 800, height: 600, measure, discs: [{ x: 200, y: 100, radius: 4 }, neighbour] });
    expect(placed).toHaveLength(1);
    expect(placed[0]!.x + placed[0]!.width).toBeLessThanOrEqual(200 - 4);
  });

  it('a label that must show finds a free spot farther out when every spot beside its node is covered', () => {
    const hovered: LabelCandidate = { ...base, id: 'h', x: 400, y: 300, text: 'Hovered node', weight: 1, always: true, full: true };
    // a ring of discs hugging the node
    const discs: Disc[] = [{ x: 400, y: 300, radius: 4 }];
    for (let a = 0; a < 24; a++) discs.push({ x: 400 + Math.cos((a * Math.PI) / 12) * 14, y: 300 + Math.sin((a * Math.PI) / 12) * 14, radius: 6 });
    const placed = placeLabels([hovered], { budget: 0, maxChars: 28, fontSize: 12, width: 800, height: 600, measure, discs });
    expect(placed).toHaveLength(1);
    expect(discs.some((d) => boxHitsDisc(placed[0]!, d))).toBe(false);
    expect(placed[0]!.text).toBe('Hovered node');
  });
});

describe('faded discs around a focus', () => {
  it('the hovered label stays next to its node in a dense field of faded nodes, over faded nodes rather than far out', () => {
    const rand = seededRandom(11);
    const hovered: LabelCandidate = { ...base, id: 'h', x: 400, y: 300, text: 'Investor 5', weight: 1, always: true, full: true };
    // a dense grey core: every spot near the node, and far around it, covers some faded disc
    const fadedDiscs: Disc[] = Array.from({ length: 4000 }, () => ({ x: 150 + rand() * 500, y: 100 + rand() * 400, radius: 3 }));
    const discs: Disc[] = [{ x: 400, y: 300, radius: 6 }];
    const [l] = placeLabels([hovered], { budget: 0, maxChars: 28, fontSize: 12, width: 800, height: 600, measure, discs, fadedDiscs });
    expect(l).toBeDefined();
    expect(boxHitsDisc(l!, discs[0]!)).toBe(false);
    // one of the eight spots beside the node: its nearest point within a label height of the disc
    const dx = Math.max(l!.x - 400, 0, 400 - (l!.x + l!.width));
    const dy = Math.max(l!.y - 300, 0, 300 - (l!.y + l!.height));
    expect(Math.hypot(dx, dy)).toBeLessThan(6 + 12);
  });

  it('a label avoids faded nodes when one of its spots is clear of every disc', () => {
    const c: LabelCandidate = { ...base, id: 'a', x: 200, y: 100, text: 'Alpha', weight: 1 };
    // faded nodes on the right and left spots: the label goes above
    const fadedDiscs: Disc[] = [
      { x: 222, y: 100, radius: 5 },
      { x: 178, y: 100, radius: 5 },
    ];
    const [l] = placeLabels([c], { budget: 5, maxChars: 28, fontSize: 12, width: 800, height: 600, measure, discs: [{ x: 200, y: 100, radius: 4 }], fadedDiscs });
    expect(l).toBeDefined();
    expect(fadedDiscs.some((d) => boxHitsDisc(l!, d))).toBe(false);
    expect(l!.y + l!.height).toBeLessThanOrEqual(100 - 4);
  });

  it('covers faded nodes only when every spot covers some disc, and never a coloured one', () => {
    const rand = seededRandom(5);
    const candidates: LabelCandidate[] = Array.from({ length: 60 }, (_, i) => ({ ...base, id: `n${i}`, x: 20 + rand() * 760, y: 20 + rand() * 560, text: `Neighbour ${i}`, weight: rand() }));
    candidates.push({ ...base, id: 'focus', x: 400, y: 300, text: 'Focus node', weight: 1, always: true, full: true });
    const discs: Disc[] = candidates.map((c) => ({ x: c.x, y: c.y, radius: c.radius }));
    const fadedDiscs: Disc[] = Array.from({ length: 900 }, () => ({ x: rand() * 800, y: rand() * 600, radius: 2 + rand() * 2 }));
    const options = { budget: 40, maxChars: 28, fontSize: 12, width: 800, height: 600, measure, discs, fadedDiscs };
    const placed = placeLabels(candidates, options);
    expect(placed.some((l) => l.id === 'focus')).toBe(true);
    expect(overlappingPairs(placed)).toEqual([]);
    for (const l of placed) expect(discs.some((d) => boxHitsDisc(l, d)), `${l.id} covers a coloured disc`).toBe(false);
    // Replaying the placement: a label over a faded disc had no spot clear of every disc left.
    const clearOfAll = (b: { x: number; y: number; width: number; height: number }, before: typeof placed) =>
      b.x >= 0 && b.y >= 0 && b.x + b.width <= 800 && b.y + b.height <= 600 && ![...discs, ...fadedDiscs].some((d) => boxHitsDisc(b, d)) && !overlappingPairs([...before, { ...b, id: '?', text: '', fullText: '' }]).length;
    let coveringFaded = 0;
    placed.forEach((l, i) => {
      if (!fadedDiscs.some((d) => boxHitsDisc(l, d))) return;
      coveringFaded++;
      const c = candidates.find((x) => x.id === l.id)!;
      const w = l.width;
      const h = l.height;
      const r = c.radius;
      const d = r * Math.SQRT1_2 + 3;
      const spots = [
        { x: c.x + r + 3, y: c.y - h / 2 },
        { x: c.x - r - 3 - w, y: c.y - h / 2 },
        { x: c.x - w / 2, y: c.y - r - 3 - h },
        { x: c.x - w / 2, y: c.y + r + 3 },
        { x: c.x + d, y: c.y - d - h },
        { x: c.x + d, y: c.y + d },
        { x: c.x - d - w, y: c.y - d - h },
        { x: c.x - d - w, y: c.y + d },
      ].map((p) => ({ ...p, width: w, height: h }));
      if (!c.always) expect(spots.some((b) => clearOfAll(b, placed.slice(0, i))), `${l.id} covers a faded disc though a clear spot was free`).toBe(false);
    });
    // the crowd of faded nodes does force some labels over them, so the rule is exercised
    expect(coveringFaded).toBeGreaterThan(0);
    expect(placed.length).toBeGreaterThan(coveringFaded);
  });
});

describe('labels above a node', () => {
  it('an `above` candidate gets the spot centred above its disc when it is free', () => {
    const c: LabelCandidate = { ...base, id: 'p', x: 200, y: 100, text: 'Parent', weight: 1, above: true };
    const [l] = placeLabels([c], { budget: 5, maxChars: 28, fontSize: 12, width: 800, height: 600, measure });
    expect(l!.y + l!.height).toBeLessThanOrEqual(100 - 4);
    expect(l!.x + l!.width / 2).toBeCloseTo(200, 6);
  });
});

describe('naturalCompare (spin-off member lists)', () => {
  it('orders digit runs by value, case aside', () => {
    expect(['Firm 1031', 'Firm 123', 'firm 9', 'Firm 12a', 'Alpha'].sort(naturalCompare)).toEqual(['Alpha', 'firm 9', 'Firm 12a', 'Firm 123', 'Firm 1031']);
    expect(naturalCompare('Firm 2', 'Firm 2')).toBe(0);
  });
});
