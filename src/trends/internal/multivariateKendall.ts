/**
 * The multivariate Mann–Kendall score shared by the seasonal and regional tests: S summed over several series
 * (seasons of a year, or sites of a region) with var(S) either summed (independent series, Hirsch & Slack 1984)
 * or taken from the full covariance matrix of the per-series scores (Dietz & Killeen 1981, as Hipel & McLeod
 * 1994 §23.3 and pyMannKendall's `correlated_multivariate_test` compute it), plus the pooled Sen slope.
 *
 * @internal
 * @module
 */
import { kendallScore, varianceOfS } from './kendall.ts';
import { medianOfSorted } from './median.ts';

/** One series (a season or a site), sorted by year. */
export interface KendallColumn {
  readonly years: Float64Array;
  readonly values: Float64Array;
}

/** S and var(S) of one column, on the years used. */
export interface ColumnScore {
  readonly n: number;
  readonly s: number;
  readonly varS: number;
}

/** The pooled score. */
export interface MultivariateScore {
  /** Σ S over columns. */
  readonly s: number;
  /** var(Σ S): the sum of the columns' variances, or the sum of their covariance matrix. */
  readonly varS: number;
  /** Σ n_c(n_c − 1)/2, the denominator of tau. */
  readonly pairs: number;
  /** Per-column scores on the years used. */
  readonly columns: ColumnScore[];
  /** With correlated columns: the years every column observes (the ones used); otherwise `null`. */
  readonly commonYears: number[] | null;
  /** With correlated columns: years left out because some column misses them. */
  readonly droppedYears: number[];
}

/**
 * Independent columns: S = Σ S_c and var = Σ var_c, each over the years the column has (pyMannKendall
 * `multivariate_test`, which drops each column's missing values on its own).
 *
 * @internal
 */
export function independentScore(columns: readonly KendallColumn[]): MultivariateScore {
  let s = 0;
  let varS = 0;
  let pairs = 0;
  const scores: ColumnScore[] = [];
  for (const column of columns) {
    const n = column.values.length;
    const score = kendallScore(column.values);
    const columnVar = varianceOfS(n, score.tieVarianceTerm);
    s += score.s;
    varS += columnVar;
    pairs += score.pairs;
    scores.push({ n, s: score.s, varS: columnVar });
  }
  return { s, varS, pairs, columns: scores, commonYears: null, droppedYears: [] };
}

/** Midranks R_t = (n + 1 + Σ_u sign(x_t − x_u))/2. */
function midranks(values: Float64Array): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const x = values[t] as number;
    let signs = 0;
    for (let u = 0; u < n; u++) signs += Math.sign(x - (values[u] as number));
    ranks[t] = (n + 1 + signs) / 2;
  }
  return ranks;
}

/** K = Σ_{a<b} sign((x_b − x_a)(y_b − y_a)). */
function concordance(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let k = 0;
  for (let a = 0; a < n - 1; a++) {
    const xa = x[a] as number;
    const ya = y[a] as number;
    for (let b = a + 1; b < n; b++) k += Math.sign(((x[b] as number) - xa) * ((y[b] as number) - ya));
  }
  return k;
}

/**
 * Correlated columns: only the years every column observes are used (pyMannKendall drops a row with any
 * missing value); S = Σ S_c over them and var(S) = Σ_{c,d} Γ_cd with Γ_cd = (K_cd + 4 Σ_t R_c(t)R_d(t) −
 * n(n+1)²)/3, K_cd the concordance of columns c and d and R their midranks (Dietz & Killeen 1981). Γ_cc is
 * var(S_c) when the column has no ties. Γ is a sum of two Gram matrices, so var(S) ≥ 0.
 *
 * @internal
 */
export function correlatedScore(columns: readonly KendallColumn[]): MultivariateScore {
  const counts = new Map<number, number>();
  for (const column of columns) for (const year of column.years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const commonYears: number[] = [];
  const droppedYears: number[] = [];
  for (const [year, count] of counts) (count === columns.length ? commonYears : droppedYears).push(year);
  commonYears.sort((a, b) => a - b);
  droppedYears.sort((a, b) => a - b);
  const common = new Set(commonYears);
  const n = commonYears.length;
  const kept: Float64Array[] = columns.map((column) => {
    const values = new Float64Array(n);
    let k = 0;
    for (let i = 0; i < column.years.length; i++) if (common.has(column.years[i] as number)) values[k++] = column.values[i] as number;
    return values;
  });
  const ranks = kept.map(midranks);
  const base = n * (n + 1) * (n + 1);
  let s = 0;
  let varS = 0;
  const scores: ColumnScore[] = [];
  for (let c = 0; c < kept.length; c++) {
    const x = kept[c] as Float64Array;
    const score = kendallScore(x);
    s += score.s;
    scores.push({ n, s: score.s, varS: varianceOfS(n, score.tieVarianceTerm) });
    const rc = ranks[c] as Float64Array;
    for (let d = 0; d <= c; d++) {
      const rd = ranks[d] as Float64Array;
      let rankProducts = 0;
      for (let t = 0; t < n; t++) rankProducts += (rc[t] as number) * (rd[t] as number);
      const gamma = (concordance(x, kept[d] as Float64Array) + 4 * rankProducts - base) / 3;
      varS += c === d ? gamma : 2 * gamma;
    }
  }
  return { s, varS, pairs: (kept.length * n * (n - 1)) / 2, columns: scores, commonYears, droppedYears };
}

/**
 * The pooled Sen slope: the median of the pairwise slopes (x_j − x_i)/(year_j − year_i) within each column,
 * over all columns and all their years (Hirsch, Slack & Smith 1982; pyMannKendall `seasonal_sens_slope`).
 *
 * @internal
 */
export function pooledSenSlope(columns: readonly KendallColumn[]): number {
  let total = 0;
  for (const column of columns) total += (column.values.length * (column.values.length - 1)) / 2;
  const slopes = new Float64Array(total);
  let k = 0;
  for (const column of columns) {
    const { years, values } = column;
    const m = values.length;
    for (let i = 0; i < m - 1; i++) {
      const yi = years[i] as number;
      const vi = values[i] as number;
      for (let j = i + 1; j < m; j++) slopes[k++] = ((values[j] as number) - vi) / ((years[j] as number) - yi);
    }
  }
  slopes.sort();
  return medianOfSorted(slopes);
}
