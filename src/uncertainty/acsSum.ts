import { representable, rescaleFactor } from '../internal/magnitude.ts';
import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import { ACS_MOE_Z, acsEstimate, coefficientOfVariation } from './internal/acs.ts';

/** An American Community Survey estimate with its published 90 % margin of error. */
export interface AcsEstimate {
  /** The estimate (a count, a dollar amount, a share). */
  readonly estimate: number;
  /** Its published margin of error at 90 % confidence, ≥ 0. */
  readonly moe: number;
}

/** An estimate derived from ACS estimates, with its approximate margin of error. */
export interface AcsDerivedEstimate {
  /** The derived estimate; `null` when it is undefined (see `reason`). */
  readonly estimate: number | null;
  /** Its approximate 90 % margin of error; `null` with `estimate`. */
  readonly moe: number | null;
  /** Standard error = MOE / 1.645; `null` with `estimate`. */
  readonly standardError: number | null;
  /** Coefficient of variation SE / |estimate|; `null` when the estimate is 0 or undefined. Above 0.30 is commonly treated as unreliable. */
  readonly coefficientOfVariation: number | null;
  /** The formula used (for a proportion, whether the ratio fallback was needed). */
  readonly method: 'sum' | 'proportion' | 'ratio' | 'ratioFallback' | 'product';
  /** Conditions a reader should know about (a zero radicand, collapsed zero estimates). */
  readonly warnings: string[];
  /** Why the estimate is `null`, when it is. */
  readonly reason?: string;
}

/** Options of {@link acsSum}. */
export interface AcsSumOptions {
  /**
   * How components whose estimate is 0 enter the MOE. `'largest'` (default, Census Bureau guidance): only the
   * largest MOE among the zero estimates is counted, once. `'distinct'`: every distinct MOE among the zero
   * estimates is counted once (what tidycensus `moe_sum` does). `'all'`: every component counts (the plain
   * formula, which overstates the MOE when many zero cells share the same large MOE).
   */
  zeroEstimates?: 'largest' | 'distinct' | 'all';
}

/**
 * The approximate margin of error of a sum (or difference) of ACS estimates, by the Census Bureau's formula
 * (Understanding and Using ACS Data 2018, ch. 8; 2016 MOE training slide 26 for the zero-estimate rule):
 *
 * MOE(ΣXᵢ) = √(Σ MOEᵢ²), counting, among components whose estimate is 0, only the largest MOE once.
 *
 * The formula treats the components as independent; it is an approximation the Bureau recommends for
 * aggregating a few estimates (many components understate or overstate the true MOE).
 *
 * @param components - The estimates to add, each `{ estimate, moe }` with estimate ≥ 0.
 * @param options - `zeroEstimates` (default `'largest'`).
 * @returns The sum, its MOE, SE and CV, with `method: 'sum'`.
 * @throws {EquityLensError} when `components` is empty, or an estimate or MOE is negative or not finite.
 * @category ACS margins of error
 * @example
 * ```ts
 * import { acsSum } from "./acsSum.ts";
 *
 * const total = acsSum([{ estimate: 20, moe: 10 }, { estimate: 25, moe: 5 }]);
 * total.estimate; // => 45
 * Number(total.moe?.toFixed(2)); // => 11.18 (SEDT technical appendix: √(10² + 5²))
 * // Three empty block groups with MOE 11 each: the zero rule counts 11 once.
 * acsSum([{ estimate: 0, moe: 11 }, { estimate: 0, moe: 11 }, { estimate: 0, moe: 11 }]).moe; // => 11
 * ```
 */
export function acsSum(components: readonly AcsEstimate[], options: AcsSumOptions = {}): AcsDerivedEstimate {
  const fn = 'acsSum';
  knownKeys(options, ['zeroEstimates'], 'options', fn);
  const rule = options.zeroEstimates ?? 'largest';
  if (rule !== 'largest' && rule !== 'distinct' && rule !== 'all') {
    fail('invalid_value', 'options.zeroEstimates', `${fn}: options.zeroEstimates is ${JSON.stringify(rule)}; use 'largest', 'distinct' or 'all'.`);
  }
  if (!Array.isArray(components)) fail('invalid_type', 'components', `${fn}: components is ${describe(components)}; expected an array of { estimate, moe }.`);
  if (components.length === 0) fail('empty', 'components', `${fn}: components is empty; pass at least one { estimate, moe }.`);
  let estimate = 0;
  const counted: number[] = [];
  // Pushed even without zero estimates: an MOE of 0 adds nothing to the sum of squares.
  let largestZeroMoe = 0;
  let zeros = 0;
  const distinctZeroMoes = new Set<number>();
  for (let i = 0; i < components.length; i++) {
    const c = acsEstimate(components[i], `components[${i}]`, fn);
    estimate += c.estimate;
    if (c.estimate === 0 && rule !== 'all') {
      zeros++;
      if (rule === 'largest') largestZeroMoe = Math.max(largestZeroMoe, c.moe);
      else distinctZeroMoes.add(c.moe);
    } else {
      counted.push(c.moe);
    }
  }
  representable(estimate, 'components', fn, 'the sum of the estimates', 'express the estimates in a larger unit (thousands, millions)');
  counted.push(largestZeroMoe);
  for (const zeroMoe of distinctZeroMoes) counted.push(zeroMoe);
  // MOEs near 1.8e308 are squared after an exact power-of-two rescaling, so the root stays finite when it can.
  const factor = rescaleFactor(counted);
  let sumOfSquares = 0;
  for (const m of counted) sumOfSquares += (m * factor) * (m * factor);
  const moe = representable(Math.sqrt(sumOfSquares) / factor, 'components', fn, 'the margin of error of the sum', 'express the estimates in a larger unit (thousands, millions)');
  const standardError = moe / ACS_MOE_Z;
  const warnings: string[] = [];
  if (zeros > 1) {
    warnings.push(`${zeros} components have estimate 0; ${rule === 'largest' ? 'only the largest of their MOEs was counted' : 'each distinct MOE among them was counted once'}`);
  }
  return { estimate, moe, standardError, coefficientOfVariation: coefficientOfVariation(standardError, estimate), method: 'sum', warnings };
}
