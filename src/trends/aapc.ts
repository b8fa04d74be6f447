import { describe, fail } from '../internal/errors.ts';
import { finiteNumber } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { tCritical, twoSidedNormalP, twoSidedTP } from './internal/inference.ts';
import { checkOptions, choice, confidenceLevel } from './internal/options.ts';
import type { JoinpointResult } from './joinpoint.ts';

/** Options of {@link aapc}. */
export interface AapcOptions {
  /** First year of the range. Default: the first year of the fit. */
  from?: number;
  /** Last year of the range (after `from`). Default: the last year of the fit. */
  to?: number;
  /** Confidence level of the interval, strictly inside (0, 1). Default: the fit's. */
  confidence?: number;
  /**
   * Distribution of the interval when the range spans several segments: `'normal'` (default; Clegg et al. 2009,
   * Joinpoint's parametric AAPC interval) or `'t'` with the fit's degrees of freedom (Kim, Luo, Chen & Feuer 2017's
   * first method, a little wider). Inside one segment the AAPC is that segment's APC with its t interval either way.
   */
  distribution?: 'normal' | 't';
}

/** An average annual percent change over a range of years. */
export interface AapcResult {
  /** First year of the range. */
  readonly from: number;
  /** Last year of the range. */
  readonly to: number;
  /** AAPC = 100·(e^{b̄} − 1), percent per year; `null` on the linear model or when the fit has no model. */
  readonly aapc: number | null;
  /** Lower end of the AAPC interval. */
  readonly lower: number | null;
  /** Upper end of the AAPC interval. */
  readonly upper: number | null;
  /** b̄ = Σ wᵢbᵢ / Σ wᵢ, the segment slopes weighted by the years each covers in the range (model scale, per year). */
  readonly averageSlope: number | null;
  /** Standard error of b̄, √(Σ wᵢ²·SEᵢ²)/Σ wᵢ (segment slopes are independent in Joinpoint's variance model). */
  readonly seAverageSlope: number | null;
  /** Lower end of b̄'s interval. */
  readonly slopeLower: number | null;
  /** Upper end of b̄'s interval. */
  readonly slopeUpper: number | null;
  /** Two-sided p-value of b̄ = 0. */
  readonly pValue: number | null;
  /** Whether the range lies inside one segment (then AAPC = that segment's APC). */
  readonly singleSegment: boolean;
  /** Distribution of the interval: `'t'` inside one segment, else the `distribution` option. */
  readonly distribution: 'normal' | 't';
  /** Confidence level of the interval. */
  readonly confidence: number;
  /** Why fields are `null`. */
  readonly warnings: string[];
}

const FN = 'aapc';

/**
 * Average annual percent change (AAPC) of a joinpoint fit over a range of years, with its interval: one number for
 * "how fast did it change from 2015 to 2024" that respects the joinpoints inside the range.
 *
 * Formulas (Clegg, Hankey, Tiwari, Feuer & Edwards, "Estimating average annual per cent change in trend analysis",
 * Statistics in Medicine 2009; NCI Joinpoint Help, "Average Annual Percent Change (AAPC) and Confidence
 * Interval"): with bᵢ the slope of segment i on the log scale and wᵢ the number of years of the range it covers,
 * b̄ = Σ wᵢbᵢ / Σ wᵢ and AAPC = 100(e^{b̄} − 1). Var(b̄) = Σ wᵢ²·Var(bᵢ) / (Σ wᵢ)², the segment slopes being
 * independent under Joinpoint's per-segment variance model; the interval is 100(e^{b̄ ± z·SE} − 1) with the normal
 * quantile (or t, see `distribution`). A range inside one segment gives that segment's APC and t interval. On the
 * linear model the same weighting gives the average annual change (`averageSlope`, value units per year) and the
 * AAPC is `null`.
 *
 * @param fit - A result of {@link joinpoint}.
 * @param options - See {@link AapcOptions}.
 * @returns The AAPC in percent per year with its interval, the average slope and the test of b̄ = 0; `null`
 *   fields with a warning when the fit has no model or a segment in the range has no standard error.
 * @throws {EquityLensError} `invalid_type` when `fit` is not a joinpoint result; `out_of_range` for a range outside
 *   the fit's years, `to` ≤ `from`, or a `confidence` outside (0, 1); `invalid_value` for an unknown `distribution`.
 * @category Trends
 * @example
 * ```ts
 * import { aapc } from "./aapc.ts";
 * import { joinpoint } from "./joinpoint.ts";
 *
 * const series = Array.from({ length: 12 }, (_, i) => {
 *   const year = 2012 + i;
 *   const log = year <= 2018 ? 0.05 * (year - 2012) : 0.3 - 0.03 * (year - 2018);
 *   return { year, value: 100 * Math.exp(log) * (1 + 0.002 * Math.sin(7 * i)) };
 * });
 * const fit = joinpoint(series, { maxJoinpoints: 1, selection: "bic" });
 * // 2014–2023: four years at +5 %, five at −3 %.
 * aapc(fit, { from: 2014, to: 2023 }).aapc?.toFixed(2); // => "0.57"
 * aapc(fit, { from: 2019, to: 2023 }).singleSegment; // => true
 * ```
 */
