/**
 * Both tails of the regularised incomplete beta function I_x(a, b) and its inverse, accurate for the large shape
 * parameters of city-sized counts (Clopper–Pearson with 10⁵ trials has b ≈ 10⁵), and the F quantile built on them.
 *
 * The prefactor x^a (1 − x)^b / B(a, b) is formed, when both shapes are at least 10, as
 * √(ab / (2π(a + b))) · exp(a·(ln(1 + u) − u) + b·(ln(1 + v) − v) − δ(a) − δ(b) + δ(a + b)) with
 * u = (x − x₀)/x₀, v = (y − y₀)/y₀, x₀ = a/(a + b), y₀ = b/(a + b) and δ the Stirling remainder (as in Boost's
 * `ibeta_power_terms` and DiDonato & Morris 1992), because ln Γ of a 10⁵ carries an absolute error near 1e-11.
 * With one small shape, ln B uses the Stirling form of ln Γ(l) − ln Γ(l + s). The continued fraction is
 * Numerical Recipes' (§6.4). Of x and y = 1 − x, the smaller is trusted as given and the other's logarithm is
 * taken with `log1p`, so neither loses precision.
 *
 * @internal
 * @module
 */
import { log1pmx, stirlingError, type Tails } from './incompleteGamma.ts';
import { solvePositive } from './rootFinding.ts';
import { betaContinuedFraction, logGamma } from './special.ts';

const EPS = Number.EPSILON;

/** ln Γ(l) − ln Γ(l + s) for l ≥ 10, s > 0, without subtracting two large log-gammas. */
function logGammaDifference(l: number, s: number): number {
  // (l − ½)ln l − l − [(l + s − ½)ln(l + s) − (l + s)] = −(l − ½)·ln(1 + s/l) − s·ln(l + s) + s.
  return -(l - 0.5) * Math.log1p(s / l) - s * Math.log(l + s) + s + stirlingError(l) - stirlingError(l + s);
}

/** ln B(a, b), accurate when one shape is large. */
function logBetaFunction(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  return logGamma(small) + logGammaDifference(large, small);
}

/** ln(z/z₀) − (z − z₀)/z₀ given dz = z − z₀ formed accurately. */
function logRatioExcess(z: number, z0: number, dz: number): number {
  const u = dz / z0;
  return Math.abs(u) <= 0.5 ? log1pmx(u) : Math.log(z / z0) - u;
}

/** x^a y^b / B(a, b) with y = 1 − x; x and y both passed (the smaller of the two is trusted). */
export function betaPrefactor(x: number, y: number, a: number, b: number): number {
  if (a >= 10 && b >= 10) {
    const total = a + b;
    const x0 = a / total;
    const y0 = b / total;
    const dx = x <= y ? x - x0 : y0 - y;
    const exponent =
      a * logRatioExcess(x, x0, dx) + b * logRatioExcess(y, y0, -dx) - stirlingError(a) - stirlingError(b) + stirlingError(total);
    return Math.sqrt((a * b) / (2 * Math.PI * total)) * Math.exp(exponent);
  }
  const logX = x <= y ? Math.log(x) : Math.log1p(-y);
  const logY = x <= y ? Math.log1p(-x) : Math.log(y);
  return Math.exp(a * logX + b * logY - logBetaFunction(a, b));
}

/**
 * The continued fraction of DiDonato & Morris (1992, TOMS 708 `bfrac`) for I_x(a, b)/prefactor with a, b > 1,
 * given λ = a − (a + b)x ≥ 0 formed by the caller from whichever of x, y is exact. Unlike Numerical Recipes'
 * fraction its coefficients never form 1 − x, so it keeps full precision when b is large and x tiny.
 */
