/** `ecograph cug`: the JSON contract, the table, seeds and refusals. Values are checked in test/metrics/significance. */
import { describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';
import { KYOTO, KYOTO_UNDIRECTED_NODES, SNA, snaCase } from './significance-cli.js';

describe('ecograph cug', () => {
  it('JSON: observed value, null model, distribution and both kinds of p-value', async () => {
    const r = await runCapture(['cug', KYOTO, '--statistic', 'transitivity', '--null', 'edges', '--draws', '200', '--seed', '3', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.statistic.id).toBe('transitivity');
    expect(out.null.model).toBe('edges');
    expect(out.draws).toBe(200);
    expect(out.seed).toBe(3);
    // observed transitivity of the undirected Kyoto view as R sna's gtrans computes it
    const reference = snaCase(SNA.cug, 'kyoto-life-science.json', (c) => c.statistic === 'transitivity' && c.null === 'edges');
    expect(out.observed).toBeCloseTo(reference.observed, 12);
    expect(out.p.greater.corrected).toBe((out.p.greater.count + 1) / 201);
    expect(out.p.greater.sna).toBe(out.p.greater.count / 200);
    expect(out.view.directed).toBe(false);
    const again = JSON.parse((await runCapture(['cug', KYOTO, '--statistic', 'transitivity', '--null', 'edges', '--draws', '200', '--seed', '3', '-f', 'json'])).stdout);
    expect(again.p).toEqual(out.p);
  });
  it('table: the title names statistic, view and null; progress only on a terminal', async () => {
    const r = await runCapture(['cug', KYOTO, '--statistic', 'components', '--null', 'degree', '--draws', '50'], true);
    expect(r.code).toBe(0);
    // the node count R sna was given for the same view (input.json)
    expect(r.stdout).toContain(`components on the undirected view, ${KYOTO_UNDIRECTED_NODES} nodes`);
    expect(r.stdout).toContain('same degree sequence');
    expect(r.stdout).toMatch(/greater\s+draw ≥ observed/);
    expect(r.stderr).toContain('cug components [');
    expect((await runCapture(['cug', KYOTO, '--draws', '5'])).stderr).toBe('');
  });
  it('gives the same p-values on two worker threads as on this thread', async () => {
    const args = ['cug', KYOTO, '--statistic', 'transitivity', '--null', 'degree', '--draws', '60', '--seed', '5', '-f', 'json'];
    const here = JSON.parse((await runCapture(args)).stdout);
    const threads = JSON.parse((await runCapture([...args, '--workers', '2'])).stdout);
    expect(threads.p).toEqual(here.p);
    expect(threads.distribution).toEqual(here.distribution);
    expect((await runCapture(['cug', KYOTO, '--workers', '0'])).stderr).toContain('--workers expects a positive integer');
  });
  it('refuses transitivity on a directed view, weights and bad draws', async () => {
    expect((await runCapture(['cug', KYOTO, '--statistic', 'transitivity', '--directed'])).code).toBe(2);
    expect((await runCapture(['cug', KYOTO, '--weighted'])).stderr).toContain('binary graphs');
    expect((await runCapture(['cug', KYOTO, '--draws', '0'])).stderr).toContain('--draws expects a positive integer');
    expect((await runCapture(['cug', KYOTO, '--statistic', 'nope'])).code).toBe(2);
  });
  it('help lists every scalar statistic of describe under its JSON name', async () => {
    const r = await runCapture(['cug', '--help']);
    const ids = [
      'density', 'meanDegree', 'components', 'largestComponentShare', 'reciprocity', 'transitivity', 'averageClustering',
      'averagePathLength', 'diameter', 'centralization.degree', 'centralization.betweenness', 'centralization.closeness',
      'degreeAssortativity', 'attributeAssortativity', 'eiIndex', 'maxCore',
    ];
    for (const id of ids) expect(r.stdout).toContain(`  ${id} `);
    expect(r.stdout).toContain('Degree_Sequence(method="vl")');
  });
  it('eiIndex needs --by and reports the observed E-I of describe; reciprocity needs --directed', async () => {
    const r = await runCapture(['cug', KYOTO, '--statistic', 'eiIndex', '--by', 'sphere', '--null', 'edges', '--draws', '100', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const described = JSON.parse((await runCapture(['describe', KYOTO, '--by', 'sphere', '--draws', '0', '-f', 'json'])).stdout);
    expect(out.by).toBe('sphere');
    expect(out.observed).toBe(described.statistics.eiIndex.observed);
    expect(out.undefinedDraws + out.p.greater.count).toBeGreaterThan(0);
    expect((await runCapture(['cug', KYOTO, '--statistic', 'eiIndex'])).stderr).toContain('needs --by ATTR');
    expect((await runCapture(['cug', KYOTO, '--statistic', 'reciprocity'])).stderr).toContain('add --directed');
    const path = JSON.parse((await runCapture(['cug', KYOTO, '--statistic', 'centralization.betweenness', '--draws', '50', '-f', 'json'])).stdout);
    expect(path.observed).toBeCloseTo(described.statistics.centralization.betweenness, 12);
  });
});
