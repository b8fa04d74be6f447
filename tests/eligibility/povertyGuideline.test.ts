import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fplPercent, HHS_POVERTY_GUIDELINES, povertyGuideline, PovertyGuidelineTableSchema, type PovertyGuidelineTable } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

describe('povertyGuideline', () => {
  it('matches the 2025 HHS guidelines for the 48 contiguous states and DC, sizes 1–8 (90 FR 5917, FR doc 2025-01377)', () => {
    const published = [15650, 21150, 26650, 32150, 37650, 43150, 48650, 54150];
    expect(published.map((_, i) => povertyGuideline(i + 1, { year: 2025 }))).toEqual(published);
  });
  it('matches the 2024 tables for all three regions (89 FR 2961, FR doc 2024-00796)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => povertyGuideline(n, { year: 2024 }))).toEqual([15060, 20440, 25820, 31200, 36580, 41960, 47340, 52720]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => povertyGuideline(n, { year: 2024, region: 'alaska' }))).toEqual([18810, 25540, 32270, 39000, 45730, 52460, 59190, 65920]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => povertyGuideline(n, { year: 2024, region: 'hawaii' }))).toEqual([17310, 23500, 29690, 35880, 42070, 48260, 54450, 60640]);
  });
  it('matches the 2025 Alaska and Hawaii columns', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => povertyGuideline(n, { year: 2025, region: 'alaska' }))).toEqual([19550, 26430, 33310, 40190, 47070, 53950, 60830, 67710]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => povertyGuideline(n, { year: 2025, region: 'hawaii' }))).toEqual([17990, 24320, 30650, 36980, 43310, 49640, 55970, 62300]);
  });
  it('adds the published increment above 8 persons (2025: $5,500 each) and has the 2026 figures (FR doc 2026-00755)', () => {
    expect(povertyGuideline(9, { year: 2025 })).toBe(54150 + 5500);
    expect(povertyGuideline(12, { year: 2025 })).toBe(54150 + 4 * 5500);
    expect(povertyGuideline(1, { year: 2026 })).toBe(15960);
    expect(povertyGuideline(4, { year: 2026 })).toBe(15960 + 3 * 5680);
  });
  it('reproduces the USDA 2025-26 school-meal limits as ceil(1.30 × FPL) and ceil(1.85 × FPL) (published chart)', () => {
    expect(Math.ceil((130 * povertyGuideline(1, { year: 2025 })) / 100)).toBe(20345);
    expect(Math.ceil((185 * povertyGuideline(1, { year: 2025 })) / 100)).toBe(28953);
    expect(Math.ceil((130 * povertyGuideline(4, { year: 2025 })) / 100)).toBe(41795);
    expect(Math.ceil((185 * povertyGuideline(4, { year: 2025 })) / 100)).toBe(59478);
  });
  it('accepts own tables, validated', () => {
    const table2023: PovertyGuidelineTable = {
      ...(HHS_POVERTY_GUIDELINES[0] as PovertyGuidelineTable),
      id: 'hhs-2023',
      year: 2023,
      effectiveFrom: '2023-01-19',
      effectiveTo: '2024-01-16',
      regions: {
        contiguous: { firstPerson: 14580, additionalPerson: 5140 },
        alaska: { firstPerson: 18210, additionalPerson: 6430 },
        hawaii: { firstPerson: 16770, additionalPerson: 5910 },
      },
    };
    expect(povertyGuideline(4, { year: 2023, tables: [table2023] })).toBe(30000);
    const error = caught(() => povertyGuideline(4, { year: 2023, tables: [{ ...table2023, effectiveFrom: '2023-02-30' }] }));
    expect(error.path).toBe('options.tables[0].effectiveFrom');
    expect(error.message).toMatch(/^povertyGuideline: options\.tables\[0\]\.effectiveFrom is invalid/);
  });
  it('every bundled table passes its schema and the tables do not overlap in time', () => {
    for (const table of HHS_POVERTY_GUIDELINES) expect(PovertyGuidelineTableSchema.safeParse(table).success).toBe(true);
    for (let i = 1; i < HHS_POVERTY_GUIDELINES.length; i++) {
      expect((HHS_POVERTY_GUIDELINES[i - 1]?.effectiveTo ?? '') < (HHS_POVERTY_GUIDELINES[i]?.effectiveFrom ?? '')).toBe(true);
    }
  });
  it('grows with household size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 29 }), fc.constantFrom(2024, 2025, 2026), fc.constantFrom('contiguous' as const, 'alaska' as const, 'hawaii' as const), (n, year, region) => {
        expect(povertyGuideline(n + 1, { year, region })).toBeGreaterThan(povertyGuideline(n, { year, region }));
      }),
      { numRuns: 100 },
    );
  });
});

