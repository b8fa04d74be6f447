/**
 * One safeguarded root finder for the monotone equations behind quantiles and exact confidence limits: a gamma
 * or beta tail equal to α/2, a Poisson mid-p tail, a noncentral hypergeometric tail or mean.
 *
 * @internal
 * @module
 */

const EPS = Number.EPSILON;

/** A function value and its derivative at one point. */
export interface Evaluation {
  /** The function value, ≥ 0. */
  readonly value: number;
  /** Its derivative with respect to x. */
  readonly slope: number;
}

/**
 * Solves value(x) = target for x in (0, `upperBound`), where value is positive and monotone (increasing when
 * `increasing`, else decreasing) in x.
 *
 * Newton's method on ln value against ln x — tails of distributions are close to power laws or exponentials, so
 * this converges from far away and keeps full relative precision for roots such as 1e-30 and targets such as
 * 1e-300 — safeguarded by a bracket that every evaluation narrows, with geometric bisection when a step leaves
 * it. Stops when a step falls below a few ulps of x, or when steps stop shrinking below 1e-12·x (the rounding
 * floor of the function itself).
 */
export function solvePositive(
  evaluate: (x: number) => Evaluation,
  target: number,
  guess: number,
  increasing: boolean,
  upperBound: number = Number.POSITIVE_INFINITY,
): number {
  let lo = 0;
  let hi = upperBound;
  let x = guess > 0 && guess < upperBound ? guess : upperBound < Number.POSITIVE_INFINITY ? upperBound / 2 : 1;
  let previousStep = Number.POSITIVE_INFINITY;
  for (let iteration = 0; iteration < 2000; iteration++) {
    const { value, slope } = evaluate(x);
    if (value === target) return x;
    if (value < target === increasing) lo = x;
    else hi = x;
    let next = Number.NaN;
    if (value > 0) {
      const elasticity = (x * slope) / value;
      const gap = value / target - 1;
      const logGap = Math.abs(gap) < 0.5 ? Math.log1p(gap) : Math.log(value / target);
      if (elasticity !== 0 && Number.isFinite(elasticity)) next = x * Math.exp(-logGap / elasticity);
    }
    if (!(next > lo && next < hi)) {
      if (hi === Number.POSITIVE_INFINITY) next = 4 * Math.max(x, lo);
      else if (lo === 0) next = hi / 4;
      else if (hi > 4 * lo) next = Math.sqrt(lo * hi);
      else next = lo + 0.5 * (hi - lo);
    }
    const step = Math.abs(next - x);
    if (step <= 4 * EPS * next) return next;
    if (step < 1e-12 * next && step >= previousStep) return next;
    if (hi < Number.POSITIVE_INFINITY && hi - lo <= 4 * EPS * hi) return next;
    previousStep = step;
    x = next;
  }
  return x;
}
