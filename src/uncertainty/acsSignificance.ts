import { fail } from '../internal/errors.ts';
import { knownKeys, positiveNumber } from '../internal/validate.ts';
import type { AcsEstimate } from './acsSum.ts';
import { ACS_MOE_Z, acsEstimate } from './internal/acs.ts';

/** Options of {@link acsSignificance}. */
export interface AcsSignificanceOptions {
  /**
   * The critical value |Z| must exceed. Default 1.645, the Census Bureau's value for 90 % confidence (the
   * level of published ACS MOEs); use 1.96 for 95 %.
   */
  criticalValue?: number;
}

/** The result of {@link acsSignificance}. */
export interface AcsSignificanceResult {
  /** X₁ − X₂. */
  readonly difference: number;
  /** 90 % MOE of the difference, √(MOE₁² + MOE₂²). */
  readonly moe: number;
  /** Standard error of the difference, √(SE₁² + SE₂²) with SE = MOE / 1.645. */
  readonly standardError: number;
  /** Z = (X₁ − X₂)/√(SE₁² + SE₂²); `null` when both MOEs are 0 (see `reason`). */
  readonly z: number | null;
  /** The critical value used. */
  readonly criticalValue: number;
  /** Whether |Z| > criticalValue; when both MOEs are 0 (exact values) any non-zero difference counts. */
  readonly significant: boolean;
  /** Why `z` is `null`, when it is. */
  readonly reason?: string;
}

/**
 * Whether two ACS estimates differ significantly, by the Census Bureau's test (Understanding and Using ACS
 * Data 2018, ch. 7, formula 3):
 *
 * SEᵢ = MOEᵢ / 1.645, Z = (X₁ − X₂) / √(SE₁² + SE₂²), significant when |Z| > 1.645 (90 %).
 *
 * The estimates may be counts, shares or derived estimates (from {@link acsProportion} and friends); they are
 * treated as independent. Shares may be negative only as differences, so estimates may have any sign here.
 *
 * @param a - X₁ with its 90 % MOE.
 * @param b - X₂ with its 90 % MOE.
 * @param options - `criticalValue` (default 1.645).
 * @returns The difference, its MOE and SE, Z and the verdict.
 * @throws {EquityLensError} when an estimate is not finite, an MOE is negative or not finite, or the critical value is not positive.
 * @category ACS margins of error
 * @example
 * ```ts
 * import { acsSignificance } from "./acsSignificance.ts";
 *
 * const test = acsSignificance({ estimate: 0.18, moe: 0.02 }, { estimate: 0.12, moe: 0.03 });
 * Number(test.z?.toFixed(3)); // => 2.737
 * test.significant; // => true
 * ```
 */
export function acsSignificance(a: AcsEstimate, b: AcsEstimate, options: AcsSignificanceOptions = {}): AcsSignificanceResult {
  const fn = 'acsSignificance';
  knownKeys(options, ['criticalValue'], 'options', fn);
  const x1 = acsEstimate(a, 'a', fn, true);
  const x2 = acsEstimate(b, 'b', fn, true);
  const criticalValue = options.criticalValue === undefined ? ACS_MOE_Z : positiveNumber(options.criticalValue, 'options.criticalValue', fn);
  if (criticalValue > 10) {
    fail('out_of_range', 'options.criticalValue', `${fn}: options.criticalValue is ${criticalValue}; pass a z value such as 1.645 (90 %) or 1.96 (95 %).`);
  }
  const difference = x1.estimate - x2.estimate;
  const moe = Math.sqrt(x1.moe * x1.moe + x2.moe * x2.moe);
  const se1 = x1.moe / ACS_MOE_Z;
  const se2 = x2.moe / ACS_MOE_Z;
  const standardError = Math.sqrt(se1 * se1 + se2 * se2);
  if (standardError === 0) {
    return { difference, moe, standardError, z: null, criticalValue, significant: difference !== 0, reason: 'both margins of error are 0: the estimates are treated as exact' };
  }
  const z = difference / standardError;
  return { difference, moe, standardError, z, criticalValue, significant: Math.abs(z) > criticalValue };
}
