/**
 * Quadratic assignment procedure (QAP) tests between tie matrices on one set of nodes: the
 * correlation of two matrices (as R `sna::qaptest(…, gcor)`) and the multiple regression of one
 * matrix on others with Dekker's semi-partialling permutation (`sna::netlm(…, nullhyp="qapspp")`).
 * A permutation relabels the nodes of a matrix — its rows and columns together — so that each draw
 * keeps the structure of every matrix and breaks only their alignment.
 *
 * Cells: the off-diagonal cells (mode `digraph`, sna's default) or, when every matrix is
 * symmetric, one cell per unordered pair (mode `graph`). The diagonal is never used (`diag=FALSE`).
 */
import type { Rng } from '../../model/random.js';
import { MetricError } from '../metric-error.js';
import { drawRng, drawSummary, runDraws, type DrawOptions, type PValues, pValues } from './draws.js';

export type QapMode = 'graph' | 'digraph';

/** A square matrix on n nodes, row-major (cell i·n + j is the tie from i to j). */
export interface TieMatrix {
  n: number;
  cells: Float64Array;
}

/** The values of the cells a mode uses, row by row: i ≠ j (digraph) or i < j (graph). */
export function cellVector(m: TieMatrix, mode: QapMode, order?: Int32Array): Float64Array {
  const { n, cells } = m;
  const out = new Float64Array(mode === 'graph' ? (n * (n - 1)) / 2 : n * (n - 1));
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = mode === 'graph' ? i + 1 : 0; j < n; j++) {
      if (i === j) continue;
      out[k++] = order ? cells[order[i]! * n + order[j]!]! : cells[i * n + j]!;
    }
  return out;
}

/** Whether a matrix is symmetric. */
export function isSymmetric(m: TieMatrix): boolean {
  for (let i = 0; i < m.n; i++) for (let j = i + 1; j < m.n; j++) if (m.cells[i * m.n + j] !== m.cells[j * m.n + i]) return false;
  return true;
}

/**
 * Pearson correlation of two cell vectors, as `sna::gcor`; NaN when either is constant.
 *
 * @example
 * correlation(Float64Array.of(0, 1, 1), Float64Array.of(0, 1, 0)); // 0.5
 */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/** A uniformly random permutation of 0 … n − 1. */
export function randomPermutation(n: number, rng: Rng): Int32Array {
  const p = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

export interface QapCorrelationResult {
  mode: QapMode;
  observed: number;
  draws: number;
  seed: number;
  distribution: { mean: number; sd: number; min: number; max: number };
  p: PValues;
  values: Float64Array;
}

function checkSquare(matrices: readonly TieMatrix[]): number {
  const n = matrices[0]!.n;
  for (const m of matrices) if (m.n !== n || m.cells.length !== n * n) throw new MetricError('qap', 'the matrices must be square and on the same nodes');
  if (n < 3) throw new MetricError('qap', `QAP needs at least 3 nodes, got ${n}`);
  return n;
}

/**
 * QAP test of the correlation between two tie matrices.
 *
 * @param y - first matrix
 * @param x - second matrix (its nodes are permuted in each draw)
 * @param mode - the cells used: `digraph` (all off-diagonal) or `graph` (i < j; both matrices symmetric)
 * @param options - draws and seed
 * @returns the observed correlation, its permutation distribution and the p-values
 * @throws MetricError when a matrix is constant on the cells (no correlation is defined)
 * @example
 * qapCorrelation(collaboration, investment, 'digraph', { draws: 1000, seed: 1 }).p.greater.sna;
 * @see https://cran.r-project.org/package=sna (qaptest, gcor)
 */
export function qapCorrelation(y: TieMatrix, x: TieMatrix, mode: QapMode, options: DrawOptions): QapCorrelationResult {
  const n = checkSquare([y, x]);
  const yv = cellVector(y, mode);
  const observed = correlation(yv, cellVector(x, mode));
  if (Number.isNaN(observed)) throw new MetricError('qap', 'a matrix has the same value in every cell: no correlation');
  const values = runDraws(options, (rng) => correlation(yv, cellVector(x, mode, randomPermutation(n, rng))));
  return { mode, observed, draws: options.draws, seed: options.seed, distribution: drawSummary(values), p: pValues(observed, values), values };
}

/** Least-squares fit: coefficients and t-values (sna's `gettval`). */
export interface LinearFit {
  coefficients: number[];
  tValues: number[];
  residualDf: number;
  rSquared: number;
}

/**
 * Ordinary least squares of y on the columns of X (normal equations solved by Cholesky).
 *
 * @param columns - predictor columns, each of y's length
 * @param y - the response
 * @returns coefficients, t-values, residual degrees of freedom and R²
 * @throws MetricError when the predictors are collinear
 */
export function leastSquares(columns: readonly Float64Array[], y: Float64Array): LinearFit {
  const p = columns.length;
  const n = y.length;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    const ca = columns[a]!;
    for (let b = a; b < p; b++) {
      const cb = columns[b]!;
      let s = 0;
      for (let i = 0; i < n; i++) s += ca[i]! * cb[i]!;
      xtx[a * p + b] = s;
      xtx[b * p + a] = s;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += ca[i]! * y[i]!;
    xty[a] = s;
  }
  // Cholesky: xtx = L Lᵀ
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j <= i; j++) {
      let s = xtx[i * p + j]!;
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (!(s > 1e-10 * Math.max(1, xtx[i * p + i]!))) throw new MetricError('qap', 'the predictors are collinear (one is a combination of the others)');
        l[i * p + i] = Math.sqrt(s);
      } else l[i * p + j] = s / l[j * p + j]!;
    }
  // inverse of xtx from L, column by column
  const inverse = new Float64Array(p * p);
  const solve = (rhs: Float64Array) => {
    const z = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      let s = rhs[i]!;
      for (let k = 0; k < i; k++) s -= l[i * p + k]! * z[k]!;
      z[i] = s / l[i * p + i]!;
    }
    const x = new Float64Array(p);
    for (let i = p - 1; i >= 0; i--) {
      let s = z[i]!;
      for (let k = i + 1; k < p; k++) s -= l[k * p + i]! * x[k]!;
      x[i] = s / l[i * p + i]!;
    }
    return x;
  };
  const beta = solve(xty);
  for (let c = 0; c < p; c++) {
    const e = new Float64Array(p);
    e[c] = 1;
    const col = solve(e);
    for (let r = 0; r < p; r++) inverse[r * p + c] = col[r]!;
  }
  let rss = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let tss = 0;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    for (let a = 0; a < p; a++) fitted += columns[a]![i]! * beta[a]!;
    rss += (y[i]! - fitted) ** 2;
    tss += (y[i]! - mean) ** 2;
  }
  const residualDf = n - p;
  const variance = rss / residualDf;
  const tValues = Array.from(beta, (b, a) => b / Math.sqrt(inverse[a * p + a]! * variance));
  return { coefficients: Array.from(beta), tValues, residualDf, rSquared: tss === 0 ? NaN : 1 - rss / tss };
}

