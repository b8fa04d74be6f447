import { fail } from '../internal/errors.ts';
import { dateString, optionsObject } from '../internal/validate.ts';

/**
 * Options of {@link ageOn}.
 *
 * @category Age
 */
export interface AgeOnOptions {
  /**
   * When someone born on 29 February has a birthday in a common year. `'march1'` (default) follows date-fns'
   * `differenceInYears` (a full year is counted on 1 March); `'february-28'` follows date-fns' `addYears`, which
   * moves 29 Feb to 28 Feb (and moment/dayjs). Jurisdictions differ; pick the one your program's rules use.
   */
  leapDayBirthday?: 'march1' | 'february28' | 'march-1' | 'february-28';
}

/**
 * Age in whole years on a date, from `YYYY-MM-DD` strings compared by their parts — never parsed by `Date`, so a
 * household in California does not age a day early (`new Date("2025-07-01")` is UTC midnight, the previous
 * evening in San José). Equals date-fns' `differenceInYears(asOf, birthDate)` for local dates: the years between
 * the dates, minus one when the birthday has not yet come in the `asOf` year.
 *
 * 29 February: by default the birthday counts on 1 March in common years (date-fns `differenceInYears`,
 * issue #1642): born 2016-02-29, age 0 on 2017-02-28 and 1 on 2017-03-01. With
 * `leapDayBirthday: 'february28'` the age increases on 28 February instead (date-fns `addYears` maps
 * 2016-02-29 + 1 year to 2017-02-28).
 *
 * @param birthDate - Birth date, `YYYY-MM-DD`.
 * @param asOf - The date of the age, `YYYY-MM-DD`, not before `birthDate`.
 * @param options - The leap-day policy.
 * @returns Whole years, ≥ 0.
 * @throws {EquityLensError} `invalid_date` for a malformed or nonexistent date, `out_of_range` when `asOf` is
 *   before `birthDate`, `invalid_value` for an unknown leap-day policy.
 * @category Age
 * @example
 * ```ts
 * import { ageOn } from "./ageOn.ts";
 *
 * ageOn("2015-07-01", "2025-07-01"); // => 10
 * ageOn("2015-07-02", "2025-07-01"); // => 9
 * ageOn("2016-02-29", "2017-02-28"); // => 0
 * ageOn("2016-02-29", "2017-03-01"); // => 1
 * ageOn("2016-02-29", "2017-02-28", { leapDayBirthday: "february28" }); // => 1
 * ```
 */
export function ageOn(birthDate: string, asOf: string, options: AgeOnOptions = {}): number {
  const fn = 'ageOn';
  const birth = dateString(birthDate, 'birthDate', fn);
  const on = dateString(asOf, 'asOf', fn);
  optionsObject(options, ['leapDayBirthday'], fn);
  // 0.1 spelt the policies 'march-1' and 'february-28'; accepted until 0.3 (a number has no room for a warning).
  const given: string = options.leapDayBirthday ?? 'march1';
  const policy = given === 'march-1' ? 'march1' : given === 'february-28' ? 'february28' : given;
  if (policy !== 'march1' && policy !== 'february28') {
    fail('invalid_value', 'options.leapDayBirthday', `${fn}: options.leapDayBirthday is ${JSON.stringify(given)}; use "march1" (date-fns differenceInYears) or "february28".`);
  }
  const birthKey = birth.year * 10000 + birth.month * 100 + birth.day;
  const onKey = on.year * 10000 + on.month * 100 + on.day;
  if (onKey < birthKey) {
    fail('out_of_range', 'asOf', `${fn}: asOf "${asOf}" is before birthDate "${birthDate}"; check the order of the arguments (birthDate first).`);
  }
  return ageFromKeys(birthKey, onKey, policy === 'february28');
}

/**
 * Whole years between two date keys (`y × 10000 + m × 100 + d`, birth ≤ on). With `feb28`, a 29 February birth
 * counts its birthday on 28 February of common years.
 *
 * @internal
 */
export function ageFromKeys(birthKey: number, onKey: number, feb28: boolean): number {
  let age = Math.floor((onKey - birthKey) / 10000);
  if (feb28 && birthKey % 10000 === 229) {
    const year = Math.floor(onKey / 10000);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (!leap && onKey % 10000 === 228) age = year - Math.floor(birthKey / 10000);
  }
  return age;
}
