/**
 * Numbers near the largest double (about 1.8e308). Sums and products of such inputs overflow to `Infinity`, and
 * `Infinity − Infinity` is `NaN`. The policy: a quantity that does not depend on the scale of its inputs (an
 * inequality index, a share, a slope's significance) is computed on inputs rescaled by a power of two and is
 * correct and finite; a result that is itself too large to represent is an {@link EquityLensError} that says so
 * and how to fix it, never `Infinity` or `NaN`.
 *
 * @internal
 * @module
 */
import { fail } from './errors.ts';

/**
 * Above this magnitude (2^256 ≈ 1.2e77) sums and products of a few inputs may overflow, so inputs are rescaled.
 * No count, amount or weight a city holds comes near it, so ordinary results are computed exactly as before.
 */
const LARGE = 2 ** 256;

/**
 * The power of two that brings the largest magnitude of `values` to [1, 2) when it exceeds 2^256, else 1.
 * Multiplying by a power of two is exact (no rounding), so a result computed on rescaled values and scaled back
 * equals the direct computation wherever that one does not overflow.
 *
 * @internal
 */
export function rescaleFactor(values: ArrayLike<number>): number {
  let max = 0;
  // Stryker disable next-line EqualityOperator: equivalent — values[values.length] is undefined, and Math.abs(undefined) is NaN, never above max
  for (let i = 0; i < values.length; i++) {
    const magnitude = Math.abs(values[i] as number);
    // Stryker disable next-line EqualityOperator: equivalent — at magnitude = max, max is set to the value it already has
    if (magnitude > max) max = magnitude;
  }
  return max > LARGE ? 2 ** -Math.floor(Math.log2(max)) : 1;
}

/**
 * `values` multiplied by `factor` (a power of two from {@link rescaleFactor}); the same array when `factor` is 1.
 *
 * @internal
 */
export function rescale(values: Float64Array, factor: number): Float64Array {
  if (factor === 1) return values;
  const out = new Float64Array(values.length);
  // Stryker disable next-line EqualityOperator: equivalent — i = values.length writes out[values.length], past the end of the typed array, which JavaScript ignores
  for (let i = 0; i < values.length; i++) out[i] = (values[i] as number) * factor;
  return out;
}

/**
 * Returns `value` when finite; otherwise throws `out_of_range` at `path`: "`what` exceeds 1.8e308, the largest
 * number JavaScript can hold", followed by `fix`.
 *
 * @internal
 */
export function representable(value: number, path: string, fn: string, what: string, fix: string): number {
  if (Number.isFinite(value)) return value;
  return fail('out_of_range', path, `${fn}: ${what} exceeds 1.8e308, the largest number JavaScript can hold; ${fix}.`);
}
