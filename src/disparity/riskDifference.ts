import { fail } from '../internal/errors.ts';
import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { wilsonInterval } from '../uncertainty/wilsonInterval.ts';
import { countPair } from './internal/counts.ts';
import type { RiskRatioCounts } from './riskRatio.ts';

/** Options of {@link riskDifference}. */
export interface RiskDifferenceOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * Interval method. `'newcombe'` (default): the hybrid score interval built from the two Wilson intervals
   * (Newcombe 1998, method 10), good for small groups and rates near 0 or 1. `'wald'`: p₁ − p₀ ∓ z·√(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀).
   */
  method?: 'newcombe' | 'wald';
}

/** A risk (proportion) difference with its interval. */
export interface RiskDifferenceResult {
  /** p₁ − p₀, in proportion points; `null` when a group is empty. */
  readonly difference: number | null;
  /** Lower confidence bound. */
  readonly lower: number | null;
  /** Upper confidence bound. */
  readonly upper: number | null;
  /** The exposed (focus) group's proportion. */
  readonly risk: number | null;
  /** The reference group's proportion. */
  readonly referenceRisk: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The interval method. */
  readonly method: 'newcombe' | 'wald';
  /** Why the values are `null`, when they are. */
  readonly reason?: string;
}

/**
 * The difference between two proportions (risk difference, absolute disparity) with a confidence interval:
 * d = a/n₁ − c/n₀, and by default Newcombe's (1998) hybrid score interval
 *
 * [d − √((p₁ − l₁)² + (u₀ − p₀)²), d + √((u₁ − p₁)² + (p₀ − l₀)²)],
 *
 * where (l, u) are the Wilson score intervals of each proportion; or the Wald interval. In proportion points
 * (0.05 = 5 percentage points). A group with no people gives `null` with a reason.
 *
 * @param exposed - Events and total of the focus group.
 * @param reference - Events and total of the reference group.
 * @param options - `confidence` (default 0.95) and `method` (default `'newcombe'`).
 * @returns The difference, both proportions and the interval.
 * @throws {EquityLensError} when a count is negative or not finite, events exceed total, `confidence` is outside (0, 1) or `method` is unknown.
 * @category Comparisons
 * @example
 * ```ts
 * import { riskDifference } from "./riskDifference.ts";
 *
 * // Newcombe (1998), Table II, example (a): 56/70 − 48/80
 * const d = riskDifference({ events: 56, total: 70 }, { events: 48, total: 80 });
 * d.difference?.toFixed(4); // => "0.2000"
 * [d.lower?.toFixed(4), d.upper?.toFixed(4)]; // => ["0.0524", "0.3339"]
 * ```
 */
export function riskDifference(exposed: RiskRatioCounts, reference: RiskRatioCounts, options: RiskDifferenceOptions = {}): RiskDifferenceResult {
  const fn = 'riskDifference';
  knownKeys(options, ['confidence', 'method'], 'options', fn);
  const confidence = options.confidence === undefined ? 0.95 : openUnitInterval(options.confidence, 'options.confidence', fn);
  const method = options.method ?? 'newcombe';
  if (method !== 'newcombe' && method !== 'wald') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${JSON.stringify(method)}; use 'newcombe' or 'wald'.`);
  }
  const [a, n1] = countPair(exposed, 'exposed', 'events', 'total', fn);
  const [c, n0] = countPair(reference, 'reference', 'events', 'total', fn);
  if (n1 === 0 || n0 === 0) {
    return {
      difference: null,
      lower: null,
      upper: null,
      risk: n1 === 0 ? null : a / n1,
      referenceRisk: n0 === 0 ? null : c / n0,
      confidence,
      method,
      reason: `${n1 === 0 ? 'exposed' : 'reference'}.total is 0: the proportion is undefined`,
    };
  }
  const p1 = a / n1;
  const p0 = c / n0;
  const difference = p1 - p0;
  if (method === 'wald') {
    const z = normalQuantile(1 - (1 - confidence) / 2);
    const half = z * Math.sqrt((p1 * (1 - p1)) / n1 + (p0 * (1 - p0)) / n0);
    return { difference, lower: difference - half, upper: difference + half, risk: p1, referenceRisk: p0, confidence, method };
  }
  const w1 = wilsonInterval(a, n1, { confidence });
  const w0 = wilsonInterval(c, n0, { confidence });
  const l1 = w1.lower as number;
  const u1 = w1.upper as number;
  const l0 = w0.lower as number;
  const u0 = w0.upper as number;
  const lower = difference - Math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2);
  const upper = difference + Math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2);
  return { difference, lower, upper, risk: p1, referenceRisk: p0, confidence, method };
}
