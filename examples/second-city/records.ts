/**
 * Port Alder's own records, in Port Alder's own shapes — a fictional city for the adapting guide
 * (`docs/adapting.md`). Nothing here is real data: a small seeded generator writes plausible records so the
 * worked example runs end to end, the same on every machine.
 *
 * The shapes are deliberately not equity-lens's: monthly income in one number, a ward *number*, language
 * codes, birth dates in a flat list, SNAP and WIC as booleans, card issues instead of enrolments. `analysis.ts`
 * maps them onto the library's `Household`, `Enrollment` and `Site`.
 */
import { createRandom, distanceKm } from 'equity-lens';

/** One family account from the library's integrated library system, joined to the city's benefits screening. */
export interface PortAlderFamily {
  /** Account number, e.g. `"PA-000123"`. */
  readonly acct: string;
  /** Persons in the household. */
  readonly persons: number;
  /** Gross monthly household income in dollars; `null` when the family did not say. */
  readonly grossMonthly: number | null;
  /** Ward number, 1–6. */
  readonly wardNo: number;
  /** Home language code. */
  readonly lang: 'en' | 'es' | 'vi' | 'ru';
  /** Geocoded home address. */
  readonly lon: number;
  readonly lat: number;
  /** Birth dates of the members, `YYYY-MM-DD`. */
  readonly birthDates: readonly string[];
  /** Receives SNAP (food stamps). */
  readonly snap: boolean;
  /** Receives WIC. */
  readonly wic: boolean;
}

/** One library card issued (or renewed) at a branch. */
export interface CardIssue {
  readonly acct: string;
  /** Issue date, `YYYY-MM-DD`. */
  readonly issued: string;
  /** Branch code. */
  readonly branch: string;
  /** Only `family` cards are the program; `adult` cards are other business. */
  readonly cardType: 'family' | 'adult';
}

/** A library branch. */
export interface Branch {
  readonly code: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  /** Whether the branch issues Family Cards (the Harbor kiosk does not). */
  readonly issuesFamilyCards: boolean;
}

/** Ward centres (lon, lat), household shares and median annual incomes: all invented. */
const WARDS: readonly { centre: readonly [number, number]; share: number; medianIncome: number; spanish: number; vietnamese: number; russian: number }[] = [
  { centre: [-123.02, 46.2], share: 0.2, medianIncome: 64000, spanish: 0.26, vietnamese: 0.06, russian: 0.03 },
  { centre: [-122.97, 46.22], share: 0.18, medianIncome: 88000, spanish: 0.08, vietnamese: 0.03, russian: 0.05 },
  { centre: [-122.96, 46.18], share: 0.16, medianIncome: 112000, spanish: 0.05, vietnamese: 0.02, russian: 0.03 },
  { centre: [-123.07, 46.23], share: 0.17, medianIncome: 70000, spanish: 0.16, vietnamese: 0.2, russian: 0.03 },
  { centre: [-123.08, 46.17], share: 0.15, medianIncome: 50000, spanish: 0.36, vietnamese: 0.06, russian: 0.02 },
  { centre: [-123.01, 46.25], share: 0.14, medianIncome: 96000, spanish: 0.08, vietnamese: 0.03, russian: 0.22 },
];

/** Port Alder's branches. Ward 5 has none; the Harbor kiosk in ward 4 does not issue Family Cards. */
export const PORT_ALDER_BRANCHES: readonly Branch[] = [
  { code: 'CEN', name: 'Central Library', lon: -123.015, lat: 46.205, issuesFamilyCards: true },
  { code: 'NHL', name: 'North Hill', lon: -122.972, lat: 46.218, issuesFamilyCards: true },
  { code: 'SBK', name: 'South Bank', lon: -122.962, lat: 46.182, issuesFamilyCards: true },
  { code: 'HBR', name: 'Harbor kiosk', lon: -123.07, lat: 46.228, issuesFamilyCards: false },
  { code: 'RDG', name: 'Ridge', lon: -123.008, lat: 46.252, issuesFamilyCards: true },
];

/** Options of {@link portAlderRecords}. */
export interface PortAlderOptions {
  /** Seed of the generator. Default 2026. */
  readonly seed?: number;
  /** Number of family accounts. Default 4,000. */
  readonly families?: number;
  /** Fiscal years with card issues (October–September, named by the year they end). Default FY2023–FY2026. */
  readonly fiscalYears?: readonly number[];
}

/** The generated records. */
export interface PortAlderRecords {
  readonly families: readonly PortAlderFamily[];
  readonly cardIssues: readonly CardIssue[];
  readonly branches: readonly Branch[];
}

const KM_PER_DEG_LAT = 111.32;

function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function pick<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  let u = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

