/**
 * Helpers for the Urban Institute SEDT functions.
 *
 * @internal
 * @module
 */

/**
 * ACS MOEs are published at 90 % with z = 1.645; SE = MOE / 1.645 (SEDT technical appendix; ACS handbook ch. 7).
 *
 * @internal
 */
export const SEDT_MOE_Z = 1.645;

/**
 * Rounds to `digits` decimals with ties to even, as pandas/numpy `round` (the SEDT code rounds shares this way).
 *
 * @internal
 */
export function roundHalfEven(value: number, digits: number): number {
  const scale = 10 ** digits;
  const scaled = value * scale;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let rounded: number;
  if (fraction > 0.5) rounded = floor + 1;
  else if (fraction < 0.5) rounded = floor;
  else rounded = floor % 2 === 0 ? floor : floor + 1;
  return rounded / scale;
}
