/**
 * Data preparation for the monitor: program years, income as % of the poverty guideline and distance to the
 * nearest site, as typed arrays indexed `household × year` (or `household`).
 *
 * @internal
 * @module
 */
import { annualizeIncome } from '../../eligibility/annualizeIncome.ts';
import type { EligibilityRule, EligibilityRuleSet } from '../../eligibility/eligibilityRuleSchema.ts';
import type { EvaluateEligibilityOptions } from '../../eligibility/evaluateEligibility.ts';
import { povertyGuideline } from '../../eligibility/povertyGuideline.ts';
import type { Filter } from '../../goals/FilterSchema.ts';
import { compileFilter } from '../../goals/compileFilter.ts';
import { fiscalYearOfDate } from '../../internal/calendar.ts';
import { EquityLensError, describe, fail } from '../../internal/errors.ts';
import type { Household } from '../../internal/records.ts';
import type { Site } from '../../proximity/SiteSchema.ts';
import { dateString, position } from '../../internal/validate.ts';
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
export function normalizeEligibility(value: unknown, fn: string = FN): NormalizedEligibility | undefined {
  if (value === undefined || typeof value === 'function') return value as NormalizedEligibility | undefined;
  const shapes = 'pass an eligibility rule or rule set (or { rules, tables }), { statusByYear } or a function (household, programYear) => true | false | null';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid_type', 'data.eligibility', `${fn}: data.eligibility is ${describe(value)}; ${shapes}.`);
  }
  if ('versions' in value || 'criteria' in value) return { rules: value as EligibilityRule | EligibilityRuleSet };
  if ('rules' in value) {
    const rules: unknown = (value as { rules: unknown }).rules;
    if (rules === null || typeof rules !== 'object' || !('versions' in rules || 'criteria' in rules)) {
      fail(
        'invalid_type',
        'data.eligibility.rules',
        `${fn}: data.eligibility.rules is ${describe(rules)}; pass an eligibility rule or a rule set, e.g. ELIGIBILITY_PRNS_SCHOLARSHIP_RULES.`,
      );
    }
    return value as NormalizedEligibility;
  }
  if ('statusByYear' in value) {
    const byYear: unknown = (value as { statusByYear: unknown }).statusByYear;
    if (!(byYear instanceof Map)) {
      fail('invalid_type', 'data.eligibility.statusByYear', `${fn}: data.eligibility.statusByYear is ${describe(byYear)}; pass a Map from program year to the statuses screenHouseholds returns.`);
    }
    return value as NormalizedEligibility;
  }
  const keys = Object.keys(value);
  return fail('invalid_type', 'data.eligibility', `${fn}: data.eligibility is an object with ${keys.length === 0 ? 'no keys' : `keys ${keys.join(', ')}`}; ${shapes}.`);
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

/** Each household's annual income (NaN when unknown) and size (0 when unusable): what {@link fplPercentOf} reads. */
export function householdIncomes(households: readonly Household[]): { income: Float64Array; sizes: Int32Array } {
  const H = households.length;
  const income = new Float64Array(H);
  const sizes = new Int32Array(H);
  for (let h = 0; h < H; h++) {
    const household = households[h] as Household;
    const value = householdAnnualIncome(household);
    income[h] = value === null ? Number.NaN : value;
    sizes[h] = typeof household.size === 'number' && Number.isInteger(household.size) && household.size > 0 ? household.size : 0;
  }
  return { income, sizes };
}

/**
 * Income as % of the HHS poverty guideline, per household and year (NaN inside when unknown), from each household's
 * annual income (NaN when unknown) and size (0 when unusable). The guideline in force at the start of each program
 * year is used (HHS publishes each January).
 */
export function fplPercentOf(
  income: Float64Array,
  sizes: Int32Array,
  years: readonly number[],
  basis: YearBasis,
  tables: EvaluateEligibilityOptions['tables'] | undefined,
  indicatorPath: string,
): Float64Array {
  const Y = years.length;
  const H = income.length;
  const out = new Float64Array(H * Y).fill(Number.NaN);
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
 * The nearest-site index of the sites passing `sitesFilter` (positions checked, a bad one named
 * `data.sites[i].location`); throws when no site passes (before any household is read).
 */
export function siteIndexFor(sites: readonly Site[], sitesFilter: Filter | undefined, indicatorPath: string): NearestGrid {
  const predicate = sitesFilter === undefined ? null : compileFilter(sitesFilter);
  const packed: number[] = [];
  sites.forEach((site, s) => {
    if (predicate === null || predicate(site)) packed.push(...position(site.location, `data.sites[${s}].location`, FN));
  });
  if (packed.length === 0) {
    fail(
      'missing_field',
      indicatorPath,
      `${FN}: ${indicatorPath} measures distance to the nearest site, but ${sites.length === 0 ? 'data.sites is empty' : 'no site in data.sites passes its sites filter'}; pass the sites that offer the program.`,
    );
  }
  return new NearestGrid(Float64Array.from(packed), NEAREST_SITES_PER_CELL);
}

/**
 * The households with a location and their positions (lng, lat, …), checked (a bad one named
 * `data.households[offset + h].location`): what {@link nearestOf} reads.
 */
export function householdPositions(households: readonly Household[], offset: number): { located: number[]; points: number[] } {
  const located: number[] = [];
  const points: number[] = [];
  households.forEach((household, h) => {
    const location: unknown = household.location;
    if (location !== undefined && location !== null) {
      located.push(h);
      points.push(...position(location, `data.households[${offset + h}].location`, FN));
    }
  });
  return { located, points };
}

/**
 * Distance in km from each of `H` households to the nearest site of `grid` (NaN when the household has no location),
 * `located` having the positions `points` (lng, lat, …): what nearestSite computes from coordinates (the same index,
 * so the same distances), without its travel-cost branch, which a goal never takes.
 */
export function nearestOf(H: number, located: readonly number[], points: readonly number[], grid: NearestGrid): Float64Array {
  const out = new Float64Array(H).fill(Number.NaN);
  if (points.length === 0) return out;
  const nearest = nearestAll(grid, Float64Array.from(points));
  for (let i = 0; i < located.length; i++) out[located[i] as number] = nearest.distanceKm[i] as number;
  return out;
}
