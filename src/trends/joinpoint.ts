import { describe, fail } from '../internal/errors.ts';
import { Sfc32 } from '../internal/random.ts';
import { finiteNumber, integer } from '../internal/validate.ts';
import { tCritical, twoSidedTP } from './internal/inference.ts';
import {
  MAX_GRID_NODES,
  bestModels,
  buildJoinpointGrid,
  countJoinpointSets,
  lineResidual,
  nodeLocations,
  type JoinpointGrid,
} from './internal/joinpointGrid.ts';
import { leastSquares } from './internal/leastSquares.ts';
import { checkOptions, choice, confidenceLevel, significanceLevel } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/** How {@link joinpoint} chooses the number of joinpoints. */
export type JoinpointSelection = 'permutation' | 'bic' | 'bic3' | 'wbic';

/** Options of {@link joinpoint}. */
export interface JoinpointOptions {
  /**
   * `'logLinear'` (default): ln(value) is piecewise linear in the year, each segment has an annual percent change
   * (values must be > 0). `'linear'`: the value itself is piecewise linear; segments have slopes in the value's
   * units per year and no APC.
   */
  model?: 'logLinear' | 'linear';
  /**
   * Standard errors of the values, in the order of `series` (one per point, each > 0). When given, the fit is
   * weighted least squares with weights 1/var, as Joinpoint's "Standard Error (Provided)" option; on the
   * log-linear model the variance of ln(value) is (standardError/value)² (delta method). Default: unweighted.
   */
  standardErrors?: readonly number[];
  /** Fewest joinpoints to consider. Default 0. */
  minJoinpoints?: number;
  /**
   * Most joinpoints to consider. Default: Joinpoint's recommended maximum for the number of years n (0 below 7,
   * then one more for every 5 years: 7–11 → 1, 12–16 → 2, 17–21 → 3, 22–26 → 4, 27–31 → 5, 32–36 → 6, 37+ → 7),
   * lowered to what the spacing rules allow.
   */
  maxJoinpoints?: number;
  /**
   * Fewest observations between an end of the series and the nearest joinpoint, not counting the joinpoint.
   * Default 2 (Joinpoint's grid-search default since 4.5; earlier versions wrote it as 3 counting the joinpoint).
   */
  minObservationsFromEnd?: number;
  /** Fewest observations between two joinpoints, not counting them. Default 2 (Joinpoint's default since 4.5). */
  minObservationsBetween?: number;
  /**
   * How the number of joinpoints is chosen. `'permutation'` (default; Joinpoint's default before 5.0): the
   * sequential permutation tests of Kim et al. (2000). `'bic'`: the smallest ln(SSE/n) + 2(k + 1)·ln(n)/n.
   * `'bic3'`: the smallest ln(SSE/n) + (3k + 2)·ln(n)/n (Joinpoint's harsher BIC3). `'wbic'`: the smallest
   * weighted BIC, ln(SSE/n) + ((2 + R²max)·k + 2)·ln(n)/n, where R²max is the largest partial R² of a joinpoint
   * (Joinpoint 5's default; see {@link JoinpointCandidate.wbicWeight}).
   */
  selection?: JoinpointSelection;
  /** Overall significance level of the permutation tests, strictly inside (0, 1). Default 0.05. */
  alpha?: number;
  /**
   * Level of each permutation test of k_a against k_b joinpoints. `'joinpoint'` (default, Joinpoint ≥ 3.0):
   * alpha/(max − k_a), which bounds each over-fitting probability by alpha. `'bonferroni'` (Kim et al. 2000,
   * Joinpoint before 3.0): alpha/(max − min) for every test.
   */
  adjustment?: 'joinpoint' | 'bonferroni';
  /** Number of permuted data sets per test. Default 4499 (Joinpoint's default). */
  permutations?: number;
  /** Seed of the permutations, a whole number in [0, 2³² − 1]. Default 7160 (the seed Joinpoint 4.9 prints). */
  seed?: number;
  /** Confidence level of the segment intervals, strictly inside (0, 1). Default 0.95. */
  confidence?: number;
}

