/**
 * The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x) and their inverse, for exact
 * Poisson intervals (Garwood), gamma intervals of directly standardised rates (Fay–Feuer) and mid-p limits.
 *
 * Both tails are returned, the smaller one computed directly, so a tail probability of 1e-300 keeps its relative
 * precision. For a large shape the prefactor x^a e^(−x)/Γ(a) is formed as √(a/2π)·exp(a·(ln(1 + u) − u) − δ(a)),
 * u = (x − a)/a, with δ the Stirling remainder (Temme's form; DiDonato & Morris 1986), instead of subtracting
 * log-gammas of size a·ln a: that subtraction would cost a relative error of about a·1e-16 in every tail.
 *
 * @internal
 * @module
 */
import { solvePositive } from './rootFinding.ts';
import { logGamma } from './special.ts';

const EPS = Number.EPSILON;
const TINY = 1e-300;
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const MAX_ITERATIONS = 100_000_000;

/** ln(1 + x) − x without the cancellation of `Math.log1p(x) - x` for small |x|. */
export function log1pmx(x: number): number {
  if (!(Math.abs(x) <= 0.5)) return Math.log1p(x) - x;
  // With t = x/(2 + x): ln(1 + x) = 2·atanh(t) = 2(t + t³/3 + t⁵/5 + …) and x − 2t = t·x, so
  // ln(1 + x) − x = −t·x + 2(t³/3 + t⁵/5 + …); |t| ≤ 1/3 here, every term of one sign.
  const t = x / (2 + x);
  const t2 = t * t;
  let power = t * t2;
  let sum = 0;
  // Stryker disable next-line EqualityOperator: equivalent — with |t| ≤ 1/3 the series converges by k = 35, far below the cap
  for (let k = 3; k < 200; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= EPS * Math.abs(sum)) break;
    power *= t2;
  }
  return 2 * sum - t * x;
}

/**
 * The Stirling remainder δ(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], x > 0; for x ≥ 10 by its asymptotic series
 * through the x⁻¹³ term (A&S 6.1.41; truncation error below 1e-16 at x = 10).
 */
export function stirlingError(x: number): number {
  if (x < 10) return logGamma(x) - ((x - 0.5) * Math.log(x) - x + LN_SQRT_2PI);
  const r = 1 / (x * x);
  return (
    (1 / x) *
    (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - r / 156))))))
  );
}

/** x^a e^(−x) / Γ(a), for a > 0 and x > 0. */
export function gammaPrefactor(a: number, x: number): number {
  if (a < 10) return Math.exp(a * Math.log(x) - x - logGamma(a));
  const u = (x - a) / a;
  const excess = Math.abs(u) <= 0.5 ? log1pmx(u) : Math.log(x / a) - u;
  return Math.sqrt(a / (2 * Math.PI)) * Math.exp(a * excess - stirlingError(a));
}

/** The two tails of a distribution at one point: P(X ≤ x) and P(X > x). */
export interface Tails {
  /** The lower tail P(X ≤ x). */
  readonly lower: number;
  /** The upper tail P(X > x) = 1 − lower, computed directly when it is the smaller. */
  readonly upper: number;
}

/**
 * P(a, x) = γ(a, x)/Γ(a) and Q(a, x) = Γ(a, x)/Γ(a) for a > 0, x ≥ 0: the lower tail is the gamma(a, 1) CDF at x.
 * The series Σ xⁿ/((a + 1)…(a + n)) for x < a + 1 and Legendre's continued fraction (modified Lentz) otherwise
 * (Numerical Recipes §6.2).
 */
export function gammaTails(a: number, x: number): Tails {
  // Stryker disable next-line EqualityOperator: equivalent — at x = 0 the series below gives lower = 0 (its prefactor is e^(−∞)) and upper = 1 all the same
  if (!(x > 0)) return { lower: 0, upper: 1 };
  if (x === Number.POSITIVE_INFINITY) return { lower: 1, upper: 0 };
  if (x < a + 1) {
    let term = 1;
    let sum = 1;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (term <= sum * EPS) break;
    }
    const lower = (gammaPrefactor(a, x) / a) * sum;
    return { lower, upper: 1 - lower };
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  // Lentz's guards against a zero denominator are not needed here: with x ≥ a + 1, both the new d (before it is
  // inverted) and c are at least i + 1. By induction, each is b + aₙ/(its previous value) with b = x + 1 − a + 2i:
  // when i ≤ a, aₙ ≥ 0 and the sum is at least b ≥ 2 + 2i; when i > a, a previous value of at least i makes
  // aₙ/previous ≥ −(i − a), so the sum is at least x + 1 + i. (Start: d = b₀ = x + 1 − a ≥ 2, c = 1/TINY.)
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    c = b + an / c;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) break;
  }
  const upper = gammaPrefactor(a, x) * h;
  return { lower: 1 - upper, upper };
}

/** A first guess at the x with P(a, x) = p (Q(a, x) = q), to be refined by Halley steps. */
export function gammaQuantileGuess(a: number, p: number, q: number): number {
  if (a < 1) {
    // Numerical Recipes §6.2.1 (gammpinv): P ≈ t·(x)^a near 0, exponential tail beyond.
    const t = 1 - a * (0.253 + a * 0.12);
    // Stryker disable next-line EqualityOperator: equivalent — at p = t both branches give 1: (t/t)^(1/a) = 1 = 1 − ln((1 − t)/(1 − t))
    return p < t ? (p / t) ** (1 / a) : 1 - Math.log(q / (1 - t));
  }
  // Wilson–Hilferty cube-root normal approximation (A&S 26.4.17) with A&S 26.2.22 for the normal quantile.
  const small = Math.min(p, q);
  const t = Math.sqrt(-2 * Math.log(small));
  let z = t - (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481));
  if (p < q) z = -z;
  const guess = a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3;
  if (guess > 0) return guess;
  // Far lower tail: P ≈ x^a / Γ(a + 1).
  return Math.exp((Math.log(p) + logGamma(a + 1)) / a);
}

/**
 * The x with P(a, x) = p, given p and q = 1 − p (both, so neither tail loses precision when formed by the
 * caller): the gamma(a, 1) quantile. Solved in whichever tail is smaller by {@link solvePositive} from
 * {@link gammaQuantileGuess}. Returns 0 for p = 0 and `Infinity` for q = 0.
 */
export function gammaQuantile(a: number, p: number, q: number): number {
  if (!(p > 0)) return 0;
  if (!(q > 0)) return Number.POSITIVE_INFINITY;
  const guess = gammaQuantileGuess(a, p, q);
  if (p <= q) {
    return solvePositive((x) => ({ value: gammaTails(a, x).lower, slope: gammaPrefactor(a, x) / x }), p, guess, true);
  }
  return solvePositive((x) => ({ value: gammaTails(a, x).upper, slope: -gammaPrefactor(a, x) / x }), q, guess, false);
}
