import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ELIGIBILITY_PRNS_SCHOLARSHIP_RULES,
  evaluateEligibility,
  povertyGuideline,
  screenHouseholds,
  selectEligibilityRule,
  type EligibilityNode,
  type EligibilityRule,
  type Household,
} from '../../src/eligibility/index.ts';
import { householdArb } from './arbitraries.ts';
import { caught } from './helpers.ts';

function rule(criteria: EligibilityNode, extra: Partial<EligibilityRule> = {}): EligibilityRule {
  return { id: 'test-rule', label: 'Test rule', version: '1', ...extra, criteria };
}

const fpl185: EligibilityNode = { kind: 'fplPercent', id: 'fpl', label: 'At or below 185 % FPL', maxPercent: 185 };
const hudVeryLow: EligibilityNode = { kind: 'hudIncomeCategory', id: 'hud', label: 'HUD very low income', atMost: 'veryLow' };
const smi85: EligibilityNode = { kind: 'smiCeiling', id: 'smi', label: '85 % SMI', percent: 85 };
const calFresh: EligibilityNode = { kind: 'categorical', id: 'calfresh', label: 'On CalFresh', programs: ['CalFresh'] };
const resident: EligibilityNode = { kind: 'attributeIn', id: 'resident', label: 'San José resident', attribute: 'city', values: ['San José'] };

function family(annualIncome: number, extra: Partial<Household> = {}): Household {
  return { id: 'f', size: 4, annualIncome, attributes: { city: 'San José' }, ...extra };
}

