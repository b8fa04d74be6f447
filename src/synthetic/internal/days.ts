/**
 * Day-number formatting for the synthetic city, without `Date` (no clock, no time zone); the day-number arithmetic
 * itself (Hinnant's algorithms) is shared in `src/internal/days.ts`.
 *
 * @internal
 * @module
 */

import { civilFromDays } from '../../internal/days.ts';

export { daysFromCivil } from '../../internal/days.ts';

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