function isoDate(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** The date `day` days (0–364) after 1 October that opens fiscal year `fy` (named by the year it ends). */
function fiscalDate(fy: number, day: number): string {
  return new Date(Date.UTC(fy - 1, 9, 1 + day)).toISOString().slice(0, 10);
}

function birthDate(random: () => number, fromYear: number, toYear: number): string {
  return isoDate(fromYear + Math.floor(random() * (toYear - fromYear + 1)), Math.floor(random() * 365));
}

/**
 * Generates Port Alder's family accounts, card issues and branches. Deterministic for a seed.
 *
 * Enrolment model (invented): a family with a child aged 0–17 and income under about 80 % of the area median, or
 * on SNAP/WIC, takes a Family Card in a year with log-odds −1.1 + 0.3 per year since FY2023 − 0.45 per km to the
 * nearest issuing branch − 0.8 when the home language is not English + 1.2 when it had a card the year before;
 * other families with children −4.2. Distance and language drive the inequities the scorecard should find.
 */
export function portAlderRecords(options: PortAlderOptions = {}): PortAlderRecords {
  const random = createRandom(options.seed ?? 2026);
  const count = options.families ?? 4000;
  const fiscalYears = options.fiscalYears ?? [2023, 2024, 2025, 2026];
  const issuing = PORT_ALDER_BRANCHES.filter((b) => b.issuesFamilyCards);
  const families: PortAlderFamily[] = [];
  const nearestKm: number[] = [];
  for (let i = 0; i < count; i++) {
    const w = pick(random, [0, 1, 2, 3, 4, 5], WARDS.map((ward) => ward.share));
    const ward = WARDS[w] as (typeof WARDS)[number];
    const lat = ward.centre[1] + (normal(random) * 1.1) / KM_PER_DEG_LAT;
    const lon = ward.centre[0] + (normal(random) * 1.1) / (KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
    const persons = pick(random, [1, 2, 3, 4, 5, 6, 7], [0.2, 0.24, 0.2, 0.18, 0.1, 0.05, 0.03]);
    const adults = persons === 1 ? 1 : random() < 0.75 ? 2 : 1;
    const birthDates: string[] = [];
    for (let a = 0; a < adults; a++) birthDates.push(birthDate(random, 1955, 2002));
    for (let c = adults; c < persons; c++) birthDates.push(birthDate(random, 2005, 2025));
    const annual = ward.medianIncome * Math.exp(0.6 * normal(random)) * (persons === 1 ? 0.6 : 1);
    const grossMonthly = random() < 0.04 ? null : Math.round(annual / 12);
    const lang = pick(random, ['en', 'es', 'vi', 'ru'] as const, [1 - ward.spanish - ward.vietnamese - ward.russian, ward.spanish, ward.vietnamese, ward.russian]);
    const hasYoungChild = birthDates.some((d) => d >= '2021-01-01');
    const snap = random() < (annual < 35000 ? 0.5 : 0.04);
    const wic = hasYoungChild && random() < (annual < 50000 ? 0.4 : 0.02);
    families.push({ acct: `PA-${String(i + 1).padStart(6, '0')}`, persons, grossMonthly, wardNo: w + 1, lang, lon, lat, birthDates, snap, wic });
    let best = Infinity;
    for (const b of issuing) best = Math.min(best, distanceKm([lon, lat], [b.lon, b.lat]));
    nearestKm.push(best);
  }

  const cardIssues: CardIssue[] = [];
  const hadCard = new Uint8Array(count);
  for (const fy of fiscalYears) {
    const hasChild = (f: PortAlderFamily): boolean => f.birthDates.some((d) => d > `${fy - 18}-10-01` && d <= `${fy - 1}-10-01`);
    const thisYear = new Uint8Array(count);
    families.forEach((f, i) => {
      if (!hasChild(f)) return;
      const annual = f.grossMonthly === null ? 60000 : f.grossMonthly * 12;
      const needy = f.snap || f.wic || annual < 0.8 * 92000 * (0.6 + 0.1 * f.persons);
      const logit = needy
        ? -1.1 + 0.3 * (fy - 2023) - 0.45 * (nearestKm[i] as number) + (f.lang === 'en' ? 0 : -0.8) + (hadCard[i] === 1 ? 1.2 : 0)
        : -4.2;
      if (random() < 1 / (1 + Math.exp(-logit))) {
        thisYear[i] = 1;
        const branch = issuing.reduce((a, b) =>
          distanceKm([f.lon, f.lat], [a.lon, a.lat]) <= distanceKm([f.lon, f.lat], [b.lon, b.lat]) ? a : b,
        );
        cardIssues.push({ acct: f.acct, issued: fiscalDate(fy, Math.floor(random() * 365)), branch: branch.code, cardType: 'family' });
      } else if (random() < 0.05) {
        cardIssues.push({ acct: f.acct, issued: fiscalDate(fy, Math.floor(random() * 365)), branch: 'CEN', cardType: 'adult' });
      }
    });
    hadCard.set(thisYear);
  }
  return { families, cardIssues, branches: PORT_ALDER_BRANCHES };
}
