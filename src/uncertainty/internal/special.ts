/**
 * Special functions behind the distribution functions: the complementary error function, log-gamma and the
 * regularised incomplete beta function. Written for full double precision in the tails, not just near the
 * centre, because p-values and interval bounds are read there.
 *
 * @internal
 * @module
 */

const SQRT_PI = Math.sqrt(Math.PI);
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const EPS = Number.EPSILON;
const TINY = 1e-300;

/**
 * erfc(x) for x ≥ 0.
 *
 * For x < 2 the positive-term series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (Abramowitz &
 * Stegun 7.1.6) has no cancellation; for x ≥ 2 the Laplace continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) (A&S 7.1.14) keeps full relative accuracy
 * deep into the tail. Evaluated with the modified Lentz method (Numerical Recipes §5.2).
 */
export function erfcNonNegative(x: number): number {
  if (x < 2) return 1 - erfSmall(x);
  // Continued fraction x + a1/(x + a2/(x + …)) with a_k = k/2.
  let f = x;
  let c = x;
  let d = 0;
  // Stryker disable next-line EqualityOperator: equivalent — for x ≥ 2 the fraction converges within 60 terms (56 at x = 2), far below the cap
  for (let k = 1; k < 5000; k++) {
    const a = k / 2;
    // With x ≥ 2 and a > 0, d and c stay at least x: Lentz's guard against a zero denominator is not needed.
    d = x + a * d;
    c = x + a / c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/**
 * erf(x) for 0 ≤ x < 2 with full relative precision (the positive-term series of A&S 7.1.6), for callers that
 * need Φ(x) − ½ near the centre without the cancellation of 1 − erfc(x).
 */
export function erfSmall(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  // Stryker disable next-line EqualityOperator: equivalent — for 0 ≤ x < 2 the series converges within 30 terms, far below the cap
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * EPS) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, nine terms; relative error about 1e-15).
 */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS_G + 2; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * The Stirling-series remainder ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 10 (A&S 6.1.41).
 */
function stirlingRemainder(x: number): number {
  const x2 = x * x;
  return (1 / x) * (1 / 12 - (1 / x2) * (1 / 360 - (1 / x2) * (1 / 1260 - (1 / x2) * (1 / 1680 - 1 / (1188 * x2)))));
}

/**
 * ln Γ(a) − ln Γ(a + ½) for a > 0, without the cancellation of subtracting two large log-gammas when a is large
 * (a Student-t with a million degrees of freedom needs it).
 */
export function logGammaRatioHalf(a: number): number {
  if (a < 10) return logGamma(a) - logGamma(a + 0.5);
  // (a − ½)ln a − a − [a ln(a + ½) − (a + ½)] = −½ ln a − a·ln(1 + 1/(2a)) + ½.
  return -0.5 * Math.log(a) - a * Math.log1p(0.5 / a) + 0.5 + stirlingRemainder(a) - stirlingRemainder(a + 0.5);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), using {@link logGammaRatioHalf} when one argument is ½.
 */
export function logBeta(a: number, b: number): number {
  if (b === 0.5) return 0.5 * Math.log(Math.PI) + logGammaRatioHalf(a);
  if (a === 0.5) return 0.5 * Math.log(Math.PI) + logGammaRatioHalf(b);
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * Continued fraction for the incomplete beta function (Numerical Recipes §6.4, eq. 6.4.5), modified Lentz.
 */
export function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  d = Math.abs(d) < TINY ? TINY : d;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b), given both x and 1 − x (so callers that know 1 − x
 * exactly, such as the Student-t CDF, lose no precision forming it). Callers may also pass ln x and ln(1 − x)
 * when they can form them more accurately than `Math.log(x)` (for x near 1 and large a, a·ln x amplifies the
 * rounding of x).
 */
export function regularizedBeta(
  x: number,
  oneMinusX: number,
  a: number,
  b: number,
  logX: number = Math.log(x),
  logOneMinusX: number = Math.log(oneMinusX),
): number {
  // Stryker disable next-line EqualityOperator: equivalent — at x = 0 the fraction below gets a prefactor of e^(−∞) = 0 and returns 0 all the same
  if (x <= 0) return 0;
  // Stryker disable next-line EqualityOperator: equivalent — at 1 − x = 0 the mirrored fraction gets a prefactor of e^(−∞) = 0 and gives 1 all the same
  if (oneMinusX <= 0) return 1;
  const logFront = a * logX + b * logOneMinusX - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(logFront) * betaContinuedFraction(oneMinusX, b, a)) / b;
}