/** One segment of a joinpoint model. */
export interface JoinpointSegment {
  /** First year of the segment (the first year of the series or a joinpoint). */
  readonly startYear: number;
  /** Last year of the segment (a joinpoint or the last year of the series). */
  readonly endYear: number;
  /** Slope per year on the model's scale: of ln(value) (log-linear) or of the value (linear). */
  readonly slope: number;
  /** Standard error of the slope (Joinpoint's unconstrained per-segment fit); `null` when not estimable. */
  readonly seSlope: number | null;
  /** Lower end of the slope's t interval. */
  readonly slopeLower: number | null;
  /** Upper end of the slope's t interval. */
  readonly slopeUpper: number | null;
  /** Annual percent change 100·(e^slope − 1), percent per year; `null` on the linear model. */
  readonly apc: number | null;
  /** Lower end of the APC interval, 100·(e^{slope − t·SE} − 1). */
  readonly lower: number | null;
  /** Upper end of the APC interval, 100·(e^{slope + t·SE} − 1). */
  readonly upper: number | null;
  /** Two-sided p-value of slope = 0 (t with `df` degrees of freedom). */
  readonly pValue: number | null;
}

/** The best model with a given number of joinpoints. */
export interface JoinpointCandidate {
  /** Number of joinpoints. */
  readonly joinpoints: number;
  /** Their years. */
  readonly years: number[];
  /** (Weighted) residual sum of squares on the model's scale. */
  readonly sse: number;
  /** ln(SSE/n) + 2(k + 1)·ln(n)/n. */
  readonly bic: number;
  /** ln(SSE/n) + (3k + 2)·ln(n)/n. */
  readonly bic3: number;
  /**
   * Weighted BIC: BIC·(1 − weight) + BIC3·weight = ln(SSE/n) + ((2 + weight)·k + 2)·ln(n)/n (Joinpoint's WBIC).
   */
  readonly wbic: number;
  /**
   * WBIC's weight R²max: over the model's joinpoints, the largest partial R² of the joinpoint's hinge (t − τᵢ)⁺
   * given a line, both fitted to the observations of the two segments it joins (from the one after the previous
   * joinpoint, or the first, to the next joinpoint, or the last). 0 without joinpoints.
   */
  readonly wbicWeight: number;
}

/** One permutation test of the sequence. */
export interface JoinpointPermutationTest {
  /** Joinpoints under the null hypothesis (k_a). */
  readonly nullJoinpoints: number;
  /** Joinpoints under the alternative (k_b). */
  readonly alternativeJoinpoints: number;
  /** SSE(k_a)/SSE(k_b) on the data. */
  readonly statistic: number;
  /** (1 + number of permuted statistics ≥ the observed one)/(permutations + 1). */
  readonly pValue: number;
  /** The level the p-value is compared with. */
  readonly level: number;
  /** Whether the null hypothesis was rejected (p < level). */
  readonly rejected: boolean;
}

/** A fitted joinpoint model. */
export interface JoinpointResult {
  /** The model fitted. */
  readonly model: 'logLinear' | 'linear';
  /** Number of years. */
  readonly n: number;
  /** The selected number of joinpoints; `null` when no model was fitted (see `warnings`). */
  readonly joinpointCount: number | null;
  /** Years of the joinpoints, ascending. */
  readonly joinpoints: number[];
  /** The segments, in year order (one more than the joinpoints). */
  readonly segments: JoinpointSegment[];
  /** The fitted values on the value's scale (e^fit on the log-linear model), one per year. */
  readonly fitted: { year: number; value: number }[];
  /** (Weighted) residual sum of squares of the selected model, on the model's scale. */
  readonly sse: number | null;
  /**
   * Degrees of freedom of the segment t tests: n − (joinpoints on observations) − 2·(segments), as Joinpoint
   * computes it (points on joinpoints are set aside for the standard errors).
   */
  readonly df: number | null;
  /** The best model for every number of joinpoints considered. */
  readonly candidates: JoinpointCandidate[];
  /** How the number of joinpoints was chosen. */
  readonly selection: JoinpointSelection;
  /** The permutation tests in the order run; empty with BIC selection. */
  readonly tests: JoinpointPermutationTest[];
  /** Fewest and most joinpoints considered. */
  readonly minJoinpoints: number;
  /** See `minJoinpoints`. */
  readonly maxJoinpoints: number;
  /** The spacing rules used. */
  readonly minObservationsFromEnd: number;
  /** See `minObservationsFromEnd`. */
  readonly minObservationsBetween: number;
  /** Overall significance level, per-test adjustment, permutations and seed (permutation selection). */
  readonly alpha: number;
  /** See `alpha`. */
  readonly adjustment: 'joinpoint' | 'bonferroni';
  /** See `alpha`. */
  readonly permutations: number;
  /** See `alpha`. */
  readonly seed: number;
  /** Whether the fit was weighted by the standard errors. */
  readonly weighted: boolean;
  /** Confidence level of the intervals. */
  readonly confidence: number;
  /** Why fields are `null`, and notes on the fit. */
  readonly warnings: string[];
}

