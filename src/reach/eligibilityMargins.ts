import { describe, fail } from '../internal/errors.ts';
import { finiteNumber, nonNegativeNumber } from '../internal/validate.ts';
import { optionalAccessor, optionsObject, requiredAccessor, rowsArray } from './internal/options.ts';
import { CODE_ELIGIBLE, CODE_INELIGIBLE, readOutcomes } from './internal/tabulate.ts';

/** Options of {@link eligibilityMargins}. */
export interface EligibilityMarginsOptions<T> {
  /**
   * The household's distance from the eligibility threshold, in the criterion's own units, or `null` when unknown —
   * for an income test, income minus the limit (negative = under the limit). Any eligibility result that reports a
   * margin works; the sign convention is the caller's (the `margin` of an `evaluateEligibility` criterion is
   * threshold − observed, positive on the passing side).
   */
  margin: (row: T, index: number) => number | null;
  /** Whether the household is eligible (`null` = indeterminate; such rows are left out). */
  eligible: (row: T, index: number) => boolean | null;
  /** Whether the household is enrolled. */
  enrolled: (row: T, index: number) => boolean;
  /** How many households the row stands for. Default 1. */
  weight?: (row: T, index: number) => number;
  /**
   * Histogram bin edges, strictly increasing (at least two). Bins are [eᵢ, eᵢ₊₁), the last closed. Default: ten
   * equal-width bins spanning the margins of both error groups.
   */
  edges?: readonly number[];
  /** Half-width of the "near the threshold" band: cases with |margin| ≤ this. Optional. */
  nearThreshold?: number;
}

/**
 * The distribution of margins in one error group.
 *
 * @category Reach
 */
export interface MarginDistribution {
  /** Households in the group (Σ weight), margin known or not. */
  count: number;
  /** Of which with an unknown (`null`) margin. */
  missingMargin: number;
  /** Weighted quantiles of the known margins (inverse empirical CDF); `null` when there is none. */
  quantiles: { p10: number; p25: number; median: number; p75: number; p90: number } | null;
  /** Smallest known margin; `null` when there is none. */
  min: number | null;
  /** Largest known margin; `null` when there is none. */
  max: number | null;
  /** Weighted mean margin; `null` when there is none. */
  mean: number | null;
  /** Σ weight per histogram bin, aligned with the result's `edges`. */
  histogram: number[];
  /** Σ weight of known margins below the first edge and above the last. */
  outside: { below: number; above: number };
  /** Share of known margins with |margin| ≤ `nearThreshold`; `null` without that option or without known margins. */
  nearThresholdShare: number | null;
}

/**
 * The result of {@link eligibilityMargins}.
 *
 * @category Reach
 */
export interface EligibilityMarginsResult {
  /** Ineligible but enrolled households (inclusion errors). */
  leakage: MarginDistribution;
  /** Eligible but not enrolled households (exclusion errors). */
  undercoverage: MarginDistribution;
  /** The histogram bin edges used. */
  edges: number[];
  /** The band used for `nearThresholdShare`, or `null`. */
  nearThreshold: number | null;
  /** How quantiles are computed: always `'inverseCdf'` (the smallest margin whose cumulative weight share reaches p). */
  quantileMethod: 'inverseCdf';
}

