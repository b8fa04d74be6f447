import { fail } from '../internal/errors.ts';
import { sameLength } from '../internal/validate.ts';
import { numericArray } from './internal/distribution.ts';

/**
 * The index of dissimilarity between two distributions over the same units (Duncan & Duncan 1955; PySAL
 * `segregation` `Dissim`):
 *
 * D = ½ Σᵢ |aᵢ/A − bᵢ/B|, A = Σa, B = Σb.
 *
 * For service and need (aᵢ = scholarships awarded in district i, bᵢ = eligible children there) it is the share
 * of the service that would have to move to match need. For two population groups (aᵢ = group counts,
 * bᵢ = the rest of the population) it is the residential segregation index. In [0, 1]; 0 when the two
 * distributions are proportional.
 *
 * @param a - Non-negative counts of the first distribution, one per unit, at least one positive.
 * @param b - Non-negative counts of the second distribution, same units and order, at least one positive.
 * @returns D, in [0, 1].
 * @throws {EquityLensError} when either array is empty or not an array, an entry is negative or not finite,
 *   the lengths differ, or either array sums to 0.
 * @category Inequality
 * @example
 * ```ts
 * import { dissimilarityIndex } from "./dissimilarityIndex.ts";
 *
 * dissimilarityIndex([10, 0], [0, 10]); // => 1
 * dissimilarityIndex([30, 20, 50], [25, 25, 50]); // => 0.04999999999999999
 * ```
 */
export function dissimilarityIndex(a: readonly number[], b: readonly number[]): number {
  const fn = 'dissimilarityIndex';
  const x = numericArray(a, 'a', fn);
  const y = numericArray(b, 'b', fn);
  sameLength(x, y, 'a', 'b', fn);
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < x.length; i++) {
    totalA += x[i] as number;
    totalB += y[i] as number;
  }
  if (!(totalA > 0)) fail('invalid_value', 'a', `${fn}: a sums to 0; each distribution needs at least one positive count.`);
  if (!(totalB > 0)) fail('invalid_value', 'b', `${fn}: b sums to 0; each distribution needs at least one positive count.`);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs((x[i] as number) / totalA - (y[i] as number) / totalB);
  return Math.min(1, sum / 2);
}
