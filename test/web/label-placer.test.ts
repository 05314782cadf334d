import { describe, expect, it } from 'vitest';
import { overlappingPairs } from '../../src/figures/label-boxes.js';
import { placeLabels, shortenLabel, type LabelCandidate } from '../../web/src/label-placer.js';
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

describe('naturalCompare (spin-off member lists)', () => {
  it('orders digit runs by value, case aside', () => {
    expect(['Firm 1031', 'Firm 123', 'firm 9', 'Firm 12a', 'Alpha'].sort(naturalCompare)).toEqual(['Alpha', 'firm 9', 'Firm 12a', 'Firm 123', 'Firm 1031']);
    expect(naturalCompare('Firm 2', 'Firm 2')).toBe(0);
  });
});
