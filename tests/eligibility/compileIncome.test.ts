// The rule compiler: income criteria against each table kind (explanations, table references, lookup errors),
// the household fields a rule reads, rule dates, deprecated names, nested paths and the three-valued combination.
import { describe, expect, it } from 'vitest';
import {
  CA_SMI_CEILINGS,
  HHS_POVERTY_GUIDELINES,
  HUD_INCOME_LIMITS_SANTA_CLARA,
  evaluateEligibility,
  screenHouseholds,
  type EligibilityNode,
  type EligibilityRule,
  type Household,
} from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

const asOf = '2025-07-01';

function rule(criteria: EligibilityNode, extra: Partial<EligibilityRule> = {}): EligibilityRule {
  return { id: 'r', label: 'R', version: '1', ...extra, criteria };
}

function earning(annualIncome: number | undefined, size = 4): Household {
  return annualIncome === undefined ? { id: 'h', size, attributes: {} } : { id: 'h', size, annualIncome, attributes: {} };
}

// The bundled tables' references as the result reports them (from src/eligibility/*Tables.ts).
const poverty2025 = () => {
  const t = HHS_POVERTY_GUIDELINES.find((x) => x.year === 2025)!;
  return { kind: 'poverty', id: 'hhs-poverty-guidelines-2025', vintage: '2025', effectiveFrom: '2025-01-15', effectiveTo: '2026-01-12', status: 'published', source: { ...t.source } };
};
const hud2025 = () => ({
  kind: 'hud',
  id: 'hud-il-fy2025-santa-clara-ca',
  vintage: 'FY2025',
  effectiveFrom: '2025-04-01',
  effectiveTo: '2026-03-31',
  status: 'published',
  source: { ...HUD_INCOME_LIMITS_SANTA_CLARA[1]!.source },
});
const smi2025 = () => ({
  kind: 'smi',
  id: 'ca-smi-2025-26',
  vintage: '2025-26',
  effectiveFrom: '2025-07-01',
  effectiveTo: '2026-06-30',
  status: 'secondary',
  source: { ...CA_SMI_CEILINGS[1]!.source },
});

describe('fplPercent', () => {
  const fpl100: EligibilityNode = { kind: 'fplPercent', id: 'fpl', label: 'FPL', legalRef: '42 U.S.C. 9902(2)', maxPercent: 100 };

  it('explains a pass with the table used, the legal reference and dollars formatted', () => {
    // 2025 guideline for 1 person: $15,650; 100 % of it is the limit. Income 0 is 0.0 % (no minus sign on $0).
    const result = evaluateEligibility(earning(0, 1), rule(fpl100), { asOf });
    expect(result.criteria[0]).toEqual({
      id: 'fpl',
      label: 'FPL',
      kind: 'fplPercent',
      legalRef: '42 U.S.C. 9902(2)',
      passed: true,
      observed: 0,
      threshold: 15650,
      comparator: '<=',
      margin: 15650,
      unit: 'USD/year',
      table: poverty2025(),
      missing: [],
      detail: 'income $0 is 0.0 % of the 2025 guideline for 1 ($15,650); limit 100 % = $15,650',
    });
    expect(result.tables).toEqual([poverty2025()]);
  });

  it('groups every three digits and keeps two cents digits', () => {
    // 2025, 2 persons: 15,650 + 5,500 = 21,150. $1,250,000.05 / 21,150 = 59.10165 → 5910.2 %.
    const rich = evaluateEligibility(earning(1250000.05, 2), rule(fpl100), { asOf });
    expect(rich.criteria[0]?.detail).toBe('income $1,250,000.05 is 5910.2 % of the 2025 guideline for 2 ($21,150); limit 100 % = $21,150');
    expect(rich.criteria[0]?.passed).toBe(false);
  });

  it('an unknown income is indeterminate, with the threshold still shown', () => {
    expect(evaluateEligibility(earning(undefined, 1), rule(fpl100), { asOf }).criteria[0]).toEqual({
      id: 'fpl',
      label: 'FPL',
      kind: 'fplPercent',
      legalRef: '42 U.S.C. 9902(2)',
      passed: null,
      observed: null,
      threshold: 15650,
      comparator: '<=',
      margin: null,
      unit: 'USD/year',
      table: poverty2025(),
      missing: ['annualIncome'],
      detail: 'income unknown: the household has neither annualIncome nor incomes',
    });
  });

  it('a guideline year no table holds is not_covered, listing the years held', () => {
    const error = caught(() => evaluateEligibility(earning(1000), rule({ ...fpl100, guidelineYear: 2014 } as EligibilityNode), { asOf }));
    expect([error.code, error.path, error.message]).toEqual([
      'not_covered',
      'rule.criteria.guidelineYear',
      'evaluateEligibility: rule.criteria.guidelineYear is 2014, which no poverty guideline table holds (years: 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026); pass options.tables.poverty with that year.',
    ]);
  });
});

