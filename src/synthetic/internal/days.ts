/**
 * Day-number arithmetic for the synthetic city, without `Date` (no clock, no time zone). A day number counts
 * days since 1970-01-01 in the proleptic Gregorian calendar, by Howard Hinnant's `days_from_civil` and
 * `civil_from_days` algorithms ("chrono-Compatible Low-Level Date Algorithms", 2013).
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
 * The calendar date of a day number, written into `out` as `[year, month, day]`.
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

/**
 * `YYYY-MM-DD` strings for a contiguous range of day numbers, built on first use and reused, so a million birth
 * dates cost a million array reads rather than a million string formats.
 *
 * @internal
 */
export class DateStrings {
  private readonly cache: (string | undefined)[];
  private readonly parts = new Int32Array(3);

  /**
   * @param firstDay - The smallest day number that will be asked for.
   * @param lastDay - The largest day number that will be asked for.
   */
  constructor(
    private readonly firstDay: number,
    lastDay: number,
  ) {
    this.cache = new Array<string | undefined>(lastDay - firstDay + 1);
  }

  /** The `YYYY-MM-DD` string of a day number inside the range given to the constructor. */
  format(days: number): string {
    const slot = days - this.firstDay;
    const cached = this.cache[slot];
    if (cached !== undefined) return cached;
    civilFromDays(days, this.parts);
    const year = this.parts[0] as number;
    const month = this.parts[1] as number;
    const day = this.parts[2] as number;
    const text = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    this.cache[slot] = text;
    return text;
  }
}
