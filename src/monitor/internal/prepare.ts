/**
 * Data preparation for `evaluateGoal`: program years, enrolment flags, eligibility by year, income as % of the
 * poverty guideline and distance to the nearest site, all as typed arrays indexed `household × year`.
 *
 * @internal
 * @module
 */
import { annualizeIncome } from '../../eligibility/annualizeIncome.ts';
import type { EligibilityTableRef } from '../../eligibility/eligibilityResult.ts';
import type { EligibilityRule, EligibilityRuleSet } from '../../eligibility/eligibilityRuleSchema.ts';
import type { EvaluateEligibilityOptions } from '../../eligibility/evaluateEligibility.ts';
import { povertyGuideline } from '../../eligibility/povertyGuideline.ts';
import { screenHouseholds } from '../../eligibility/screenHouseholds.ts';
import { selectEligibilityRule } from '../../eligibility/selectEligibilityRule.ts';
import type { Filter } from '../../goals/FilterSchema.ts';
import { compileFilter } from '../../goals/compileFilter.ts';
import { fiscalYearOfDate } from '../../internal/calendar.ts';
import { EquityLensError, describe, fail } from '../../internal/errors.ts';
import type { Enrollment, Household } from '../../internal/records.ts';
import type { Site } from '../../proximity/SiteSchema.ts';
import { dateString, householdSize, position } from '../../internal/validate.ts';
import { NearestGrid, nearestAll } from '../../internal/nearestGrid.ts';
import { NEAREST_SITES_PER_CELL } from '../../internal/sphereGrid.ts';

const FN = 'evaluateGoal';

/** How the monitor learns whether a household is eligible in a program year. */
export type GoalEligibilityInput =
  /** An eligibility rule, or a versioned rule set, applied with the bundled parameter tables. */
  | EligibilityRule
  | EligibilityRuleSet
  | {
      /** An eligibility rule, or a versioned rule set (the version in force at each year's start is applied). */
      readonly rules: EligibilityRule | EligibilityRuleSet;
      /** Parameter tables that replace the bundled ones. */
      readonly tables?: EvaluateEligibilityOptions['tables'];
    }
  | {
      /**
       * Eligibility already screened, per program year: one status code per household, in the order of
       * `data.households`, as `screenHouseholds` returns them (0 ineligible, 1 eligible, 2 indeterminate).
       */
      readonly statusByYear: ReadonlyMap<number, ArrayLike<number>>;
    }
  | ((household: Household, programYear: number) => boolean | null);

/** {@link GoalEligibilityInput} with a bare rule or rule set wrapped as `{ rules }`. */
export type NormalizedEligibility = Exclude<GoalEligibilityInput, EligibilityRule | EligibilityRuleSet>;

/**
 * Checks the shape of `data.eligibility` — a rule or rule set (wrapped as `{ rules }`), `{ rules, tables }`,
 * `{ statusByYear }` or a function — so a wrong shape is named here rather than failing deep inside.
 */
export function normalizeEligibility(value: unknown): NormalizedEligibility | undefined {
  if (value === undefined || typeof value === 'function') return value as NormalizedEligibility | undefined;
  const shapes = 'pass an eligibility rule or rule set (or { rules, tables }), { statusByYear } or a function (household, programYear) => true | false | null';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid_type', 'data.eligibility', `${FN}: data.eligibility is ${describe(value)}; ${shapes}.`);
  }
  if ('versions' in value || 'criteria' in value) return { rules: value as EligibilityRule | EligibilityRuleSet };
  if ('rules' in value) {
    const rules: unknown = (value as { rules: unknown }).rules;
    if (rules === null || typeof rules !== 'object' || !('versions' in rules || 'criteria' in rules)) {
      fail(
        'invalid_type',
        'data.eligibility.rules',
        `${FN}: data.eligibility.rules is ${describe(rules)}; pass an eligibility rule or a rule set, e.g. ELIGIBILITY_PRNS_SCHOLARSHIP_RULES.`,
      );
    }
    return value as NormalizedEligibility;
  }
  if ('statusByYear' in value) {
    const byYear: unknown = (value as { statusByYear: unknown }).statusByYear;
    if (!(byYear instanceof Map)) {
      fail('invalid_type', 'data.eligibility.statusByYear', `${FN}: data.eligibility.statusByYear is ${describe(byYear)}; pass a Map from program year to the statuses screenHouseholds returns.`);
    }
    return value as NormalizedEligibility;
  }
  const keys = Object.keys(value);
  return fail('invalid_type', 'data.eligibility', `${FN}: data.eligibility is an object with ${keys.length === 0 ? 'no keys' : `keys ${keys.join(', ')}`}; ${shapes}.`);
}

