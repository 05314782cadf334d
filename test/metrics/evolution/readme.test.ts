/** The README states every timeline field and comparison indicator with the definition the code carries. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARE_INDICATORS } from '../../../src/metrics/evolution/compare.js';
import { TIMELINE_FIELDS } from '../../../src/metrics/evolution/timeline.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.split('<!-- section:cli-evolution -->')[1]?.split('<!-- /section:cli-evolution -->')[0] ?? '';

describe('README section on timeline and compare', () => {
  it('exists and shows both committed example charts', () => {
    expect(section.length).toBeGreaterThan(1000);
    expect(section).toContain('](docs/figures/sapporo-timeline.png)');
    expect(section).toContain('](docs/figures/compare.png)');
  });

  it.each(TIMELINE_FIELDS.map((f) => [f.id, f.definition]))('timeline field %s is defined as in the code', (id, definition) => {
    expect(section).toContain(`| \`${id}\` | ${definition} |`);
  });

  it.each(COMPARE_INDICATORS.map((d) => [d.id, d.definition, d.nistep ?? '']))('compare indicator %s is defined as in the code', (id, definition, nistep) => {
    expect(section).toContain(`| \`${id}\` | ${definition} | ${nistep} |`);
  });
});
