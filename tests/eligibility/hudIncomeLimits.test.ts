import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  HUD_INCOME_LIMITS_SANTA_CLARA,
  hudIncomeCategory,
  hudIncomeLimits,
  hudLimitsForSize,
  HudLimitsTableSchema,
  type HudLimitsTable,
} from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

// HUD Section 8 income limits, San Jose-Sunnyvale-Santa Clara HMFA (FIPS 06085), copied verbatim from HUD's
// Section8-FY24/FY25 workbooks by PolicyEngine-US section8_income_limits.csv (reference/eligibility.md §2.3).
const FY2025 = {
  mfi: 195200,
  eli: [42200, 48200, 54250, 60250, 65100, 69900, 74750, 79550],
  vli: [70350, 80400, 90450, 100450, 108500, 116550, 124600, 132600],
  li: [111700, 127650, 143600, 159550, 172350, 185100, 197850, 210650],
};

describe('hudIncomeLimits', () => {
  it('returns the Santa Clara FY2025 limits, 4 persons: ELI 60,250, VLI 100,450, LI 159,550, MFI 195,200', () => {
    const limits = hudIncomeLimits('santa-clara-ca', '2025-07-01');
    expect(limits.fiscalYear).toBe(2025);
    expect(limits.medianFamilyIncome).toBe(FY2025.mfi);
    expect([limits.extremelyLow[3], limits.veryLow[3], limits.low[3]]).toEqual([60250, 100450, 159550]);
    expect([...limits.extremelyLow]).toEqual(FY2025.eli);
    expect([...limits.veryLow]).toEqual(FY2025.vli);
    expect([...limits.low]).toEqual(FY2025.li);
  });
  it('switches tables on HUD FY2025 effective date, 1 April 2025 (31 March is still FY2024)', () => {
    const march31 = hudIncomeLimits('santa-clara-ca', '2025-03-31');
    const april1 = hudIncomeLimits('santa-clara-ca', '2025-04-01');
    expect([march31.fiscalYear, march31.medianFamilyIncome, march31.veryLow[3]]).toEqual([2024, 184300, 92150]);
    expect([april1.fiscalYear, april1.medianFamilyIncome, april1.veryLow[3]]).toEqual([2025, 195200, 100450]);
    // A family of four with $95,000 is very low income on 31 March and on 1 April, but only inside VLI under FY2025.
    expect(hudIncomeCategory(95000, 4, march31)).toBe('low');
    expect(hudIncomeCategory(95000, 4, april1)).toBe('veryLow');
  });
  it('never falls back to the nearest year outside coverage', () => {
    const before = caught(() => hudIncomeLimits('santa-clara-ca', '2024-03-31'));
    expect([before.code, before.path]).toEqual(['not_covered', 'asOf']);
    expect(before.message).toMatch(/^hudIncomeLimits: asOf is "2024-03-31", which no HUD income limits table covers \(hud-il-fy2024-santa-clara-ca 2024-04-01 to 2025-03-31; hud-il-fy2025-santa-clara-ca 2025-04-01 to 2026-03-31\)/);
    expect(caught(() => hudIncomeLimits('santa-clara-ca', '2026-04-01')).code).toBe('not_covered');
  });
  it('accepts own tables of one area, validated; rejects overlapping vintages', () => {
    const own: HudLimitsTable = { ...(HUD_INCOME_LIMITS_SANTA_CLARA[1] as HudLimitsTable), id: 'own', area: 'own-area', effectiveTo: undefined };
    expect(hudIncomeLimits([own], '2030-01-01').id).toBe('own');
    const overlap = caught(() => hudIncomeLimits([own, { ...own, id: 'own-2', effectiveFrom: '2026-01-01' }], '2030-01-01'));
    expect([overlap.code, overlap.path]).toEqual(['invalid_value', 'area[1].effectiveFrom']);
    expect(overlap.message).toMatch(/^hudIncomeLimits: area\[1\] \(own-2\) starts 2026-01-01, while area\[0\] \(own\) is still in force/);
    const inconsistent = caught(() => hudIncomeLimits([{ ...own, veryLow: [...own.extremelyLow.slice(0, 7), 1] }], '2030-01-01'));
    expect(inconsistent.path).toMatch(/^area\[0\]\.veryLow\[7\]/);
    expect(inconsistent.message).toMatch(/^hudIncomeLimits: /);
  });
  it('bundled tables satisfy ELI ≤ VLI ≤ LI and monotone sizes (schema)', () => {
    for (const table of HUD_INCOME_LIMITS_SANTA_CLARA) expect(HudLimitsTableSchema.safeParse(table).success).toBe(true);
  });
  it('bad input: unknown area, bad dates', () => {
    const area = caught(() => hudIncomeLimits('alameda-ca' as 'santa-clara-ca', '2025-04-01'));
    expect([area.code, area.path]).toEqual(['not_found', 'area']);
    expect(area.message).toMatch(/^hudIncomeLimits: area is "alameda-ca"; the bundled area is "santa-clara-ca"/);
    const date = caught(() => hudIncomeLimits('santa-clara-ca', '2025-02-30'));
    expect([date.code, date.path, date.message]).toEqual(['invalid_date', 'asOf', 'hudIncomeLimits: asOf is "2025-02-30", which does not exist; 2025-02 has 28 days — did you mean "2025-02-28"?']);
    expect(caught(() => hudIncomeLimits('santa-clara-ca', '04/01/2025')).code).toBe('invalid_date');
  });
});