/** How years are counted. */
export interface YearBasis {
  readonly startMonth: number;
  readonly label: 'end' | 'start';
}

/** The first day of a program year, `YYYY-MM-DD`. */
export function yearStartDate(year: number, basis: YearBasis): string {
  const month = String(basis.startMonth).padStart(2, '0');
  if (basis.startMonth === 1) return `${year}-01-01`;
  return `${basis.label === 'end' ? year - 1 : year}-${month}-01`;
}

/** The program year of a date under a year basis. */
export function programYearOf(date: string, basis: YearBasis, path: string): number {
  return fiscalYearOfDate(dateString(date, path, FN), basis.startMonth, basis.label);
}

/** Everything the row loop needs, as typed arrays. */
export interface PreparedData {
  readonly households: readonly Household[];
  readonly years: readonly number[];
  readonly yearIndex: ReadonlyMap<number, number>;
  /** `[h * Y + y]`: 1 when the household enrolled in the program that year. */
  readonly enrolled: Uint8Array;
  /** `[h * Y + y]`: 1 when it enrolled the year before. */
  readonly enrolledPriorYear: Uint8Array;
  /** `[h * Y + y]`: 1 eligible, 0 ineligible, −1 indeterminate; `null` when no eligibility was given. */
  readonly eligible: Int8Array | null;
  /** Program enrolments with their household index and year (unknown households left out). */
  readonly enrollments: readonly { readonly enrollment: Enrollment; readonly household: number; readonly year: number }[];
  readonly sites: readonly Site[];
  readonly eligibilityRules: { year: number; id: string; version: string; asOf: string }[];
  readonly tables: EligibilityTableRef[];
  readonly warnings: string[];
  readonly basis: YearBasis;
}

/** Inputs of {@link prepareData}. */
export interface PrepareInput {
  readonly households: readonly Household[];
  readonly enrollments: readonly Enrollment[];
  readonly sites: readonly Site[];
  readonly eligibility: NormalizedEligibility | undefined;
  readonly programId: string;
  readonly basis: YearBasis;
  readonly asOfYear: number;
  readonly years: readonly number[] | undefined;
}

