import type { AcsDerivedEstimate, AcsEstimate } from './acsSum.ts';
import { ACS_MOE_Z, acsEstimate, coefficientOfVariation } from './internal/acs.ts';

/**
 * The approximate margin of error of a ratio R = X/Y of ACS estimates where X is not a subset of Y (persons
 * per household, children per child-care seat), by the Census Bureau's formula (Understanding and Using ACS
 * Data 2018, ch. 8; tidycensus `moe_ratio`):
 *
 * MOE(R) = √(MOE_X² + R²·MOE_Y²) / Y.
 *
 * A percent change (X₂ − X₁)/X₁ is the ratio X₂/X₁ minus 1 and has the same MOE. With Y = 0 the ratio is
 * undefined: `null` with a reason.
 *
 * @param numerator - X with its MOE.
 * @param denominator - Y with its MOE.
 * @returns R, its MOE, SE and CV, with `method: 'ratio'`.
 * @throws {EquityLensError} when an estimate or MOE is negative or not finite.
 * @category ACS margins of error
 * @example
 * ```ts
 * import { acsRatio } from "./acsRatio.ts";
 *
 * const r = acsRatio({ estimate: 300, moe: 40 }, { estimate: 200, moe: 30 });
 * r.estimate; // => 1.5
 * r.moe; // => 0.30103986446980735 (= √(40² + 1.5²·30²) / 200)
 * ```
 */
export function acsRatio(numerator: AcsEstimate, denominator: AcsEstimate): AcsDerivedEstimate {
  const fn = 'acsRatio';
  const x = acsEstimate(numerator, 'numerator', fn);
  const y = acsEstimate(denominator, 'denominator', fn);
  if (y.estimate === 0) {
    return { estimate: null, moe: null, standardError: null, coefficientOfVariation: null, method: 'ratio', warnings: [], reason: 'denominator estimate is 0: the ratio is undefined' };
  }
  const r = x.estimate / y.estimate;
  const moe = Math.sqrt(x.moe * x.moe + r * r * y.moe * y.moe) / y.estimate;
  const standardError = moe / ACS_MOE_Z;
  return { estimate: r, moe, standardError, coefficientOfVariation: coefficientOfVariation(standardError, r), method: 'ratio', warnings: [] };
}