describe('hudIncomeCategory', () => {
  const hud = (atMost: string, extra: object = {}): EligibilityNode => ({ kind: 'hudIncomeCategory', id: 'hud', label: 'HUD', atMost, ...extra }) as EligibilityNode;

  it('reads the category asked for: FY2025 Santa Clara, 4 persons (ELI 60,250, VLI 100,450, LI 159,550)', () => {
    const threshold = (atMost: string) => evaluateEligibility(earning(50000), rule(hud(atMost)), { asOf }).criteria[0]?.threshold;
    expect([threshold('extremelyLow'), threshold('extremely_low'), threshold('veryLow'), threshold('very_low'), threshold('low')]).toEqual([60250, 60250, 100450, 100450, 159550]);
  });

  it('explains the limit, extrapolated above 8 persons', () => {
    // FY2025 VLI for 8 persons: 132,600 (read). For 9: 140 % of VLI(4) 100,450 = 140,630 → ceil to 50: 140,650.
    const eight = evaluateEligibility(earning(132600, 8), rule(hud('very_low')), { asOf });
    expect(eight.criteria[0]).toEqual({
      id: 'hud',
      label: 'HUD',
      kind: 'hudIncomeCategory',
      legalRef: null,
      passed: true,
      observed: 132600,
      threshold: 132600,
      comparator: '<=',
      margin: 0,
      unit: 'USD/year',
      table: hud2025(),
      missing: [],
      detail: 'income $132,600 against the HUD FY2025 very low limit for 8 persons ($132,600)',
    });
    expect(eight.warnings).toEqual(['deprecated: evaluateEligibility: rule.criteria.atMost "very_low" is now "veryLow"; the old name is accepted until 0.3.0.']);
    const nine = evaluateEligibility(earning(140651, 9), rule(hud('veryLow')), { asOf });
    expect(nine.criteria[0]).toMatchObject({ passed: false, threshold: 140650, margin: -1, detail: 'income $140,651 against the HUD FY2025 veryLow limit for 9 persons ($140,650, extrapolated +8 % per person)' });
    const eli = evaluateEligibility(earning(60250), rule(hud('extremely_low')), { asOf });
    expect(eli.criteria[0]?.detail).toBe('income $60,250 against the HUD FY2025 extremely low limit for 4 persons ($60,250)');
    expect(eli.warnings).toEqual(['deprecated: evaluateEligibility: rule.criteria.atMost "extremely_low" is now "extremelyLow"; the old name is accepted until 0.3.0.']);
  });

  it('a table named by id is used whatever the date (FY2024 VLI(4) 92,150 in July 2025)', () => {
    const result = evaluateEligibility(earning(95000), rule(hud('veryLow', { table: 'hud-il-fy2024-santa-clara-ca' })), { asOf });
    expect([result.status, result.criteria[0]?.threshold, result.criteria[0]?.table?.vintage, result.criteria[0]?.table?.effectiveTo]).toEqual(['ineligible', 92150, 'FY2024', '2025-03-31']);
    const error = caught(() => evaluateEligibility(earning(95000), rule(hud('veryLow', { table: 'nope' })), { asOf }));
    expect([error.code, error.path, error.message]).toEqual([
      'not_found',
      'rule.criteria.table',
      'evaluateEligibility: rule.criteria.table is "nope", which names no HUD income limits table; known ids: hud-il-fy2024-santa-clara-ca, hud-il-fy2025-santa-clara-ca.',
    ]);
  });

  it('an area without a table, and a date no table of the area covers', () => {
    const tables = { hud: [HUD_INCOME_LIMITS_SANTA_CLARA[1]!, { ...HUD_INCOME_LIMITS_SANTA_CLARA[1]!, id: 'hud-il-fy2025-alameda-ca', area: 'alameda-ca' }] };
    const error = caught(() => evaluateEligibility(earning(1000), rule(hud('veryLow', { area: 'marin-ca' })), { asOf, tables }));
    expect([error.code, error.path, error.message]).toEqual([
      'not_found',
      'rule.criteria.area',
      'evaluateEligibility: rule.criteria.area is "marin-ca", which names no HUD table area (areas: santa-clara-ca, alameda-ca); pass options.tables.hud for it.',
    ]);
    const early = caught(() => evaluateEligibility(earning(1000), rule(hud('veryLow')), { asOf: '2024-03-31' }));
    expect([early.code, early.path, early.message]).toEqual([
      'not_covered',
      'options.asOf',
      'evaluateEligibility: options.asOf is "2024-03-31", which no HUD income limits (santa-clara-ca) table covers (hud-il-fy2024-santa-clara-ca 2024-04-01 to 2025-03-31; hud-il-fy2025-santa-clara-ca 2025-04-01 to 2026-03-31); pass a table whose effective dates include it.',
    ]);
  });
});

