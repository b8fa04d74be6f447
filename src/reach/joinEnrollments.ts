import type { FiscalYearLabel } from '../internal/calendar.ts';
import { describe, fail } from '../internal/errors.ts';
import type { Enrollment, Household } from '../internal/records.ts';
import { integer } from '../internal/validate.ts';
import { optionalAccessor, optionsObject, rowsArray } from './internal/options.ts';
import { programSelection } from './internal/programs.ts';
import { enrollmentYear, yearBasisOptions, yearOf } from './internal/years.ts';
import type { YearBasis, YearBasisOption } from './targetingErrorsByYear.ts';

/** Options of {@link joinEnrollments}. */
export interface JoinEnrollmentsOptions<H, E> {
  /** A household's id. Default: its `id` (the `Household` shape). */
  householdId?: (household: H, index: number) => string;
  /** The household an enrolment belongs to. Default: its `householdId` (the {@link Enrollment} shape). */
  enrollmentHouseholdId?: (enrollment: E, index: number) => string;
  /** An enrolment's year: program year or date `YYYY-MM-DD`. Default: its `programYear`, else its `date`. */
  year?: (enrollment: E, index: number) => number | string;
  /** The years to build rows for. Default: every year from the first to the last enrolment year. */
  years?: readonly number[];
  /**
   * What to do with an enrolment whose household is not among `households`: `'report'` (default) leaves it out of
   * the rows and lists it in `unknownHouseholds`; `'error'` throws.
   */
  unknownHouseholds?: 'report' | 'error';
  /** How dates become years, a goal's `yearBasis`. Default `{ startMonth: 7, label: 'end' }` (San José's fiscal year). */
  yearBasis?: YearBasisOption;
  /** @deprecated The 0.1 name of `yearBasis.startMonth`; accepted until 0.3 with a warning. */
  fiscalYearStartMonth?: number;
  /** @deprecated The 0.1 name of `yearBasis.label`; accepted until 0.3 with a warning. */
  fiscalYearLabel?: FiscalYearLabel;
  /**
   * The program joined, or a list of programs counted as one. Enrolments in other programs are left out (counted
   * in `otherPrograms`). Required when the enrolments name more than one program.
   */
  programId?: string | readonly string[];
  /** An enrolment's program. Default: its `programId` (the {@link Enrollment} shape). */
  program?: (enrollment: E, index: number) => string | undefined;
}

/**
 * One household in one year.
 *
 * @category Reach
 */
export interface HouseholdYear<H> {
  /** The household record (the same object, not a copy). */
  household: H;
  /** Its index in `households`. */
  householdIndex: number;
  /** The program or fiscal year. */
  year: number;
  /** Whether the household has at least one enrolment that year. */
  enrolled: boolean;
  /** How many enrolments it has that year. */
  enrollments: number;
}

/**
 * An enrolment that was left out of the rows.
 *
 * @category Reach
 */
export interface UnmatchedEnrollment {
  /** Its index in `enrollments`. */
  index: number;
  /** The household id it names. */
  householdId: string;
  /** Its year. */
  year: number;
}

/**
 * The result of {@link joinEnrollments}.
 *
 * @category Reach
 */
export interface JoinEnrollmentsResult<H> {
  /** One row per household per year, year by year, households in input order. */
  rows: HouseholdYear<H>[];
  /** The years, increasing. */
  years: number[];
  /** How dates were bucketed into years. */
  yearBasis: YearBasis;
  /** Enrolments naming a household that is not in `households` (left out of the rows). */
  unknownHouseholds: UnmatchedEnrollment[];
  /** Enrolments in a year outside `options.years` (left out of the rows). */
  outsideYears: UnmatchedEnrollment[];
  /** Enrolments left out because they are in another program than `options.programId`. */
  otherPrograms: number;
  /** `deprecated:` warnings for 0.1 option names used. */
  warnings: string[];
}