/** Resolves program years, enrolment flags and eligibility. */
export function prepareData(input: PrepareInput): PreparedData {
  const { households, basis } = input;
  const warnings: string[] = [];
  const householdIndex = new Map<string, number>();
  for (let h = 0; h < households.length; h++) {
    const household = households[h] as Household;
    if (household === null || typeof household !== 'object' || typeof household.id !== 'string') {
      fail('invalid_type', `data.households[${h}]`, `${FN}: data.households[${h}] is ${describe(household)}; expected a household with a string id.`);
    }
    householdSize(household.size, `data.households[${h}].size`, FN);
    if (householdIndex.has(household.id)) {
      fail('duplicate', `data.households[${h}].id`, `${FN}: data.households[${h}].id "${household.id}" appears twice; household ids must be unique.`);
    }
    householdIndex.set(household.id, h);
  }

  const enrollmentRows: { enrollment: Enrollment; household: number; year: number }[] = [];
  const enrolledYears = new Set<number>();
  let otherPrograms = 0;
  let unknownHouseholds = 0;
  for (let e = 0; e < input.enrollments.length; e++) {
    const enrollment = input.enrollments[e] as Enrollment;
    const path = `data.enrollments[${e}]`;
    if (enrollment === null || typeof enrollment !== 'object') fail('invalid_type', path, `${FN}: ${path} is ${describe(enrollment)}; expected an enrolment.`);
    if (enrollment.programId !== input.programId) {
      otherPrograms++;
      continue;
    }
    let year: number;
    if (enrollment.programYear !== undefined) {
      if (!Number.isInteger(enrollment.programYear)) {
        fail('not_integer', `${path}.programYear`, `${FN}: ${path}.programYear is ${describe(enrollment.programYear)}; expected a whole year such as 2024.`);
      }
      year = enrollment.programYear;
    } else if (enrollment.date !== undefined) {
      year = programYearOf(enrollment.date, basis, `${path}.date`);
    } else {
      fail('missing_field', path, `${FN}: ${path} has neither programYear nor date; give one so the enrolment can be counted in a year.`);
    }
    const h = householdIndex.get(enrollment.householdId);
    if (h === undefined) {
      unknownHouseholds++;
      continue;
    }
    enrolledYears.add(year);
    enrollmentRows.push({ enrollment, household: h, year });
  }
  if (otherPrograms > 0) warnings.push(`${otherPrograms} enrolment(s) in other programs than "${input.programId}" were ignored.`);
  if (unknownHouseholds > 0) {
    warnings.push(`${unknownHouseholds} enrolment(s) name a household that is not in data.households; they are not counted.`);
  }

  const years = resolveYears(input.years, enrolledYears, input.asOfYear);
  const yearIndex = new Map<number, number>();
  years.forEach((year, i) => yearIndex.set(year, i));
  const Y = years.length;
  const H = households.length;
  const enrolled = new Uint8Array(H * Y);
  const enrolledPriorYear = new Uint8Array(H * Y);
  for (const row of enrollmentRows) {
    const y = yearIndex.get(row.year);
    if (y !== undefined) enrolled[row.household * Y + y] = 1;
    const next = yearIndex.get(row.year + 1);
    if (next !== undefined) enrolledPriorYear[row.household * Y + next] = 1;
  }

  const eligibilityRules: { year: number; id: string; version: string; asOf: string }[] = [];
  const tables = new Map<string, EligibilityTableRef>();
  let eligible: Int8Array | null = null;
  if (input.eligibility !== undefined) {
    eligible = new Int8Array(H * Y);
    if (typeof input.eligibility === 'function') {
      const decide = input.eligibility;
      for (let h = 0; h < H; h++) {
        for (let y = 0; y < Y; y++) {
          const verdict: unknown = decide(households[h] as Household, years[y] as number);
          if (verdict !== true && verdict !== false && verdict !== null) {
            fail(
              'invalid_type',
              'data.eligibility',
              `${FN}: data.eligibility returned ${describe(verdict)} for household "${(households[h] as Household).id}" in ${years[y]}; return true, false or null (undecided).`,
            );
          }
          eligible[h * Y + y] = verdict === null ? -1 : verdict ? 1 : 0;
        }
      }
    } else if ('statusByYear' in input.eligibility) {
      const byYear = input.eligibility.statusByYear;
      for (let y = 0; y < Y; y++) {
        const status = byYear.get(years[y] as number);
        if (status === undefined || typeof status.length !== 'number') {
          fail('missing_field', 'data.eligibility.statusByYear', `${FN}: data.eligibility.statusByYear has no statuses for program year ${years[y]}; screen every evaluated year.`);
        }
        if (status.length !== H) {
          fail('length_mismatch', 'data.eligibility.statusByYear', `${FN}: data.eligibility.statusByYear for ${years[y]} has ${status.length} statuses for ${H} households; give one per household, in order.`);
        }
        for (let h = 0; h < H; h++) {
          const code = status[h];
          eligible[h * Y + y] = code === 1 ? 1 : code === 0 ? 0 : -1;
        }
      }
    } else {
      const { rules } = input.eligibility;
      const options = input.eligibility.tables === undefined ? {} : { tables: input.eligibility.tables };
      for (let y = 0; y < Y; y++) {
        const asOf = yearStartDate(years[y] as number, basis);
        let rule: EligibilityRule;
        try {
          rule = 'versions' in rules ? selectEligibilityRule(rules, asOf) : rules;
        } catch (error) {
          throw withYearContext(error, years[y] as number, asOf);
        }
        let screening;
        try {
          screening = screenHouseholds(households, rule, { asOf, ...options });
        } catch (error) {
          throw withYearContext(error, years[y] as number, asOf);
        }
        eligibilityRules.push({ year: years[y] as number, id: screening.rule.id, version: screening.rule.version, asOf });
        for (const table of screening.tables) tables.set(`${table.kind}:${table.id}`, table);
        // screenHouseholds codes: 0 ineligible, 1 eligible, 2 indeterminate.
        for (let h = 0; h < H; h++) {
          const code = screening.status[h];
          eligible[h * Y + y] = code === 1 ? 1 : code === 0 ? 0 : -1;
        }
      }
    }
  }

  return {
    households,
    years,
    yearIndex,
    enrolled,
    enrolledPriorYear,
    eligible,
    enrollments: enrollmentRows,
    sites: input.sites,
    eligibilityRules,
    tables: [...tables.values()],
    warnings,
    basis,
  };
}