describe('HUD limits a table cannot give', () => {
  it('only the extremely-low limit above 8 persons needs the guideline year, and only those households fail', () => {
    // Above 8 persons ELI needs the poverty guideline of povertyGuidelineYear; 2010 is not bundled. The very-low
    // and low limits do not (before 0.2.0 they failed too, with the path `limits.povertyGuidelineYear`).
    const tables = { hud: [HUD_INCOME_LIMITS_SANTA_CLARA[0]!, { ...HUD_INCOME_LIMITS_SANTA_CLARA[1]!, povertyGuidelineYear: 2010 }] };
    const low: EligibilityNode = { kind: 'hudIncomeCategory', id: 'hud', label: 'HUD', atMost: 'low' };
    // FY2025 LI: 159,550 for 4 persons; 223,400 for 9 (extrapolated, +40 % of the 4-person limit rounded up to $50).
    expect(evaluateEligibility(earning(1000, 4), rule(low), { asOf, tables }).criteria[0]?.threshold).toBe(159550);
    expect(evaluateEligibility(earning(1000, 9), rule(low), { asOf, tables }).criteria[0]?.threshold).toBe(223400);
    const eli: EligibilityNode = { ...low, atMost: 'extremely_low' };
    expect(evaluateEligibility(earning(1000, 8), rule(eli), { asOf, tables }).criteria[0]?.threshold).toBe(79550);
    const error = caught(() => evaluateEligibility(earning(1000, 9), rule(eli), { asOf, tables }));
    expect([error.code, error.path]).toEqual(['not_covered', 'options.tables.hud[1].povertyGuidelineYear']);
    expect(error.message).toBe(
      "evaluateEligibility: options.tables.hud[1].povertyGuidelineYear is 2010, which is not bundled; the extremely-low limit above 8 persons is the higher of the 30 % limit and that year's poverty guideline. Set it to a bundled year (2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), or use the very-low or low limit.",
    );
    const screened = caught(() => screenHouseholds([earning(1000, 4), earning(1000, 9)], rule(eli), { asOf, tables }));
    expect([screened.code, screened.path, screened.message]).toEqual([error.code, error.path, error.message.replace('evaluateEligibility', 'screenHouseholds')]);
  });
});

describe('validation once per rule object', () => {
  it('a rule is validated on first use: the same object is trusted afterwards, a copy is validated again', () => {
    const sized = rule({ kind: 'householdSize', id: 's', label: 'S', min: 2 });
    expect(evaluateEligibility(earning(0, 2), sized, { asOf }).status).toBe('eligible');
    // Changed in place to what the schema rejects (min below 1): the object was already validated.
    (sized.criteria as { min: number }).min = 0;
    expect(evaluateEligibility(earning(0, 1), sized, { asOf: '2025-07-02' }).criteria[0]?.threshold).toEqual([0, 30]);
    const error = caught(() => evaluateEligibility(earning(0, 1), { ...sized }, { asOf }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'rule.criteria.min']);
  });
});

