/**
 * t and normal inference helpers built on the uncertainty module's distribution functions.
 *
 * @internal
 * @module
 */
import { normalCdf } from '../../uncertainty/normalCdf.ts';
import { studentTCdf } from '../../uncertainty/studentTCdf.ts';
import { studentTQuantile } from '../../uncertainty/studentTQuantile.ts';

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom, 2·P(T ≤ −|t|) (computed in the lower tail
 * so small p-values keep their digits). A zero standard error gives t = ±∞ (p = 0) or 0/0 (p = 1, as
 * scipy.stats.linregress reports for a constant series).
 *
 * @internal
 */
export function twoSidedTP(estimate: number, se: number, df: number): number {
  if (se === 0) return estimate === 0 ? 1 : 0;
  const t = Math.abs(estimate / se);
  return Math.min(1, 2 * studentTCdf(-t, df));
}

/**
 * Two-sided p-value of a z statistic, 2·Φ(−|z|) (equal to erfc(|z|/√2)).
 *
 * @internal
 */
export function twoSidedNormalP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/**
 * The critical t value for a two-sided interval at `confidence`: the (1 + confidence)/2 quantile.
 *
 * @internal
 */
export function tCritical(confidence: number, df: number): number {
  return studentTQuantile((1 + confidence) / 2, df);
}
