import { quantileSorted } from 'simple-statistics';
import { describe, fail } from '../../internal/errors.ts';
import { integer, openUnitInterval } from '../../internal/validate.ts';
import { RMersenneTwister } from '../../uncertainty/internal/rRandom.ts';
import { normalQuantile } from '../../uncertainty/normalQuantile.ts';
import type { HeatInterval, HeatIntervalMethod, HeatSimulationBounds } from '../heatTypes.ts';
import type { CheckedHeatGroups } from './heat.ts';

/**
 * The interval part of a HEAT result.
 *
 * @internal
 */
export interface HeatIntervalFields {
  readonly standardError: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly interval: HeatInterval;
}

/**
 * Reads `confidence` (default 0.95).
 *
 * @internal
 */
export function heatConfidence(value: unknown, fn: string): number {
  return value === undefined ? 0.95 : openUnitInterval(value, 'options.confidence', fn);
}

/**
 * No interval, with the reason.
 *
 * @internal
 */
export function noInterval(confidence: number, reason: string): HeatIntervalFields {
  return { standardError: null, lower: null, upper: null, interval: { method: null, confidence, reason } };
}

/**
 * value ± z·se, z the normal quantile at 1 − (1 − confidence)/2.
 *
 * @internal
 */
export function normalInterval(value: number, standardError: number, method: HeatIntervalMethod, confidence: number): HeatIntervalFields {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return { standardError, lower: value - z * standardError, upper: value + z * standardError, interval: { method, confidence } };
}

/**
 * Why the subgroup standard errors cannot be used, or `undefined` when every subgroup has one.
 *
 * @internal
 */
export function missingStandardErrors(checked: CheckedHeatGroups): string | undefined {
  if (checked.standardError !== null) return undefined;
  return `groups[${checked.missingStandardError ?? 0}] has no standardError; this interval propagates the subgroups' sampling error, so every subgroup needs one`;
}

/**
 * Cumulative mid-point ranks Xⱼ = (Σ_{k<j} Nₖ + Nⱼ/2)/ΣN of ordered subgroups (HEAT `midPointProp`).
 *
 * @internal
 */
export function midpointRanks(weights: Float64Array): Float64Array {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i] as number;
  const ranks = new Float64Array(weights.length);
  let cumulative = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    ranks[i] = (cumulative + w / 2) / total;
    cumulative += w;
  }
  return ranks;
}

/**
 * A symmetric 2×2 matrix [[a, b], [b, c]] of the intercept and the rank coefficient.
 *
 * @internal
 */