describe('income criteria against published tables', () => {
  it('185 % of the 2025 guideline for 4 persons is $59,477.50: equal passes, a cent more fails (inclusive)', () => {
    // 1.85 × 32,150 (HHS 2025, 4 persons) = 59,477.50.
    const r = rule(fpl185);
    const at = evaluateEligibility(family(59477.5), r, { asOf: '2025-07-01' });
    expect(at.status).toBe('eligible');
    expect(at.criteria[0]).toMatchObject({ passed: true, observed: 59477.5, threshold: 59477.5, comparator: '<=', margin: 0, unit: 'USD/year' });
    expect(at.criteria[0]?.table).toMatchObject({ kind: 'poverty', id: 'hhs-poverty-guidelines-2025', vintage: '2025', effectiveFrom: '2025-01-15' });
    const over = evaluateEligibility(family(59477.51), r, { asOf: '2025-07-01' });
    expect(over.status).toBe('ineligible');
    expect(over.criteria[0]?.margin).toBeCloseTo(-0.01, 9);
  });
  it('boundary: "exclusive" makes income equal to the limit fail, and says so', () => {
    const r = rule({ ...fpl185, boundary: 'exclusive' } as EligibilityNode);
    const at = evaluateEligibility(family(59477.5), r, { asOf: '2025-07-01' });
    expect([at.status, at.criteria[0]?.comparator]).toEqual(['ineligible', '<']);
  });
  it('the guideline in force switches on the notice’s effective date (2025 guidelines from 15 Jan 2025)', () => {
    // 4 persons, 100 %: 31,200 (2024) until 14 Jan 2025, 32,150 (2025) from 15 Jan.
    const r = rule({ kind: 'fplPercent', id: 'fpl', label: '100 % FPL', maxPercent: 100 });
    expect(evaluateEligibility(family(32000), r, { asOf: '2025-01-14' }).status).toBe('ineligible');
    expect(evaluateEligibility(family(32000), r, { asOf: '2025-01-15' }).status).toBe('eligible');
    const pinned = rule({ kind: 'fplPercent', id: 'fpl', label: '100 % FPL (2024)', maxPercent: 100, guidelineYear: 2024 });
    expect(evaluateEligibility(family(32000), pinned, { asOf: '2025-07-01' }).criteria[0]?.table?.vintage).toBe('2024');
  });
  it('HUD very low income switches on 1 April 2025 (FY2025: VLI(4) 92,150 → 100,450)', () => {
    const r = rule(hudVeryLow);
    const march31 = evaluateEligibility(family(95000), r, { asOf: '2025-03-31' });
    const april1 = evaluateEligibility(family(95000), r, { asOf: '2025-04-01' });
    expect([march31.status, march31.criteria[0]?.threshold, march31.criteria[0]?.table?.vintage]).toEqual(['ineligible', 92150, 'FY2024']);
    expect([april1.status, april1.criteria[0]?.threshold, april1.criteria[0]?.table?.vintage]).toEqual(['eligible', 100450, 'FY2025']);
    expect(april1.criteria[0]?.margin).toBe(5450);
    expect(evaluateEligibility(family(100450), r, { asOf: '2025-04-01' }).status).toBe('eligible');
  });
  it('HUD sizes above 8 use the extrapolated limit (9 persons FY2025 VLI 140,650)', () => {
    const r = rule(hudVeryLow);
    expect(evaluateEligibility(family(140650, { size: 9 }), r, { asOf: '2025-05-01' }).status).toBe('eligible');
    expect(evaluateEligibility(family(140651, { size: 9 }), r, { asOf: '2025-05-01' }).status).toBe('ineligible');
  });
  it('SMI is the monthly test, as the state applies it: $108,240 a year is $9,020 a month, inside the 2025-26 ceiling', () => {
    const r = rule(smi85);
    const result = evaluateEligibility(family(108240), r, { asOf: '2025-07-01' });
    expect(result.status).toBe('eligible'); // although above the annual figure 108,237
    expect(result.criteria[0]).toMatchObject({ observed: 9020, threshold: 9020, margin: 0, unit: 'USD/month' });
    expect(result.criteria[0]?.table).toMatchObject({ kind: 'smi', vintage: '2025-26', status: 'secondary' });
    expect(evaluateEligibility(family(108252), r, { asOf: '2025-07-01' }).status).toBe('ineligible'); // $9,021 a month
  });
  it('income from sources is annualised without rounding and summed', () => {
    // 2,000 every two weeks (52,000) + 500 a month (6,000) = 58,000 ≤ 59,477.50.
    const h: Household = { id: 'h', size: 4, incomes: [{ amount: 2000, frequency: 'biweekly' }, { amount: 500, frequency: 'monthly' }], attributes: {} };
    const result = evaluateEligibility(h, rule(fpl185), { asOf: '2025-07-01' });
    expect([result.status, result.criteria[0]?.observed]).toEqual(['eligible', 58000]);
    expect(evaluateEligibility({ ...h, incomes: [] }, rule(fpl185), { asOf: '2025-07-01' }).criteria[0]?.observed).toBe(0);
  });
  it('own income limits: by size, with an increment above the table, else not_covered', () => {
    const limit: EligibilityNode = { kind: 'incomeLimit', id: 'own', label: 'Program limit', annualLimits: [40000, 50000, 60000], additionalPerson: 8000 };
    expect(evaluateEligibility(family(76000, { size: 5 }), rule(limit), { asOf: '2025-07-01' }).criteria[0]?.threshold).toBe(76000);
    const noIncrement: EligibilityNode = { kind: 'incomeLimit', id: 'own', label: 'Program limit', annualLimits: [40000, 50000, 60000] };
    const error = caught(() => evaluateEligibility(family(10000, { size: 5 }), rule(noIncrement), { asOf: '2025-07-01' }));
    expect([error.code, error.path]).toEqual(['not_covered', 'rule.criteria.annualLimits']);
    expect(error.message).toBe('evaluateEligibility: rule.criteria.annualLimits covers sizes 1–3, but a household has 5 persons; add limits or an additionalPerson amount.');
  });
});