describe('hudLimitsForSize', () => {
  let fy2025: ReturnType<typeof hudIncomeLimits>;
  beforeEach(() => {
    fy2025 = hudIncomeLimits('santa-clara-ca', '2025-04-01');
  });
  it('reads sizes 1–8 from the table', () => {
    expect(hudLimitsForSize(fy2025, 8)).toEqual({ householdSize: 8, extremelyLow: 79550, veryLow: 132600, low: 210650, extrapolated: false });
  });
  it('extrapolates sizes 9–12 by HUD’s +8 % per person, rounded up to $50 (reference/eligibility.md §2.3 table, [D])', () => {
    const expected = [
      [9, 84350, 140650, 223400],
      [10, 89200, 148700, 236150],
      [11, 94000, 156750, 248900],
      [12, 98850, 164750, 261700],
    ];
    for (const [n, eli, vli, li] of expected) {
      expect(hudLimitsForSize(fy2025, n as number)).toEqual({ householdSize: n, extremelyLow: eli, veryLow: vli, low: li, extrapolated: true });
    }
  });
  it('does not clamp to 8 (PolicyEngine’s np.clip trap gives a 9-person household VLI 132,600)', () => {
    expect(hudLimitsForSize(fy2025, 9).veryLow).toBeGreaterThan(132600);
  });
  it('floors ELI at the poverty guideline and caps it at VLI (42 U.S.C. 1437a(b)(2)(C))', () => {
    // A low-median area: 30 % limits fall below FPL 2025 for large households.
    const poor: HudLimitsTable = {
      ...(HUD_INCOME_LIMITS_SANTA_CLARA[1] as HudLimitsTable),
      id: 'poor',
      area: 'poor',
      extremelyLow: [15650, 21150, 26650, 32150, 37650, 43150, 46100, 49050],
      veryLow: [26050, 29750, 33450, 37150, 40150, 43150, 46100, 49050],
      low: [41650, 47600, 53550, 59450, 64250, 69000, 73750, 78500],
    };
    // VLI(12) = ceil50(1.64 × 37150) = 60,950; 30 % limit = ceil50(1.64 × 22,300) = 36,600; FPL2025(12) = 76,150 → capped at VLI.
    expect(hudLimitsForSize(poor, 12)).toEqual({ householdSize: 12, extremelyLow: 60950, veryLow: 60950, low: 97500, extrapolated: true });
    const modest: HudLimitsTable = {
      ...poor,
      id: 'modest',
      extremelyLow: [21000, 24000, 27000, 32150, 37650, 43150, 48650, 54150],
      veryLow: [35000, 40000, 45000, 50000, 54000, 58000, 62000, 66000],
      low: [56000, 64000, 72000, 80000, 86400, 92800, 99200, 105600],
    };
    // 30 % limit = ceil50(1.40 × 30,000) = 42,000 < FPL2025(9) = 59,650 < VLI(9) = 70,000 → the FPL floor binds.
    expect(hudLimitsForSize(modest, 9)).toEqual({ householdSize: 9, extremelyLow: 59650, veryLow: 70000, low: 112000, extrapolated: true });
  });
  it('a poverty-guideline year that is not bundled fails only the extremely-low limit above 8 persons', () => {
    // 2010 is not bundled. Sizes 1–8 are read from the table; above 8 only ELI needs the guideline.
    const old: HudLimitsTable = { ...(HUD_INCOME_LIMITS_SANTA_CLARA[1] as HudLimitsTable), povertyGuidelineYear: 2010 };
    expect(hudLimitsForSize(old, 8).extremelyLow).toBe(79550);
    const error = caught(() => hudLimitsForSize(old, 9));
    expect([error.code, error.path]).toEqual(['not_covered', 'limits.povertyGuidelineYear']);
    expect(error.message).toBe(
      "hudLimitsForSize: limits.povertyGuidelineYear is 2010, which is not bundled; the extremely-low limit above 8 persons is the higher of the 30 % limit and that year's poverty guideline. Set it to a bundled year (2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), or use the very-low or low limit.",
    );
  });
  it('limits never decrease with size, and ELI ≤ VLI ≤ LI (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 29 }), fc.constantFrom(...HUD_INCOME_LIMITS_SANTA_CLARA), (n, table) => {
        const a = hudLimitsForSize(table, n);
        const b = hudLimitsForSize(table, n + 1);
        expect(b.extremelyLow).toBeGreaterThanOrEqual(a.extremelyLow);
        expect(b.veryLow).toBeGreaterThanOrEqual(a.veryLow);
        expect(b.low).toBeGreaterThanOrEqual(a.low);
        expect(a.extremelyLow).toBeLessThanOrEqual(a.veryLow);
        expect(a.veryLow).toBeLessThanOrEqual(a.low);
        expect(a.veryLow % 50).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('hudIncomeCategory', () => {
  let fy2025: ReturnType<typeof hudIncomeLimits>;
  beforeEach(() => {
    fy2025 = hudIncomeLimits('santa-clara-ca', '2025-04-01');
  });
  it('is inclusive: income exactly at a limit is inside it', () => {
    expect(hudIncomeCategory(60250, 4, fy2025)).toBe('extremelyLow');
    expect(hudIncomeCategory(60251, 4, fy2025)).toBe('veryLow');
    expect(hudIncomeCategory(100450, 4, fy2025)).toBe('veryLow');
    expect(hudIncomeCategory(100450.01, 4, fy2025)).toBe('low');
    expect(hudIncomeCategory(159550, 4, fy2025)).toBe('low');
    expect(hudIncomeCategory(159551, 4, fy2025)).toBe('aboveLow');
    expect(hudIncomeCategory(0, 1, fy2025)).toBe('extremelyLow');
  });
  it('uses extrapolated limits above 8 persons', () => {
    expect(hudIncomeCategory(223400, 9, fy2025)).toBe('low');
    expect(hudIncomeCategory(223401, 9, fy2025)).toBe('aboveLow');
  });
  it('above 8 persons, a table without a bundled guideline year fails only when the answer needs ELI', () => {
    const old: HudLimitsTable = { ...(HUD_INCOME_LIMITS_SANTA_CLARA[1] as HudLimitsTable), povertyGuidelineYear: 2010 };
    // FY2025, 9 persons: VLI 140,650, LI 223,400 (extrapolated above).
    expect(hudIncomeCategory(223401, 9, old)).toBe('aboveLow');
    expect(hudIncomeCategory(223400, 9, old)).toBe('low');
    expect(hudIncomeCategory(140651, 9, old)).toBe('low');
    const error = caught(() => hudIncomeCategory(140650, 9, old));
    expect([error.code, error.path]).toEqual(['not_covered', 'limits.povertyGuidelineYear']);
    expect(error.message).toMatch(/^hudIncomeCategory: limits\.povertyGuidelineYear is 2010, which is not bundled;/);
    // With the bundled year, the same income is very low (ELI 84,350 < 140,650 ≤ VLI).
    expect(hudIncomeCategory(140650, 9, fy2025)).toBe('veryLow');
    expect(hudIncomeCategory(84350, 9, fy2025)).toBe('extremelyLow');
  });
  it('a higher income never gives a lower category (property)', () => {
    const rank = { extremelyLow: 0, veryLow: 1, low: 2, aboveLow: 3 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400000 }), fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 30 }), (income, extra, n) => {
        expect(rank[hudIncomeCategory(income + extra, n, fy2025)]).toBeGreaterThanOrEqual(rank[hudIncomeCategory(income, n, fy2025)]);
      }),
      { numRuns: 200 },
    );
  });
  it('bad input: negative or non-finite income, bad size, bad table', () => {
    const negative = caught(() => hudIncomeCategory(-5, 4, fy2025));
    expect([negative.code, negative.path, negative.message]).toEqual(['out_of_range', 'annualIncome', 'hudIncomeCategory: annualIncome is -5; expected a number ≥ 0.']);
    expect(caught(() => hudIncomeCategory(Number.NaN, 4, fy2025)).code).toBe('not_finite');
    const size = caught(() => hudIncomeCategory(1000, 0, fy2025));
    expect([size.code, size.path]).toEqual(['out_of_range', 'householdSize']);
    const table = caught(() => hudIncomeCategory(1000, 4, { ...fy2025, low: [1] }));
    // Every problem is reported: the short row and the VLI > LI inconsistency it causes.
    expect([table.code, table.path]).toEqual(['invalid_schema', 'limits.low']);
    expect(table.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['out_of_range', 'limits.low'],
      ['invalid_value', 'limits.veryLow[0]'],
    ]);
    expect(table.message).toMatch(/^hudIncomeCategory: 2 problems found:\n {2}- limits\.low: hudIncomeCategory: limits\.low is invalid: Too small: expected array to have exactly 8 items/);
  });
});

describe('bundled data is read-only', () => {
  it('a caller cannot change the library’s tables through a returned object', () => {
    const limits = hudIncomeLimits('santa-clara-ca', '2025-04-01');
    expect(() => {
      (limits.veryLow as number[])[3] = 1;
    }).toThrow(TypeError);
    expect(hudIncomeLimits('santa-clara-ca', '2025-04-01').veryLow[3]).toBe(100450);
  });
});
