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
 * floor of the function itself), or after 2000 evaluations (returning the last iterate).
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
    // Stryker disable next-line EqualityOperator: equivalent — value = target has returned on the line above, so < and <= agree
    const below = value < target;
    if (below === increasing) lo = x;
    else hi = x;
    // The Newton step in logs. A zero value, or a zero, infinite or NaN elasticity, gives a next of NaN, 0, x or
    // Infinity, none strictly inside (lo, hi) now that x is one of its ends: the bracket below then takes over.
    // ln(value/target) needs no log1p: the ratio is one double, which log1p(ratio − 1) would see exactly as well.
    const elasticity = (x * slope) / value;
    let next = x * Math.exp(-Math.log(value / target) / elasticity);
    if (!(next > lo && next < hi)) {
      // While hi is Infinity every evaluation has raised lo, so lo = x.
      if (hi === Number.POSITIVE_INFINITY) next = 4 * x;
      else if (lo === 0) next = hi / 4;
      else if (hi > 4 * lo) next = Math.sqrt(lo * hi);
      else next = lo + 0.5 * (hi - lo);
    }
    // x is an end of the bracket and next lies in it, so a bracket closed to 4·EPS·hi has already made the step
    // below 4·EPS·next: no separate test on the bracket's width is needed.
    const step = Math.abs(next - x);
    // Stryker disable next-line EqualityOperator: equivalent — at step = 0 (next is x) the mutant evaluates x again, gets the same next and returns it by the rule below (0 ≥ previousStep = 0)
    if (step <= 4 * EPS * next) return next;
    if (step < 1e-12 * next && step >= previousStep) return next;
    previousStep = step;
    x = next;
  }
  return x;
}