export interface Symmetric2 {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

/** The inverse of a symmetric 2×2 matrix, `null` when singular. */
function invert(m: Symmetric2): Symmetric2 | null {
  const det = m.a * m.c - m.b * m.b;
  if (!(det > 0) || !Number.isFinite(det)) return null;
  return { a: m.c / det, b: -m.b / det, c: m.a / det };
}

/** B·M·B for symmetric 2×2 B and M. */
function sandwichProduct(bread: Symmetric2, meat: Symmetric2): Symmetric2 {
  const ba = bread.a * meat.a + bread.b * meat.b;
  const bb = bread.a * meat.b + bread.b * meat.c;
  const ca = bread.b * meat.a + bread.c * meat.b;
  const cb = bread.b * meat.b + bread.c * meat.c;
  return { a: ba * bread.a + bb * bread.b, b: ba * bread.b + bb * bread.c, c: ca * bread.b + cb * bread.c };
}

/**
 * √(gᵀ V g): the delta-method standard error of a function with gradient (g₀, g₁) in the intercept and slope.
 *
 * @internal
 */
export function deltaStandardError(covariance: Symmetric2, g0: number, g1: number): number {
  return Math.sqrt(Math.max(0, g0 * g0 * covariance.a + 2 * g0 * g1 * covariance.b + g1 * g1 * covariance.c));
}

/**
 * A fitted line (or logistic curve) on the rank scale with the covariance of its two coefficients.
 *
 * @internal
 */
export interface RankFit {
  /** The coefficient at rank 0 (intercept) and the rank coefficient (slope), on the model's link scale. */
  readonly intercept: number;
  readonly slope: number;
  /** Their covariance matrix; `null` when it is undefined (see `reason`). */
  readonly covariance: Symmetric2 | null;
  readonly reason?: string;
}

/**
 * Weighted least squares of y on the rank x with weights w (population shares), and the covariance of the
 * coefficients: `'sandwich'` is the HC1 heteroskedasticity-consistent covariance, n/(n − 2)·B·Σ wⱼ²eⱼ²xⱼxⱼᵀ·B
 * with B = (XᵀWX)⁻¹ (R `sandwich::vcovHC(type = "HC1")` on `glm(y ~ rank, weights = population)`, as
 * healthequal with `linear = TRUE`); `'subgroupStandardErrors'` treats each yⱼ as independent with standard error sⱼ, so
 * the coefficients, linear in y, have covariance Σ sⱼ² aⱼaⱼᵀ (HEAT 2.0 `sii.R`, `rii.R`).
 *
 * @internal
 */
export function linearRankFit(
  x: Float64Array,
  y: Float64Array,
  w: Float64Array,
  method: 'sandwich' | 'subgroupStandardErrors',
  standardError: Float64Array | null,
): RankFit | null {
  let sw = 0;
  let swx = 0;
  let swy = 0;
  let used = 0;
  for (let j = 0; j < x.length; j++) {
    const wj = w[j] as number;
    if (wj === 0) continue;
    used++;
    sw += wj;
    swx += wj * (x[j] as number);
    swy += wj * (y[j] as number);
  }
  const meanX = swx / sw;
  const meanY = swy / sw;
  let sxx = 0;
  let sxy = 0;
  for (let j = 0; j < x.length; j++) {
    const wj = w[j] as number;
    const dx = (x[j] as number) - meanX;
    sxx += wj * dx * dx;
    sxy += wj * dx * ((y[j] as number) - meanY);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  if (method === 'subgroupStandardErrors') {
    if (standardError === null) return { intercept, slope, covariance: null };
    let a = 0;
    let b = 0;
    let c = 0;
    for (let j = 0; j < x.length; j++) {
      const wj = w[j] as number;
      const s2 = (standardError[j] as number) ** 2;
      // ∂slope/∂yⱼ and ∂intercept/∂yⱼ, with w summing to 1.
      const dSlope = (wj * ((x[j] as number) - meanX)) / sxx;
      const dIntercept = wj / sw - dSlope * meanX;
      a += s2 * dIntercept * dIntercept;
      b += s2 * dIntercept * dSlope;
      c += s2 * dSlope * dSlope;
    }
    return { intercept, slope, covariance: { a, b, c } };
  }
  if (used <= 2) return { intercept, slope, covariance: null, reason: 'the HC1 covariance needs more subgroups than coefficients (at least 3 with population)' };
  let ma = 0;
  let mb = 0;
  let mc = 0;
  for (let j = 0; j < x.length; j++) {
    const xj = x[j] as number;
    const score = (w[j] as number) * ((y[j] as number) - intercept - slope * xj);
    ma += score * score;
    mb += score * score * xj;
    mc += score * score * xj * xj;
  }
  const bread = invert({ a: sw, b: swx, c: sxx + swx * meanX }) as Symmetric2;
  const v = sandwichProduct(bread, { a: ma, b: mb, c: mc });
  const scale = used / (used - 2);
  return { intercept, slope, covariance: { a: v.a * scale, b: v.b * scale, c: v.c * scale } };
}

/**
 * Maximum-likelihood logistic regression of events out of trials on the rank x, each subgroup's log-likelihood
 * multiplied by a prior weight, by Newton–Raphson (iteratively reweighted least squares from R `glm`'s
 * starting values) to full precision; with the model-based covariance (the inverse information) or the HC1
 * sandwich covariance. `null` when the fit does not converge (the estimates separate along the ranks, or all
 * sit at 0 or 1).
 *
 * @internal
 */
export function logisticRankFit(
  x: Float64Array,
  events: Float64Array,
  trials: Float64Array,
  priorWeight: Float64Array,
  method: 'sandwich' | 'model',
): RankFit | null {
  const n = x.length;
  const eta = new Float64Array(n);
  let used = 0;
  for (let j = 0; j < n; j++) {
    const t = trials[j] as number;
    if (t > 0 && (priorWeight[j] as number) > 0) used++;
    const start = ((events[j] as number) + 0.5) / (t + 1);
    eta[j] = Math.log(start / (1 - start));
  }
  if (used < 2) return null;
  let intercept = 0;
  let slope = 0;
  let converged = false;
  for (let iteration = 0; iteration < 100; iteration++) {
    // One IRLS step: weighted least squares of the working response on x.
    let sw = 0;
    let swx = 0;
    let swz = 0;
    let swxx = 0;
    let swxz = 0;
    for (let j = 0; j < n; j++) {
      const t = trials[j] as number;
      const pw = priorWeight[j] as number;
      if (!(t > 0 && pw > 0)) continue;
      const e = eta[j] as number;
      const mu = 1 / (1 + Math.exp(-e));
      const variance = mu * (1 - mu);
      const weight = pw * t * variance;
      const z = e + ((events[j] as number) / t - mu) / variance;
      const xj = x[j] as number;
      sw += weight;
      swx += weight * xj;
      swz += weight * z;
      swxx += weight * xj * xj;
      swxz += weight * xj * z;
    }
    const inverse = invert({ a: sw, b: swx, c: swxx });
    if (inverse === null) return null;
    const nextIntercept = inverse.a * swz + inverse.b * swxz;
    const nextSlope = inverse.b * swz + inverse.c * swxz;
    if (!Number.isFinite(nextIntercept) || !Number.isFinite(nextSlope)) return null;
    const change = Math.abs(nextIntercept - intercept) + Math.abs(nextSlope - slope);
    intercept = nextIntercept;
    slope = nextSlope;
    for (let j = 0; j < n; j++) eta[j] = intercept + slope * (x[j] as number);
    if (iteration > 0 && change <= 1e-13 * (1 + Math.abs(intercept) + Math.abs(slope))) {
      converged = true;
      break;
    }
  }
  // Separation drives |η| past where 1 − μ rounds to 0; the coefficients are then meaningless.
  if (!converged || Math.abs(intercept) > 30 || Math.abs(intercept + slope) > 30) return null;
  let ia = 0;
  let ib = 0;
  let ic = 0;
  let ma = 0;
  let mb = 0;
  let mc = 0;
  for (let j = 0; j < n; j++) {
    const t = trials[j] as number;
    const pw = priorWeight[j] as number;
    if (!(t > 0 && pw > 0)) continue;
    const xj = x[j] as number;
    const mu = 1 / (1 + Math.exp(-(eta[j] as number)));
    const information = pw * t * mu * (1 - mu);
    ia += information;
    ib += information * xj;
    ic += information * xj * xj;
    const score = pw * ((events[j] as number) - t * mu);
    ma += score * score;
    mb += score * score * xj;
    mc += score * score * xj * xj;
  }
  const bread = invert({ a: ia, b: ib, c: ic });
  if (bread === null) return null;
  if (method === 'model') return { intercept, slope, covariance: bread };
  if (used <= 2) return { intercept, slope, covariance: null, reason: 'the HC1 covariance needs more subgroups than coefficients (at least 3 with population)' };
  const v = sandwichProduct(bread, { a: ma, b: mb, c: mc });
  const scale = used / (used - 2);
  return { intercept, slope, covariance: { a: v.a * scale, b: v.b * scale, c: v.c * scale } };
}

/**
 * R's `round()`: to the nearest whole number, halves to even (IEC 60559).
 *
 * @internal
 */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * Walter's (1978) standard error of the population attributable fraction, on the fraction scale, from the
 * 2×2 table the subgroup proportions and populations imply (reference subgroup "unexposed"; HEAT
 * `calc_paf.R`, healthequal `paf()`):
 *
 * c = y_ref·N_ref, d = N_ref − c, a = μN − c, b = N − a − N_ref,
 * Var = c·N·(a·d·(N − c) + b·c²) / ((a + c)³ (c + d)³).
 *
 * A reason instead when the estimates are not proportions or the table is degenerate.
 *
 * @internal
 */
export function walterStandardError(checked: CheckedHeatGroups, reference: number): number | string {
  for (let j = 0; j < checked.estimate.length; j++) {
    const y = checked.estimate[j] as number;
    if (!(y >= 0 && y <= 1)) return `groups[${j}].estimate is ${y}, not a proportion in [0, 1]; Walter's variance is for proportions of the subgroup populations`;
  }
  const total = checked.totalPopulation;
  const referencePopulation = checked.population[reference] as number;
  if (!(referencePopulation > 0)) return 'the reference subgroup has population 0; Walter\'s variance is undefined';
  if (!(checked.mean > 0)) return 'the population-weighted mean is 0; Walter\'s variance is undefined';
  const c = (checked.estimate[reference] as number) * referencePopulation;
  const d = referencePopulation - c;
  const a = checked.mean * total - c;
  const b = total - a - referencePopulation;
  const variance = (c * total * (a * d * (total - c) + b * c * c)) / ((a + c) ** 3 * (c + d) ** 3);
  return Math.sqrt(Math.max(0, variance));
}

/** Reads the simulation options. */
function simulationSettings(
  options: { simulations?: unknown; seed?: unknown; bounds?: unknown },
  fn: string,
): { simulations: number; seed: number; bounds: HeatSimulationBounds } {
  const simulations = options.simulations === undefined ? 100 : integer(options.simulations, 'options.simulations', fn, { min: 1, max: 1_000_000 });
  const seed = options.seed === undefined ? 123456 : integer(options.seed, 'options.seed', fn, { min: -2147483647, max: 2147483647 });
  const bounds = options.bounds ?? 'proportion';
  if (bounds !== 'proportion' && bounds !== 'positive' && bounds !== 'none') {
    fail('invalid_value', 'options.bounds', `${fn}: options.bounds is ${describe(bounds)}; use 'proportion' ([0, 1]), 'positive' ((0, ∞)) or 'none'.`);
  }
  return { simulations, seed, bounds };
}

/** Consecutive out-of-bounds draws after which a subgroup's simulation gives up. */
const MAX_REDRAWS = 100_000;

/**
 * HEAT's simulation interval: `simulations` data sets, each subgroup estimate drawn from a normal distribution
 * with its estimate as mean and its standard error as SD (redrawn while outside `bounds`), the measure
 * recomputed on each, and the (1 − confidence)/2 and (1 + confidence)/2 percentiles (R type 7) of the results.
 * Draws come from R's generator after `set.seed(seed)`, subgroup by subgroup within a data set, as HEAT and
 * healthequal draw them, so the same seed gives R's numbers.
 *
 * @internal
 */
export function simulationInterval(
  checked: CheckedHeatGroups,
  options: { simulations?: unknown; seed?: unknown; bounds?: unknown },
  confidence: number,
  measure: (estimates: Float64Array) => number | null,
  fn: string,
): HeatIntervalFields {
  const settings = simulationSettings(options, fn);
  const missing = missingStandardErrors(checked);
  if (missing !== undefined) return noInterval(confidence, missing);
  const standardError = checked.standardError as Float64Array;
  const { bounds } = settings;
  const low = bounds === 'none' ? Number.NEGATIVE_INFINITY : 0;
  const high = bounds === 'proportion' ? 1 : Number.POSITIVE_INFINITY;
  for (let j = 0; j < checked.estimate.length; j++) {
    const y = checked.estimate[j] as number;
    if (y < low || y > high) {
      const range = bounds === 'proportion' ? '[0, 1]' : '[0, ∞)';
      const which = options.bounds === undefined ? ' (the default)' : '';
      const fix = bounds === 'proportion' ? "'positive' for rates and other positive indicators, or 'none'" : "'none'";
      fail('out_of_range', `groups[${j}].estimate`, `${fn}: groups[${j}].estimate is ${y}, outside ${range}, the range of options.bounds '${bounds}'${which}; pass bounds: ${fix}.`);
    }
  }
  const rng = new RMersenneTwister(settings.seed);
  const draws = new Float64Array(checked.estimate.length);
  const results = new Float64Array(settings.simulations);
  let valid = 0;
  for (let s = 0; s < settings.simulations; s++) {
    for (let j = 0; j < draws.length; j++) {
      const mean = checked.estimate[j] as number;
      const sd = standardError[j] as number;
      let draw = rng.rnorm(mean, sd);
      // A zero standard error draws nothing (R's rnorm returns the mean), so there is nothing to redraw.
      let redraws = 0;
      while (sd > 0 && !(bounds === 'none' || (bounds === 'proportion' ? draw >= 0 && draw <= 1 : draw > 0))) {
        if (++redraws === MAX_REDRAWS) {
          return noInterval(confidence, `groups[${j}]: ${MAX_REDRAWS} draws in a row fell outside the bounds '${bounds}'; its standard error is too large for a simulated interval`);
        }
        draw = rng.rnorm(mean, sd);
      }
      draws[j] = draw;
    }
    const value = measure(draws);
    if (value !== null && Number.isFinite(value)) results[valid++] = value;
  }
  if (valid === 0) return noInterval(confidence, 'the measure is undefined in every simulated data set');
  const sorted = Array.from(results.subarray(0, valid).sort());
  // simple-statistics' quantileSorted is R's quantile(type = 7), as HEAT reports its simulation percentiles.
  return {
    standardError: null,
    lower: quantileSorted(sorted, (1 - confidence) / 2),
    upper: quantileSorted(sorted, (1 + confidence) / 2),
    interval: { method: 'simulation', confidence, simulations: settings.simulations, seed: settings.seed, bounds },
  };
}

/**
 * The regression of ordered subgroups' estimates on their mid-point ranks behind the SII and RII, with the
 * fitted values at both ends of the social scale and the coefficients' covariance.
 *
 * @internal
 */
export interface HeatRankModel {
  /** Fitted estimate at rank 0 (most disadvantaged end) and rank 1 (most advantaged end). */
  readonly bottom: number;
  readonly top: number;
  /** Covariance of (intercept, slope) on the link scale; `null` with `reason` when there is no interval. */
  readonly covariance: Symmetric2 | null;
  readonly reason?: string;
}

/**
 * Fits the SII/RII regression:
 * - `'linear'`: weighted least squares of yⱼ on Xⱼ with weights pⱼ (HEAT `sii.R`); covariance `'sandwich'`
 *   (HC1, healthequal `linear = TRUE`) or `'subgroupStandardErrors'` (HEAT 2.0's closed form);
 * - `'logistic'`: with `'sandwich'`, a binomial GLM of round(yⱼ·⌈Nⱼ⌉) events out of ⌈Nⱼ⌉ with prior weights
 *   ⌈Nⱼ⌉ and HC1 covariance (HEAT's `calc_sii.R`, healthequal `sii()`); with `'subgroupStandardErrors'`, a binomial GLM of
 *   round(yⱼ·nⱼ) events out of the effective sample sizes nⱼ = round(yⱼ(1 − yⱼ)/sⱼ²) and the model-based
 *   covariance (HEAT 2.0 `sii.R`, scale 100).
 * `null` with a reason when the model cannot be fitted.
 *
 * @internal
 */
export function heatRankModel(
  checked: CheckedHeatGroups,
  model: 'linear' | 'logistic',
  method: 'sandwich' | 'subgroupStandardErrors',
  fn: string,
): HeatRankModel | string {
  const missing = method === 'subgroupStandardErrors' ? missingStandardErrors(checked) : undefined;
  if (model === 'linear') {
    const fit = linearRankFit(midpointRanks(checked.population), checked.estimate, checked.share, method, checked.standardError);
    if (fit === null) return 'fewer than two subgroups with population: the regression is undefined';
    const base = { bottom: fit.intercept, top: fit.intercept + fit.slope };
    if (missing !== undefined) return { ...base, covariance: null, reason: missing };
    return fit.covariance === null ? { ...base, covariance: null, reason: fit.reason ?? 'the covariance is undefined' } : { ...base, covariance: fit.covariance };
  }
  const n = checked.estimate.length;
  for (let j = 0; j < n; j++) {
    const y = checked.estimate[j] as number;
    if (!(y >= 0 && y <= 1)) {
      fail('out_of_range', `groups[${j}].estimate`, `${fn}: groups[${j}].estimate is ${y}; model 'logistic' needs proportions in [0, 1] — give shares as fractions (0.42, not 42) or use model 'linear'.`);
    }
  }
  const events = new Float64Array(n);
  const trials = new Float64Array(n);
  const prior = new Float64Array(n);
  let ranks: Float64Array;
  if (method === 'sandwich') {
    for (let j = 0; j < n; j++) {
      const size = Math.ceil(checked.population[j] as number);
      trials[j] = size;
      prior[j] = size;
      events[j] = roundHalfEven((checked.estimate[j] as number) * size);
    }
    ranks = midpointRanks(trials);
  } else {
    if (missing !== undefined) return `the logistic model with intervalMethod 'subgroupStandardErrors' takes its effective sample sizes from the standard errors: ${missing}`;
    const standardError = checked.standardError as Float64Array;
    for (let j = 0; j < n; j++) {
      const y = checked.estimate[j] as number;
      const s = standardError[j] as number;
      if (!(s > 0)) return `groups[${j}].standardError is 0; effective sample sizes p(1 − p)/se² need positive standard errors`;
      const effective = (y * (1 - y)) / (s * s);
      events[j] = roundHalfEven(y * effective);
      trials[j] = roundHalfEven(effective);
      prior[j] = 1;
    }
    ranks = midpointRanks(checked.population);
  }
  const fit = logisticRankFit(ranks, events, trials, prior, method === 'sandwich' ? 'sandwich' : 'model');
  if (fit === null) return 'the logistic regression does not converge: the estimates separate completely along the ranks, or all lie at 0 or 1';
  const bottom = 1 / (1 + Math.exp(-fit.intercept));
  const top = 1 / (1 + Math.exp(-(fit.intercept + fit.slope)));
  return fit.covariance === null ? { bottom, top, covariance: null, reason: fit.reason ?? 'the covariance is undefined' } : { bottom, top, covariance: fit.covariance };
}

/**
 * Reads `model` (default `'linear'`) and `intervalMethod` (default `'sandwich'`) of the SII and RII.
 *
 * @internal
 */
export function rankModelOptions(options: { model?: unknown; intervalMethod?: unknown }, fn: string): { model: 'linear' | 'logistic'; method: 'sandwich' | 'subgroupStandardErrors' } {
  const model = options.model ?? 'linear';
  if (model !== 'linear' && model !== 'logistic') {
    fail('invalid_value', 'options.model', `${fn}: options.model is ${describe(model)}; use 'linear' or 'logistic' (for proportions).`);
  }
  const method = options.intervalMethod ?? 'sandwich';
  if (method !== 'sandwich' && method !== 'subgroupStandardErrors') {
    fail('invalid_value', 'options.intervalMethod', `${fn}: options.intervalMethod is ${describe(method)}; use 'sandwich' or 'subgroupStandardErrors'.`);
  }
  return { model, method };
}
