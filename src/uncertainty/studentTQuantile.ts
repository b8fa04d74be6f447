import { describe, fail } from '../internal/errors.ts';
import { cornishFisherStudentT, studentTLogDensity } from './internal/studentT.ts';
import { normalQuantile } from './normalQuantile.ts';
import { checkDegreesOfFreedom, studentTCdf } from './studentTCdf.ts';

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
 * studentTQuantile(0.975, 10); // => 2.2281388519862753
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
  // Exactly 0: the df = 1 closed form gives −1/tan(π/2) = −6e-17 there.
  if (p === 0.5) return 0;
  // Stryker disable next-line EqualityOperator: equivalent — p = ½ has returned 0 on the line above, so > and >= agree
  if (p > 0.5) return -lowerTail(1 - p, nu);
  return lowerTail(p, nu);
}

/** Solves P(T ≤ t) = q for q < ½ (so t < 0). */
function lowerTail(q: number, df: number): number {
  // tan(π(q − ½)) = −1/tan(πq); the second form avoids the cancellation in q − ½ for tiny q.
  if (df === 1) return -1 / Math.tan(Math.PI * q);
  if (df === 2) return (2 * q - 1) / Math.sqrt(2 * q * (1 - q));
  const z = normalQuantile(q);
  let t = cornishFisherStudentT(z, df);
  // A start that is not negative (df < 0.2 near the centre) or NaN (df < 1e-154: ∞ − ∞) falls back to z. It is −∞
  // only for df < 1e-103, where every quantile below ½ is beyond the largest double, as the bracket then finds.
  if (!(t < 0)) t = z;
  // Bracket [lo, hi] with cdf(lo) ≤ q ≤ cdf(hi); hi = 0 has cdf ½ > q.
  let hi = 0;
  let lo = Math.min(t, -1);
  while (studentTCdf(lo, df) > q) {
    hi = lo;
    lo *= 2;
  }
  // Still above q at −8.99e307: the quantile is beyond the largest double (R's qt gives −Inf too).
  if (lo === Number.NEGATIVE_INFINITY) return lo;
  // The start may sit on the bracket's edge (it is the first lo, or the last lo that failed): keep it.
  // Stryker disable next-line ConditionalExpression: equivalent — lo starts at min(t, −1) and only doubles downwards, so t ≥ lo always holds here
  if (!(t >= lo && t <= hi)) t = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(t, df) - q;
    if (f === 0) return t;
    // Stryker disable next-line EqualityOperator: equivalent — f = 0 has returned on the line above, so > and >= agree
    if (f > 0) hi = t;
    else lo = t;
    let next = t - f / Math.exp(studentTLogDensity(t, df));
    // A converged Newton step can land on the bracket's edge (t itself): keep it rather than bisect.
    if (!(next >= lo && next <= hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 4 * Number.EPSILON * Math.abs(t)) return next;
    t = next;
  }
  return t;
}