const FN = 'joinpoint';
const OPTION_KEYS = [
  'model',
  'standardErrors',
  'minJoinpoints',
  'maxJoinpoints',
  'minObservationsFromEnd',
  'minObservationsBetween',
  'selection',
  'alpha',
  'adjustment',
  'permutations',
  'seed',
  'confidence',
];

/** Joinpoint's recommended maximum number of joinpoints for n observations. */
function recommendedMaximum(n: number): number {
  // 0 below 7 years (n ≥ 3): (n − 2)/5 < 1.
  return Math.min(7, Math.floor((n - 2) / 5));
}

/** The largest number of joinpoints the spacing rules allow for n observations (Joinpoint's minimum-n formula). */
function feasibleMaximum(n: number, minEnd: number, minBetween: number): number {
  let k = 0;
  while (2 * minEnd + k * minBetween + (k + 1) <= n) k++;
  return k;
}

/** The whitened design columns of the model with joinpoints at the given observation indices. */
function designColumns(grid: JoinpointGrid, locations: readonly number[]): Float64Array[] {
  const { xc, sqrtWeights } = grid;
  const columns = [Float64Array.from(sqrtWeights), sqrtWeights.map((s, i) => s * (xc[i] as number))];
  for (const j of locations) {
    const knot = xc[j] as number;
    columns.push(sqrtWeights.map((s, i) => s * Math.max(0, (xc[i] as number) - knot)));
  }
  return columns;
}