export function aapc(fit: JoinpointResult, options?: AapcOptions): AapcResult {
  const opts = checkOptions(options, ['from', 'to', 'confidence', 'distribution'], FN);
  if (fit === null || typeof fit !== 'object' || !Array.isArray((fit as { segments?: unknown }).segments)) {
    fail('invalid_type', 'fit', `${FN}: fit is ${describe(fit)}; expected the result of joinpoint(series, options).`);
  }
  const confidence = opts.confidence === undefined ? fit.confidence : confidenceLevel(opts.confidence, FN);
  const requested = choice(opts.distribution, ['normal', 't'] as const, 'normal', 'options.distribution', FN);
  const warnings: string[] = [];
  const segments = fit.segments;
  const first = segments[0];
  const last = segments[segments.length - 1];
  const from = opts.from === undefined ? (first?.startYear ?? Number.NaN) : finiteNumber(opts.from, 'options.from', FN);
  const to = opts.to === undefined ? (last?.endYear ?? Number.NaN) : finiteNumber(opts.to, 'options.to', FN);
  const empty = (singleSegment: boolean, distribution: 'normal' | 't'): AapcResult => ({
    from,
    to,
    aapc: null,
    lower: null,
    upper: null,
    averageSlope: null,
    seAverageSlope: null,
    slopeLower: null,
    slopeUpper: null,
    pValue: null,
    singleSegment,
    distribution,
    confidence,
    warnings,
  });
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — first and last are the ends of the same array, undefined together
  if (first === undefined || last === undefined) {
    warnings.push('the fit has no model (see its warnings), so there is no AAPC.');
    return empty(false, requested);
  }
  if (from < first.startYear || to > last.endYear) {
    fail(
      'out_of_range',
      from < first.startYear ? 'options.from' : 'options.to',
      `${FN}: the range ${from}–${to} reaches outside the fit's years ${first.startYear}–${last.endYear}; an AAPC summarises the fitted model, so keep the range inside it.`,
    );
  }
  if (!(to > from)) fail('out_of_range', 'options.to', `${FN}: options.to is ${to}, not after options.from ${from}; give a range of at least one year.`);

  let weightSum = 0;
  let weightedSlope = 0;
  let weightedVariance = 0;
  let covering = 0;
  let only = first;
  let missingSe = false;
  for (const segment of segments) {
    const weight = Math.max(0, Math.min(to, segment.endYear) - Math.max(from, segment.startYear));
    if (weight <= 0) continue;
    covering++;
    only = segment;
    weightSum += weight;
    weightedSlope += weight * segment.slope;
    if (segment.seSlope === null) missingSe = true;
    else weightedVariance += weight * weight * segment.seSlope * segment.seSlope;
  }
  const singleSegment = covering === 1;
  const distribution = singleSegment ? 't' : requested;
  const logLinear = fit.model === 'logLinear';
  const averageSlope = singleSegment ? only.slope : weightedSlope / weightSum;
  const toPercent = (b: number): number | null => (logLinear ? 100 * Math.expm1(b) : null);
  const df = fit.df;
  // Stryker disable next-line ConditionalExpression: equivalent — joinpoint leaves every segment's seSlope null when df is null, so missingSe is true then
  if (missingSe || df === null) {
    warnings.push('a segment in the range has no standard error (see the fit\'s warnings), so the interval and p-value are null.');
    return { ...empty(singleSegment, distribution), aapc: toPercent(averageSlope), averageSlope };
  }
  const se = singleSegment ? (only.seSlope as number) : Math.sqrt(weightedVariance) / weightSum;
  const critical = distribution === 't' ? tCritical(confidence, df) : normalQuantile((1 + confidence) / 2);
  const slopeLower = averageSlope - critical * se;
  const slopeUpper = averageSlope + critical * se;
  return {
    from,
    to,
    aapc: toPercent(averageSlope),
    lower: toPercent(slopeLower),
    upper: toPercent(slopeUpper),
    averageSlope,
    seAverageSlope: se,
    slopeLower,
    slopeUpper,
    pValue: distribution === 't' ? twoSidedTP(averageSlope, se, df) : se === 0 ? (averageSlope === 0 ? 1 : 0) : twoSidedNormalP(averageSlope / se),
    singleSegment,
    distribution,
    confidence,
    warnings,
  };
}
