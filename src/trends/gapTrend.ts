import { fail } from '../internal/errors.ts';
import { tCritical, twoSidedNormalP, twoSidedTP } from './internal/inference.ts';
import { fitLogLinear } from './internal/logLinear.ts';
import { fitOls } from './internal/ols.ts';
import { checkOptions, confidenceLevel } from './internal/options.ts';
import { commonYears, packSeries } from './internal/series.ts';

/** Options of {@link gapTrend}. */
export interface GapTrendOptions {
  /** Confidence level of the slope intervals, strictly inside (0, 1). Default 0.95. */
  confidence?: number;
}

/** The gap on the absolute scale: group − reference. */
export interface AbsoluteGapTrend {
  /** Observed gap (group − reference) in the first common year. */
  readonly first: number;
  /** Observed gap in the last common year. */
  readonly last: number;
  /** OLS slope of the gap on year (units per year). */
  readonly slope: number;
  /** Standard error of the slope. */
  readonly seSlope: number;
  /** Interval of the slope. */
  readonly lower: number;
  /** Interval of the slope. */
  readonly upper: number;
  /** Two-sided p-value of slope = 0 (t, n − 2 df). */
  readonly pValue: number;
  /** The fitted gap in the last common year. */
  readonly fittedLast: number;
  /**
   * Whether the fitted gap is shrinking toward 0; `null` when the fitted gap is 0 or the slope is 0 within rounding
   * (its change over the years spanned is at most 1e−12 of the largest |rate|).
   */
  readonly closing: boolean | null;
  /** |fitted last gap| / |slope| when closing, else `null`. */
  readonly yearsToParity: number | null;
}

/** The gap on the relative scale: group ÷ reference, analysed on the log scale. */
export interface RelativeGapTrend {
  /** Observed ratio group/reference in the first common year. */
  readonly first: number;
  /** Observed ratio in the last common year. */
  readonly last: number;
  /** Slope of ln(group/reference) on year; identical to apcSlopeGroup − apcSlopeReference. */
  readonly logRatioSlope: number;
  /** Annual percent change of the ratio, 100(e^slope − 1). */
  readonly ratioApc: number;
  /** APC of the group, 100(e^{b_g} − 1). */
  readonly apcGroup: number;
  /** APC of the reference, 100(e^{b_r} − 1). */
  readonly apcReference: number;
  /** z = (b_g − b_r)/√(SE_g² + SE_r²), the comparison of the two APCs (SEER*Stat-style, independent series). */
  readonly z: number;
  /** Two-sided p-value of z. */
  readonly pValue: number;
  /** The fitted ratio in the last common year. */
  readonly fittedLast: number;
  /**
   * Whether the fitted ratio is moving toward 1; `null` when it is exactly 1 or the slope is 0 within rounding (its
   * change over the years spanned is at most 1e−12 of the largest |ln rate|: a constant ratio is neither).
   */
  readonly closing: boolean | null;
  /** |ln fitted last ratio| / |slope| when closing, else `null`. */
  readonly yearsToParity: number | null;
}

/** Whether the gap between a group and its reference is closing, on both scales. */
export interface GapTrendResult {
  /** The years both series have, in order. */
  readonly years: number[];
  /** Number of common years. */
  readonly n: number;
  /** Absolute scale (difference). */
  readonly absolute: AbsoluteGapTrend;
  /** Relative scale (ratio); `null` when a value is ≤ 0 (see `warnings`). */
  readonly relative: RelativeGapTrend | null;
  /** Whether the two scales agree on closing; `null` when either is undetermined. */
  readonly agree: boolean | null;
  /** Confidence level of the intervals. */
  readonly confidence: number;
  /** Why the relative scale is missing, which years were unmatched, disagreements. */
  readonly warnings: string[];
}

const FN = 'gapTrend';

/**
 * Is the disparity between a group and its reference closing? Answers on the absolute scale (the difference)
 * and the relative scale (the ratio), which can disagree — both are always reported.
 *
 * Method (reference stats.md §5.7): absolute — OLS slope of group − reference on year, with its t interval;
 * closing when the fitted gap moves toward 0; years to parity = |fitted last gap|/|slope|. Relative — the slope
 * of ln(group/reference) on year, which is exactly the difference of the two log-linear (APC) slopes
 * b_g − b_r; the test compares the APCs as independent series, z = (b_g − b_r)/√(SE_g² + SE_r²) (SEER*Stat's
 * comparison of APCs; Joinpoint's parallelism test is different); years to parity = |ln fitted last ratio|/|slope|.
 * Example of disagreement: group 20 → 10 while the reference goes 10 → 4: the difference narrows (10 → 6) but
 * the ratio widens (2 → 2.5).
 *
 * @param group - The group's yearly rates `{ year, value }`.
 * @param reference - The reference group's yearly rates; only years in both series are compared (at least 3).
 * @param options - See {@link GapTrendOptions}.
 * @returns Both scales with their slopes, tests, closing flags and years to parity.
 * @throws {EquityLensError} `too_short` when either series has fewer than 3 years (on its path) or they share fewer
 *   than 3; `out_of_range` for a `confidence`
 *   outside (0, 1); `duplicate`, `not_finite`, `invalid_type` or `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { gapTrend } from "./gapTrend.ts";
 *
 * const group = [{ year: 2020, value: 20 }, { year: 2021, value: 15 }, { year: 2022, value: 10 }];
 * const reference = [{ year: 2020, value: 10 }, { year: 2021, value: 7 }, { year: 2022, value: 4 }];
 * const result = gapTrend(group, reference);
 * result.absolute.closing; // => true
 * result.relative?.closing; // => false
 * result.agree; // => false
 * ```
 */