function didonatoMorrisFraction(a: number, b: number, x: number, y: number, lambda: number): number {
  const c = lambda + 1;
  const c0 = b / a;
  const c1 = 1 / a + 1;
  const yp1 = y + 1;
  let p = 1;
  let s = a + 1;
  let an = 0;
  let bn = 1;
  let anp1 = 1;
  let bnp1 = c / c1;
  let r = c1 / c;
  for (let n = 1; n < 1_000_000; n++) {
    const t = n / a;
    const w = n * (b - n) * x;
    let e = a / s;
    const alpha = p * (p + c0) * e * e * (w * x);
    e = (t + 1) / (c1 + t + t);
    const beta = n + w / s + e * (c + n * yp1);
    p = t + 1;
    s += 2;
    let next = alpha * an + beta * anp1;
    an = anp1;
    anp1 = next;
    next = alpha * bn + beta * bnp1;
    bn = bnp1;
    bnp1 = next;
    const previous = r;
    r = anp1 / bnp1;
    if (Math.abs(r - previous) <= 4 * EPS * r) break;
    an /= bnp1;
    bn /= bnp1;
    anp1 = r;
    bnp1 = 1;
  }
  return r;
}

/** Tails at x ≤ ½ (x exact, y = 1 − x the rounded one) when a ≤ 1 or b ≤ 1, by Numerical Recipes' fraction. */
function betaTailsSmallShape(x: number, y: number, a: number, b: number): Tails {
  const front = betaPrefactor(x, y, a, b);
  const switchPoint = (a + 1) / (a + b + 2);
  const total = a + b;
  const standardDeviation = Math.sqrt((a * b) / (total * total * (total + 1)));
  if (x < switchPoint + 3 * standardDeviation) {
    const lower = (front * betaContinuedFraction(x, a, b)) / a;
    // Below the switch point the fraction in x converges fast. Up to 3 standard deviations above it, it still
    // gives the lower tail to full precision, and 1 − lower keeps the upper tail to 1e-14 while that tail is at
    // least 1 %: better than the mirrored fraction, whose coefficients carry y ≈ 1 and lose up to 1e-10 when b is
    // large and x small.
    if (x < switchPoint || 1 - lower >= 0.01) return { lower, upper: 1 - lower };
  }
  const upper = (front * betaContinuedFraction(y, b, a)) / b;
  return { lower: 1 - upper, upper };
}

/** The tails of the beta(a, b) distribution at x: I_x(a, b) and 1 − I_x(a, b), given x and y = 1 − x. */
export function betaTails(x: number, y: number, a: number, b: number): Tails {
  // Stryker disable next-line EqualityOperator: equivalent — at x = 0 every path below gives lower = +0 (a prefactor of e^(−∞), or −expm1(−0)) and upper = 1 all the same
  if (!(x > 0)) return { lower: 0, upper: 1 };
  // Stryker disable next-line EqualityOperator: equivalent — at y = 0 every path below gives lower = 1 and upper = +0 all the same
  if (!(y > 0)) return { lower: 1, upper: 0 };
  // Closed forms: I_x(1, b) = 1 − y^b and I_x(a, 1) = x^a (the Clopper–Pearson limits at 0 or n successes).
  if (a === 1) {
    // Stryker disable next-line EqualityOperator: equivalent — x = y only at ½, where Math.log1p(-0.5) and Math.log(0.5) are the same double
    const logUpper = b * (x <= y ? Math.log1p(-x) : Math.log(y));
    return { lower: -Math.expm1(logUpper), upper: Math.exp(logUpper) };
  }
  if (b === 1) {
    // Stryker disable next-line EqualityOperator: equivalent — x = y only at ½, where Math.log(0.5) and Math.log1p(-0.5) are the same double
    const logLower = a * (x <= y ? Math.log(x) : Math.log1p(-y));
    return { lower: Math.exp(logLower), upper: -Math.expm1(logLower) };
  }
  // Stryker disable next-line EqualityOperator: equivalent — a = 1 and b = 1 have returned above, so > 1 and ≥ 1 agree
  if (a > 1 && b > 1) {
    const front = betaPrefactor(x, y, a, b);
    const lambda = x <= y ? a - (a + b) * x : (a + b) * y - b;
    if (lambda >= 0) {
      const lower = front * didonatoMorrisFraction(a, b, x, y, lambda);
      return { lower, upper: 1 - lower };
    }
    const upper = front * didonatoMorrisFraction(b, a, y, x, -lambda);
    return { lower: 1 - upper, upper };
  }
  if (x <= y) return betaTailsSmallShape(x, y, a, b);
  const mirrored = betaTailsSmallShape(y, x, b, a);
  return { lower: mirrored.upper, upper: mirrored.lower };
}

