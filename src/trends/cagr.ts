import { checkOptions } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/** Options of {@link cagr}. None yet; the object is accepted so options can be added without a breaking change. */
export interface CagrOptions {}

const FN = 'cagr';

/**
 * Compound annual growth rate from the first to the last observed year, as a fraction per year.
 *
 * Formula (reference stats.md §5.1): CAGR = (v_end/v_start)^(1/(t_end − t_start)) − 1, where the exponent is
 * the **difference in years**, not the number of points minus one, so gaps are handled. Undefined (`null`)
 * when the first value is ≤ 0 or the last is < 0 (the ratio would be negative or infinite); Open SDG's
 * replacement of a zero base by 0.001 is available through {@link progressToTarget}, not here.
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 2 years.
 * @param options - See {@link CagrOptions}.
 * @returns The growth rate per year as a fraction (0.05 = 5 % a year), or `null` when undefined.
 * @throws {EquityLensError} `too_short` with fewer than 2 years; `duplicate`, `not_finite`, `invalid_type` or
 *   `not_integer` for bad entries.
 * @category Trends
 * @example
 * ```ts
 * import { cagr } from "./cagr.ts";
 *
 * cagr([{ year: 2015, value: 100 }, { year: 2017, value: 121 }]); // => 0.10000000000000009
 * cagr([{ year: 2015, value: 0 }, { year: 2017, value: 121 }]); // => null
 * ```
 */
export function cagr(series: readonly { readonly year: number; readonly value: number }[], options?: CagrOptions): number | null {
  checkOptions(options, [], FN);
  const { years, values, n } = packSeries(series, 'series', FN, 2, 'CAGR');
  const first = values[0] as number;
  const last = values[n - 1] as number;
  if (!(first > 0) || last < 0) return null;
  return Math.pow(last / first, 1 / ((years[n - 1] as number) - (years[0] as number))) - 1;
}
