import { fiscalYearOfDate } from '../internal/calendar.ts';
import { integer } from '../internal/validate.ts';
import { calendarDate } from './internal/calendarDate.ts';
import { checkOptions, choice } from './internal/options.ts';

/** Options of {@link fiscalYear}. */
export interface FiscalYearOptions {
  /**
   * Month the fiscal year starts in, 1–12. Default 7 (1 July: the City of San José, the State of California and
   * most US school and park programs). Pass 1 for calendar years, 10 for the US federal fiscal year.
   */
  startMonth?: number;
  /**
   * How a fiscal year is named. `'end'` (default, San José's and the usual US convention): by the calendar year
   * it ends in, so 1 July 2024 – 30 June 2025 is FY2025. `'start'`: by the year it starts in (FY2024).
   */
  label?: 'end' | 'start';
}

const FN = 'fiscalYear';

/**
 * The fiscal (or program) year a date falls in.
 *
 * With `startMonth` m, a date in month ≥ m belongs to the fiscal year starting that calendar year, an earlier
 * month to the one that started the year before; that year is then named by its end year (default) or start year.
 * With `startMonth: 1` the fiscal year is the calendar year. Dates are `YYYY-MM-DD` strings read without `Date`
 * (no time zone can move them by a day) or `Date` objects read in UTC.
 *
 * @param date - A `YYYY-MM-DD` string or a `Date`.
 * @param options - See {@link FiscalYearOptions}.
 * @returns The fiscal year, a whole number.
 * @throws {EquityLensError} `invalid_date` for a string that is not a real `YYYY-MM-DD` date or an invalid
 *   `Date`; `out_of_range` for a `startMonth` outside 1–12; `invalid_value` for an unknown label.
 * @category Calendar
 * @example
 * ```ts
 * import { fiscalYear } from "./fiscalYear.ts";
 *
 * fiscalYear("2024-06-30"); // => 2024
 * fiscalYear("2024-07-01"); // => 2025
 * fiscalYear("2024-07-01", { label: "start" }); // => 2024
 * fiscalYear("2024-10-01", { startMonth: 10 }); // => 2025
 * ```
 */
export function fiscalYear(date: string | Date, options?: FiscalYearOptions): number {
  const opts = checkOptions(options, ['startMonth', 'label'], FN);
  const startMonth = opts.startMonth === undefined ? 7 : integer(opts.startMonth, 'options.startMonth', FN, { min: 1, max: 12 });
  const label = choice(opts.label, ['end', 'start'] as const, 'end', 'options.label', FN);
  return fiscalYearOfDate(calendarDate(date, 'date', FN), startMonth, label);
}
