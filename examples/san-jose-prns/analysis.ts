/**
 * The PRNS youth-scholarship pilot, end to end, as a function: eligibility, reach, proximity, planning,
 * disparity, trends and the scorecard. `main.ts` runs it and prints; the notebook and the browser check reuse it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ELIGIBILITY_PRNS_SCHOLARSHIP_RULES,
  type EquityGoal,
  type Household,
  type Scorecard,
  type SyntheticCity,
  compareGroups,
  defineGoal,
  distanceSummaryByGroup,
  evaluateEligibility,
  evaluateGoal,
  fplPercent,
  mannKendall,
  planSites,
  screenHouseholds,
  selectEligibilityRule,
  syntheticCity,
  targetingErrors,
  theilSen,
  twoStepFCA,
  coverage,
} from 'equity-lens';

const here = dirname(fileURLToPath(import.meta.url));

/** The PRNS goal shipped in examples/goals. */
export function prnsGoal(): EquityGoal {
  return defineGoal(JSON.parse(readFileSync(join(here, '../goals/prns-youth-scholarship.json'), 'utf8')));
}

/** Orders labels as a reader does: numbers inside them by value ("District 2" before "District 10"). */
export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Reports progress of a long step: `(step, total, label)`. */
export type Progress = (step: number, total: number, label: string) => void;

export interface PrnsAnalysis {
  readonly city: SyntheticCity;
  readonly goal: EquityGoal;
  readonly years: readonly number[];
  readonly latestYear: number;
  /** Eligibility per year: 1 eligible, 0 ineligible, 2 indeterminate (screenHouseholds codes). */
  readonly eligibleByYear: ReadonlyMap<number, Uint8Array>;
  readonly eligibleCounts: { year: number; eligible: number; ineligible: number; indeterminate: number }[];
  readonly explanation: ReturnType<typeof evaluateEligibility>;
  readonly reach: ReturnType<typeof targetingErrors>;
  readonly coverageByYear: { year: number; coverage: number | null; leakage: number | null; eligible: number; enrolled: number }[];
  readonly distance: ReturnType<typeof distanceSummaryByGroup>;
  readonly within2km: ReturnType<typeof coverage>;
  readonly access: { district: string; meanScore: number; households: number }[];
  readonly plan: ReturnType<typeof planSites>;
  readonly candidates: readonly (readonly [number, number])[];
  readonly parity: ReturnType<typeof compareGroups>;
  readonly trend: { series: { year: number; value: number }[]; theilSen: ReturnType<typeof theilSen>; mannKendall: ReturnType<typeof mannKendall> };
  readonly scorecard: Scorecard;
}

/** First day of San José's fiscal year that program year `year` names (FY2025 starts 2024-07-01). */
export function fiscalYearStart(year: number): string {
  return `${year - 1}-07-01`;
}

/** Income band of a household, as in the PRNS goal's disaggregation. */
export function incomeBand(percent: number | null): string {
  if (percent === null) return 'Unknown';
  if (percent < 100) return '< 100 % FPL';
  if (percent < 200) return '100–199 % FPL';
  return '200 %+ FPL';
}

/** Household-size group, as in the PRNS goal. */
export function sizeGroup(size: number): string {
  return size <= 2 ? '1–2 persons' : size <= 4 ? '3–4 persons' : '5+ persons';
}

