import { asOfGraph } from '../../metrics/evolution/snapshot.js';
import { qapCorrelation, qapRegression } from '../../metrics/significance/qap.js';
import { MAX_QAP_NODES, tieMatrices } from '../../metrics/significance/tie-matrices.js';
import { EDGE_KINDS, EDGE_KIND_RULES, NODE_KINDS, type EdgeKind, type NodeKind } from '../../model/schema.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { progressReporter } from '../progress.js';
import { asOfFrom, timeOptions } from '../view-options.js';
import { checkDraws, drawsOption, pValueColumns, pValueRows, seedOption, shortNumber, type PValueRow } from '../significance-output.js';

function kindList(flag: string, text: string, known: readonly string[]): string[] {
  const kinds = text.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const unknown = kinds.filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new UsageError(`--${flag}: unknown kind(s) ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return kinds;
}

export default defineCommand({
  name: 'qap',
  summary: 'QAP correlation between two tie kinds (R sna::qaptest with gcor) and MRQAP regression (sna::netlm, nullhyp="qapspp").',
  description: `Each tie kind becomes a binary matrix (1 where at least one tie of that kind joins the pair;
parallel ties count once, self-loops are left out) on the nodes that can hold every kind named, by
the model's tie rules (e.g. investment and collaboration: investors, anchors, firms and government;
--node-kinds narrows them). Mode: "graph" (one cell per pair) when every kind is undirected;
otherwise "digraph" (every off-diagonal cell, sna's default) and each undirected kind is symmetrised
— its tie fills both cells — which the output states. The diagonal is never used (diag=FALSE).
Two kinds: the correlation of the two matrices (sna::gcor) against --draws relabellings of the
second matrix's nodes (rows and columns permuted together), as sna::qaptest(list(y, x), gcor, g1=1,
g2=2). --regression, or three kinds or more: the first kind regressed on the others with an
intercept, as sna::netlm(y, x, nullhyp="qapspp"): for each term, its matrix is regressed on the
other terms, the matrix of residuals is permuted and put back in its place, and the term's t-value
on that fit makes one draw (Dekker, Krackhardt & Snijders 2007). Term k's draw r uses the seed of
draw k·N + r.
p-values: greater (draw ≥ observed), less (draw ≤ observed) and two-sided (|draw| ≥ |observed|, sna's
Pr(>=|b|)), each as b/R (sna) and (b+1)/(R+1). At most ${MAX_QAP_NODES} nodes (n² cells per matrix).
A QAP p-value says how often relabelling the nodes gives an association at least as strong; it
keeps each network's structure, so it does not treat dyads as independent — and it says nothing
about which way an influence runs.`,
  positionals: [graphPositional],
  options: {
    kinds: { type: 'string', valueName: 'KINDS', description: `tie kinds, comma-separated: two for a correlation; response first for a regression (${EDGE_KINDS.join(', ')})` },
    regression: { type: 'boolean', description: 'MRQAP regression even with two kinds' },
    'node-kinds': { type: 'string', valueName: 'KINDS', description: `only nodes of these kinds, among those that can hold every tie kind (${NODE_KINDS.join(', ')})` },
    ...timeOptions,
    draws: drawsOption,
    seed: seedOption,
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
  },
  examples: [
    'ecograph qap graphs/kobe-biomedical.json --kinds collaboration,investment --draws 5000',
    'ecograph qap graphs/hamamatsu-spinoffs.json --kinds collaboration,spinoff,investment --format json',
  ],
  async run({ positionals, options }, io) {
    checkDraws(options);
    if (options.kinds === undefined) throw new UsageError('--kinds is required: two tie kinds, e.g. --kinds collaboration,investment');
    const kinds = kindList('kinds', options.kinds, EDGE_KINDS) as EdgeKind[];
    if (kinds.length < 2 || new Set(kinds).size !== kinds.length) throw new UsageError('--kinds needs two or more different tie kinds');
    const nodeKinds = options['node-kinds'] !== undefined ? (kindList('node-kinds', options['node-kinds'], NODE_KINDS) as NodeKind[]) : undefined;
    const path = positionals[0]!;
    const recorded = await loadGraphArgument(path, options);
    const asOf = asOfFrom(options);
    const snapshot = asOf ? asOfGraph(recorded, asOf) : undefined;
    const built = tieMatrices(snapshot?.graph ?? recorded, kinds, nodeKinds);
    const regression = options.regression || kinds.length > 2;
    const progress = progressReporter(io, regression ? 'netlm' : 'qap');
    const onProgress = (d: number, t: number) => progress.update(d, t);
    const draws = { draws: options.draws, seed: options.seed, onProgress };
    const [first, ...rest] = kinds as [EdgeKind, ...EdgeKind[]];
    const modeText =
      built.mode === 'graph'
        ? 'mode graph (every kind undirected: one cell per pair)'
        : `mode digraph (every off-diagonal cell)${built.symmetrised.length > 0 ? `; ${built.symmetrised.join(', ')} undirected, symmetrised against the directed kind(s)` : ''}`;
    const base = {
      ...(snapshot ? { asOf: snapshot.asOf } : {}),
      kinds,
      nodes: built.nodes.length,
      nodeKinds: built.nodeKinds,
      ties: built.ties,
      mode: built.mode,
      symmetrised: built.symmetrised,
      directed: Object.fromEntries(kinds.map((k) => [k, EDGE_KIND_RULES[k].directed])),
    };
    const header = `${path}${snapshot ? ` as of ${snapshot.asOf.year}` : ''}: ${built.nodes.length} nodes (${built.nodeKinds.join(', ')}); ties ${kinds.map((k) => `${k} ${built.ties[k]}`).join(', ')}; ${modeText}`;
    try {
      if (!regression) {
        const result = qapCorrelation(built.matrices[first]!, built.matrices[rest[0]!]!, built.mode, draws);
        progress.done();
        const json = { ...base, test: 'correlation', reference: 'sna::qaptest(list(y, x), gcor, g1=1, g2=2, mode)', observed: result.observed, draws: result.draws, seed: result.seed, distribution: result.distribution, p: result.p };
        const title = `${header}\ncorrelation ${shortNumber(result.observed)}; ${result.draws} node permutations (seed ${result.seed}): mean ${shortNumber(result.distribution.mean)}, sd ${shortNumber(result.distribution.sd)}`;
        await emit(io, options, { json, columns: pValueColumns(), rows: pValueRows(`cor(${first}, ${rest[0]})`, result.p, ['greater', 'less', 'twoSided']), title });
        return 0;
      }
      const result = qapRegression(
        built.matrices[first]!,
        rest.map((k) => ({ name: k, matrix: built.matrices[k]! })),
        built.mode,
        draws,
      );
      progress.done();
      const json = {
        ...base,
        test: 'regression',
        reference: 'sna::netlm(y, x, intercept=TRUE, mode, nullhyp="qapspp", test.statistic="t-value")',
        response: first,
        rSquared: result.rSquared,
        residualDf: result.residualDf,
        draws: result.draws,
        seed: result.seed,
        terms: result.terms,
      };
      type Row = PValueRow & { coefficient: number; tValue: number };
      const rows: Row[] = result.terms.flatMap((t) => pValueRows(t.name, t.p, ['greater', 'less', 'twoSided']).map((r) => ({ ...r, coefficient: t.coefficient, tValue: t.tValue })));
      const columns: Column<Row>[] = [
        { header: 'term', value: (r) => r.term },
        { header: 'coefficient', numeric: true, value: (r) => r.coefficient },
        { header: 't', numeric: true, value: (r) => r.tValue },
        ...(pValueColumns().slice(1) as Column<Row>[]),
      ];
      const title = `${header}\n${first} regressed on ${rest.join(', ')} with an intercept; R² ${shortNumber(result.rSquared)}; ${result.draws} semi-partialling permutations per term (seed ${result.seed}); p-values of t`;
      await emit(io, options, { json, columns, rows, title });
      return 0;
    } finally {
      progress.done();
    }
  },
});
