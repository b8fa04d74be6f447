/**
 * Program-year and fiscal-year bucketing shared by the year-over-year functions.
 *
 * @internal
 * @module
 */
import { fiscalYearOfDate, type FiscalYearLabel } from '../../internal/calendar.ts';
import { describe, EquityLensError, fail } from '../../internal/errors.ts';
import { dateString, integer } from '../../internal/validate.ts';
import type { YearBasis } from '../targetingErrorsByYear.ts';

/** Reads `fiscalYearStartMonth` (default 7, San José's 1 July) and `fiscalYearLabel` (default `'end'`). */
export function yearBasisOptions(options: Record<string, unknown>, fn: string): YearBasis {
  const month = options['fiscalYearStartMonth'] === undefined ? 7 : integer(options['fiscalYearStartMonth'], 'options.fiscalYearStartMonth', fn, { min: 1, max: 12 });
  const label = options['fiscalYearLabel'];
  if (label !== undefined && label !== 'end' && label !== 'start') {
    fail(
      'invalid_value',
      'options.fiscalYearLabel',
      `${fn}: options.fiscalYearLabel is ${describe(label)}; use "end" (FY 2024-25 is 2025, San José's usage) or "start" (2024).`,
    );
  }
  return { fiscalYearStartMonth: month, fiscalYearLabel: (label ?? 'end') as FiscalYearLabel };
}

/**
 * The year of one record: a whole number is a program year, taken as is; a `YYYY-MM-DD` string is a date,
 * bucketed into its fiscal year (parsed without `Date`, so no time zone can move it across 1 July).
 */
export function yearOf(value: unknown, path: string, label: string, basis: YearBasis, fn: string): number {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) {
      fail(
        Number.isFinite(value) ? 'not_integer' : 'not_finite',
        path,
        `${fn}: ${label} returned ${describe(value)} for ${path}; a program year is a whole number such as 2024.`,
      );
    }
    return value;
  }
  if (typeof value === 'string') {
    let parts;
    try {
      parts = dateString(value, path, fn);
    } catch (error) {
      throw new EquityLensError(
        'invalid_date',
        path,
        `${fn}: ${label} returned ${describe(value)} for ${path}, which is not a real date written "YYYY-MM-DD"; return a date such as "2024-07-01" or a program year.`,
        { cause: error },
      );
    }
    return fiscalYearOfDate(parts, basis.fiscalYearStartMonth, basis.fiscalYearLabel);
  }
  return fail(
    'invalid_type',
    path,
    `${fn}: ${label} returned ${describe(value)} for ${path}; return a program year (a whole number) or a date "YYYY-MM-DD".`,
  );
}

/** The default year of an `Enrollment`: its `programYear`, else its `date`. */
export function enrollmentYear(record: unknown): unknown {
  if (record === null || typeof record !== 'object') return record;
  const r = record as { programYear?: unknown; date?: unknown };
  return r.programYear !== undefined ? r.programYear : r.date;
}