/**
 * Joinpoint regression (NCI's segmented regression for trends): the years where a trend changed, the annual
 * percent change (APC) of each segment with its t interval, and the number of joinpoints chosen by the sequential
 * permutation tests of Kim, Fay, Feuer & Midthune (2000) or by BIC.
 *
 * Method (NCI Joinpoint Help System, https://surveillance.cancer.gov/help/joinpoint): a model with k joinpoints
 * at years τ₁ < … < τ_k is y = β₀ + β₁·t + Σ δ_j·(t − τ_j)⁺, continuous, with y = ln(value) (log-linear) or the
 * value (linear), fitted by least squares — weighted by 1/var when standard errors are given. Grid search
 * (Lerman 1980), as Joinpoint with 0 grid points between observations: the joinpoints lie on observed years,
 * with at least `minObservationsFromEnd` observations before the first and after the last and
 * `minObservationsBetween` between two, and every admissible placement is tried. Segment slopes are β₁ + Σ_{i<j}
 * δ_i, APC = 100(e^slope − 1). Standard errors follow Joinpoint ("Estimated Regression Coefficients"): the points
 * on joinpoints are set aside and each segment gets its own unconstrained line, with the pooled residual
 * variance on d = n − n_J − 2(k + 1) degrees of freedom; the interval is the parametric one,
 * 100(e^{slope ± t_{d}·SE} − 1), and p = 2·P(T_d ≥ |slope/SE|). (Joinpoint 5 defaults to empirical-quantile
 * intervals instead, a resampling method not implemented here.)
 *
 * Selection. Permutation (Kim et al. 2000): test k_a = min against k_b = max joinpoints with the statistic
 * SSE(k_a)/SSE(k_b), refitting both by grid search on `permutations` data sets made of the null model's fit plus
 * its permuted (whitened) residuals; p = (1 + #{T* ≥ T})/(permutations + 1); on rejection k_a + 1, otherwise
 * k_b − 1, until they meet. Each test is at alpha/(max − k_a) (`adjustment: 'joinpoint'`, Joinpoint ≥ 3.0) or
 * alpha/(max − min) (`'bonferroni'`). The permutations are drawn from the seeded sfc32 generator, so a result is
 * reproducible, but it is not Joinpoint's random stream: p-values agree with Joinpoint's only within Monte
 * Carlo error. BIC: the k with the smallest ln(SSE_k/n) + 2(k+1)·ln(n)/n (BIC3: (3k+2) in place of 2(k+1));
 * WBIC (Joinpoint 5's default, "Weighted BIC (WBIC)" in the help): (2 + R²max)·k + 2, R²max the largest partial
 * R² of a joinpoint's hinge over the two segments it joins (Kim, Kim, Hyune & Ahn, J. Appl. Stat. 2023). The help
 * page's window notation is terse; this reading reproduces the 11 published selections in the tests, as do the
 * other readings tried.
 *
 * Cost: the grid holds every admissible placement (about C(n − 2·min − (k−1)·between, k) for k joinpoints);
 * each is scored with one dot product per permuted data set.
 *
 * @param series - Yearly values `{ year, value }`, any order, at least 3 years; gaps are allowed (time is the year).
 * @param options - See {@link JoinpointOptions}.
 * @returns The selected model's joinpoints and segments (slope, APC and their intervals), the fitted values, the
 *   best model for every k considered and the tests that chose k; `null` fields with a warning when a value ≤ 0
 *   prevents a log-linear fit.
 * @throws {EquityLensError} `too_short` with fewer than 3 years; `out_of_range` for a joinpoint range the
 *   series cannot hold (the message gives the largest possible), a spacing rule < its minimum, a grid too large,
 *   or a `confidence`/`alpha` outside (0, 1); `length_mismatch` when `standardErrors` does not match `series`;
 *   `invalid_value` for an unknown choice; `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { joinpoint } from "./joinpoint.ts";
 *
 * // Rising 5 % a year to 2018, then falling 3 % a year.
 * const series = Array.from({ length: 12 }, (_, i) => {
 *   const year = 2012 + i;
 *   const log = year <= 2018 ? 0.05 * (year - 2012) : 0.3 - 0.03 * (year - 2018);
 *   return { year, value: 100 * Math.exp(log) * (1 + 0.002 * Math.sin(7 * i)) };
 * });
 * const fit = joinpoint(series, { maxJoinpoints: 1, selection: "bic" });
 * fit.joinpoints; // => [2018]
 * fit.segments.map((s) => s.apc?.toFixed(1)); // => ["5.1", "-2.9"]
 * ```
 */