describe('povertyGuideline bad input', () => {
  it('household size 0, fractional, above 30', () => {
    const zero = caught(() => povertyGuideline(0, { year: 2025 }));
    expect([zero.code, zero.path]).toEqual(['out_of_range', 'householdSize']);
    expect(zero.message).toBe('povertyGuideline: householdSize is 0; a household has between 1 and 30 persons — the size counts everyone who lives there, the applicant included, so set it to the number of members (at least 1) or leave the record out until it is corrected.');
    const half = caught(() => povertyGuideline(2.5, { year: 2025 }));
    expect([half.code, half.path]).toEqual(['not_integer', 'householdSize']);
    expect(half.message).toMatch(/^povertyGuideline: householdSize is 2\.5; expected a whole number/);
    const absurd = caught(() => povertyGuideline(31, { year: 2025 }));
    expect([absurd.code, absurd.path]).toEqual(['out_of_range', 'householdSize']);
    expect(caught(() => povertyGuideline(Number.NaN, { year: 2025 })).code).toBe('not_finite');
  });
  it('a year no table holds is not_covered, never the nearest year', () => {
    const error = caught(() => povertyGuideline(4, { year: 2014 }));
    expect([error.code, error.path]).toEqual(['not_covered', 'options.year']);
    expect(error.message).toMatch(/^povertyGuideline: options\.year is 2014, which no poverty guideline table holds \(years: 2015, 2016, .*, 2025, 2026\)/);
  });
  it('an unknown region', () => {
    const error = caught(() => povertyGuideline(4, { year: 2025, region: 'guam' as 'alaska' }));
    expect([error.code, error.path]).toEqual(['invalid_value', 'options.region']);
    expect(error.message).toMatch(/^povertyGuideline: options\.region is "guam"; use "contiguous"/);
  });
});

describe('povertyGuideline options', () => {
  it('options missing or null', () => {
    for (const options of [undefined, null]) {
      const error = caught(() => povertyGuideline(4, options as unknown as { year: number }));
      expect([error.code, error.path, error.message]).toEqual(['invalid_type', 'options', 'povertyGuideline: options is missing; pass { year: 2025 } (the guideline year).']);
    }
  });
  it('an unknown option, with the nearest name', () => {
    const error = caught(() => povertyGuideline(4, { year: 2025, regoin: 'alaska' } as unknown as { year: number }));
    expect([error.code, error.path, error.message]).toEqual([
      'unknown_key',
      'options.regoin',
      'povertyGuideline: options has unknown option "regoin"; allowed: year, region, tables. (did you mean "region"?)',
    ]);
  });
  it('a year that is not a whole number: missing, a string, a fraction', () => {
    const cases: [unknown, string][] = [
      [undefined, 'undefined'],
      ['2025', '2025'],
      [2025.5, '2025.5'],
    ];
    for (const [year, shown] of cases) {
      const error = caught(() => povertyGuideline(4, { year } as unknown as { year: number }));
      expect([error.code, error.path, error.message]).toEqual([
        'invalid_type',
        'options.year',
        `povertyGuideline: options.year is ${shown}; pass the guideline year as a whole number, e.g. { year: 2025 }.`,
      ]);
    }
  });
  it('a region that is not a string', () => {
    const error = caught(() => povertyGuideline(4, { year: 2025, region: 48 as unknown as 'alaska' }));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_value',
      'options.region',
      'povertyGuideline: options.region is 48; use "contiguous" (48 states and DC), "alaska" or "hawaii".',
    ]);
  });
});

describe('fplPercent', () => {
  it('is income over the guideline × 100, unrounded', () => {
    expect(fplPercent(32150, 4, { year: 2025 })).toBe(100);
    expect(fplPercent(64300, 4, { year: 2025 })).toBe(200);
    expect(fplPercent(52000, 4, { year: 2025 })).toBeCloseTo(161.74183514774495, 12);
    expect(fplPercent(0, 1, { year: 2024 })).toBe(0);
  });
  it('rejects negative and non-finite income', () => {
    const negative = caught(() => fplPercent(-1, 4, { year: 2025 }));
    expect([negative.code, negative.path, negative.message]).toEqual(['out_of_range', 'annualIncome', 'fplPercent: annualIncome is -1; expected a number ≥ 0.']);
    const infinite = caught(() => fplPercent(Number.POSITIVE_INFINITY, 4, { year: 2025 }));
    expect([infinite.code, infinite.path]).toEqual(['not_finite', 'annualIncome']);
    expect(infinite.message).toBe('fplPercent: annualIncome is Infinity; expected a finite number.');
  });
});
