import { fail, describe } from '../internal/errors.ts';
import { normalCdf } from './normalCdf.ts';
import { erfSmall } from './internal/special.ts';

// Rational approximation of P. J. Acklam (2003, relative error < 1.15e−9), used only as the starting point.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

function acklam(p: number): number {
  const a = A as [number, number, number, number, number, number];
  const b = B as [number, number, number, number, number];
  const c = C as [number, number, number, number, number, number];
  const d = D as [number, number, number, number];
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * The standard normal quantile function (probit) Φ⁻¹(p): the z with P(Z ≤ z) = p.
 *
 * Acklam's rational approximation gives a start within 1.2e−9; two Halley steps on the accurate
 * {@link normalCdf} bring it to full double precision (about 1e−15 relative against scipy.stats.norm.ppf /
 * @stdlib/stats-base-dists-normal-quantile). Upper-tail arguments are solved through symmetry,
 * Φ⁻¹(p) = −Φ⁻¹(1 − p). No lookup tables: simple-statistics' `probit` is accurate to about 1e−4 only.
 *
 * @param p - A probability strictly between 0 and 1.
 * @returns The quantile z; `normalQuantile(0.975)` is the familiar 1.959963984540054.
 * @throws {EquityLensError} `out_of_range` when `p` is not strictly inside (0, 1); `not_finite` for NaN.
 * @category Distributions
 * @example
 * ```ts
 * import { normalQuantile } from "./normalQuantile.ts";
 *
 * normalQuantile(0.975); // => 1.9599639845400547
 * normalQuantile(0.5); // => 0
 * normalQuantile(0.05); // => -1.644853626951473
 * ```
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number' || Number.isNaN(p)) {
    fail(typeof p === 'number' ? 'not_finite' : 'invalid_type', 'p', `normalQuantile: p is ${describe(p)}; expected a probability strictly between 0 and 1.`);
  }
  if (!(p > 0 && p < 1)) {
    fail('out_of_range', 'p', `normalQuantile: p is ${p}; expected a probability strictly between 0 and 1 (the quantile of 0 or 1 is infinite).`);
  }
  // p = ½ needs no case of its own: Acklam's start is +0 there and the Halley steps keep it.
  if (p > 0.5) return -lowerTailQuantile(1 - p);
  return lowerTailQuantile(p);
}

function lowerTailQuantile(p: number): number {
  let x = acklam(p);
  // Near the centre, Φ(x) − p is formed as ½·erf(|x|/√2) − (½ − p) — both exact to full relative precision
  // (½ − p is exact for p ≥ ¼) — so a small quantile keeps its relative accuracy.
  // Stryker disable next-line EqualityOperator: equivalent — the two differ only at p = ¼, where ½ − p is exact and the two residual forms give the same double after both Halley steps
  const central = p > 0.25;
  for (let i = 0; i < 2; i++) {
    const e = central ? 0.5 - p - 0.5 * erfSmall(-x / Math.SQRT2) : normalCdf(x) - p;
    // Halley's method on Φ(x) − p, using Φ'(x) = φ(x) and Φ''(x) = −xφ(x).
    const u = e * SQRT_2PI * Math.exp((x * x) / 2);
    x = x - u / (1 + (x * u) / 2);
  }
  return x;
}
