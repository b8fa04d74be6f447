import { checkOptions, choice } from './internal/options.ts';
import { packSeries } from './internal/series.ts';

/** Options of {@link yearOverYear}. */
export interface YearOverYearOptions {
  /**
   * Base of the percent change. `'signed'` (default) divides by the prior value, 100·(b − a)/a, the usual
   * definition; `'absolute'` divides by its absolute value, 100·(b − a)/|a|, so that a rise from −10 to −5 reads
   * as +50 % rather than −50 % (net migration, budget balances).
   */
  base?: 'signed' | 'absolute';
}

/** One year compared with the year observed before it. */
export interface YearOverYearRow {
  /** The year. */
  readonly year: number;
  /** The value in `year`. */
  readonly value: number;
  /** The previous observed year (`year − 1` unless the series has a gap). */
  readonly previousYear: number;
  /** The value in `previousYear`. */
  readonly previousValue: number;
  /** `year − previousYear`: 1 for consecutive years, more across a gap. */
  readonly gapYears: number;
  /** Absolute change `value − previousValue`, in the value's units (percentage points for a rate in %). */
  readonly change: number;
  /** Percent change 100·(value − previous)/previous over the whole gap; `null` when the previous value is 0. */
  readonly percentChange: number | null;
  /** Absolute change per year across the gap, `change / gapYears`. */
  readonly annualizedChange: number;
  /**
   * Compound percent change per year across the gap, 100·((value/previous)^(1/gapYears) − 1); equals
   * `percentChange` for consecutive years. `null` unless the previous value is > 0 and the value ≥ 0.
   */
  readonly annualizedPercentChange: number | null;
  /** Log change ln(value/previous); `null` unless both values are > 0. */
  readonly logChange: number | null;
  /** The percent-change base used (`options.base`). */
  readonly base: 'signed' | 'absolute';
  /** Why a field is `null`, or `null` when every field is defined. */
  readonly reason: string | null;
}

const FN = 'yearOverYear';

/**
 * Year-over-year change: each observed year against the year observed before it, as absolute change,
 * percent change, per-year (annualised) change across gaps and log change.
 *
 * Formulas (reference stats.md §5.1): change = b − a; percent change = 100·(b − a)/a (or /|a| with
 * `base: 'absolute'`), undefined (null) for a = 0 rather than ±Infinity; across a gap of g years the
 * annualised change is (b − a)/g and the compound rate 100·((b/a)^(1/g) − 1) — an unannualised 2016→2020
 * "year-over-year" change is not a year-over-year change, so both are reported. For rates, `change` is the
 * percentage-point change. Years may be given in any order; one row per year after the first.
 *
 * @param series - Yearly observations `{ year, value }`, any order, at least 2 years, one value per year.
 * @param options - See {@link YearOverYearOptions}.
 * @returns One row per observed year after the first, in year order.
 * @throws {EquityLensError} `too_short` with fewer than 2 years; `duplicate` when a year repeats;
 *   `not_finite`/`invalid_type`/`not_integer` for a bad year or value; `invalid_value` for an unknown `base`.
 * @category Trends
 * @example
 * ```ts
 * import { yearOverYear } from "./yearOverYear.ts";
 *
 * const rows = yearOverYear([{ year: 2021, value: 50 }, { year: 2020, value: 40 }, { year: 2023, value: 72 }]);
 * rows[0]?.percentChange; // => 25
 * rows[1]?.gapYears; // => 2
 * rows[1]?.percentChange; // => 44
 * rows[1]?.annualizedPercentChange; // => 19.999999999999996
 * ```
 */
export function yearOverYear(
  series: readonly { readonly year: number; readonly value: number }[],
  options?: YearOverYearOptions,
): YearOverYearRow[] {
  const opts = checkOptions(options, ['base'], FN);
  const base = choice(opts.base, ['signed', 'absolute'] as const, 'signed', 'options.base', FN);
  const { years, values, n } = packSeries(series, 'series', FN, 2, 'year-over-year change');
  const rows: YearOverYearRow[] = [];
  for (let i = 1; i < n; i++) {
    const year = years[i] as number;
    const value = values[i] as number;
    const previousYear = years[i - 1] as number;
    const previousValue = values[i - 1] as number;
    const gapYears = year - previousYear;
    const change = value - previousValue;
    const reasons: string[] = [];
    let percentChange: number | null = null;
    if (previousValue === 0) {
      reasons.push(`the value in ${previousYear} is 0, so percent change is undefined`);
    } else {
      percentChange = (100 * change) / (base === 'absolute' ? Math.abs(previousValue) : previousValue);
    }
    let annualizedPercentChange: number | null = null;
    if (previousValue > 0 && value >= 0) {
      annualizedPercentChange = gapYears === 1 ? (100 * change) / previousValue : 100 * (Math.pow(value / previousValue, 1 / gapYears) - 1);
    } else if (previousValue !== 0) {
      reasons.push('a compound (annualised) rate needs a previous value > 0 and a value ≥ 0');
    }
    let logChange: number | null = null;
    if (previousValue > 0 && value > 0) {
      logChange = Math.log(value / previousValue);
    } else {
      reasons.push('a log change needs both values > 0');
    }
    rows.push({
      year,
      value,
      previousYear,
      previousValue,
      gapYears,
      change,
      percentChange,
      annualizedChange: change / gapYears,
      annualizedPercentChange,
      logChange,
      base,
      reason: reasons.length === 0 ? null : `${reasons.join('; ')}.`,
    });
  }
  return rows;
}