describe('explanations and three-valued logic', () => {
  let prns: ReturnType<typeof selectEligibilityRule>;
  beforeEach(() => {
    prns = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2025-07-01');
  });
  it('evaluates every criterion — no short-circuit — even when the first fails', () => {
    const r = rule({ kind: 'all', criteria: [resident, fpl185, hudVeryLow, smi85] });
    const result = evaluateEligibility(family(200000, { attributes: { city: 'Campbell' } }), r, { asOf: '2025-07-01' });
    expect(result.status).toBe('ineligible');
    expect(result.criteria.map((c) => [c.id, c.passed])).toEqual([
      ['resident', false],
      ['fpl', false],
      ['hud', false],
      ['smi', false],
    ]);
    expect(result.tables.map((t) => t.id)).toEqual(['hhs-poverty-guidelines-2025', 'hud-il-fy2025-santa-clara-ca', 'ca-smi-2025-26']);
    expect(result.criteria.map((c) => c.margin)).toEqual([null, 59477.5 - 200000, 100450 - 200000, 9020 - 200000 / 12]);
  });
  it('Kleene logic: any(pass, unknown) passes, all(fail, unknown) fails, all(pass, unknown) and not(unknown) are indeterminate', () => {
    const unknownIncome: Household = { id: 'u', size: 4, attributes: { city: 'San José' }, categorical: ['CalFresh'] };
    const anyResult = evaluateEligibility(unknownIncome, rule({ kind: 'any', criteria: [calFresh, fpl185] }), { asOf: '2025-07-01' });
    expect([anyResult.status, anyResult.missing]).toEqual(['eligible', ['annualIncome']]);
    expect(anyResult.criteria[1]).toMatchObject({ passed: null, observed: null, margin: null, missing: ['annualIncome'] });
    const allFail = evaluateEligibility({ ...unknownIncome, attributes: { city: 'Campbell' } }, rule({ kind: 'all', criteria: [resident, fpl185] }), { asOf: '2025-07-01' });
    expect(allFail.status).toBe('ineligible');
    expect(evaluateEligibility(unknownIncome, rule({ kind: 'all', criteria: [resident, fpl185] }), { asOf: '2025-07-01' }).status).toBe('indeterminate');
    expect(evaluateEligibility(unknownIncome, rule({ kind: 'not', criterion: fpl185 }), { asOf: '2025-07-01' }).status).toBe('indeterminate');
    expect(evaluateEligibility(family(100000), rule({ kind: 'not', criterion: fpl185 }), { asOf: '2025-07-01' }).status).toBe('eligible');
    const anyUnknown = evaluateEligibility({ id: unknownIncome.id, size: unknownIncome.size, attributes: unknownIncome.attributes }, rule({ kind: 'any', criteria: [calFresh, fpl185] }), { asOf: '2025-07-01' });
    expect([anyUnknown.status, anyUnknown.missing]).toEqual(['indeterminate', ['categorical', 'annualIncome']]);
  });
  it('explains the PRNS rule for a family end to end', () => {
    const h: Household = {
      id: 'garcia',
      size: 4,
      annualIncome: 52000,
      members: [{ birthDate: '1988-05-10' }, { birthDate: '1990-11-02' }, { birthDate: '2014-02-28' }, { birthDate: '2017-09-15' }],
      attributes: { district: '5' },
      categorical: [],
    };
    const result = evaluateEligibility(h, prns, { asOf: '2025-07-01' });
    expect(result.status).toBe('eligible');
    expect(result.rule).toEqual({ id: 'prns-citywide-scholarship', version: '2022-23' });
    const byId = new Map(result.criteria.map((c) => [c.id, c]));
    expect(byId.get('age-0-49')).toMatchObject({ passed: true, observed: [37, 34, 11, 7], margin: 3 });
    expect(byId.get('income-185-fpl')?.detail).toBe('income $52,000 is 161.7 % of the 2025 guideline for 4 ($32,150); limit 185 % = $59,477.50');
    expect(byId.get('all-access')).toMatchObject({ passed: null, missing: ['members[0].disability', 'members[1].disability', 'members[2].disability', 'members[3].disability'] });
    expect(result.criteria).toHaveLength(7);
  });
  it('the 2021-22 version accepts a school-meal letter; the 2022-23 version does not (universal meals)', () => {
    const h: Household = { id: 'h', size: 3, annualIncome: 90000, members: [{ birthDate: '2012-01-01' }], attributes: { district: '3' }, categorical: ['Free or Reduced-Price Meals'] };
    const before = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2022-06-30');
    const after = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2024-09-01');
    // The income path needs a guideline in force in June 2022: pass the 2022 HHS table ($13,590 + $4,720 per person;
    // in force from 12 Jan 2022 per reference/eligibility.md §1).
    const tables = {
      poverty: [
        {
          id: 'hhs-2022',
          year: 2022,
          jurisdiction: 'US-HHS',
          effectiveFrom: '2022-01-12',
          effectiveTo: '2023-01-18',
          source: { title: 'HHS Poverty Guidelines 2022 (test fixture)', url: 'https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines' },
          status: 'published' as const,
          rounding: 'none' as const,
          regions: {
            contiguous: { firstPerson: 13590, additionalPerson: 4720 },
            alaska: { firstPerson: 16990, additionalPerson: 5900 },
            hawaii: { firstPerson: 15630, additionalPerson: 5430 },
          },
        },
      ],
    };
    expect(evaluateEligibility(h, before, { asOf: '2022-06-30', tables }).status).toBe('eligible');
    expect(evaluateEligibility(h, after, { asOf: '2024-09-01' }).status).toBe('ineligible');
    // The bundled 2022 table (from 1 January, as PolicyEngine stores it) gives the same verdict.
    expect(evaluateEligibility(h, before, { asOf: '2022-06-30' }).status).toBe('eligible');
    // Without a table in force on the date the income path cannot be decided: an error, never the nearest year.
    const error = caught(() => evaluateEligibility(h, before, { asOf: '2022-06-30', tables: { poverty: tables.poverty.map((t) => ({ ...t, effectiveFrom: '2022-07-01' })) } }));
    expect([error.code, error.path]).toEqual(['not_covered', 'options.asOf']);
  });
  it('a rule version is evaluated only inside its effective dates', () => {
    const before = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2022-06-30');
    const error = caught(() => evaluateEligibility(family(1000), before, { asOf: '2024-09-01' }));
    expect([error.code, error.path]).toEqual(['not_covered', 'options.asOf']);
    expect(error.message).toBe(
      'evaluateEligibility: options.asOf is "2024-09-01", after rule prns-citywide-scholarship version 2021-22 ends (2022-06-30); use the version in force on that date (selectEligibilityRule).',
    );
  });
  it('ages: 29 February birthdays, a fixed age date, members not yet born', () => {
    const child: EligibilityNode = { kind: 'memberAge', id: 'child', label: 'A child aged 9 or more', minAge: 9 };
    const h: Household = { id: 'h', size: 2, members: [{ birthDate: '2016-02-29' }, { birthDate: '2030-01-01' }], attributes: {} };
    expect(evaluateEligibility(h, rule(child), { asOf: '2025-02-28' }).status).toBe('ineligible');
    expect(evaluateEligibility(h, rule(child), { asOf: '2025-03-01' }).status).toBe('eligible');
    expect(evaluateEligibility(h, rule({ ...child, leapDayBirthday: 'february28' } as EligibilityNode), { asOf: '2025-02-28' }).status).toBe('eligible');
    // CSPP-style cutoff: age on 1 December of the school year, whatever the evaluation date.
    expect(evaluateEligibility(h, rule({ ...child, ageOn: '2025-12-01' } as EligibilityNode), { asOf: '2025-02-01' }).status).toBe('eligible');
    expect(evaluateEligibility(h, rule(child), { asOf: '2025-03-01' }).criteria[0]?.observed).toEqual([9]);
  });
  it('attribute comparisons, household size, disability counts', () => {
    const h: Household = { id: 'h', size: 3, members: [{ birthDate: '1980-01-01', disability: true }, { birthDate: '2010-01-01' }], attributes: { rentBurden: '0.45', tenure: 'renter' } };
    const burden: EligibilityNode = { kind: 'attributeCompare', id: 'burden', label: 'Rent burden ≥ 30 %', attribute: 'rentBurden', op: 'gte', value: 0.3 };
    const r1 = evaluateEligibility(h, rule(burden), { asOf: '2025-07-01' });
    expect(r1.criteria[0]).toMatchObject({ passed: true, observed: 0.45, comparator: '>=' });
    expect(r1.criteria[0]?.margin).toBeCloseTo(0.15, 12);
    const notNumber = evaluateEligibility({ ...h, attributes: { rentBurden: 'n/a' } }, rule(burden), { asOf: '2025-07-01' });
    expect([notNumber.status, notNumber.missing]).toEqual(['indeterminate', ['attributes.rentBurden']]);
    const renter = evaluateEligibility(h, rule({ kind: 'attributeCompare', id: 't', label: 'Renter', attribute: 'tenure', op: 'eq', value: 'renter' }), { asOf: '2025-07-01' });
    expect(renter.status).toBe('eligible');
    const size = evaluateEligibility(h, rule({ kind: 'householdSize', id: 's', label: '2–6 persons', min: 2, max: 6 }), { asOf: '2025-07-01' });
    expect(size.criteria[0]).toMatchObject({ passed: true, observed: 3, threshold: [2, 6], margin: 1 });
    const two = evaluateEligibility(h, rule({ kind: 'memberDisability', id: 'd', label: 'Two members with a disability', atLeast: 2 }), { asOf: '2025-07-01' });
    expect([two.status, two.missing]).toEqual(['indeterminate', ['members[1].disability']]);
  });
  it('an attribute named __proto__ is just an attribute', () => {
    const r = rule({ kind: 'attributeIn', id: 'p', label: 'Proto', attribute: '__proto__', values: ['x'] });
    expect(evaluateEligibility({ id: 'h', size: 1, attributes: {} }, r, { asOf: '2025-07-01' }).missing).toEqual(['attributes.__proto__']);
    const own = JSON.parse('{"id":"h","size":1,"attributes":{"__proto__":"x"}}') as Household;
    expect(evaluateEligibility(own, r, { asOf: '2025-07-01' }).status).toBe('eligible');
  });
  it('never mutates its inputs', () => {
    const h = family(50000, { members: [{ birthDate: '2015-01-01' }] });
    const r = rule({ kind: 'all', criteria: [resident, fpl185] });
    const before = JSON.stringify([h, r]);
    evaluateEligibility(Object.freeze(h), Object.freeze(r), { asOf: '2025-07-01' });
    expect(JSON.stringify([h, r])).toBe(before);
  });
});