/** A first guess at the x with I_x(a, b) = p (Numerical Recipes §6.14.1, after AS 109 / Carter 1947). */
export function betaQuantileGuess(a: number, b: number, p: number, q: number): number {
  if (a >= 1 && b >= 1) {
    const small = Math.min(p, q);
    const t = Math.sqrt(-2 * Math.log(small));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < q) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lnA = Math.log(a / (a + b));
  const lnB = Math.log(b / (a + b));
  const t = Math.exp(a * lnA) / a;
  const u = Math.exp(b * lnB) / b;
  const w = t + u;
  // Stryker disable next-line EqualityOperator: equivalent — at p = t/w both branches give a/(a + b): (a·t)^(1/a) = a/(a + b) = 1 − (b·u)^(1/b)
  return p < t / w ? (a * w * p) ** (1 / a) : 1 - (b * w * q) ** (1 / b);
}

/**
 * The x with I_x(a, b) = p, q = 1 − p, solved in the variable x (so a root near 0 keeps its relative precision)
 * on the smaller tail (so a target near 0 or 1 does too).
 */
function solveBetaInX(a: number, b: number, p: number, q: number, guess: number): number {
  const density = (x: number, y: number): number => betaPrefactor(x, y, a, b) / (x * y);
  if (p <= q) {
    return solvePositive((x) => ({ value: betaTails(x, 1 - x, a, b).lower, slope: density(x, 1 - x) }), p, guess, true, 1);
  }
  return solvePositive((x) => ({ value: betaTails(x, 1 - x, a, b).upper, slope: -density(x, 1 - x) }), q, guess, false, 1);
}

/**
 * The x in [0, 1] with I_x(a, b) = p, given p and q = 1 − p: the beta(a, b) quantile, by {@link solvePositive}
 * from {@link betaQuantileGuess}. A root above ½ is solved as y = 1 − x in the mirrored beta(b, a).
 */
export function betaQuantile(a: number, b: number, p: number, q: number): number {
  if (!(p > 0)) return 0;
  if (!(q > 0)) return 1;
  const guess = betaQuantileGuess(a, b, p, q);
  if (guess <= 0.5) return solveBetaInX(a, b, p, q, guess);
  return 1 - solveBetaInX(b, a, q, p, 1 - guess);
}

/**
 * The p-quantile of the F distribution with d₁ and d₂ degrees of freedom (q = 1 − p): if X ~ beta(d₁/2, d₂/2)
 * then (d₂/d₁)·X/(1 − X) ~ F(d₁, d₂). The smaller of X and 1 − X is solved for directly. A zero numerator
 * degree of freedom (a point mass at 0) gives 0.
 */
export function fQuantile(d1: number, d2: number, p: number, q: number): number {
  if (!(d1 > 0) || !(p > 0)) return 0;
  if (!(q > 0)) return Number.POSITIVE_INFINITY;
  const a = d1 / 2;
  const b = d2 / 2;
  const guess = betaQuantileGuess(a, b, p, q);
  if (guess <= 0.5) {
    const x = solveBetaInX(a, b, p, q, guess);
    return ((d2 / d1) * x) / (1 - x);
  }
  const y = solveBetaInX(b, a, q, p, 1 - guess);
  return ((d2 / d1) * (1 - y)) / y;
}
