import type { AcsDerivedEstimate, AcsEstimate } from './acsSum.ts';
import { ACS_MOE_Z, acsEstimate, coefficientOfVariation } from './internal/acs.ts';

/**
 * The approximate margin of error of a product X·Y of ACS estimates (a share times a count: the number of
 * children in a tract estimated as its population times its child share), by the Census Bureau's formula
 * (Understanding and Using ACS Data 2018, ch. 8; tidycensus `moe_product`):
 *
 * MOE(X·Y) = √(X²·MOE_Y² + Y²·MOE_X²).
 *
 * @param a - X with its MOE.
 * @param b - Y with its MOE.
 * @returns The product, its MOE, SE and CV, with `method: 'product'`.
 * @throws {EquityLensError} when an estimate or MOE is negative or not finite.
 * @category ACS margins of error
 * @example
 * ```ts
 * import { acsProduct } from "./acsProduct.ts";
 *
 * const children = acsProduct({ estimate: 4000, moe: 300 }, { estimate: 0.25, moe: 0.03 });
 * children.estimate; // => 1000
 * children.moe; // => 141.50971698084905 (= √(4000²·0.03² + 0.25²·300²))
 * ```
 */
export function acsProduct(a: AcsEstimate, b: AcsEstimate): AcsDerivedEstimate {
  const fn = 'acsProduct';
  const x = acsEstimate(a, 'a', fn);
  const y = acsEstimate(b, 'b', fn);
  const estimate = x.estimate * y.estimate;
  const moe = Math.sqrt(x.estimate * x.estimate * y.moe * y.moe + y.estimate * y.estimate * x.moe * x.moe);
  const standardError = moe / ACS_MOE_Z;
  return { estimate, moe, standardError, coefficientOfVariation: coefficientOfVariation(standardError, estimate), method: 'product', warnings: [] };
}
