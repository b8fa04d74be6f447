/**
 * Exact comparison of rates given as numerator/denominator pairs. When every count is a safe integer the
 * comparison cross-multiplies in BigInt, so 16/50 against 4/10 × 4/5 is exactly equal (in doubles
 * (16/50)/(4/10) is 0.7999999999999999). Otherwise it falls back to doubles with a relative tolerance of 1e-12.
 *
 * @internal
 * @module
 */

const RELATIVE_TOLERANCE = 1e-12;
const SMALL = { 1: [1, 1], 0.8: [4, 5] } as const;

/** A non-negative rational p/q (q > 0) with integer parts, or `null` when the number is not a short decimal. */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * The exact decimal fraction of a threshold such as 0.8 (8/10) or 0.75 (75/100), when it has at most 15
 * decimal places; `null` otherwise.
 *
 * @internal
 */
export function decimalFraction(value: number): Rational | null {
  for (let places = 0; places <= 15; places++) {
    const scale = 10 ** places;
    const scaled = Math.round(value * scale);
    if (Number.isSafeInteger(scaled) && scaled / scale === value) {
      return { numerator: BigInt(scaled), denominator: BigInt(scale) };
    }
  }
  return null;
}

function allSafeIntegers(values: readonly number[]): boolean {
  for (const v of values) if (!Number.isSafeInteger(v)) return false;
  return true;
}

/**
 * Compares (a/b)·(p/q) with c/d, where b, d > 0: negative, 0 or positive. `p/q` is a rational multiplier
 * (the four-fifths threshold); pass `null` for 1. Exact for integer counts and a decimal multiplier.
 *
 * @internal
 */
export function compareScaledRates(a: number, b: number, multiplier: number, c: number, d: number): number {
  // Stryker disable next-line BlockStatement: equivalent — a fast path: without it the BigInt comparison below gives the same sign for these safe integers
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(c) && Number.isSafeInteger(d)) {
    // Integer products below 2^53 are exact in doubles: no BigInt needed for the common case.
    const small = multiplier === 1 ? SMALL[1] : multiplier === 0.8 ? SMALL[0.8] : null;
    // Stryker disable next-line BlockStatement: equivalent — a fast path: without it the BigInt comparison below gives the same sign for these safe integers
    if (small !== null) {
      const left = a * d * small[0];
      const right = c * b * small[1];
      if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left < right ? -1 : left > right ? 1 : 0;
    }
  }
  const fraction = decimalFraction(multiplier);
  if (fraction !== null && allSafeIntegers([a, b, c, d])) {
    const left = BigInt(a) * BigInt(d) * fraction.numerator;
    const right = BigInt(c) * BigInt(b) * fraction.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const left = (a / b) * multiplier;
  const right = c / d;
  if (Math.abs(left - right) <= RELATIVE_TOLERANCE * Math.max(Math.abs(left), Math.abs(right))) return 0;
  return left < right ? -1 : 1;
}

/** Whether every count is a safe integer (so comparisons are exact). @internal */
export function exactComparable(...values: number[]): boolean {
  return allSafeIntegers(values);
}
