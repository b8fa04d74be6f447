import type { FiscalYearLabel } from '../internal/calendar.ts';
import { describe, fail } from '../internal/errors.ts';
import { GroupIndex } from '../internal/groups.ts';
import type { Enrollment } from '../internal/records.ts';
import { wilsonInterval } from '../uncertainty/wilsonInterval.ts';
import { confidenceOption, optionalAccessor, optionsObject, rowsArray } from './internal/options.ts';
import { programSelection } from './internal/programs.ts';
import { enrollmentYear, yearBasisOptions, yearOf } from './internal/years.ts';
import type { YearBasis, YearBasisOption } from './targetingErrorsByYear.ts';

/** Options of {@link retention}. */
export interface RetentionOptions<T> {
  /** The enrolled household's id. Default: the record's `householdId` (the {@link Enrollment} shape). */
  household?: (record: T, index: number) => string;
  /**
   * The enrolment's year: a program year (whole number) or a date `YYYY-MM-DD`, bucketed by fiscal year.
   * Default: the record's `programYear`, else its `date`.
   */
  year?: (record: T, index: number) => number | string;
  /** How dates become years, a goal's `yearBasis`. Default `{ startMonth: 7, label: 'end' }` (San José's fiscal year). */
  yearBasis?: YearBasisOption;
  /** @deprecated The 0.1 name of `yearBasis.startMonth`; accepted until 0.3 with a warning. */
  fiscalYearStartMonth?: number;
  /** @deprecated The 0.1 name of `yearBasis.label`; accepted until 0.3 with a warning. */
  fiscalYearLabel?: FiscalYearLabel;
  /**
   * A group key read from the enrolment record (language, district, site …), for retention by group. A household's
   * group in a year is that of its first enrolment record of the year; retention, retained and exits in year t are
   * counted in the group the household had in t − 1, entrants in its group in t.
   */
  by?: (record: T, index: number) => string;
  /** Confidence level of the retention interval. Default 0.95. */
  confidence?: number;
  /**
   * The program whose households are followed, or a list of programs counted as one. Records of other programs
   * are left out (counted in `otherPrograms`). Required when the records name more than one program: retention
   * in one program is not enrolment in another.
   */
  programId?: string | readonly string[];
  /** The enrolment's program. Default: the record's `programId` (the {@link Enrollment} shape). */
  program?: (record: T, index: number) => string | undefined;
}

/**
 * Enrolment flows of one year.
 *
 * @category Reach
 */
export interface RetentionYear {
  /** The program or fiscal year. */
  year: number;
  /** Enrolment records in the year (a household may have several). */
  enrollments: number;
  /** Distinct households enrolled in the year. */
  households: number;
  /** Households enrolled in the previous year (the retention denominator). */
  previousHouseholds: number;
  /** Households enrolled in both the previous year and this one. */
  retained: number;
  /** retained ÷ previousHouseholds; `null` in the first year or after a year without enrolments. */
  retention: number | null;
  /** Wilson interval of the retention. */
  retentionInterval: { lower: number | null; upper: number | null; confidence: number; method: 'wilson' };
  /** Households enrolled this year and never before (in the records given). */
  newEntrants: number;
  /** Households enrolled this year, not the previous year, but in some earlier year. */
  reentrants: number;
  /** Households enrolled the previous year but not this one. */
  exits: number;
  /** Why a value is `null` or needs care, one sentence each. */
  reasons: string[];
}

/**
 * The result of {@link retention}.
 *
 * @category Reach
 */
export interface RetentionResult {
  /** How dates were bucketed into years. */
  yearBasis: YearBasis;
  /** Every year from the first to the last with enrolments (years without any are listed, with zeros). */
  years: RetentionYear[];
  /** With `by`, the same per group (sorted by key; each group's years add up to `years`); otherwise `[]`. */
  groups: { group: string; years: RetentionYear[] }[];
  /** Records left out because they are in another program than `options.programId`. */
  otherPrograms: number;
  /** `deprecated:` warnings for 0.1 option names used. */
  warnings: string[];
}

