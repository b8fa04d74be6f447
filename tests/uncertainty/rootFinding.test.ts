// solvePositive on functions whose every step can be derived by hand: power laws (where Newton's method in
// ln value against ln x lands on the root in one step), step functions with zero slope (where only the bracket
// moves: ×4 while hi is Infinity, hi/4 while lo is 0, then the geometric mean while hi > 4·lo, else the midpoint),
// and functions that defeat Newton on purpose (infinite slope, rounding noise, a creep that never converges).
import { describe, expect, it } from 'vitest';
import { type Evaluation, solvePositive } from '../../src/uncertainty/internal/rootFinding.ts';

/** Runs the solver and returns its result with every x it evaluated. */
function trace(
  evaluate: (x: number) => Evaluation,
  target: number,
  guess: number,
  increasing: boolean,
  upperBound?: number,
): { root: number; points: number[] } {
  const points: number[] = [];
  const root = solvePositive(
    (x) => {
      points.push(x);
      return evaluate(x);
    },
    target,
    guess,
    increasing,
    upperBound,
  );
  return { root, points };
}

function ulps(actual: number, expected: number): number {
  return Math.abs(actual - expected) / (Number.EPSILON * expected);
}

describe('solvePositive', () => {
  it('lands on the root of a power law in one Newton step, increasing or decreasing', () => {
    // x² = 2: from x = 1, ln x' = ln 1 − ln(1/2)/2, so x' = √2; the next step is below 4 ulps and ends the search.
    const square = trace((x) => ({ value: x * x, slope: 2 * x }), 2, 1, true);
    expect(ulps(square.root, Math.SQRT2)).toBeLessThanOrEqual(1);
    expect(square.points.length).toBe(2);
    expect(ulps(square.points[1] as number, Math.SQRT2)).toBeLessThanOrEqual(1);
    // 1e-150² = 1e-300 against a target of 1: the step spans 300 decades and still lands next to 1.
    const far = trace((x) => ({ value: x * x, slope: 2 * x }), 1, 1e-150, true);
    expect(far.root).toBe(1);
    expect(far.points.length).toBe(3);
    expect(Math.abs((far.points[1] as number) - 1)).toBeLessThan(1e-13);
    // x⁻² = ½ (decreasing): x' = √2 again; there the step rounds to x itself, which is no longer strictly inside
    // the bracket (x became its lower end), so the bracket takes over: ×4 while hi is Infinity, then Newton again.
    const inverse = trace((x) => ({ value: 1 / (x * x), slope: -2 / (x * x * x) }), 0.5, 1, false);
    expect(ulps(inverse.root, Math.SQRT2)).toBeLessThanOrEqual(1);
    expect(inverse.points.length).toBe(7);
    expect(inverse.points[2]).toBe(4 * (inverse.points[1] as number));
  });

  it('returns the point whose value equals the target at once, even where the slope is 0', () => {
    // 1 + (x − 1)³ = 1 at x = 1, with slope 0 there: a Newton step from it would be undefined.
    const cube = trace((x) => ({ value: 1 + (x - 1) ** 3, slope: 3 * (x - 1) ** 2 }), 1, 1, true);
    expect(cube).toEqual({ root: 1, points: [1] });
  });

  it('starts at the guess inside (0, upperBound), else at upperBound/2, else at 1', () => {
    const square = (x: number): Evaluation => ({ value: x * x, slope: 2 * x });
    expect(trace(square, 0.09, 0.3, true, 1).points[0]).toBe(0.3);
    expect(trace(square, 0.25, 0, true, 1)).toEqual({ root: 0.5, points: [0.5] });
    expect(trace(square, 0.25, 1, true, 1)).toEqual({ root: 0.5, points: [0.5] });
    expect(trace(square, 0.25, 3, true, 1)).toEqual({ root: 0.5, points: [0.5] });
    expect(trace(square, 1, 0, true)).toEqual({ root: 1, points: [1] });
    expect(trace(square, 1, -2, true)).toEqual({ root: 1, points: [1] });
  });

  it('moves only the bracket when the slope is 0: ×4 up, then midpoints once hi ≤ 4·lo', () => {
    // Value ½ below x = 2.5 and 2 from it, target 1: x = 1 (lo) → 4 (hi) → 1 + ½·3 = 2.5 (hi, 2.5 ≥ 2.5) → 1.75 …
    const small = trace((x) => ({ value: x < 2.5 ? 0.5 : 2, slope: 0 }), 1, 1, true);
    expect(small.points.slice(0, 6)).toEqual([1, 4, 2.5, 1.75, 2.125, 2.3125]);
    expect(ulps(small.root, 2.5)).toBeLessThanOrEqual(8);
    // From x = 2: lo = 2, hi = 8 = 4·lo, so the midpoint 5, not the geometric mean 4.
    const larger = trace((x) => ({ value: x < 5.5 ? 0.5 : 2, slope: 0 }), 1, 2, true);
    expect(larger.points.slice(0, 5)).toEqual([2, 8, 5, 6.5, 5.75]);
    expect(ulps(larger.root, 5.5)).toBeLessThanOrEqual(8);
  });

  it('bisects geometrically while hi > 4·lo, and divides hi by 4 while lo is 0', () => {
    // At x = 1 (value 2 > 1: hi = 1) the slope makes the elasticity ln 2/ln 100, so Newton goes to 1/100, where the
    // value is ½ (lo = 0.01) and the slope 0: then √(0.01·1) = 0.1 (hi), √(0.01·0.1), … towards the jump at 0.05.
    const elasticity = Math.LN2 / Math.log(100);
    const jump = (x: number): Evaluation => (x < 0.05 ? { value: 0.5, slope: 0 } : { value: 2, slope: x === 1 ? elasticity * 2 : 0 });
    const geometric = trace(jump, 1, 1, true);
    expect(geometric.points.length).toBeGreaterThan(4);
    expect(ulps(geometric.points[1] as number, 0.01)).toBeLessThanOrEqual(4);
    expect(geometric.points[2]).toBeCloseTo(0.1, 15);
    expect(geometric.points[3]).toBeCloseTo(Math.sqrt((geometric.points[1] as number) * 0.1), 15);
    expect(ulps(geometric.root, 0.05)).toBeLessThanOrEqual(8);
    // Value 2 from x = 0.01 (hi), ½ below (lo), slope 0, from x = 1: lo stays 0 through 1 → ¼ → 1/16 → 1/64, then
    // 1/256 is below the jump (lo), and 1/64 = 4·(1/256) gives the midpoint (1/256 + 1/64)/2 = 5/512.
    const down = trace((x) => ({ value: x < 0.01 ? 0.5 : 2, slope: 0 }), 1, 1, true);
    expect(down.points.slice(0, 6)).toEqual([1, 0.25, 0.0625, 0.015625, 0.00390625, 5 / 512]);
    expect(ulps(down.root, 0.01)).toBeLessThanOrEqual(8);
  });

  it('falls back on the bracket when the slope is infinite (a Newton step of zero length)', () => {
    const steep = trace((x) => ({ value: x * x, slope: Number.POSITIVE_INFINITY }), 2, 1, true);
    expect(steep.points.slice(0, 4)).toEqual([1, 4, 2.5, 1.75]);
    expect(ulps(steep.root, Math.SQRT2)).toBeLessThanOrEqual(8);
    expect(steep.points.length).toBe(53);
  });

  it('stops at the rounding floor of a noisy function once steps below 1e-12·x stop shrinking', () => {
    // x²·(1 + 1e-13·sin(1e15·x)): Newton's steps settle to noise of about 1e-13·x around √2 and stop there.
    const noisy = trace((x) => ({ value: x * x * (1 + 1e-13 * Math.sin(1e15 * x)), slope: 2 * x }), 2, 1, true);
    expect(Math.abs(noisy.root / Math.SQRT2 - 1)).toBeLessThan(1e-13);
    expect(noisy.points.length).toBe(7);
  });

  it('stops once a step below 1e-12·x is no shorter than the one before (the rounding floor of the function)', () => {
    // value = x towards 2 from 1, with a slope that makes the k-th Newton step x·e^(1e-14·2^k): steps of 1e-14,
    // then 2e-14, which is not shorter, so the search ends there, at e^(1e-14 + 2e-14).
    let calls = 0;
    const growing = trace(
      (x) => {
        const logStep = 1e-14 * 2 ** calls++;
        return { value: x, slope: -Math.log(x / 2) / logStep };
      },
      2,
      1,
      true,
    );
    expect(growing.points.length).toBe(2);
    expect(Math.abs(growing.root - (1 + 3e-14))).toBeLessThan(1e-16);
  });

  it('gives up after 2000 evaluations and returns the last iterate', () => {
    // value = x with a slope that makes every Newton step exactly x·e^(1e-10) (elasticity −ln(x/2)/1e-10): towards
    // the root 2 from 1, a creep that neither converges nor leaves the bracket (0.9…, Infinity).
    const creep = trace((x) => ({ value: x, slope: -Math.log(x / 2) / 1e-10 }), 2, 1, true);
    expect(creep.points.length).toBe(2000);
    // The 2000th evaluation was at e^(1999·1e-10); its step gives the returned e^(2000·1e-10).
    expect(creep.points[1999]).toBeCloseTo(Math.exp(1999e-10), 13);
    expect(creep.root).toBeCloseTo(Math.exp(2000e-10), 13);
  });
});