export function joinpoint(
  series: readonly { readonly year: number; readonly value: number }[],
  options?: JoinpointOptions,
): JoinpointResult {
  const opts = checkOptions(options, OPTION_KEYS, FN);
  const model = choice(opts.model, ['logLinear', 'linear'] as const, 'logLinear', 'options.model', FN);
  const selection = choice(opts.selection, ['permutation', 'bic', 'bic3', 'wbic'] as const, 'permutation', 'options.selection', FN);
  const adjustment = choice(opts.adjustment, ['joinpoint', 'bonferroni'] as const, 'joinpoint', 'options.adjustment', FN);
  const confidence = confidenceLevel(opts.confidence, FN);
  const alpha = significanceLevel(opts.alpha, FN);
  const permutations = opts.permutations === undefined ? 4499 : integer(opts.permutations, 'options.permutations', FN, { min: 1, max: 1_000_000 });
  const seed = opts.seed === undefined ? 7160 : integer(opts.seed, 'options.seed', FN, { min: 0, max: 4294967295 });
  const minEnd = opts.minObservationsFromEnd === undefined ? 2 : integer(opts.minObservationsFromEnd, 'options.minObservationsFromEnd', FN, { min: 1 });
  const minBetween =
    opts.minObservationsBetween === undefined ? 2 : integer(opts.minObservationsBetween, 'options.minObservationsBetween', FN, { min: 0 });
  const { years, values, n } = packSeries(series, 'series', FN, 3, 'a joinpoint regression');

  const weights = new Float64Array(n).fill(1);
  const weighted = opts.standardErrors !== undefined;
  if (weighted) {
    const standardErrors: unknown = opts.standardErrors;
    if (!Array.isArray(standardErrors)) {
      fail('invalid_type', 'options.standardErrors', `${FN}: options.standardErrors is ${describe(standardErrors)}; expected an array of numbers, one per point of series.`);
    }
    if (standardErrors.length !== series.length) {
      fail(
        'length_mismatch',
        'options.standardErrors',
        `${FN}: options.standardErrors has ${standardErrors.length} entries but series has ${series.length}; give one standard error per point, in the order of series.`,
      );
    }
    const byYear = new Map<number, number>();
    for (let i = 0; i < standardErrors.length; i++) {
      const se = finiteNumber(standardErrors[i], `options.standardErrors[${i}]`, FN);
      if (!(se > 0)) fail('out_of_range', `options.standardErrors[${i}]`, `${FN}: options.standardErrors[${i}] is ${se}; a standard error must be > 0.`);
      byYear.set((series[i] as { year: number }).year, se);
    }
    // Stryker disable next-line EqualityOperator: equivalent — at i = n the weight is written past the array
    for (let i = 0; i < n; i++) {
      const se = byYear.get(years[i] as number) as number;
      weights[i] = model === 'logLinear' ? ((values[i] as number) / se) ** 2 : 1 / (se * se);
    }
  }

  const minJoinpoints = opts.minJoinpoints === undefined ? 0 : integer(opts.minJoinpoints, 'options.minJoinpoints', FN, { min: 0 });
  const feasible = feasibleMaximum(n, minEnd, minBetween);
  const maxJoinpoints =
    opts.maxJoinpoints === undefined
      ? Math.max(minJoinpoints, Math.min(recommendedMaximum(n), feasible))
      : integer(opts.maxJoinpoints, 'options.maxJoinpoints', FN, { min: 0 });
  if (maxJoinpoints < minJoinpoints) {
    fail('out_of_range', 'options.maxJoinpoints', `${FN}: options.maxJoinpoints is ${maxJoinpoints}, below options.minJoinpoints ${minJoinpoints}; raise the maximum or lower the minimum.`);
  }
  if (maxJoinpoints > feasible) {
    fail(
      'out_of_range',
      opts.maxJoinpoints === undefined ? 'options.minJoinpoints' : 'options.maxJoinpoints',
      `${FN}: ${maxJoinpoints} joinpoints need at least ${2 * minEnd + (maxJoinpoints - 1) * minBetween + maxJoinpoints} years with ${minEnd} from each end and ${minBetween} between joinpoints; series has ${n}, which allows at most ${feasible}. Lower the number of joinpoints or the spacing options.`,
    );
  }
  const nodeCounts = countJoinpointSets(n, maxJoinpoints, minEnd, minBetween);
  const nodeTotal = nodeCounts.reduce((a, b) => a + b, 0);
  if (nodeTotal > MAX_GRID_NODES) {
    fail(
      'out_of_range',
      'options.maxJoinpoints',
      `${FN}: ${maxJoinpoints} joinpoints on ${n} years make ${nodeTotal} candidate placements (limit ${MAX_GRID_NODES}); lower options.maxJoinpoints or raise the spacing options.`,
    );
  }

  const warnings: string[] = [];
  const base = {
    model,
    n,
    selection,
    minJoinpoints,
    maxJoinpoints,
    minObservationsFromEnd: minEnd,
    minObservationsBetween: minBetween,
    alpha,
    adjustment,
    permutations,
    seed,
    weighted,
    confidence,
    warnings,
  };
  if (model === 'logLinear') {
    for (let i = 0; i < n; i++) {
      if (!((values[i] as number) > 0)) {
        warnings.push(`the value in ${years[i] as number} is ≤ 0, so its logarithm is undefined and the log-linear model is not fitted (as Joinpoint); use model: 'linear' or remove the year.`);
        return { ...base, joinpointCount: null, joinpoints: [], segments: [], fitted: [], sse: null, df: null, candidates: [], tests: [] };
      }
    }
  }

  const y = model === 'logLinear' ? values.map((value) => Math.log(value)) : values;
  const grid = buildJoinpointGrid(years, weights, maxJoinpoints, minEnd, minBetween);
  const yw = y.map((v, i) => (grid.sqrtWeights[i] as number) * v);

  const residual = new Float64Array(n);
  const bestSse = new Float64Array(maxJoinpoints + 1);
  const bestNode = new Int32Array(maxJoinpoints + 1);
  const accumulated = new Float64Array(maxJoinpoints + 1);
  const lineSse = lineResidual(grid, yw, residual);
  bestModels(grid, residual, lineSse, maxJoinpoints, bestSse, bestNode, accumulated);

  const lnN = Math.log(n);
  const candidates: JoinpointCandidate[] = [];
  const fits = new Map<number, { locations: number[]; sse: number; coefficients: Float64Array; residuals: Float64Array }>();
  for (let k = minJoinpoints; k <= maxJoinpoints; k++) {
    const node = bestNode[k] as number;
    // Stryker disable next-line ConditionalExpression: equivalent — with minObservationsFromEnd ≥ 1 and distinct years no hinge is degenerate, and k ≤ the feasible maximum has a set, so every k has a best node
    if (k > 0 && node < 0) continue;
    const locations = nodeLocations(grid, node);
    const fit = leastSquares(designColumns(grid, locations), yw);
    fits.set(k, { locations, ...fit });
    const logMse = Math.log(fit.sse / n);
    const wbicWeight = largestPartialR2(grid, yw, locations);
    candidates.push({
      joinpoints: k,
      years: locations.map((j) => years[j] as number),
      sse: fit.sse,
      bic: logMse + (2 * (k + 1) * lnN) / n,
      bic3: logMse + ((3 * k + 2) * lnN) / n,
      wbic: logMse + (((2 + wbicWeight) * k + 2) * lnN) / n,
      wbicWeight,
    });
  }

  const tests: JoinpointPermutationTest[] = [];
  let selected: number;
  if (selection === 'permutation') {
    selected = selectByPermutation(grid, yw, fits, minJoinpoints, maxJoinpoints, { alpha, adjustment, permutations, seed }, tests);
  } else {
    let best = candidates[0] as JoinpointCandidate;
    for (const candidate of candidates) {
      if (candidate[selection] < best[selection]) best = candidate;
    }
    selected = best.joinpoints;
  }

  const chosen = fits.get(selected) as { locations: number[]; sse: number; coefficients: Float64Array; residuals: Float64Array };
  const { segments, df } = describeSegments(grid, years, y, weights, chosen.locations, chosen.coefficients, model, confidence, warnings);
  const fitted = Array.from(years, (year, i) => {
    const value = (y[i] as number) - (chosen.residuals[i] as number) / (grid.sqrtWeights[i] as number);
    return { year, value: model === 'logLinear' ? Math.exp(value) : value };
  });
  return {
    ...base,
    joinpointCount: selected,
    joinpoints: chosen.locations.map((j) => years[j] as number),
    segments,
    fitted,
    sse: chosen.sse,
    df,
    candidates,
    tests,
  };
}

