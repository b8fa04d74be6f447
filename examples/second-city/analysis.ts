/**
 * The worked example of `docs/adapting.md`: Port Alder (a fictional city) adapts the method to its library's
 * Family Card program — its own income-limit tables, eligibility rule, goal, record shapes, October fiscal year and
 * a stricter suppression policy — and runs it from households to a scorecard. `run.ts` prints the result;
 * `tests/docs/adapting.test.ts` checks the numbers the guide quotes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EligibilityRuleSetSchema,
  HudLimitsTableSchema,
  defineGoal,
  distanceSummaryByGroup,
  evaluateEligibility,
  evaluateGoal,
  renderScorecard,
  screenHouseholds,
  selectEligibilityRule,
  targetingErrors,
  type EligibilityRuleSet,
  type Enrollment,
  type EquityGoal,
  type Household,
  type HudLimitsTable,
  type Scorecard,
  type Site,
} from 'equity-lens';
import { type Branch, type CardIssue, type PortAlderFamily, type PortAlderRecords, portAlderRecords } from './records.ts';

const here = dirname(fileURLToPath(import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(here, file), 'utf8'));

/** The program id enrolments and sites carry; the goal's `program.id`. */
export const FAMILY_CARD = 'pal-family-card';

/** Port Alder's income-limit tables, validated with the library's schema (throws, naming the bad field, if not). */
export function portAlderIncomeLimits(): HudLimitsTable[] {
  const raw = readJson('income-limits.json');
  if (!Array.isArray(raw)) throw new Error('income-limits.json must hold an array of tables');
  return raw.map((table) => HudLimitsTableSchema.parse(table));
}

/** Port Alder's Family Card rule set, validated. */
export function portAlderRules(): EligibilityRuleSet {
  return EligibilityRuleSetSchema.parse(readJson('rules.json'));
}

/** Port Alder's goal, validated with every default filled in. */
export function portAlderGoal(): EquityGoal {
  return defineGoal(readJson('goal.json'));
}

const LANGUAGE: Readonly<Record<PortAlderFamily['lang'], string>> = { en: 'English', es: 'Spanish', vi: 'Vietnamese', ru: 'Russian' };

/** A Port Alder family account as an equity-lens `Household`. */
export function toHousehold(f: PortAlderFamily): Household {
  return {
    id: f.acct,
    size: f.persons,
    // Monthly income is one source received monthly; unknown income stays absent (eligibility is then indeterminate).
    ...(f.grossMonthly === null ? {} : { incomes: [{ amount: f.grossMonthly, frequency: 'monthly' as const }] }),
    members: f.birthDates.map((birthDate) => ({ birthDate })),
    location: [f.lon, f.lat],
    attributes: { ward: String(f.wardNo), homeLanguage: LANGUAGE[f.lang] },
    categorical: [...(f.snap ? ['SNAP'] : []), ...(f.wic ? ['WIC'] : [])],
  };
}

/** Family card issues as enrolments (adult cards are not the program); the goal's year basis buckets `date`. */
export function toEnrollments(issues: readonly CardIssue[]): Enrollment[] {
  return issues
    .filter((issue) => issue.cardType === 'family')
    .map((issue) => ({ householdId: issue.acct, programId: FAMILY_CARD, siteId: issue.branch, date: issue.issued }));
}

/** Branches as sites; only those issuing Family Cards list the program. */
export function toSites(branches: readonly Branch[]): Site[] {
  return branches.map((b) => ({ id: b.code, name: b.name, location: [b.lon, b.lat], programs: b.issuesFamilyCards ? [FAMILY_CARD] : [] }));
}

/** Port Alder's fiscal year `fy` (October–September, named by the year it ends) starts on 1 October of `fy − 1`. */
export function fiscalYearStart(fy: number): string {
  return `${fy - 1}-10-01`;
}

/** Everything the guide shows. */
export interface PortAlderAnalysis {
  readonly records: PortAlderRecords;
  readonly households: Household[];
  readonly enrollments: Enrollment[];
  readonly sites: Site[];
  readonly tables: HudLimitsTable[];
  readonly rules: EligibilityRuleSet;
  readonly goal: EquityGoal;
  /** One family's eligibility explained, on the first day of FY2026. */
  readonly explanation: ReturnType<typeof evaluateEligibility>;
  /** FY2026 screening of every household. */
  readonly screening: ReturnType<typeof screenHouseholds>;
  /** Coverage and leakage by ward for FY2026, computed on Port Alder's own records through accessors. */
  readonly reach: ReturnType<typeof targetingErrors>;
  /** Distance from FY2026-eligible families to the nearest branch issuing Family Cards, by ward, on the own records. */
  readonly distance: ReturnType<typeof distanceSummaryByGroup>;
  readonly scorecard: Scorecard;
  readonly markdown: string;
}

/** Runs the Port Alder example end to end. */
export function analysePortAlder(): PortAlderAnalysis {
  const tables = portAlderIncomeLimits();
  const rules = portAlderRules();
  const goal = portAlderGoal();

  // 1. Map the city's own records onto the library's shapes.
  const records = portAlderRecords();
  const households = records.families.map(toHousehold);
  const enrollments = toEnrollments(records.cardIssues);
  const sites = toSites(records.branches);

  // 2. Eligibility with the city's own rule and tables, for one family and for everyone.
  const asOf = fiscalYearStart(2026);
  const rule = selectEligibilityRule(rules, asOf);
  const example = households.find((h) => h.id === 'PA-000007') as Household;
  const explanation = evaluateEligibility(example, rule, { asOf, tables: { hud: tables } });
  const screening = screenHouseholds(households, rule, { asOf, tables: { hud: tables } });

  // 3. Reach and proximity straight on the own records: accessors, no mapping needed.
  const cardHolders = new Set(enrollments.filter((e) => (e.date as string) >= asOf && (e.date as string) <= '2026-09-30').map((e) => e.householdId));
  const status = screening.status;
  const reach = targetingErrors(records.families, {
    eligible: (_f, i) => (status[i] === 1 ? true : status[i] === 0 ? false : null),
    enrolled: (f) => cardHolders.has(f.acct),
    by: { ward: (f) => `Ward ${f.wardNo}` },
  });
  const eligibleFamilies = records.families.filter((_f, i) => status[i] === 1);
  const issuing = records.branches.filter((b) => b.issuesFamilyCards).map((b) => [b.lon, b.lat] as [number, number]);
  const distance = distanceSummaryByGroup(eligibleFamilies, issuing, {
    location: (f) => [f.lon, f.lat],
    by: (f) => `Ward ${f.wardNo}`,
  });

  // 4. The scorecard: the goal on the mapped records, eligibility decided per fiscal year with the city's tables.
  const scorecard = evaluateGoal(goal, { households, enrollments, sites, eligibility: { rules, tables: { hud: tables } } }, { asOf: '2026-09-30' });
  const markdown = renderScorecard(scorecard, { format: 'markdown' });
  return { records, households, enrollments, sites, tables, rules, goal, explanation, screening, reach, distance, scorecard, markdown };
}
