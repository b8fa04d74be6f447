import { fail } from '../internal/errors.ts';
import { finiteNumber, knownKeys } from '../internal/validate.ts';
import { distribution, optionsObject, weightAt } from './internal/distribution.ts';
import type { TheilOptions } from './theilT.ts';

/** Options of {@link generalizedEntropy}. */
export type GeneralizedEntropyOptions = TheilOptions;

/**
 * The generalised entropy index GE(α) of non-negative values (Shorrocks 1980; Cowell, *Measuring Inequality*):
 *
 * GE(α) = 1/(α(α − 1)) · [ (1/W) Σ wᵢ (xᵢ/μ)^α − 1 ] for α ∉ {0, 1},
 * GE(0) = Theil L (mean log deviation), GE(1) = Theil T.
 *
 * GE(2) is half the squared coefficient of variation with the **population** standard deviation
 * (simple-statistics' `coefficientOfVariation` uses the sample SD: do not mix them). Smaller α weighs the
 * bottom of the distribution more. Relative, scale invariant, decomposable.
 *
 * @param values - Non-negative values, at least one positive; for α ≤ 0 every value with positive weight must be positive.
 * @param alpha - The sensitivity parameter α, any finite number.
 * @param options - `weights`.
 * @returns GE(α), ≥ 0.
 * @throws {EquityLensError} when `values` is empty, a value is negative or not finite, every value is 0, α is
 *   not finite, a value is 0 while α ≤ 0 (the index is infinite), or weights are invalid.
 * @category Inequality
 * @example
 * ```ts
 * import { generalizedEntropy } from "./generalizedEntropy.ts";
 *
 * generalizedEntropy([1, 2, 3, 4], 2); // => 0.10000000000000009 (= CV²/2 with the population SD: 1.25 / 6.25 / 2)
 * generalizedEntropy([1, 1, 1], 0.5); // => 0
 * ```
 */
export function generalizedEntropy(values: readonly number[], alpha: number, options?: GeneralizedEntropyOptions): number {
  const fn = 'generalizedEntropy';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights'], 'options', fn);
  const a = finiteNumber(alpha, 'alpha', fn);
  const d = distribution(values, opts['weights'], fn);
  let sum = 0;
  for (let i = 0; i < d.values.length; i++) {
    const w = weightAt(d, i);
    if (w === 0) continue;
    const r = (d.values[i] as number) / d.mean;
    if (r === 0) {
      if (a <= 0) {
        fail('out_of_range', `values[${i}]`, `${fn}: values[${i}] is 0 and alpha is ${a}; GE(α) is infinite with a zero value when α ≤ 0 — use α > 0 or drop the zero.`);
      }
      continue;
    }
    if (a === 0) sum -= w * Math.log(r);
    else if (a === 1) sum += w * r * Math.log(r);
    else sum += w * r ** a;
  }
  const mean = sum / d.totalWeight;
  const value = a === 0 || a === 1 ? mean : (mean - 1) / (a * (a - 1));
  return Math.max(0, value);
}
