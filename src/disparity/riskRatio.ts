import { fail } from '../internal/errors.ts';
import { knownKeys, openUnitInterval } from '../internal/validate.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { countPair } from './internal/counts.ts';

/** Events among a group of people (a 2×2 table row). */
export interface RiskRatioCounts {
  /** People with the outcome (enrolled, served, harmed), 0 ≤ events ≤ total. */
  readonly events: number;
  /** People in the group. */
  readonly total: number;
}

/** Options of {@link riskRatio}. */
export interface RiskRatioOptions {
  /** Two-sided confidence level in (0, 1). Default 0.95. */
  confidence?: number;
  /**
   * What to do when a group has no events (a = 0 or c = 0, where the ratio is 0 or infinite and Katz's standard
   * error is infinite): `'haldane'` (default) adds 0.5 to all four cells (Haldane–Anscombe), so the ratio and
   * interval stay finite; `'none'` keeps the raw counts as epitools `riskratio.wald` does, giving a ratio of 0 or
   * `null` and no interval. A group in which everyone had the event is never corrected: its non-event cell is 0
   * but the standard error is finite.
   */
  zeroCellCorrection?: 'haldane' | 'none';
}

/** A risk ratio with its Katz log interval. */
export interface RiskRatioResult {
  /** (a/n₁)/(c/n₀), after any correction; `null` when undefined (see `reason`). */
  readonly ratio: number | null;
  /** Lower confidence bound; `null` when undefined. */
  readonly lower: number | null;
  /** Upper confidence bound; `null` when undefined. */
  readonly upper: number | null;
  /** Standard error of ln(ratio), √(1/a − 1/n₁ + 1/c − 1/n₀); `null` when undefined. */
  readonly standardErrorLog: number | null;
  /** The confidence level used. */
  readonly confidence: number;
  /** The interval method, always `'katzLog'`. */
  readonly method: 'katzLog';
  /** Whether the Haldane 0.5 correction was applied (a group had no events). */
  readonly corrected: boolean;
  /** Why a value is `null`, when one is. */
  readonly reason?: string;
}

/**
 * The risk ratio of an exposed (focus) group against a reference group with the Katz log interval (Katz et
 * al. 1978; epitools `riskratio.wald`):
 *
 * RR = (a/n₁)/(c/n₀), SE(ln RR) = √(1/a − 1/n₁ + 1/c − 1/n₀), CI = exp(ln RR ∓ z·SE),
 *
 * z the normal quantile at 1 − (1 − confidence)/2. When a group has no events (a = 0 or c = 0), where the ratio
 * is 0 or infinite and 1/a or 1/c makes the standard error infinite, the Haldane–Anscombe correction adds 0.5 to
 * each of the four cells (so a → a + 0.5, n₁ → n₁ + 1), unless `zeroCellCorrection` is `'none'`. A 0 in a
 * non-event cell (everyone in a group had the event) needs no correction: the ratio and the standard error are
 * finite, so the counts are used as they are. A group with no people makes the ratio `null` with a reason.
 *
 * @param exposed - Events and total of the focus group.
 * @param reference - Events and total of the reference group.
 * @param options - `confidence` (default 0.95) and `zeroCellCorrection` (default `'haldane'`).
 * @returns The ratio, its interval and the method.
 * @throws {EquityLensError} when a count is negative or not finite, events exceed total, `confidence` is outside (0, 1) or the correction is unknown.
 * @category Comparisons
 * @example
 * ```ts
 * import { riskRatio } from "./riskRatio.ts";
 *
 * // Jewell (2004), p. 83, as in epitools' risk.ratio example: 178 of 1,589 against 79 of 1,565
 * const rr = riskRatio({ events: 178, total: 1589 }, { events: 79, total: 1565 });
 * rr.ratio?.toFixed(3); // => "2.219"
 * [rr.lower?.toFixed(3), rr.upper?.toFixed(3)]; // => ["1.719", "2.865"]
 * riskRatio({ events: 0, total: 20 }, { events: 5, total: 20 }).corrected; // => true
 * riskRatio({ events: 10, total: 10 }, { events: 5, total: 10 }).ratio; // => 2
 * ```
 */
export function riskRatio(exposed: RiskRatioCounts, reference: RiskRatioCounts, options: RiskRatioOptions = {}): RiskRatioResult {
  const fn = 'riskRatio';
  knownKeys(options, ['confidence', 'zeroCellCorrection'], 'options', fn);
  const confidence = options.confidence === undefined ? 0.95 : openUnitInterval(options.confidence, 'options.confidence', fn);
  const correction = options.zeroCellCorrection ?? 'haldane';
  if (correction !== 'haldane' && correction !== 'none') {
    fail('invalid_value', 'options.zeroCellCorrection', `${fn}: options.zeroCellCorrection is ${JSON.stringify(correction)}; use 'haldane' or 'none'.`);
  }
  let [a, n1] = countPair(exposed, 'exposed', 'events', 'total', fn);
  let [c, n0] = countPair(reference, 'reference', 'events', 'total', fn);
  const empty = { ratio: null, lower: null, upper: null, standardErrorLog: null, confidence, method: 'katzLog' as const, corrected: false };
  if (n1 === 0) return { ...empty, reason: 'exposed.total is 0: the exposed risk is undefined' };
  if (n0 === 0) return { ...empty, reason: 'reference.total is 0: the reference risk is undefined' };
  // Only a zero events cell makes Katz's SE infinite; a zero non-event cell (a = n₁) leaves it finite.
  const corrected = (a === 0 || c === 0) && correction === 'haldane';
  if (corrected) {
    a += 0.5;
    n1 += 1;
    c += 0.5;
    n0 += 1;
  }
  if (c === 0) return { ...empty, reason: 'the reference group has no events: the risk ratio is infinite' };
  const ratio = a / n1 / (c / n0);
  if (a === 0) return { ...empty, ratio, reason: 'the exposed group has no events: the ratio is 0 and its log interval undefined' };
  const standardErrorLog = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const log = Math.log(ratio);
  return {
    ratio,
    lower: Math.exp(log - z * standardErrorLog),
    upper: Math.exp(log + z * standardErrorLog),
    standardErrorLog,
    confidence,
    method: 'katzLog',
    corrected,
  };
}