/**
 * Margin analysis of targeting errors: how far from the eligibility threshold the leakage cases (ineligible but
 * enrolled) and the undercoverage cases (eligible but not enrolled) sit.
 *
 * Errors concentrated near the threshold point to measurement noise and income volatility (a family a few dollars
 * over the limit this month); errors far from it point to outreach or verification gaps. Grosh et al. (2022, ch. 7)
 * note that errors cluster around the eligibility line. The margin comes from an accessor — income minus limit,
 * FPL percent minus 200, the `margin` of an eligibility criterion — so any eligibility result works; units are the
 * criterion's. For each error group: weighted quantiles (inverse empirical CDF, type 1 with weights), min, max,
 * mean, a histogram and, optionally, the share within ±`nearThreshold`. O(N log N).
 *
 * @param rows - Household records. Not mutated.
 * @param options - `margin`, `eligible`, `enrolled`, optional `weight`, `edges` and `nearThreshold`.
 * @returns The margin distribution of the leakage and of the undercoverage cases.
 * @throws {EquityLensError} as {@link targetingErrors} for the accessors; `invalid_type`/`not_finite` for a margin
 *   that is neither null nor a finite number; `invalid_value` for edges that are not strictly increasing;
 *   `out_of_range` for a negative `nearThreshold`.
 * @category Reach
 * @example
 * ```ts
 * import { eligibilityMargins } from "./eligibilityMargins.ts";
 *
 * const limit = 50_000;
 * const households = [
 *   { income: 49_000, enrolled: false },
 *   { income: 20_000, enrolled: false },
 *   { income: 51_000, enrolled: true },
 *   { income: 52_500, enrolled: true },
 *   { income: 30_000, enrolled: true },
 * ];
 * const result = eligibilityMargins(households, {
 *   margin: (h) => h.income - limit,
 *   eligible: (h) => h.income <= limit,
 *   enrolled: (h) => h.enrolled,
 *   nearThreshold: 2_000,
 * });
 * [result.leakage.count, result.leakage.min, result.leakage.max]; // => [2, 1000, 2500]
 * result.leakage.nearThresholdShare; // => 0.5
 * result.undercoverage.nearThresholdShare; // => 0.5
 * ```
 */
export function eligibilityMargins<T>(rows: readonly T[], options: EligibilityMarginsOptions<T>): EligibilityMarginsResult {
  const fn = 'eligibilityMargins';
  const list = rowsArray<T>(rows, fn);
  const opts = optionsObject(options, ['margin', 'eligible', 'enrolled', 'weight', 'edges', 'nearThreshold'], fn);
  const marginAccessor = requiredAccessor<(row: T, index: number) => number | null>(opts, 'margin', fn, 'a function (row) => number or null');
  const eligible = requiredAccessor<(row: T, index: number) => boolean | null>(opts, 'eligible', fn, 'a function (row) => true | false | null');
  const enrolled = requiredAccessor<(row: T, index: number) => boolean>(opts, 'enrolled', fn, 'a function (row) => boolean');
  const weight = optionalAccessor<(row: T, index: number) => number>(opts, 'weight', fn, 'a function (row) => number ≥ 0');
  const nearThreshold = opts['nearThreshold'] === undefined ? null : nonNegativeNumber(opts['nearThreshold'], 'options.nearThreshold', fn);
  let edges: number[] | null = null;
  if (opts['edges'] !== undefined) {
    const given = opts['edges'];
    if (!Array.isArray(given)) fail('invalid_type', 'options.edges', `${fn}: options.edges is ${describe(given)}; pass an array of increasing numbers.`);
    edges = given.map((e: unknown, k) => finiteNumber(e, `options.edges[${k}]`, fn));
    if (edges.length < 2) fail('invalid_value', 'options.edges', `${fn}: options.edges has ${edges.length} entries; pass at least two edges.`);
    for (let k = 1; k < edges.length; k++) {
      if (!((edges[k] as number) > (edges[k - 1] as number))) {
        fail('invalid_value', `options.edges[${k}]`, `${fn}: options.edges[${k}] is ${edges[k]}, not above the edge before it; edges must increase strictly.`);
      }
    }
  }

  const outcomes = readOutcomes(list, eligible, enrolled, weight, fn);
  const leakage: Case[] = [];
  const undercoverage: Case[] = [];
  const missing = { leakage: 0, undercoverage: 0 };
  const counts = { leakage: 0, undercoverage: 0 };
  list.forEach((row, i) => {
    const code = outcomes.eligibility[i];
    const isEnrolled = outcomes.enrolled[i] === 1;
    const which = code === CODE_INELIGIBLE && isEnrolled ? 'leakage' : code === CODE_ELIGIBLE && !isEnrolled ? 'undercoverage' : null;
    if (which === null) return;
    const w = outcomes.weights === null ? 1 : (outcomes.weights[i] as number);
    counts[which] += w;
    const m: unknown = marginAccessor(row, i);
    if (m === null) {
      missing[which] += w;
      return;
    }
    if (typeof m !== 'number') fail('invalid_type', `rows[${i}]`, `${fn}: options.margin returned ${describe(m)} for rows[${i}]; expected a finite number or null (unknown).`);
    if (!Number.isFinite(m)) fail('not_finite', `rows[${i}]`, `${fn}: options.margin returned ${describe(m)} for rows[${i}]; expected a finite number or null (unknown).`);
    (which === 'leakage' ? leakage : undercoverage).push({ margin: m, weight: w });
  });
  leakage.sort((a, b) => a.margin - b.margin);
  undercoverage.sort((a, b) => a.margin - b.margin);
  const usedEdges = edges ?? defaultEdges(leakage, undercoverage);
  return {
    leakage: distribution(leakage, counts.leakage, missing.leakage, usedEdges, nearThreshold),
    undercoverage: distribution(undercoverage, counts.undercoverage, missing.undercoverage, usedEdges, nearThreshold),
    edges: usedEdges,
    nearThreshold,
    quantileMethod: 'inverseCdf',
  };
}