function withYearContext(error: unknown, year: number, asOf: string): unknown {
  if (!(error instanceof EquityLensError)) return error;
  return new EquityLensError(
    error.code,
    `data.eligibility (program year ${year})`,
    `${FN}: could not decide eligibility for program year ${year} (rules as of ${asOf}): ${error.message}`,
    { cause: error, hint: 'give rules or parameter tables that cover every evaluated year, or pass options.years' },
  );
}

/**
 * The program years to evaluate: `explicit` (checked: whole, unique, not after the as-of year), else every year
 * from the first to the last year with an enrolment (a year without enrolments inside that range is reported as
 * such, not skipped), capped at the as-of year; the as-of year alone when there are no enrolments.
 */
export function resolveYears(explicit: readonly number[] | undefined, enrolled: ReadonlySet<number>, asOfYear: number): number[] {
  if (explicit !== undefined) {
    if (!Array.isArray(explicit) || explicit.length === 0) {
      fail('empty', 'options.years', `${FN}: options.years is empty; list the program years to evaluate, or leave it out.`);
    }
    const seen = new Set<number>();
    for (let i = 0; i < explicit.length; i++) {
      const year = explicit[i];
      if (typeof year !== 'number' || !Number.isInteger(year)) {
        fail('not_integer', `options.years[${i}]`, `${FN}: options.years[${i}] is ${describe(year)}; expected a whole year such as 2024.`);
      }
      if (year > asOfYear) {
        fail('out_of_range', `options.years[${i}]`, `${FN}: options.years[${i}] is ${year}, after the as-of program year ${asOfYear}; a scorecard cannot report years that have not started.`);
      }
      if (seen.has(year)) fail('duplicate', `options.years[${i}]`, `${FN}: options.years[${i}] is ${year}, listed twice.`);
      seen.add(year);
    }
    return [...explicit].sort((a, b) => a - b);
  }
  const seen = [...enrolled].filter((year) => year <= asOfYear);
  if (seen.length === 0) return [asOfYear];
  const first = Math.min(...seen);
  const last = Math.max(...seen);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A household's annual income: `annualIncome`, else the sum of its annualised `incomes`; `null` when neither is given. */
export function householdAnnualIncome(household: Household): number | null {
  if (typeof household.annualIncome === 'number') return household.annualIncome;
  if (Array.isArray(household.incomes)) {
    let total = 0;
    for (const income of household.incomes) total += annualizeIncome(income.amount, income.frequency);
    return total;
  }
  return null;
}

/**
 * Income as % of the HHS poverty guideline, per household and year (NaN inside when unknown). The guideline in
 * force at the start of each program year is used (HHS publishes each January).
 */
export function fplPercentTable(
  prepared: PreparedData,
  tables: EvaluateEligibilityOptions['tables'] | undefined,
  indicatorPath: string,
): Float64Array {
  const { households, years, basis } = prepared;
  const Y = years.length;
  const H = households.length;
  const out = new Float64Array(H * Y).fill(Number.NaN);
  // Income and size are read once per household; guidelines once per size and year.
  const income = new Float64Array(H);
  const sizes = new Int32Array(H);
  for (let h = 0; h < H; h++) {
    const household = households[h] as Household;
    const value = householdAnnualIncome(household);
    income[h] = value === null ? Number.NaN : value;
    sizes[h] = typeof household.size === 'number' && Number.isInteger(household.size) && household.size > 0 ? household.size : 0;
  }
  const guidelines: number[] = [];
  for (let y = 0; y < Y; y++) {
    const guidelineYear = Number(yearStartDate(years[y] as number, basis).slice(0, 4));
    guidelines.length = 0;
    for (let h = 0; h < H; h++) {
      const size = sizes[h] as number;
      const amount = income[h] as number;
      if (size === 0 || Number.isNaN(amount)) continue;
      let guideline = guidelines[size];
      if (guideline === undefined) {
        try {
          guideline = povertyGuideline(size, tables?.poverty === undefined ? { year: guidelineYear } : { year: guidelineYear, tables: tables.poverty });
        } catch (error) {
          if (error instanceof EquityLensError) {
            throw new EquityLensError(
              error.code,
              indicatorPath,
              `${FN}: ${indicatorPath} needs fplPercent for program year ${years[y]} (poverty guideline ${guidelineYear}): ${error.message}`,
              { cause: error, hint: 'pass poverty-guideline tables that cover every evaluated year in data.povertyTables' },
            );
          }
          throw error;
        }
        guidelines[size] = guideline;
      }
      out[h * Y + y] = (100 * amount) / guideline;
    }
  }
  return out;
}

/**
 * Distance in km from each household to the nearest site passing `sitesFilter` (NaN inside when the household
 * has no location).
 */
export function distanceTable(prepared: PreparedData, sitesFilter: Filter | undefined, indicatorPath: string): Float64Array {
  const predicate = sitesFilter === undefined ? null : compileFilter(sitesFilter);
  const sites: number[] = [];
  prepared.sites.forEach((site, s) => {
    if (predicate === null || predicate(site)) sites.push(...position(site.location, `data.sites[${s}].location`, FN));
  });
  if (sites.length === 0) {
    fail(
      'missing_field',
      indicatorPath,
      `${FN}: ${indicatorPath} measures distance to the nearest site, but ${prepared.sites.length === 0 ? 'data.sites is empty' : 'no site in data.sites passes its sites filter'}; pass the sites that offer the program.`,
    );
  }
  const located: number[] = [];
  const points: number[] = [];
  prepared.households.forEach((household, h) => {
    const location: unknown = household.location;
    if (location !== undefined && location !== null) {
      located.push(h);
      points.push(...position(location, `data.households[${h}].location`, FN));
    }
  });
  const out = new Float64Array(prepared.households.length).fill(Number.NaN);
  if (points.length === 0) return out;
  // What nearestSite computes from coordinates (the same index, so the same distances), without carrying its
  // travel-cost branch, which a goal never takes, into evaluateGoal's bundle.
  const nearest = nearestAll(new NearestGrid(Float64Array.from(sites), NEAREST_SITES_PER_CELL), Float64Array.from(points));
  for (let i = 0; i < located.length; i++) out[located[i] as number] = nearest.distanceKm[i] as number;
  return out;
}
