/**
 * Fiscal-year arithmetic on validated calendar dates, without `Date` (so no time zone shifts a day).
 *
 * @internal
 * @module
 */
import type { CalendarDate } from './validate.ts';

/** How a fiscal year is named. */
export type FiscalYearLabel = 'end' | 'start';

/**
 * The fiscal year a date falls in, for a fiscal year starting on the first day of `startMonth` (1–12).
 * With `label: 'end'` (the usual US convention, and San José's: FY 2024-25 is FY2025) the fiscal year is named
 * by the calendar year in which it ends; with `'start'` by the year in which it starts. With `startMonth` 1 the
 * fiscal year is the calendar year under either label.
 *
 * @internal
 */
export function fiscalYearOfDate(date: CalendarDate, startMonth: number, label: FiscalYearLabel = 'end'): number {
  if (startMonth === 1) return date.year;
  const startYear = date.month >= startMonth ? date.year : date.year - 1;
  return label === 'end' ? startYear + 1 : startYear;
}
