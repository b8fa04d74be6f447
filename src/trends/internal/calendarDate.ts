/**
 * Reading a calendar date from a `YYYY-MM-DD` string or a `Date`.
 *
 * @internal
 * @module
 */
import { isValid } from 'date-fns';
import { describe, fail } from '../../internal/errors.ts';
import { dateString, type CalendarDate } from '../../internal/validate.ts';

/**
 * A `YYYY-MM-DD` string is read as written (never through `Date`, so no time zone moves it). A `Date` is read
 * in UTC: `new Date("2024-07-01")` is UTC midnight, so it lands on 1 July whatever the machine's time zone,
 * whereas local getters would put it on 30 June west of Greenwich.
 *
 * @internal
 */
export function calendarDate(value: unknown, path: string, fn: string): CalendarDate {
  if (value instanceof Date) {
    if (!isValid(value)) fail('invalid_date', path, `${fn}: ${path} is an invalid Date; pass a real date or a "YYYY-MM-DD" string.`);
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') {
    fail('invalid_date', path, `${fn}: ${path} is ${describe(value)}; expected a date string "YYYY-MM-DD" or a Date.`);
  }
  return dateString(value, path, fn);
}