describe('properties', () => {
  let prns: ReturnType<typeof selectEligibilityRule>;
  beforeEach(() => {
    prns = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, '2025-07-01');
  });
  const incomeOnly = rule({ kind: 'all', criteria: [fpl185, hudVeryLow, smi85] });
  it('eligibility is monotone in income: more income never makes a household eligible', () => {
    fc.assert(
      fc.property(householdArb, fc.integer({ min: 0, max: 300000 }), fc.integer({ min: 1, max: 100000 }), (h, income, extra) => {
        const low = { ...h, annualIncome: income };
        const high = { ...h, annualIncome: income + extra };
        for (const r of [prns, incomeOnly]) {
          if (evaluateEligibility(high, r, { asOf: '2025-07-01' }).status === 'eligible') {
            expect(evaluateEligibility(low, r, { asOf: '2025-07-01' }).status).toBe('eligible');
          }
        }
      }),
      { numRuns: 200 },
    );
  });
  it('never eligible by income above the ceiling: 185 % FPL without a categorical path', () => {
    const r = rule({ kind: 'all', criteria: [resident, fpl185] });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 1_000_000 }), (size, over) => {
        const ceiling = (185 * povertyGuideline(size, { year: 2025 })) / 100;
        const result = evaluateEligibility(family(ceiling + over / 100, { size }), r, { asOf: '2025-07-01' });
        expect(result.status).toBe('ineligible');
        expect(result.criteria[1]?.margin).toBeLessThan(0);
        expect(evaluateEligibility(family(ceiling, { size }), r, { asOf: '2025-07-01' }).status).toBe('eligible');
      }),
      { numRuns: 200 },
    );
  });
  it('screenHouseholds gives the same status and criterion outcomes as evaluateEligibility', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { minLength: 1, maxLength: 20 }), (households) => {
        const screening = screenHouseholds(households, prns, { asOf: '2025-07-01' });
        const k = screening.criterionIds.length;
        households.forEach((h, i) => {
          const one = evaluateEligibility(h, prns, { asOf: '2025-07-01' });
          expect(['ineligible', 'eligible', 'indeterminate'][screening.status[i] as number]).toBe(one.status);
          one.criteria.forEach((c, j) => expect(screening.criteria[i * k + j]).toBe(c.passed === null ? 2 : c.passed ? 1 : 0));
        });
      }),
      { numRuns: 50 },
    );
  });
});