/**
 * Joins an enrolment roster to the household register: one row per household per year, with whether the household
 * enrolled that year. These household-year rows are what {@link targetingErrorsByYear} counts; households that never
 * enrolled are there too, which is what makes undercoverage measurable.
 *
 * The policy for enrolments that name an unknown household is explicit: by default they are left out and listed in
 * `unknownHouseholds` (a roster entry without a household record is a data problem to fix, not a household to
 * guess); with `unknownHouseholds: 'error'` the first one throws. Enrolments outside `options.years` are listed in
 * `outsideYears`. Only one program's enrolments are joined: `programId` names it (or a list of programs counted as
 * one), enrolments in other programs are counted in `otherPrograms`; enrolments naming several programs without
 * `programId` throw, since a household enrolled in another program is not enrolled in this one. Duplicate household
 * ids throw.
 *
 * O(N + H·Y) for N enrolments, H households and Y years.
 *
 * @param households - The household register (by default of the `Household` shape). Not mutated.
 * @param enrollments - The enrolment roster (by default of the {@link Enrollment} shape). Not mutated.
 * @param options - Id, year and program accessors, the program joined (`programId`), the `years`, the
 *   unknown-household policy and the fiscal-year basis.
 * @returns The household-year rows and every enrolment left out, with the reason.
 * @throws {EquityLensError} `duplicate` for two households with one id; `not_found` for an unknown household with
 *   `unknownHouseholds: 'error'`; `invalid_type` for a non-string id; the year and program errors of
 *   {@link retention}.
 * @category Reach
 * @example
 * ```ts
 * import { joinEnrollments } from "./joinEnrollments.ts";
 *
 * const households = [
 *   { id: "A", size: 3, attributes: { district: "5" } },
 *   { id: "B", size: 4, attributes: { district: "7" } },
 * ];
 * const enrollments = [
 *   { householdId: "A", programId: "camp", programYear: 2024 },
 *   { householdId: "Z", programId: "camp", programYear: 2024 },
 * ];
 * const joined = joinEnrollments(households, enrollments);
 * joined.rows.map((r) => [r.household.id, r.year, r.enrolled]); // => [["A", 2024, true], ["B", 2024, false]]
 * joined.unknownHouseholds; // => [{ index: 1, householdId: "Z", year: 2024 }]
 * ```
 */
