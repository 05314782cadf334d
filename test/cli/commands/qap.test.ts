/** `ecograph qap`: correlation and regression output, the mode stated, refusals. */
import { describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';
import { HAMAMATSU, KOBE, SNA, snaCase } from './significance-cli.js';

describe('ecograph qap', () => {
  it('correlation of two kinds, the undirected one symmetrised and said so', async () => {
    const r = await runCapture(['qap', KOBE, '--kinds', 'collaboration,investment', '--draws', '200', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.test).toBe('correlation');
    expect(out.mode).toBe('digraph');
    expect(out.symmetrised).toEqual(['collaboration']);
    expect(out.nodeKinds).not.toContain('university');
    // R sna's gcor on the same two tie matrices (the collaboration one symmetrised)
    const reference = snaCase(SNA.qap, 'kobe-biomedical.json', (c) => c.test === 'correlation' && c.kinds.join() === 'collaboration,investment');
    expect(out.observed).toBeCloseTo(reference.observed!, 10);
    const table = await runCapture(['qap', KOBE, '--kinds', 'collaboration,investment', '--draws', '50']);
    expect(table.stdout).toContain('collaboration undirected, symmetrised');
  });
  it('regression with three kinds: one term per predictor after the intercept', async () => {
    const r = await runCapture(['qap', HAMAMATSU, '--kinds', 'collaboration,spinoff,investment', '--draws', '50', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.test).toBe('regression');
    expect(out.response).toBe('collaboration');
    expect(out.terms.map((t: { name: string }) => t.name)).toEqual(['(intercept)', 'spinoff', 'investment']);
    // R sna's netlm on the same three tie matrices: every coefficient and t value
    const reference = snaCase(SNA.qap, 'hamamatsu-spinoffs.json', (c) => c.test === 'regression' && c.kinds.join() === 'collaboration,spinoff,investment');
    expect(reference.terms!.map((t) => t.name)).toEqual(['(intercept)', 'spinoff', 'investment']);
    reference.terms!.forEach((term, i) => {
      expect(out.terms[i].coefficient).toBeCloseTo(term.coefficient, 10);
      expect(out.terms[i].tValue).toBeCloseTo(term.tValue, 9);
    });
    const forced = JSON.parse((await runCapture(['qap', KOBE, '--kinds', 'collaboration,investment', '--regression', '--draws', '20', '-f', 'json'])).stdout);
    expect(forced.test).toBe('regression');
  });
  it('runs on the ecosystem as of a year with --at, and says so', async () => {
    const out = JSON.parse((await runCapture(['qap', KOBE, '--kinds', 'collaboration,investment', '--draws', '20', '--at', '2015', '-f', 'json'])).stdout);
    expect(out.asOf.year).toBe(2015);
    expect(out.nodes).toBeLessThan(13);
    expect((await runCapture(['qap', KOBE, '--kinds', 'collaboration,investment', '--window', '3'])).stderr).toContain('give --at Y');
  });
  it('refuses missing, unknown or repeated kinds', async () => {
    expect((await runCapture(['qap', KOBE])).stderr).toContain('--kinds is required');
    expect((await runCapture(['qap', KOBE, '--kinds', 'collaboration'])).code).toBe(2);
    expect((await runCapture(['qap', KOBE, '--kinds', 'collaboration,collaboration'])).code).toBe(2);
    expect((await runCapture(['qap', KOBE, '--kinds', 'collaboration,friendship'])).stderr).toContain('unknown kind(s) friendship');
  });
});
