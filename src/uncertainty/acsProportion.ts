import { fail } from '../internal/errors.ts';
import type { AcsDerivedEstimate, AcsEstimate } from './acsSum.ts';
import { ACS_MOE_Z, acsEstimate, coefficientOfVariation } from './internal/acs.ts';

/**
 * The approximate margin of error of a proportion p = X/Y of ACS estimates, where X is a subset of Y (the
 * share of households below 200 % of poverty), by the Census Bureau's formula (Understanding and Using ACS
 * Data 2018, ch. 8):
 *
 * MOE(p) = √(MOE_X² − p²·MOE_Y²) / Y,
 *
 * and, when the radicand is negative, the ratio formula √(MOE_X² + p²·MOE_Y²) / Y instead (as the Bureau
 * advises and tidycensus `moe_prop` does; `method` says `'ratioFallback'`). A radicand of exactly 0 gives an
 * MOE of 0 with a warning: the Bureau's replicate-weight documentation advises variance replicates there.
 * With Y = 0 the proportion is undefined: `null` with a reason.
 *
 * @param numerator - X with its MOE, a subset of the denominator (X ≤ Y).
 * @param denominator - Y with its MOE.
 * @returns p, its MOE, SE and CV, and the formula used.
 * @throws {EquityLensError} when an estimate or MOE is negative or not finite, or X > Y (not a subset: use {@link acsRatio}).
 * @category ACS margins of error
 * @example
 * ```ts
 * import { acsProportion } from "./acsProportion.ts";
 *
 * // ACS handbook ch. 8: never-married women 203,119 (MOE 5,070) of 630,498 women (MOE 831).
 * const share = acsProportion({ estimate: 203119, moe: 5070 }, { estimate: 630498, moe: 831 });
 * Number(share.estimate?.toFixed(4)); // => 0.3222
 * Number(share.moe?.toFixed(4)); // => 0.008
 * share.method; // => "proportion"
 * ```
 */
export function acsProportion(numerator: AcsEstimate, denominator: AcsEstimate): AcsDerivedEstimate {
  const fn = 'acsProportion';
  const x = acsEstimate(numerator, 'numerator', fn);
  const y = acsEstimate(denominator, 'denominator', fn);
  if (x.estimate > y.estimate) {
    fail(
      'out_of_range',
      'numerator.estimate',
      `${fn}: numerator.estimate is ${x.estimate} but denominator.estimate is ${y.estimate}; a proportion's numerator is a subset of its denominator (use acsRatio for a ratio of unrelated estimates).`,
    );
  }
  if (y.estimate === 0) {
    return { estimate: null, moe: null, standardError: null, coefficientOfVariation: null, method: 'proportion', warnings: [], reason: 'denominator estimate is 0: the proportion is undefined' };
  }
  const p = x.estimate / y.estimate;
  const radicand = x.moe * x.moe - p * p * y.moe * y.moe;
  const warnings: string[] = [];
  let method: 'proportion' | 'ratioFallback' = 'proportion';
  let moe: number;
  if (radicand < 0) {
    method = 'ratioFallback';
    moe = Math.sqrt(x.moe * x.moe + p * p * y.moe * y.moe) / y.estimate;
    warnings.push('MOE_X² − p²·MOE_Y² is negative; the ratio formula was used instead (Census Bureau guidance)');
  } else {
    moe = Math.sqrt(radicand) / y.estimate;
    if (radicand === 0) warnings.push('MOE_X² − p²·MOE_Y² is 0, so the approximate MOE is 0; the Census Bureau advises variance replicates in this case');
  }
  const standardError = moe / ACS_MOE_Z;
  return { estimate: p, moe, standardError, coefficientOfVariation: coefficientOfVariation(standardError, p), method, warnings };
}