/**
 * WBIC's weight: the largest partial R² over the joinpoints at `locations` (observation indices), each computed on
 * the observations of the two segments the joinpoint joins (whitened, so weighted fits use their weights).
 */
function largestPartialR2(grid: JoinpointGrid, yw: Float64Array, locations: readonly number[]): number {
  const { n, xc, sqrtWeights } = grid;
  let largest = 0;
  // Stryker disable next-line EqualityOperator: equivalent — at i = length the window is empty, r² is 0/0 = NaN and never larger
  for (let i = 0; i < locations.length; i++) {
    const from = i === 0 ? 0 : (locations[i - 1] as number) + 1;
    const to = i === locations.length - 1 ? n - 1 : (locations[i + 1] as number);
    const knot = xc[locations[i] as number] as number;
    // Residualise y and the hinge on the window's weighted line [√w, √w·x], then correlate them.
    let sw = 0;
    let swx = 0;
    for (let j = from; j <= to; j++) {
      const s = sqrtWeights[j] as number;
      sw += s * s;
      swx += s * s * (xc[j] as number);
    }
    const xBar = swx / sw;
    let sxx = 0;
    let sxy = 0;
    let sxz = 0;
    let sy = 0;
    let sz = 0;
    for (let j = from; j <= to; j++) {
      const s = sqrtWeights[j] as number;
      const dx = s * ((xc[j] as number) - xBar);
      const d = (xc[j] as number) - knot;
      // Stryker disable next-line EqualityOperator: equivalent — at d = 0 both give 0; d ≤ 0 gives s·(x − knot)⁻ = s·(x − knot) − z, the same hinge less a window line, so the same residual up to sign
      const z = d > 0 ? s * d : 0;
      sxx += dx * dx;
      sxy += dx * (yw[j] as number);
      sxz += dx * z;
      sy += s * (yw[j] as number);
      sz += s * z;
    }
    let yy = 0;
    let zz = 0;
    let yz = 0;
    for (let j = from; j <= to; j++) {
      const s = sqrtWeights[j] as number;
      const dx = s * ((xc[j] as number) - xBar);
      const d = (xc[j] as number) - knot;
      // Stryker disable next-line EqualityOperator: equivalent — at d = 0 both give 0; d ≤ 0 gives s·(x − knot)⁻ = s·(x − knot) − z, the same hinge less a window line, so the same residual up to sign
      const z = d > 0 ? s * d : 0;
      const ry = (yw[j] as number) - (s * sy) / sw - (dx * sxy) / sxx;
      const rz = z - (s * sz) / sw - (dx * sxz) / sxx;
      yy += ry * ry;
      zz += rz * rz;
      // Stryker disable next-line AssignmentOperator: equivalent — only yz² is used
      yz += ry * rz;
    }
    // A flat y or hinge in the window gives 0/0 = NaN (|yz| ≤ √(yy·zz)), which is never larger.
    const r2 = (yz * yz) / (yy * zz);
    // Stryker disable next-line EqualityOperator: equivalent — at r2 = largest the assignment changes nothing
    if (r2 > largest) largest = r2;
  }
  return largest;
}

