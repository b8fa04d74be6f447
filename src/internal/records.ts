/**
 * The record shapes every module shares (DESIGN.md "Data model"). Public zod schemas live with the module that
 * owns each record (`HouseholdSchema` in eligibility, `SiteSchema` in proximity, `EnrollmentSchema` in reach) and
 * must accept exactly these shapes.
 *
 * @internal
 * @module
 */

/** How often an income amount is received. */
export type PayFrequency = 'weekly' | 'biweekly' | 'semimonthly' | 'monthly' | 'annual';

/** One income source of a household, as received. */
export interface IncomeSource {
  /** Amount per period, in dollars, ≥ 0. */
  readonly amount: number;
  /** Period of `amount`. */
  readonly frequency: PayFrequency;
  /** Free-text origin (wages, benefits …). */
  readonly source?: string;
}

/** One member of a household. */
export interface HouseholdMember {
  /** Birth date, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Whether the member has a disability, when known. */
  readonly disability?: boolean;
}

/** A household as a city's administrative records describe it. */
export interface Household {
  /** Stable identifier, unique within a data set. */
  readonly id: string;
  /** Home location, GeoJSON position `[lng, lat]`. */
  readonly location?: readonly [number, number];
  /** Number of persons, a whole number ≥ 1. */
  readonly size: number;
  /** Annual household income in dollars; alternatively `incomes`. */
  readonly annualIncome?: number;
  /** Income sources with their frequencies; used when `annualIncome` is absent. */
  readonly incomes?: readonly IncomeSource[];
  /** Members with birth dates. */
  readonly members?: readonly HouseholdMember[];
  /** Grouping attributes: council district, race/ethnicity, home language … */
  readonly attributes: Readonly<Record<string, string>>;
  /** Programs the household is enrolled in that confer categorical eligibility (CalFresh, Medi-Cal …). */
  readonly categorical?: readonly string[];
}

/** A service site, such as a community centre. */
export interface Site {
  /** Stable identifier. */
  readonly id: string;
  /** Display name. */
  readonly name?: string;
  /** Location, GeoJSON position `[lng, lat]`. */
  readonly location: readonly [number, number];
  /** Capacity (places, seats, staff hours …), ≥ 0. */
  readonly capacity?: number;
  /** Program ids offered at the site. */
  readonly programs?: readonly string[];
}

/** One enrolment of a household in a program. */
export interface Enrollment {
  /** The enrolled household's `id`. */
  readonly householdId: string;
  /** The program's id. */
  readonly programId: string;
  /** The site where the household enrolled. */
  readonly siteId?: string;
  /** The program year the enrolment counts toward; alternatively `date`. */
  readonly programYear?: number;
  /** Enrolment date, `YYYY-MM-DD`; bucketed into program or fiscal years when `programYear` is absent. */
  readonly date?: string;
}