export function joinEnrollments<H = Household, E = Enrollment>(
  households: readonly H[],
  enrollments: readonly E[],
  options: JoinEnrollmentsOptions<H, E> = {},
): JoinEnrollmentsResult<H> {
  const fn = 'joinEnrollments';
  const householdList = rowsArray<H>(households, fn, 'households');
  const enrollmentList = rowsArray<E>(enrollments, fn, 'enrollments');
  const opts = optionsObject(
    options,
    ['householdId', 'enrollmentHouseholdId', 'year', 'years', 'unknownHouseholds', 'yearBasis', 'fiscalYearStartMonth', 'fiscalYearLabel', 'programId', 'program'],
    fn,
  );
  const programs = programSelection<E>(opts, fn, 'enrollments');
  const householdId =
    optionalAccessor<(household: H, index: number) => string>(opts, 'householdId', fn, 'a function (household) => id') ??
    ((household: H) => (household as Partial<Household> | null)?.id as string);
  const enrollmentHouseholdId =
    optionalAccessor<(enrollment: E, index: number) => string>(opts, 'enrollmentHouseholdId', fn, 'a function (enrollment) => household id') ??
    ((enrollment: E) => (enrollment as Partial<Enrollment> | null)?.householdId as string);
  const yearAccessor =
    optionalAccessor<(enrollment: E, index: number) => number | string>(opts, 'year', fn, 'a function (enrollment) => year or date') ??
    ((enrollment: E) => enrollmentYear(enrollment) as number | string);
  const yearLabel = opts['year'] === undefined ? 'the default year (programYear, else date)' : 'options.year';
  const policy = opts['unknownHouseholds'] ?? 'report';
  if (policy !== 'report' && policy !== 'error') {
    fail('invalid_value', 'options.unknownHouseholds', `${fn}: options.unknownHouseholds is ${describe(policy)}; use "report" or "error".`);
  }
  const warnings: string[] = [];
  const basis = yearBasisOptions(opts, fn, warnings);

  const index = new Map<string, number>();
  householdList.forEach((household, i) => {
    const id: unknown = householdId(household, i);
    if (typeof id !== 'string') {
      fail('invalid_type', `households[${i}]`, `${fn}: the id of households[${i}] is ${describe(id)}; a household id must be a string.`);
    }
    const earlier = index.get(id);
    if (earlier !== undefined) {
      fail('duplicate', `households[${i}]`, `${fn}: households[${i}] has id ${describe(id)}, already used by households[${earlier}]; household ids must be unique.`);
    }
    index.set(id, i);
  });

  const matched: { index: number; household: number; year: number }[] = [];
  const unknownHouseholds: UnmatchedEnrollment[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const inProgram = Uint8Array.from(enrollmentList, (enrollment, i) => (programs.counts(enrollment, i) ? 1 : 0));
  programs.check(enrollmentList.length);
  enrollmentList.forEach((enrollment, i) => {
    if (inProgram[i] === 0) return;
    const id: unknown = enrollmentHouseholdId(enrollment, i);
    if (typeof id !== 'string') {
      fail('invalid_type', `enrollments[${i}]`, `${fn}: the household id of enrollments[${i}] is ${describe(id)}; a household id must be a string.`);
    }
    const year = yearOf(yearAccessor(enrollment, i), `enrollments[${i}]`, yearLabel, basis, fn);
    const household = index.get(id);
    if (household === undefined) {
      if (policy === 'error') {
        fail(
          'not_found',
          `enrollments[${i}]`,
          `${fn}: enrollments[${i}] names household ${describe(id)}, which is not in households; add the household or drop the enrolment (or use unknownHouseholds: "report" to list such enrolments instead).`,
        );
      }
      unknownHouseholds.push({ index: i, householdId: id, year });
      return;
    }
    matched.push({ index: i, household, year });
    first = Math.min(first, year);
    last = Math.max(last, year);
  });

  let years: number[];
  if (opts['years'] !== undefined) {
    const given = opts['years'];
    if (!Array.isArray(given)) fail('invalid_type', 'options.years', `${fn}: options.years is ${describe(given)}; pass an array of whole years.`);
    years = given.map((y: unknown, i) => integer(y, `options.years[${i}]`, fn));
    years = [...new Set(years)].sort((a, b) => a - b);
  } else {
    // With no matched enrolment first = +∞ and last = −∞: the span is −∞ and Array.from makes no years.
    if (last - first + 1 > 200) {
      fail('out_of_range', 'enrollments', `${fn}: enrolment years run from ${first} to ${last}; check for a mistyped year or pass options.years.`);
    }
    years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  }
  const yearIndex = new Map(years.map((year, k) => [year, k]));
  const h = householdList.length;
  const counts = new Int32Array(years.length * h);
  const outsideYears: UnmatchedEnrollment[] = [];
  matched.forEach((m) => {
    const t = yearIndex.get(m.year);
    if (t === undefined) {
      outsideYears.push({ index: m.index, householdId: householdId(householdList[m.household] as H, m.household), year: m.year });
      return;
    }
    counts[t * h + m.household] = (counts[t * h + m.household] as number) + 1;
  });

  const rows: HouseholdYear<H>[] = [];
  years.forEach((year, t) => {
    for (let k = 0; k < h; k++) {
      const c = counts[t * h + k] as number;
      rows.push({ household: householdList[k] as H, householdIndex: k, year, enrolled: c > 0, enrollments: c });
    }
  });
  return { rows, years, yearBasis: basis, unknownHouseholds, outsideYears, otherPrograms: programs.otherPrograms(), warnings };
}
