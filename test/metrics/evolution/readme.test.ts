/** The docs state every timeline field and comparison indicator with the definition the code carries, and show the example charts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARE_INDICATORS } from '../../../src/metrics/evolution/compare.js';
import { TIMELINE_FIELDS } from '../../../src/metrics/evolution/timeline.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const statistics = read('docs/statistics.md');
const definitions = statistics.split('<!-- section:timeline-compare -->')[1]?.split('<!-- /section:timeline-compare -->')[0] ?? '';
const guide = read('docs/guide/timeline-and-compare.md');

describe('docs on timeline and compare', () => {
  it('the guide exists and shows both committed example charts', () => {
    expect(guide.length).toBeGreaterThan(1000);
    expect(guide).toContain('](../figures/sapporo-timeline.png)');
    expect(guide).toContain('](../figures/compare.png)');
  });

  it('docs/statistics.md has the section of definitions', () => {
    expect(definitions.length).toBeGreaterThan(1000);
  });

  it.each(TIMELINE_FIELDS.map((f) => [f.id, f.definition]))('timeline field %s is defined as in the code', (id, definition) => {
    expect(definitions).toContain(`| \`${id}\` | ${definition} |`);
  });

  it.each(COMPARE_INDICATORS.map((d) => [d.id, d.definition, d.nistep ?? '']))('compare indicator %s is defined as in the code', (id, definition, nistep) => {
    expect(definitions).toContain(`| \`${id}\` | ${definition} | ${nistep} |`);
  });
});