export function gapTrend(
  group: readonly { readonly year: number; readonly value: number }[],
  reference: readonly { readonly year: number; readonly value: number }[],
  options?: GapTrendOptions,
): GapTrendResult {
  const opts = checkOptions(options, ['confidence'], FN);
  const confidence = confidenceLevel(opts.confidence, FN);
  const g = packSeries(group, 'group', FN, 3, 'a gap trend');
  const r = packSeries(reference, 'reference', FN, 3, 'a gap trend');
  const warnings: string[] = [];
  const common = commonYears(g, r);
  const { years } = common;
  const n = years.length;
  if (n < 3) {
    fail('too_short', 'reference', `${FN}: group and reference share ${n} year${n === 1 ? '' : 's'}; a gap trend needs at least 3 common years.`);
  }
  const unmatched = g.n + r.n - 2 * n;
  if (unmatched > 0) warnings.push(`${unmatched} year${unmatched === 1 ? '' : 's'} observed in only one series ${unmatched === 1 ? 'was' : 'were'} left out.`);
  const x = Float64Array.from(years);
  const gArr = common.first;
  const rArr = common.second;
  const gaps = gArr.map((value, k) => value - (rArr[k] as number));
  const t = tCritical(confidence, n - 2);
  const lastYear = years[n - 1] as number;

  const gapFit = fitOls(x, gaps);
  const fittedGap = gapFit.yMean + gapFit.slope * (lastYear - gapFit.xMean);
  const span = lastYear - (years[0] as number);
  const absClosing = closingFlag(fittedGap, gapFit.slope, span, largestMagnitude(gArr, rArr, (v) => v));
  const absolute: AbsoluteGapTrend = {
    first: gaps[0] as number,
    last: gaps[n - 1] as number,
    slope: gapFit.slope,
    seSlope: gapFit.seSlope,
    lower: gapFit.slope - t * gapFit.seSlope,
    upper: gapFit.slope + t * gapFit.seSlope,
    pValue: twoSidedTP(gapFit.slope, gapFit.seSlope, gapFit.df),
    fittedLast: fittedGap,
    closing: absClosing,
    yearsToParity: absClosing === true ? Math.abs(fittedGap) / Math.abs(gapFit.slope) : null,
  };

  let relative: RelativeGapTrend | null = null;
  let agree: boolean | null = null;
  const gFit = fitLogLinear(x, gArr);
  const rFit = fitLogLinear(x, rArr);
  if (gFit === null || rFit === null) {
    warnings.push('a rate is ≤ 0, so the ratio has no logarithm and the relative scale is not computed (as SEER*Stat skips the APC).');
  } else {
    const slope = gFit.slope - rFit.slope;
    const fittedLogRatio = gFit.yMean - rFit.yMean + slope * (lastYear - gFit.xMean);
    const z = slope / Math.sqrt(gFit.seSlope * gFit.seSlope + rFit.seSlope * rFit.seSlope);
    const relClosing = closingFlag(fittedLogRatio, slope, span, largestMagnitude(gArr, rArr, Math.log));
    relative = {
      first: (gArr[0] as number) / (rArr[0] as number),
      last: (gArr[n - 1] as number) / (rArr[n - 1] as number),
      logRatioSlope: slope,
      ratioApc: 100 * Math.expm1(slope),
      apcGroup: 100 * Math.expm1(gFit.slope),
      apcReference: 100 * Math.expm1(rFit.slope),
      z: Number.isFinite(z) ? z : slope === 0 ? 0 : Math.sign(slope) * Number.POSITIVE_INFINITY,
      pValue: Number.isFinite(z) ? twoSidedNormalP(z) : slope === 0 ? 1 : 0,
      fittedLast: Math.exp(fittedLogRatio),
      closing: relClosing,
      yearsToParity: relClosing === true ? Math.abs(fittedLogRatio) / Math.abs(slope) : null,
    };
    agree = relClosing === null || absClosing === null ? null : relClosing === absClosing;
    if (agree === false) {
      warnings.push(`the scales disagree: the gap is ${absClosing ? 'closing' : 'widening'} in absolute terms but ${relClosing ? 'closing' : 'widening'} in relative terms; report both.`);
    }
  }
  return { years, n, absolute, relative, agree, confidence, warnings };
}

/**
 * Below this share of the data's largest magnitude, a fitted change over the observed years is rounding, not a
 * trend: a constant ratio (group = 2 × reference) gives a log-ratio slope of about 1e−17 from the two fits.
 */
const ROUNDING = 1e-12;

/** The largest |f(value)| of either series: the scale the rounding of a slope is relative to. */
function largestMagnitude(a: Float64Array, b: Float64Array, f: (value: number) => number): number {
  let largest = 0;
  for (const series of [a, b]) for (const value of series) largest = Math.max(largest, Math.abs(f(value)));
  return largest;
}

/**
 * Closing when the fitted gap and the slope have opposite signs (the gap moves toward 0); `null` when the gap is
 * 0 or the fitted change over the span is within rounding of the data (|slope| × span ≤ 1e−12 × `scale`).
 */
function closingFlag(fitted: number, slope: number, span: number, scale: number): boolean | null {
  if (fitted === 0 || Math.abs(slope) * span <= ROUNDING * scale) return null;
  return Math.sign(fitted) !== Math.sign(slope);
}