/**
 * Year-to-year retention of enrolled households, with new entrants, re-entrants and exits.
 *
 * retention(t) = |enrolled(t − 1) ∩ enrolled(t)| / |enrolled(t − 1)|, households counted once per year however
 * many enrolments they have (San José's PRNS scholarship analysis reported "improved retention of scholarship
 * recipients"; see methodology §1). A new entrant is enrolled in t and in no earlier year of the records; a
 * re-entrant is enrolled in t, not in t − 1, but in some earlier year; an exit is enrolled in t − 1 and not in t.
 * In the first year every household is a new entrant only because earlier years are not in the records (left
 * censoring); the result says so. Retention is `null`, with a reason, when the previous year has no enrolments.
 * Only the enrolments of one program count (`programId`; records of several programs without it are an error):
 * a household that moves from one program to another neither stays nor enters.
 *
 * O(N + H·Y) for N records, H households and Y years.
 *
 * @param records - Enrolment records (by default of the {@link Enrollment} shape). Not mutated.
 * @param options - Accessors `household`, `year`, `program` and `by`, the program counted (`programId`), the
 *   fiscal-year basis and `confidence`.
 * @returns One entry per year from the first to the last.
 * @throws {EquityLensError} `invalid_type` when a household id is not a string or a year is neither a number nor a
 *   date string, `not_integer` for a fractional year, `invalid_date` for an impossible date, `out_of_range` when the
 *   years span more than 200 (a typo such as 20245), `invalid_value` when the records name several programs and
 *   `programId` is not given, `not_found` when no record is in `programId`.
 * @category Reach
 * @example
 * ```ts
 * import { retention } from "./retention.ts";
 *
 * const enrollments = [
 *   { householdId: "A", programId: "camp", programYear: 2023 },
 *   { householdId: "B", programId: "camp", programYear: 2023 },
 *   { householdId: "A", programId: "camp", programYear: 2024 },
 *   { householdId: "C", programId: "camp", programYear: 2024 },
 * ];
 * const [, y2024] = retention(enrollments).years;
 * [y2024?.retention, y2024?.newEntrants, y2024?.exits]; // => [0.5, 1, 1]
 * ```
 */
