import { integer } from '../internal/validate.ts';
import { Sfc32 } from '../internal/random.ts';

/**
 * A seeded pseudo-random number generator: returns a function that yields doubles uniform on [0, 1), the same
 * sequence for the same seed, on every platform. It is the generator behind {@link syntheticCity}: sfc32 (Chris
 * Doty-Humphrey's "small fast chaotic" generator from PractRand, 128-bit state, 32 bits per draw), with its state
 * expanded from the seed by splitmix32 and the first 12 outputs discarded. Use it for reproducible test data and
 * simulations; it is not cryptographically secure.
 *
 * @param seed - A whole number in [0, 2³² − 1].
 * @returns A function returning the next uniform double in [0, 1) (multiples of 2⁻³²).
 * @throws {EquityLensError} `invalid_type`, `not_finite`, `not_integer` or `out_of_range` when `seed` is not a
 * whole number in [0, 2³² − 1].
 * @category Synthetic data
 * @example
 * ```ts
 * import { createRandom } from "./createRandom.ts";
 *
 * const a = createRandom(42);
 * const b = createRandom(42);
 * a() === b(); // => true
 * const x = a();
 * x >= 0 && x < 1; // => true
 * ```
 */
export function createRandom(seed: number): () => number {
  const checked = integer(seed, 'seed', 'createRandom', { min: 0, max: 4294967295 });
  const generator = new Sfc32(checked);
  return (): number => generator.next();
}