export function runAnalysis(options: { households?: number; seed?: number; progress?: Progress } = {}): PrnsAnalysis {
  const progress: Progress = options.progress ?? (() => {});
  const total = 9;
  progress(0, total, 'generating the synthetic city');
  const city = syntheticCity({ households: options.households ?? 330_000, seed: options.seed ?? 1 });
  const goal = prnsGoal();
  // The library's own rule set covers the synthetic city's program years (2016–2025) as it is.
  const rules = ELIGIBILITY_PRNS_SCHOLARSHIP_RULES;
  const households = city.households;
  const years = city.truth.programYears;
  const latestYear = years[years.length - 1] as number;

  progress(1, total, 'screening eligibility for ten program years');
  const eligibleByYear = new Map<number, Uint8Array>();
  const eligibleCounts: PrnsAnalysis['eligibleCounts'] = [];
  for (const year of years) {
    const asOf = fiscalYearStart(year);
    const screening = screenHouseholds(households, selectEligibilityRule(rules, asOf), { asOf });
    eligibleByYear.set(year, screening.status);
    eligibleCounts.push({ year, ...screening.counts });
  }
  const sample = households.find((h) => (h.annualIncome ?? 0) > 0 && (h.categorical?.length ?? 0) === 0) as Household;
  const explanation = evaluateEligibility(sample, selectEligibilityRule(rules, fiscalYearStart(latestYear)), { asOf: fiscalYearStart(latestYear) });

  progress(2, total, 'reach: leakage and undercoverage');
  const enrolledByYear = new Map<number, Set<string>>();
  for (const e of city.enrollments) {
    const year = e.programYear as number;
    let set = enrolledByYear.get(year);
    if (set === undefined) enrolledByYear.set(year, (set = new Set()));
    set.add(e.householdId);
  }
  const fpl = (h: Household, year: number): number | null =>
    h.annualIncome === undefined ? null : fplPercent(h.annualIncome, h.size, { year: Number(fiscalYearStart(year).slice(0, 4)) });
  const status = (year: number) => eligibleByYear.get(year) as Uint8Array;
  const latestStatus = status(latestYear);
  const latestEnrolled = enrolledByYear.get(latestYear) ?? new Set<string>();
  const reachByCodeUnits = targetingErrors(households, {
    eligible: (_h, i) => (latestStatus[i] === 1 ? true : latestStatus[i] === 0 ? false : null),
    enrolled: (h) => latestEnrolled.has(h.id),
    by: {
      district: (h) => `District ${h.attributes['district'] ?? '?'}`,
      incomeBand: (h) => incomeBand(fpl(h, latestYear)),
      language: (h) => h.attributes['language'] ?? 'Unknown',
    },
  });
  // The library orders groups by code units, so results reproduce anywhere; a reader expects District 2 before 10.
  const reach = { ...reachByCodeUnits, byDimension: reachByCodeUnits.byDimension.map((d) => ({ ...d, groups: [...d.groups].sort((a, b) => naturalOrder(a.label, b.label)) })) };
  const coverageByYear = years.map((year) => {
    const s = status(year);
    const enrolled = enrolledByYear.get(year) ?? new Set<string>();
    const r = targetingErrors(households, {
      eligible: (_h, i) => (s[i] === 1 ? true : s[i] === 0 ? false : null),
      enrolled: (h) => enrolled.has(h.id),
    });
    return { year, coverage: r.overall.coverage, leakage: r.overall.inclusionError, eligible: r.overall.eligible, enrolled: r.overall.enrolled };
  });

  progress(3, total, 'proximity: distance to the nearest community centre');
  const sites = city.sites.map((s) => s.location);
  const eligibleHouseholds = households.filter((h, i) => latestStatus[i] === 1 && h.location !== undefined);
  const distance = distanceSummaryByGroup(eligibleHouseholds, sites, {
    location: (h) => h.location as [number, number],
    by: (h) => `District ${h.attributes['district']}`,
    quantiles: [0.5, 0.9],
  });
  const within2km = coverage(
    eligibleHouseholds.map((h) => h.location as [number, number]),
    sites,
    { radiusKm: 2 },
  );

  progress(4, total, 'accessibility: two-step floating catchment (3 km)');
  const fca = twoStepFCA(
    eligibleHouseholds.map((h) => ({ location: h.location as [number, number], population: 1 })),
    city.sites.map((s) => ({ location: s.location, capacity: s.capacity ?? 0 })),
    { catchmentKm: 3 },
  );
  const byDistrict = new Map<string, { sum: number; n: number }>();
  eligibleHouseholds.forEach((h, i) => {
    const key = `District ${h.attributes['district']}`;
    const entry = byDistrict.get(key) ?? { sum: 0, n: 0 };
    entry.sum += fca.score[i] as number;
    entry.n += 1;
    byDistrict.set(key, entry);
  });
  const access = [...byDistrict.entries()]
    .map(([district, { sum, n }]) => ({ district, meanScore: sum / n, households: n }))
    .sort((a, b) => naturalOrder(a.district, b.district));

  progress(5, total, 'planning: three new centres for eligible unserved households');
  // Candidates: a 20 × 15 grid over the city's bounding box (300 points); demand: eligible households not enrolled,
  // with a priority multiplier of 1.5 where the home language is not English (they enrol less, per the pilot).
  const candidates: (readonly [number, number])[] = [];
  for (let i = 0; i < 20; i++) for (let j = 0; j < 15; j++) candidates.push([-122.03 + (0.42 * i) / 19, 37.14 + (0.31 * j) / 14]);
  const unserved = eligibleHouseholds.filter((h) => !latestEnrolled.has(h.id));
  const plan = planSites(
    unserved.map((h) => ({ location: h.location as [number, number], weight: h.attributes['language'] === 'English' ? 1 : 1.5 })),
    candidates,
    { radiusKm: 1.5, count: 3, method: 'greedy', swap: true },
  );

  progress(6, total, 'disparity: penetration parity by household size × income');
  const cells = new Map<string, { numerator: number; denominator: number }>();
  households.forEach((h, i) => {
    if (latestStatus[i] !== 1) return;
    const group = `${sizeGroup(h.size)} × ${incomeBand(fpl(h, latestYear))}`;
    const cell = cells.get(group) ?? { numerator: 0, denominator: 0 };
    cell.denominator += 1;
    if (latestEnrolled.has(h.id)) cell.numerator += 1;
    cells.set(group, cell);
  });
  const parity = compareGroups(
    [...cells.entries()].map(([group, c]) => ({ group, ...c })).sort((a, b) => naturalOrder(a.group, b.group)),
    { referenceGroup: 'overall', parityBand: { relative: 0.1 } },
  );

  progress(7, total, 'trends: ten years of penetration');
  const series = coverageByYear.filter((r) => r.coverage !== null).map((r) => ({ year: r.year, value: r.coverage as number }));
  const trend = { series, theilSen: theilSen(series), mannKendall: mannKendall(series) };

  progress(8, total, 'scorecard: evaluating the PRNS goal');
  const scorecard = evaluateGoal(
    goal,
    { households, enrollments: city.enrollments, sites: city.sites, eligibility: { rules } },
    { asOf: `${latestYear}-06-30` },
  );
  progress(9, total, 'done');
  return { city, goal, years, latestYear, eligibleByYear, eligibleCounts, explanation, reach, coverageByYear, distance, within2km, access, plan, candidates, parity, trend, scorecard };
}