describe('screenHouseholds fast paths agree with evaluateEligibility', () => {
  const flatRules: EligibilityRule[] = [
    rule({ kind: 'all', criteria: [fpl185, hudVeryLow, smi85, { kind: 'incomeLimit', id: 'own', label: 'Own', annualLimits: [50000, 60000], additionalPerson: 9000, boundary: 'exclusive' }] }),
    rule({ kind: 'any', criteria: [calFresh, { ...fpl185, boundary: 'exclusive' } as EligibilityNode, { kind: 'memberAge', id: 'kid', label: 'Child', maxAge: 17 }] }),
    rule(smi85),
  ];
  it('for flat all / any rules and single criteria (property)', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { minLength: 1, maxLength: 15 }), fc.constantFrom(...flatRules), (households, r) => {
        const screening = screenHouseholds(households, r, { asOf: '2025-07-01' });
        const k = screening.criterionIds.length;
        households.forEach((h, i) => {
          const one = evaluateEligibility(h, r, { asOf: '2025-07-01' });
          expect(['ineligible', 'eligible', 'indeterminate'][screening.status[i] as number]).toBe(one.status);
          one.criteria.forEach((c, j) => expect(screening.criteria[i * k + j]).toBe(c.passed === null ? 2 : c.passed ? 1 : 0));
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('bad household input', () => {
  const r = rule({ kind: 'all', criteria: [fpl185, { kind: 'memberAge', id: 'age', label: 'A child', maxAge: 17 }] });
  const asOf = { asOf: '2025-07-01' };
  const cases: [string, unknown, string, string, string][] = [
    ['negative income', { id: 'h', size: 2, annualIncome: -1, attributes: {} }, 'out_of_range', 'household.annualIncome', 'evaluateEligibility: household.annualIncome is -1; expected a number ≥ 0.'],
    ['NaN income', { id: 'h', size: 2, annualIncome: Number.NaN, attributes: {} }, 'not_finite', 'household.annualIncome', 'evaluateEligibility: household.annualIncome is NaN; expected a finite number.'],
    ['infinite source', { id: 'h', size: 2, incomes: [{ amount: Number.POSITIVE_INFINITY, frequency: 'weekly' }], attributes: {} }, 'not_finite', 'household.incomes[0].amount', 'evaluateEligibility: household.incomes[0].amount is Infinity; expected a finite number.'],
    ['size 0', { id: 'h', size: 0, attributes: {} }, 'out_of_range', 'household.size', 'evaluateEligibility: household.size is 0; a household has between 1 and 30 persons — the size counts everyone who lives there, the applicant included, so set it to the number of members (at least 1) or leave the record out until it is corrected.'],
    ['fractional size', { id: 'h', size: 2.5, attributes: {} }, 'not_integer', 'household.size', 'evaluateEligibility: household.size is 2.5; expected a whole number.'],
    ['absurd size', { id: 'h', size: 31, attributes: {} }, 'out_of_range', 'household.size', 'evaluateEligibility: household.size is 31; a household has between 1 and 30 persons — a larger size is almost surely a data-entry error (an extra digit, or several households counted as one); correct the record.'],
    [
      'unknown frequency',
      { id: 'h', size: 2, incomes: [{ amount: 100, frequency: 'daily' }], attributes: {} },
      'invalid_value',
      'household.incomes[0].frequency',
      'evaluateEligibility: household.incomes[0].frequency is "daily"; use one of weekly, biweekly, semimonthly, monthly, annual (every two weeks is "biweekly", twice a month "semimonthly").',
    ],
    ['nonexistent birth date', { id: 'h', size: 2, members: [{ birthDate: '2025-02-30' }], attributes: {} }, 'invalid_date', 'household.members[0].birthDate', 'evaluateEligibility: household.members[0].birthDate is "2025-02-30", which does not exist; 2025-02 has 28 days — did you mean "2025-02-28"?'],
    ['malformed birth date', { id: 'h', size: 2, members: [{ birthDate: '2015-7-1' }], attributes: {} }, 'invalid_date', 'household.members[0].birthDate', 'evaluateEligibility: household.members[0].birthDate is "2015-7-1"; expected a date string "YYYY-MM-DD", e.g. "2025-07-01".'],
  ];
  for (const [name, household, code, path, message] of cases) {
    it(name, () => {
      const error = caught(() => evaluateEligibility(household as Household, r, asOf));
      expect([error.code, error.path, error.message]).toEqual([code, path, message]);
    });
  }
  it('a rule that reads attributes needs an attributes object; one that does not, does not', () => {
    const residency = rule({ kind: 'all', criteria: [resident, fpl185] });
    const error = caught(() => evaluateEligibility({ id: 'h', size: 2, annualIncome: 1000 } as unknown as Household, residency, asOf));
    expect([error.code, error.path, error.message]).toEqual([
      'missing_field',
      'household.attributes',
      'evaluateEligibility: household.attributes is undefined; give every household an attributes object (it may be empty: {}).',
    ]);
    expect(evaluateEligibility({ id: 'h', size: 2, annualIncome: 1000 } as unknown as Household, rule(fpl185), asOf).status).toBe('eligible');
  });
  it('bad options: missing or malformed asOf, asOf outside coverage, unknown option', () => {
    const h = family(1000);
    const missing = caught(() => evaluateEligibility(h, r, {} as { asOf: string }));
    expect([missing.code, missing.path]).toEqual(['missing_field', 'options.asOf']);
    const malformed = caught(() => evaluateEligibility(h, r, { asOf: '2025-02-29' }));
    expect([malformed.code, malformed.path, malformed.message]).toEqual(['invalid_date', 'options.asOf', 'evaluateEligibility: options.asOf is "2025-02-29", which does not exist; 2025-02 has 28 days — did you mean "2025-02-28"?']);
    const outside = caught(() => evaluateEligibility(h, r, { asOf: '2027-03-01' }));
    expect([outside.code, outside.path]).toEqual(['not_covered', 'options.asOf']);
    expect(outside.message).toMatch(/^evaluateEligibility: options\.asOf is "2027-03-01", which no poverty guideline table covers/);
    const typo = caught(() => evaluateEligibility(h, r, { asOf: '2025-07-01', tabels: {} } as { asOf: string }));
    expect([typo.code, typo.path, typo.hint]).toEqual(['unknown_key', 'options.tabels', 'did you mean "tables"?']);
  });
});

describe('eligibility rules: the 0.2 vocabulary (docs/conventions.md §2)', () => {
  const h: Household = { id: 'h', size: 3, annualIncome: 50_000, members: [{ birthDate: '2016-02-29' }], attributes: { rentBurden: '0.3' } };
  const options = { asOf: '2025-07-01' };

  it('attributeCompare takes op with the goal filters\' lte/gte; 0.1\'s operator le/ge still works until 0.3, with a warning', () => {
    const current = evaluateEligibility(h, rule({ kind: 'attributeCompare', id: 'b', label: 'Burden ≤ 30 %', attribute: 'rentBurden', op: 'lte', value: 0.3 }), options);
    const old = evaluateEligibility(h, rule({ kind: 'attributeCompare', id: 'b', label: 'Burden ≤ 30 %', attribute: 'rentBurden', operator: 'le', value: 0.3 }), options);
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual(['deprecated: evaluateEligibility: rule.criteria.operator "le" is now rule.criteria.op "lte"; the old name is accepted until 0.3.0.']);
    expect(old.criteria).toEqual(current.criteria);
    expect(current.criteria[0]).toMatchObject({ passed: true, comparator: '<=', margin: 0 });
    const screened = screenHouseholds([h], rule({ kind: 'attributeCompare', id: 'b', label: 'B', attribute: 'rentBurden', operator: 'ge', value: 0.3 }), options);
    expect(screened.warnings).toEqual(['deprecated: screenHouseholds: rule.criteria.operator "ge" is now rule.criteria.op "gte"; the old name is accepted until 0.3.0.']);
  });

  it('rejects a comparison with no operator, or with both names', () => {
    const none = caught(() => evaluateEligibility(h, rule({ kind: 'attributeCompare', id: 'b', label: 'B', attribute: 'rentBurden', value: 0.3 } as EligibilityNode), options));
    expect(none.message).toMatch(/rule\.criteria\.op is invalid: no comparison operator; give op: "eq", "ne", "lt", "lte", "gt" or "gte"/);
    const both = caught(() => evaluateEligibility(h, rule({ kind: 'attributeCompare', id: 'b', label: 'B', attribute: 'rentBurden', op: 'lte', operator: 'le', value: 0.3 }), options));
    expect(both.message).toMatch(/op and its deprecated name operator are both given; keep op only/);
  });

  it('HUD categories and leap-day policies are camelCase; the 0.1 spellings are accepted until 0.3 with a warning', () => {
    const hud = (atMost: string) => evaluateEligibility(h, rule({ kind: 'hudIncomeCategory', id: 'hud', label: 'Very low income', atMost } as EligibilityNode), options);
    expect(hud('veryLow').warnings).toEqual([]);
    expect(hud('very_low').warnings).toEqual(['deprecated: evaluateEligibility: rule.criteria.atMost "very_low" is now "veryLow"; the old name is accepted until 0.3.0.']);
    expect(hud('very_low').status).toBe(hud('veryLow').status);
    const age = (leapDayBirthday: string) =>
      evaluateEligibility(h, rule({ kind: 'memberAge', id: 'a', label: 'A child of 9+', minAge: 9, leapDayBirthday } as EligibilityNode), { asOf: '2025-02-28' });
    // Born 29 Feb 2016: 9 on 28 Feb 2025 only under the February-28 policy.
    expect(age('february28').status).toBe('eligible');
    expect(age('february-28').status).toBe('eligible');
    expect(age('february-28').warnings).toEqual(['deprecated: evaluateEligibility: rule.criteria.leapDayBirthday "february-28" is now "february28"; the old name is accepted until 0.3.0.']);
    expect(age('march1').status).toBe('ineligible');
  });
});
