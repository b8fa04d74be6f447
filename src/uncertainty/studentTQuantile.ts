import { describe, fail } from '../internal/errors.ts';
import { logGammaRatioHalf } from './internal/special.ts';
import { normalQuantile } from './normalQuantile.ts';
import { checkDegreesOfFreedom, studentTCdf } from './studentTCdf.ts';

/** ln of the Student-t density at t. */
function logDensity(t: number, df: number): number {
  // Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) (1 + t²/ν)^(−(ν+1)/2); ln Γ(ν/2) − ln Γ(ν/2 + ½) without cancellation.
  return -logGammaRatioHalf(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df);
}

/**
 * The Student-t quantile function: the t with P(T ≤ t) = p for `df` degrees of freedom.
 *
 * Closed forms for df = 1 (Cauchy) and df = 2; otherwise a Cornish–Fisher start from the normal quantile
 * (Abramowitz & Stegun 26.7.5) refined by Newton steps on {@link studentTCdf}, safeguarded by bisection inside a
 * bracket, to full double precision. Matches scipy.stats.t.ppf / @stdlib/stats-base-dists-t-quantile to about
 * 1e−12 relative; no lookup tables. `df = Infinity` gives the normal quantile.
 *
 * @param p - A probability strictly between 0 and 1.
 * @param df - Degrees of freedom, > 0 (fractional allowed).
 * @returns The quantile t.
 * @throws {EquityLensError} when `p` is not strictly inside (0, 1) or `df` ≤ 0.
 * @category Distributions
 * @example
 * ```ts
 * import { studentTQuantile } from "./studentTQuantile.ts";
 *
 * studentTQuantile(0.975, 10); // => 2.2281388519862757
 * studentTQuantile(0.975, 1); // => 12.706204736174694
 * studentTQuantile(0.5, 3); // => 0
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  const nu = checkDegreesOfFreedom(df, 'studentTQuantile');
  if (typeof p !== 'number' || Number.isNaN(p)) {
    fail(typeof p === 'number' ? 'not_finite' : 'invalid_type', 'p', `studentTQuantile: p is ${describe(p)}; expected a probability strictly between 0 and 1.`);
  }
  if (!(p > 0 && p < 1)) {
    fail('out_of_range', 'p', `studentTQuantile: p is ${p}; expected a probability strictly between 0 and 1.`);
  }
  if (nu === Number.POSITIVE_INFINITY) return normalQuantile(p);
  if (p === 0.5) return 0;
  if (p > 0.5) return -lowerTail(1 - p, nu);
  return lowerTail(p, nu);
}

/** Solves P(T ≤ t) = q for q < ½ (so t < 0). */
function lowerTail(q: number, df: number): number {
  // tan(π(q − ½)) = −1/tan(πq); the second form avoids the cancellation in q − ½ for tiny q.
  if (df === 1) return -1 / Math.tan(Math.PI * q);
  if (df === 2) return (2 * q - 1) / Math.sqrt(2 * q * (1 - q));
  const z = normalQuantile(q);
  const z2 = z * z;
  let t =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * df * df * df);
  if (!(t < 0) || !Number.isFinite(t)) t = z;
  // Bracket [lo, hi] with cdf(lo) ≤ q ≤ cdf(hi); hi = 0 has cdf ½ > q.
  let hi = 0;
  let lo = Math.min(t, -1);
  while (studentTCdf(lo, df) > q) {
    hi = lo;
    lo *= 2;
  }
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(t, df) - q;
    if (f === 0) return t;
    if (f > 0) hi = t;
    else lo = t;
    let next = t - f / Math.exp(logDensity(t, df));
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 4 * Number.EPSILON * Math.abs(t)) return next;
    t = next;
  }
  return t;
}