/** Residuals of y regressed on the columns. */
function residuals(columns: readonly Float64Array[], y: Float64Array): Float64Array {
  const { coefficients } = leastSquares(columns, y);
  return Float64Array.from(y, (v, i) => v - columns.reduce((s, c, a) => s + c[i]! * coefficients[a]!, 0));
}

export interface NetlmTerm {
  name: string;
  coefficient: number;
  tValue: number;
  distribution: { mean: number; sd: number; min: number; max: number };
  /** p-values of the t-value: greater, less and two-sided (sna's Pr(>=b), Pr(<=b), Pr(>=|b|)). */
  p: PValues;
}

export interface NetlmResult {
  mode: QapMode;
  draws: number;
  seed: number;
  /** The intercept first, then one term per predictor. */
  terms: NetlmTerm[];
  rSquared: number;
  residualDf: number;
}

/**
 * MRQAP regression with Dekker's semi-partialling permutations, as
 * `sna::netlm(y, x, intercept=TRUE, nullhyp="qapspp", test.statistic="t-value")`: for each term
 * (the intercept included), the term's matrix is regressed on the others, the matrix of residuals
 * is permuted (rows and columns together) and put back in place of the term, and the term's
 * t-value on that fit makes one draw. Term k's draws use seeds k·draws … (k+1)·draws − 1.
 *
 * @param y - the response matrix
 * @param predictors - named predictor matrices on the same nodes
 * @param mode - the cells used
 * @param options - draws per term and seed
 * @returns coefficients, t-values and their p-values; R²
 * @throws MetricError when the predictors are collinear
 * @example
 * qapRegression(collaboration, [{ name: 'investment', matrix: investment }], 'digraph', { draws: 1000, seed: 1 });
 * @see https://cran.r-project.org/package=sna (netlm); Dekker, Krackhardt & Snijders (2007), Psychometrika 72(4)
 */
export function qapRegression(y: TieMatrix, predictors: readonly { name: string; matrix: TieMatrix }[], mode: QapMode, options: DrawOptions): NetlmResult {
  if (predictors.length === 0) throw new MetricError('qap', 'a regression needs at least one predictor');
  const n = checkSquare([y, ...predictors.map((p) => p.matrix)]);
  const intercept: TieMatrix = { n, cells: new Float64Array(n * n).fill(1) };
  const matrices = [intercept, ...predictors.map((p) => p.matrix)];
  const names = ['(intercept)', ...predictors.map((p) => p.name)];
  const yv = cellVector(y, mode);
  const columns = matrices.map((m) => cellVector(m, mode));
  const fit = leastSquares(columns, yv);
  const total = options.draws * matrices.length;
  const terms = matrices.map((_m, k): NetlmTerm => {
    const others = columns.filter((_c, j) => j !== k);
    const res = residuals(others, columns[k]!);
    // the residuals as a matrix (symmetric in graph mode), to permute rows and columns together
    const resMatrix: TieMatrix = { n, cells: new Float64Array(n * n) };
    let c = 0;
    for (let i = 0; i < n; i++)
      for (let j = mode === 'graph' ? i + 1 : 0; j < n; j++) {
        if (i === j) continue;
        resMatrix.cells[i * n + j] = res[c]!;
        if (mode === 'graph') resMatrix.cells[j * n + i] = res[c]!;
        c++;
      }
    const values = runDraws(
      {
        draws: options.draws,
        seed: options.seed,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: (done: number) => options.onProgress!(k * options.draws + done, total) } : {}),
      },
      (_rng, r) => {
        // one seed per draw over all terms: term k, draw r is draw k·draws + r of the run
        const rng = drawRng(options.seed, k * options.draws + r);
        const permuted = cellVector(resMatrix, mode, randomPermutation(n, rng));
        return leastSquares([...others, permuted], yv).tValues[others.length]!;
      },
    );
    return {
      name: names[k]!,
      coefficient: fit.coefficients[k]!,
      tValue: fit.tValues[k]!,
      distribution: drawSummary(values),
      p: pValues(fit.tValues[k]!, values),
    };
  });
  return { mode, draws: options.draws, seed: options.seed, terms, rSquared: fit.rSquared, residualDf: fit.residualDf };
}