interface Case {
  readonly margin: number;
  readonly weight: number;
}

function defaultEdges(a: readonly Case[], b: readonly Case[]): number[] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const c of [a[0], a[a.length - 1], b[0], b[b.length - 1]]) {
    if (c === undefined) continue;
    lo = Math.min(lo, c.margin);
    hi = Math.max(hi, c.margin);
  }
  if (lo === Number.POSITIVE_INFINITY) return [0, 1];
  if (lo === hi) return [lo, lo + 1];
  const step = (hi - lo) / 10;
  return Array.from({ length: 11 }, (_, k) => (k === 10 ? hi : lo + k * step));
}

function distribution(cases: readonly Case[], count: number, missingMargin: number, edges: readonly number[], near: number | null): MarginDistribution {
  const histogram = new Array<number>(edges.length - 1).fill(0);
  const outside = { below: 0, above: 0 };
  let total = 0;
  let sum = 0;
  const first = edges[0] as number;
  const last = edges[edges.length - 1] as number;
  for (const c of cases) {
    total += c.weight;
    sum += c.weight * c.margin;
    if (c.margin < first) outside.below += c.weight;
    else if (c.margin > last) outside.above += c.weight;
    else histogram[binOf(c.margin, edges)] = (histogram[binOf(c.margin, edges)] as number) + c.weight;
  }
  const known = total > 0;
  return {
    count,
    missingMargin,
    quantiles: known
      ? { p10: quantile(cases, total, 0.1), p25: quantile(cases, total, 0.25), median: quantile(cases, total, 0.5), p75: quantile(cases, total, 0.75), p90: quantile(cases, total, 0.9) }
      : null,
    min: cases.length > 0 ? (cases[0] as Case).margin : null,
    max: cases.length > 0 ? (cases[cases.length - 1] as Case).margin : null,
    mean: known ? sum / total : null,
    histogram,
    outside,
    nearThresholdShare: near !== null && known ? weightWithin(cases, near) / total : null,
  };
}

// Σ weight of the cases with |margin| ≤ near.
function weightWithin(cases: readonly Case[], near: number): number {
  let weight = 0;
  for (const c of cases) if (Math.abs(c.margin) <= near) weight += c.weight;
  return weight;
}

// Binary search for the bin [eᵢ, eᵢ₊₁) holding x; the last bin is closed.
function binOf(x: number, edges: readonly number[]): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x >= (edges[mid] as number)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Smallest margin whose cumulative weight share reaches p (cases sorted by margin).
function quantile(cases: readonly Case[], total: number, p: number): number {
  const target = p * total;
  let cumulative = 0;
  for (const c of cases) {
    cumulative += c.weight;
    if (cumulative >= target - 1e-12 * total) return c.margin;
  }
  return (cases[cases.length - 1] as Case).margin;
}