export function retention<T = Enrollment>(records: readonly T[], options: RetentionOptions<T> = {}): RetentionResult {
  const fn = 'retention';
  const list = rowsArray<T>(records, fn, 'records');
  const opts = optionsObject(
    options,
    ['household', 'year', 'by', 'yearBasis', 'fiscalYearStartMonth', 'fiscalYearLabel', 'confidence', 'programId', 'program'],
    fn,
  );
  const programs = programSelection<T>(opts, fn, 'records');
  const householdAccessor =
    optionalAccessor<(record: T, index: number) => string>(opts, 'household', fn, 'a function (record) => household id') ??
    ((record: T) => (record as Partial<Enrollment> | null)?.householdId as string);
  const yearAccessor =
    optionalAccessor<(record: T, index: number) => number | string>(opts, 'year', fn, 'a function (record) => year or date') ??
    ((record: T) => enrollmentYear(record) as number | string);
  const yearLabel = opts['year'] === undefined ? 'the default year (programYear, else date)' : 'options.year';
  const warnings: string[] = [];
  const basis = yearBasisOptions(opts, fn, warnings);
  const confidence = confidenceOption(opts, fn);

  const groupAccessor = optionalAccessor<(record: T, index: number) => string>(opts, 'by', fn, 'a function (record) => group key');

  const counted: number[] = [];
  for (let i = 0; i < list.length; i++) if (programs.counts(list[i] as T, i)) counted.push(i);
  programs.check(list.length);
  const n = counted.length;
  const householdIds = new Int32Array(n);
  const yearOfRecord = new Int32Array(n);
  const groupOfRecord = new Int32Array(n);
  const households = new GroupIndex();
  const groups = new GroupIndex();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const i = counted[k] as number;
    const record = list[i] as T;
    const id: unknown = householdAccessor(record, i);
    if (typeof id !== 'string') {
      fail(
        'invalid_type',
        `records[${i}]`,
        `${fn}: ${opts['household'] === undefined ? 'householdId' : 'options.household'} is ${describe(id)} for records[${i}]; a household id must be a string.`,
      );
    }
    // Stryker disable next-line StringLiteral: equivalent — id is a string here, so idOf never throws and never reads the path
    householdIds[k] = households.idOf(id, `records[${i}]`, fn);
    const year = yearOf(yearAccessor(record, i), `records[${i}]`, yearLabel, basis, fn);
    yearOfRecord[k] = year;
    first = Math.min(first, year);
    last = Math.max(last, year);
    if (groupAccessor !== undefined) groupOfRecord[k] = groups.idOf(groupAccessor(record, i), `records[${i}]`, fn, 'options.by');
  }
  const otherPrograms = programs.otherPrograms();
  if (n === 0) return { yearBasis: basis, years: [], groups: [], otherPrograms, warnings };
  const span = last - first + 1;
  if (span > 200) {
    fail('out_of_range', 'records', `${fn}: enrolment years run from ${first} to ${last}; check for a mistyped year.`);
  }
  const h = households.size;
  // Slot g·span + t holds group g in year t; the last slot block (g = G) holds every household.
  const g = groups.size; // 0 without options.by
  const total = g;
  const slots = (g + 1) * span;
  // The group of each enrolled household-year (its first record that year), −1 when not enrolled.
  const groupAt = new Int32Array(h * span).fill(-1);
  const enrollments = new Float64Array(slots);
  yearOfRecord.forEach((year, i) => {
    const t = year - first;
    const cell = (householdIds[i] as number) * span + t;
    if ((groupAt[cell] as number) < 0) groupAt[cell] = groupOfRecord[i] as number;
    enrollments[(groupOfRecord[i] as number) * span + t] = (enrollments[(groupOfRecord[i] as number) * span + t] as number) + 1;
    if (g > 0) enrollments[total * span + t] = (enrollments[total * span + t] as number) + 1;
  });
  const enrolledCount = new Float64Array(slots);
  const previousCount = new Float64Array(slots);
  const retainedCount = new Float64Array(slots);
  const newCount = new Float64Array(slots);
  const reentrantCount = new Float64Array(slots);
  const exitCount = new Float64Array(slots);
  const add = (counts: Float64Array, group: number, t: number): void => {
    counts[group * span + t] = (counts[group * span + t] as number) + 1;
    if (g > 0) counts[total * span + t] = (counts[total * span + t] as number) + 1;
  };
  households.keys.forEach((_, k) => {
    const row = k * span;
    let seenBefore = false;
    for (let t = 0; t < span; t++) {
      const now = groupAt[row + t] as number;
      const before = t > 0 ? (groupAt[row + t - 1] as number) : -1;
      // Retention, retained and exits belong to last year's cohort (its group then); entrants to this year's group.
      if (before >= 0) {
        add(previousCount, before, t);
        add(now >= 0 ? retainedCount : exitCount, before, t);
      }
      if (now >= 0) {
        add(enrolledCount, now, t);
        if (before < 0) add(seenBefore ? reentrantCount : newCount, now, t);
        seenBefore = true;
      }
    }
  });
  const yearsOf = (group: number): RetentionYear[] => {
    const years: RetentionYear[] = [];
    for (let t = 0; t < span; t++) {
      const year = first + t;
      const slot = group * span + t;
      const reasons: string[] = [];
      const previous = previousCount[slot] as number;
      const retained = retainedCount[slot] as number;
      if (t === 0) {
        reasons.push(`retention is undefined in ${year}, the first year of the records; its households all count as new entrants because earlier years are not in the records`);
      } else if (previous === 0) {
        reasons.push(`retention is undefined in ${year}: no household was enrolled in ${year - 1}`);
      }
      // previous is 0 in the first year: nobody is enrolled the year before it.
      const interval = wilsonInterval(retained, previous, { confidence });
      years.push({
        year,
        enrollments: enrollments[slot] as number,
        households: enrolledCount[slot] as number,
        previousHouseholds: previous,
        retained,
        retention: previous === 0 ? null : retained / previous,
        retentionInterval: { lower: interval.lower, upper: interval.upper, confidence, method: 'wilson' },
        newEntrants: newCount[slot] as number,
        reentrants: reentrantCount[slot] as number,
        exits: exitCount[slot] as number,
        reasons,
      });
    }
    return years;
  };
  // Groups in code-unit order of their keys (the default sort of strings).
  const byGroup = [...groups.keys].sort().map((key) => ({ group: key, years: yearsOf(groups.get(key) as number) }));
  return { yearBasis: basis, years: yearsOf(total), groups: byGroup, otherPrograms, warnings };
}