describe('smiCeiling', () => {
  // 2025-26, 4 persons (row "4"): 100 % SMI 127,338 a year; 70 % a month = round(0.70 × 127,338 / 12) = round(7,428.05) = 7,428.
  const smi70: EligibilityNode = { kind: 'smiCeiling', id: 'smi', label: 'SMI', percent: 70 };

  it('a percent other than 85 is derived from the 100 % schedule, and compared monthly', () => {
    const result = evaluateEligibility(earning(7428 * 12), rule(smi70), { asOf });
    expect(result.criteria[0]).toEqual({
      id: 'smi',
      label: 'SMI',
      kind: 'smiCeiling',
      legalRef: null,
      passed: true,
      observed: 7428,
      threshold: 7428,
      comparator: '<=',
      margin: 0,
      unit: 'USD/month',
      table: smi2025(),
      missing: [],
      detail: 'monthly income $7,428 against the 2025-26 70 % SMI ceiling for 4 persons ($7,428 a month)',
    });
    const exclusive = evaluateEligibility(earning(7428 * 12), rule({ ...smi70, boundary: 'exclusive' } as EligibilityNode), { asOf });
    expect([exclusive.status, exclusive.criteria[0]?.comparator]).toEqual(['ineligible', '<']);
    expect(Array.from(screenHouseholds([earning(7428 * 12), earning(7428 * 12 + 1)], rule({ ...smi70, boundary: 'exclusive' } as EligibilityNode), { asOf }).criteria)).toEqual([0, 0]);
    expect(Array.from(screenHouseholds([earning(7428 * 12), earning(7428 * 12 + 1)], rule(smi70), { asOf }).criteria)).toEqual([1, 0]);
  });

  it('an unknown table id and a date no table covers', () => {
    const error = caught(() => evaluateEligibility(earning(1000), rule({ ...smi70, table: 'nope' } as EligibilityNode), { asOf }));
    expect([error.code, error.path, error.message]).toEqual(['not_found', 'rule.criteria.table', 'evaluateEligibility: rule.criteria.table is "nope", which names no SMI ceiling table; known ids: ca-smi-2024-25, ca-smi-2025-26.']);
    const early = caught(() => evaluateEligibility(earning(1000), rule(smi70), { asOf: '2024-06-30' }));
    expect([early.code, early.path, early.message]).toEqual([
      'not_covered',
      'options.asOf',
      'evaluateEligibility: options.asOf is "2024-06-30", which no California SMI table covers (ca-smi-2024-25 2024-07-01 to 2025-06-30; ca-smi-2025-26 2025-07-01 to 2026-06-30); pass a table whose effective dates include it.',
    ]);
  });
});

describe('incomeLimit', () => {
  const limits: EligibilityNode = { kind: 'incomeLimit', id: 'own', label: 'Own', annualLimits: [40000, 50000, 60000], additionalPerson: 8000 };

  it('reads the limits by size, then adds the increment per extra person', () => {
    const result = evaluateEligibility(earning(40000.5, 1), rule(limits), { asOf });
    expect(result.criteria[0]).toEqual({
      id: 'own',
      label: 'Own',
      kind: 'incomeLimit',
      legalRef: null,
      passed: false,
      observed: 40000.5,
      threshold: 40000,
      comparator: '<=',
      margin: -0.5,
      unit: 'USD/year',
      table: null,
      missing: [],
      detail: 'income $40,000.50 against the program limit for 1 persons ($40,000)',
    });
    expect(result.tables).toEqual([]);
    // 5 persons: 60,000 + 2 × 8,000 = 76,000.
    expect(evaluateEligibility(earning(76000, 5), rule(limits), { asOf }).criteria[0]).toMatchObject({ passed: true, threshold: 76000, margin: 0 });
    // The last listed size needs no increment.
    const noIncrement: EligibilityNode = { kind: 'incomeLimit', id: 'own', label: 'Own', annualLimits: [40000, 50000, 60000] };
    expect(evaluateEligibility(earning(60000, 3), rule(noIncrement), { asOf }).criteria[0]).toMatchObject({ passed: true, threshold: 60000 });
  });

  it('boundary exclusive: income equal to the limit fails', () => {
    const exclusive = { ...limits, boundary: 'exclusive' } as EligibilityNode;
    expect(evaluateEligibility(earning(50000, 2), rule(exclusive), { asOf }).criteria[0]).toMatchObject({ passed: false, comparator: '<', margin: 0 });
    expect(evaluateEligibility(earning(50000, 2), rule(limits), { asOf }).criteria[0]).toMatchObject({ passed: true, comparator: '<=' });
    expect(Array.from(screenHouseholds([earning(50000, 2), earning(49999.99, 2)], rule(exclusive), { asOf }).criteria)).toEqual([0, 1]);
  });

  it('an uncovered size names its place in a nested rule', () => {
    const noIncrement: EligibilityNode = { kind: 'incomeLimit', id: 'own', label: 'Own', annualLimits: [40000] };
    const nested = rule({ kind: 'all', criteria: [{ kind: 'householdSize', id: 's', label: 'S' }, { kind: 'not', criterion: noIncrement }] });
    const error = caught(() => evaluateEligibility(earning(1000, 2), nested, { asOf }));
    expect([error.code, error.path, error.message]).toEqual([
      'not_covered',
      'rule.criteria.criteria[1].criterion.annualLimits',
      'evaluateEligibility: rule.criteria.criteria[1].criterion.annualLimits covers sizes 1–1, but a household has 2 persons; add limits or an additionalPerson amount.',
    ]);
  });
});