/** The sequential permutation tests of Kim et al. (2000); returns the selected number of joinpoints. */
function selectByPermutation(
  grid: JoinpointGrid,
  yw: Float64Array,
  fits: ReadonlyMap<number, { sse: number; residuals: Float64Array }>,
  minJoinpoints: number,
  maxJoinpoints: number,
  settings: { alpha: number; adjustment: 'joinpoint' | 'bonferroni'; permutations: number; seed: number },
  tests: JoinpointPermutationTest[],
): number {
  const n = grid.n;
  const random = new Sfc32(settings.seed);
  const nullFitted = new Float64Array(n);
  const shuffled = new Float64Array(n);
  const permuted = new Float64Array(n);
  const residual = new Float64Array(n);
  const bestSse = new Float64Array(maxJoinpoints + 1);
  const bestNode = new Int32Array(maxJoinpoints + 1);
  const accumulated = new Float64Array(maxJoinpoints + 1);
  let ka = minJoinpoints;
  let kb = maxJoinpoints;
  while (ka < kb) {
    const nullFit = fits.get(ka);
    const alternative = fits.get(kb);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — every k from min to max has a fit (see the candidates loop)
    if (nullFit === undefined || alternative === undefined) break;
    const statistic = nullFit.sse / alternative.sse;
    // Stryker disable next-line EqualityOperator: equivalent — at i = n both writes fall past the arrays
    for (let i = 0; i < n; i++) {
      nullFitted[i] = (yw[i] as number) - (nullFit.residuals[i] as number);
      shuffled[i] = nullFit.residuals[i] as number;
    }
    // Ratios equal up to rounding count as "at least as large" (the identity permutation reproduces the data).
    const threshold = statistic * (1 - 1e-10);
    let atLeast = 0;
    for (let r = 0; r < settings.permutations; r++) {
      for (let i = n - 1; i > 0; i--) {
        const j = random.nextInt(i + 1);
        const t = shuffled[i] as number;
        shuffled[i] = shuffled[j] as number;
        shuffled[j] = t;
      }
      // Stryker disable next-line EqualityOperator: equivalent — at i = n the write falls past the array
      for (let i = 0; i < n; i++) permuted[i] = (nullFitted[i] as number) + (shuffled[i] as number);
      const lineSse = lineResidual(grid, permuted, residual);
      bestModels(grid, residual, lineSse, kb, bestSse, bestNode, accumulated);
      if ((bestSse[ka] as number) / (bestSse[kb] as number) >= threshold) atLeast++;
    }
    const pValue = (1 + atLeast) / (settings.permutations + 1);
    const level = settings.adjustment === 'joinpoint' ? settings.alpha / (maxJoinpoints - ka) : settings.alpha / (maxJoinpoints - minJoinpoints);
    const rejected = pValue < level;
    tests.push({ nullJoinpoints: ka, alternativeJoinpoints: kb, statistic, pValue, level, rejected });
    if (rejected) ka++;
    else kb--;
  }
  return ka;
}

