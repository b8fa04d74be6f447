import { fail } from '../internal/errors.ts';
import { finiteNumber, knownKeys } from '../internal/validate.ts';
import { distribution, optionsObject, weightAt } from './internal/distribution.ts';

/** Options of {@link atkinson}. */
export interface AtkinsonOptions {
  /** One non-negative weight per value; default every weight 1. Frequency weights give the index of the expanded data. */
  weights?: readonly number[];
}

/**
 * The Atkinson index of non-negative values with inequality aversion ε ≥ 0 (Atkinson 1970):
 *
 * A(ε) = 1 − EDE/μ, EDE = [(1/W) Σ wᵢ xᵢ^(1−ε)]^(1/(1−ε)) for ε ≠ 1, EDE = exp((1/W) Σ wᵢ ln xᵢ) for ε = 1,
 *
 * computed on xᵢ/μ for numerical stability. EDE is the equally distributed equivalent: the share of the total
 * that could be given up and leave welfare unchanged if shared equally is A. A(0) = 0. Relative, scale
 * invariant, in [0, 1].
 *
 * Zeros: for ε < 1 they simply count; for ε ≥ 1 the EDE is 0 and A = 1, the limit (as R `ineq::Atkinson`;
 * PySAL raises an error instead).
 *
 * @param values - Non-negative values, at least one positive.
 * @param epsilon - Inequality aversion ε ≥ 0 (0.5, 1 and 2 are common).
 * @param options - `weights`.
 * @returns A(ε), in [0, 1].
 * @throws {EquityLensError} when `values` is empty, a value is negative or not finite, every value is 0, ε is
 *   negative or not finite, or weights are invalid.
 * @category Inequality
 * @example
 * ```ts
 * import { atkinson } from "./atkinson.ts";
 *
 * // PySAL inequality.atkinson docstring: incomes 10…50
 * Number(atkinson([10, 20, 30, 40, 50], 0.5).toFixed(5)); // => 0.06315
 * Number(atkinson([10, 20, 30, 40, 50], 1).toFixed(5)); // => 0.13161
 * atkinson([0, 5], 1); // => 1
 * ```
 */
export function atkinson(values: readonly number[], epsilon: number, options?: AtkinsonOptions): number {
  const fn = 'atkinson';
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['weights'], 'options', fn);
  const e = finiteNumber(epsilon, 'epsilon', fn);
  if (e < 0) fail('out_of_range', 'epsilon', `${fn}: epsilon is ${e}; inequality aversion must be ≥ 0 (0.5, 1 and 2 are common choices).`);
  const d = distribution(values, opts['weights'], fn);
  if (e === 0) return 0;
  let sum = 0;
  const x = d.values;
  const mean = d.mean;
  if (d.weights === null) {
    // Unweighted hot loop: no weight lookups.
    for (let i = 0; i < x.length; i++) {
      const r = (x[i] as number) / mean;
      // Stryker disable next-line BlockStatement: equivalent — without it a zero adds log 0 = −∞ (ε = 1) or 0^(1−ε) = +∞ (ε > 1), which also give 1, or 0 (ε < 1)
      if (r === 0) {
        if (e >= 1) return 1;
        continue;
      }
      sum += e === 1 ? Math.log(r) : r ** (1 - e);
    }
  } else {
    for (let i = 0; i < x.length; i++) {
      const w = weightAt(d, i);
      if (w === 0) continue;
      const r = (x[i] as number) / mean;
      // Stryker disable next-line BlockStatement: equivalent — without it a zero with w > 0 adds w·log 0 = −∞ (ε = 1) or w·0^(1−ε) = +∞ (ε > 1), which also give 1, or 0 (ε < 1)
      if (r === 0) {
        if (e >= 1) return 1;
        continue;
      }
      sum += e === 1 ? w * Math.log(r) : w * r ** (1 - e);
    }
  }
  const average = sum / d.totalWeight;
  const ede = e === 1 ? Math.exp(average) : average ** (1 / (1 - e));
  return Math.min(1, Math.max(0, 1 - ede));
}