describe('what a rule reads from the household', () => {
  const bad = { id: 'h', size: 2, annualIncome: -5, attributes: {} } as Household;
  it('income is validated for every income criterion, and only for them', () => {
    const hud: EligibilityNode = { kind: 'hudIncomeCategory', id: 'hud', label: 'HUD', atMost: 'low' };
    const own: EligibilityNode = { kind: 'incomeLimit', id: 'own', label: 'Own', annualLimits: [40000, 50000] };
    for (const node of [hud, own]) {
      const error = caught(() => evaluateEligibility(bad, rule(node), { asOf }));
      expect([error.code, error.path]).toEqual(['out_of_range', 'household.annualIncome']);
    }
    expect(evaluateEligibility(bad, rule({ kind: 'householdSize', id: 's', label: 'S', max: 2 }), { asOf }).status).toBe('eligible');
  });
});

describe('rule dates and logic', () => {
  const size: EligibilityNode = { kind: 'householdSize', id: 's', label: 'S', max: 4 };

  it('a rule applies from its first day', () => {
    const dated = rule(size, { effectiveFrom: '2025-07-01', effectiveTo: '2025-12-31' });
    expect(evaluateEligibility(earning(0), dated, { asOf: '2025-07-01' }).status).toBe('eligible');
    expect(evaluateEligibility(earning(0), dated, { asOf: '2025-12-31' }).status).toBe('eligible');
    const error = caught(() => evaluateEligibility(earning(0), dated, { asOf: '2025-06-30' }));
    expect([error.code, error.path, error.message]).toEqual([
      'not_covered',
      'options.asOf',
      'evaluateEligibility: options.asOf is "2025-06-30", before rule r version 1 takes effect (2025-07-01); use the version in force on that date (selectEligibilityRule).',
    ]);
  });

  it('not of a passing criterion fails; not of a failing one passes', () => {
    expect(evaluateEligibility(earning(0, 3), rule({ kind: 'not', criterion: size }), { asOf }).status).toBe('ineligible');
    expect(evaluateEligibility(earning(0, 5), rule({ kind: 'not', criterion: size }), { asOf }).status).toBe('eligible');
    const also = (id: string) => ({ ...size, id }) as EligibilityNode;
    // any(not(≤4), all(≤4, not(≤4))): 3 persons → any(fail, all(pass, fail)) = fail; 5 → any(pass, …) = pass.
    const nested = rule({ kind: 'any', criteria: [{ kind: 'not', criterion: size }, { kind: 'all', criteria: [also('s2'), { kind: 'not', criterion: also('s3') }] }] });
    expect(Array.from(screenHouseholds([earning(0, 3), earning(0, 5)], nested, { asOf }).status)).toEqual([0, 1]);
  });

  it('the table list names each table once, in first use', () => {
    const fpl: EligibilityNode = { kind: 'fplPercent', id: 'fpl', label: 'FPL', maxPercent: 200 };
    const result = evaluateEligibility(
      earning(1000),
      rule({ kind: 'any', criteria: [{ kind: 'smiCeiling', id: 'smi', label: 'SMI' }, fpl, { ...fpl, id: 'fpl2' } as EligibilityNode, { kind: 'hudIncomeCategory', id: 'h', label: 'H', atMost: 'low' }] }),
      { asOf },
    );
    expect(result.tables).toEqual([smi2025(), poverty2025(), hud2025()]);
    expect(result.warnings).toEqual([]);
  });
});
