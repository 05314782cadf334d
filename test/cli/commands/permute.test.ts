/** `ecograph permute`: groups, compared kinds, the JSON contract and refusals. */
import { describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';
import { KYOTO } from './significance-cli.js';

describe('ecograph permute', () => {
  it('compares university spin-offs with the other firms and anchors on a measure', async () => {
    const r = await runCapture(['permute', KYOTO, '--group', 'spinoff-parent=university', '--measure', 'betweenness', '--draws', '300', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.measure).toBe('betweenness');
    expect(out.comparedKinds).toEqual(['firm', 'anchor']);
    // Hand count in graphs/kyoto-life-science.json: spin-off ties from a university reach kddd, horiba,
    // regional-fish (Kyoto University) and orizuru, xforest, regenephro (CiRA) = 6; the other firms and
    // anchors are takeda, shimadzu, takara-shuzo, takara-bio, ntt, chordia, act-genomics, kirin-holdings,
    // medipal, iheart-japan = 10. (u-medico and immunosense were university spin-offs too, but rested only
    // on aggregator sources and were dropped.)
    expect(out.sizes).toEqual({ first: 6, second: 10 });
    expect(out.observed).toBeCloseTo(out.means.first - out.means.second, 14);
    expect(Object.keys(out.p)).toEqual(['greater', 'less', 'twoSided']);
    expect(out.p.twoSided.corrected).toBe((out.p.twoSided.count + 1) / 301);
  });
  it('compares a numeric attribute, and prints a table', async () => {
    const r = await runCapture(['permute', KYOTO, '--group', 'spinoff-parent=university', '--attribute', 'founded', '--draws', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('founded on the undirected view');
    expect(r.stdout).toMatch(/twoSided\s+\|draw\| ≥ \|observed\|/);
  });
  it('takes measure and groups as of a year with --at', async () => {
    const out = JSON.parse((await runCapture(['permute', KYOTO, '--group', 'spinoff-parent=university', '--draws', '50', '--at', '2015', '-f', 'json'])).stdout);
    expect(out.view.asOf.year).toBe(2015);
    expect(out.sizes.first).toBeLessThan(5);
  });
  it('refuses a missing or malformed group and both --measure and --attribute', async () => {
    expect((await runCapture(['permute', KYOTO])).stderr).toContain('--group ATTR=VALUE is required');
    expect((await runCapture(['permute', KYOTO, '--group', 'kind'])).stderr).toContain('a group is ATTR=VALUE');
    expect((await runCapture(['permute', KYOTO, '--group', 'kind=firm', '--measure', 'degree', '--attribute', 'founded'])).code).toBe(2);
    expect((await runCapture(['permute', KYOTO, '--group', 'kind=firm', '--compare-kinds', 'robot'])).stderr).toContain('unknown kind(s) robot');
  });
});
