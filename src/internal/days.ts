/**
 * Day-number arithmetic without `Date` (no clock, no time zone). A day number counts days since 1970-01-01 in the
 * proleptic Gregorian calendar, by Howard Hinnant's `days_from_civil` and `civil_from_days` algorithms
 * ("chrono-Compatible Low-Level Date Algorithms", 2013). Shared by the synthetic city (birth and enrolment days)
 * and the table mappers (spreadsheet serial days).
 *
 * @internal
 * @module
 */

/**
 * Days since 1970-01-01 of a calendar date (month 1–12).
 *
 * @internal
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The calendar date of a day number, written into `out` as `[year, month, day]` (no object per call: the
 * synthetic city formats millions of days).
 *
 * @internal
 */
export function civilFromDays(days: number, out: Int32Array): void {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  out[0] = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  out[1] = month;
  out[2] = day;
}