/** Segment slopes from the constrained fit, with Joinpoint's standard errors from unconstrained segment lines. */
function describeSegments(
  grid: JoinpointGrid,
  years: Float64Array,
  y: Float64Array,
  weights: Float64Array,
  locations: readonly number[],
  coefficients: Float64Array,
  model: 'logLinear' | 'linear',
  confidence: number,
  warnings: string[],
): { segments: JoinpointSegment[]; df: number | null } {
  const n = grid.n;
  const k = locations.length;
  // Observation ranges of the unconstrained segments: the points on joinpoints are set aside.
  const starts: number[] = [0];
  const ends: number[] = [];
  for (const j of locations) {
    ends.push(j - 1);
    starts.push(j + 1);
  }
  ends.push(n - 1);
  let parameters = 0;
  let pooledSse = 0;
  const sxx: number[] = [];
  for (let s = 0; s <= k; s++) {
    const from = starts[s] as number;
    const to = ends[s] as number;
    const count = to - from + 1;
    if (count <= 0) {
      sxx.push(0);
      continue;
    }
    let sw = 0;
    let swx = 0;
    let swy = 0;
    for (let i = from; i <= to; i++) {
      sw += weights[i] as number;
      swx += (weights[i] as number) * (grid.xc[i] as number);
      swy += (weights[i] as number) * (y[i] as number);
    }
    const xBar = swx / sw;
    const yBar = swy / sw;
    let segmentSxx = 0;
    let sxy = 0;
    for (let i = from; i <= to; i++) {
      const dx = (grid.xc[i] as number) - xBar;
      segmentSxx += (weights[i] as number) * dx * dx;
      // Stryker disable next-line ArithmeticOperator: equivalent — Σ w·dx = 0 about the weighted mean, so + yBar changes sxy only by rounding
      sxy += (weights[i] as number) * dx * ((y[i] as number) - yBar);
    }
    if (count === 1) {
      parameters += 1;
      sxx.push(0);
      continue;
    }
    parameters += 2;
    const b = sxy / segmentSxx;
    for (let i = from; i <= to; i++) {
      const e = (y[i] as number) - yBar - b * ((grid.xc[i] as number) - xBar);
      pooledSse += (weights[i] as number) * e * e;
    }
    sxx.push(segmentSxx);
  }
  const df = n - k - parameters;
  if (df <= 0) {
    warnings.push(`no degrees of freedom are left for standard errors (n = ${n}, ${k} joinpoint${k === 1 ? '' : 's'}); intervals and p-values are null.`);
  }
  // Read only for estimable segments, which need df > 0.
  const variance = pooledSse / df;
  const t = df > 0 ? tCritical(confidence, df) : Number.NaN;
  const bounds = [years[0] as number, ...locations.map((j) => years[j] as number), years[n - 1] as number];
  const segments: JoinpointSegment[] = [];
  let slope = coefficients[1] as number;
  for (let s = 0; s <= k; s++) {
    if (s > 0) slope += coefficients[s + 1] as number;
    const estimable = df > 0 && (sxx[s] as number) > 0;
    const se = estimable ? Math.sqrt(variance / (sxx[s] as number)) : null;
    if (df > 0 && !estimable) {
      warnings.push(`the segment ${bounds[s] as number}–${bounds[s + 1] as number} has fewer than 2 observations off its joinpoints, so its standard error is not estimable.`);
    }
    const slopeLower = se === null ? null : slope - t * se;
    const slopeUpper = se === null ? null : slope + t * se;
    const logLinear = model === 'logLinear';
    segments.push({
      startYear: bounds[s] as number,
      endYear: bounds[s + 1] as number,
      slope,
      seSlope: se,
      slopeLower,
      slopeUpper,
      apc: logLinear ? 100 * Math.expm1(slope) : null,
      lower: logLinear && slopeLower !== null ? 100 * Math.expm1(slopeLower) : null,
      upper: logLinear && slopeUpper !== null ? 100 * Math.expm1(slopeUpper) : null,
      pValue: se === null ? null : twoSidedTP(slope, se, df),
    });
  }
  return { segments, df: df > 0 ? df : null };
}
