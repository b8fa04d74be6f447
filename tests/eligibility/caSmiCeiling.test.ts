import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CA_SMI_CEILINGS, caSmiCeiling, SmiCeilingTableSchema, type SmiCeilingTable } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

describe('caSmiCeiling', () => {
  it('matches the 2025-26 85 % SMI schedule (CDE MB 25-05; 1–2 row $82,326 / $6,860), all rows', () => {
    const annual = [82326, 82326, 93418, 108237, 125555, 142873, 146120, 149367, 152615, 155862, 159109, 162356];
    const monthly = [6860, 6860, 7785, 9020, 10463, 11906, 12177, 12447, 12718, 12988, 13259, 13530];
    for (let n = 1; n <= 12; n++) {
      const c = caSmiCeiling(n, { asOf: '2025-07-01' });
      expect([c.annual, c.monthly, c.fiscalYear]).toEqual([annual[n - 1], monthly[n - 1], '2025-26']);
    }
  });
  it('shares the 1–2 row and the 12+ row', () => {
    expect(caSmiCeiling(1, { asOf: '2025-07-01' }).row).toBe('1-2');
    expect(caSmiCeiling(2, { asOf: '2025-07-01' }).row).toBe('1-2');
    expect(caSmiCeiling(12, { asOf: '2025-07-01' })).toEqual(caSmiCeiling(30, { asOf: '2025-07-01' }));
    expect(caSmiCeiling(30, { asOf: '2025-07-01' }).row).toBe('12+');
  });
  it('switches on 1 July (state fiscal year): 30 June 2025 is 2024-25', () => {
    const june30 = caSmiCeiling(4, { asOf: '2025-06-30' });
    const july1 = caSmiCeiling(4, { asOf: '2025-07-01' });
    expect([june30.fiscalYear, june30.monthly, june30.status]).toEqual(['2024-25', 8712, 'derived']);
    expect([july1.fiscalYear, july1.monthly, july1.status]).toEqual(['2025-26', 9020, 'secondary']);
  });
  it('every 85 % figure is round(0.85 × 100 % SMI), annual and monthly (the rule the reference checks against both schedules)', () => {
    for (const table of CA_SMI_CEILINGS) {
      table.annual100.forEach((median, i) => {
        expect(table.annual85[i]).toBe(Math.round((85 * median) / 100));
        expect(table.monthly85[i]).toBe(Math.round((85 * median) / 1200));
      });
    }
  });
  it('2024-25 100 % monthly figures reproduce the published monthly column (reference/eligibility.md §3.2)', () => {
    const monthly100 = [7759, 8790, 10249, 11889, 13529, 13837, 14144, 14452, 14759, 15067, 15374];
    [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].forEach((n, i) => expect(caSmiCeiling(n, { asOf: '2024-07-01', percent: 100 }).monthly).toBe(monthly100[i]));
  });
  it('the 2023 consistency check: 0.85 × 113,292 = $96,300 for a family of four (udw.org, 2023)', () => {
    const table2023: SmiCeilingTable = {
      ...(CA_SMI_CEILINGS[0] as SmiCeilingTable),
      id: 'ca-smi-2023-24',
      fiscalYear: '2023-24',
      effectiveFrom: '2023-07-01',
      effectiveTo: '2024-06-30',
      annual100: [86514, 97843, 113292, 131419, 149546, 152944, 156343, 159742, 163141, 166539, 169938],
      annual85: [86514, 97843, 113292, 131419, 149546, 152944, 156343, 159742, 163141, 166539, 169938].map((x) => Math.round(0.85 * x)),
      monthly85: [86514, 97843, 113292, 131419, 149546, 152944, 156343, 159742, 163141, 166539, 169938].map((x) => Math.round((0.85 * x) / 12)),
    };
    const c = caSmiCeiling(4, { asOf: '2023-09-01', tables: [table2023] });
    expect(Math.round(c.annual / 100) * 100).toBe(96300);
  });
  it('derives other percents as round-half-up(percent × SMI), reported as derived', () => {
    // 75 % is the family-fee exemption line: 2025-26 monthly 1–2 row 6,053, 4 persons 7,959 (reference §3.2).
    expect(caSmiCeiling(2, { asOf: '2025-07-01', percent: 75 }).monthly).toBe(6053);
    expect(caSmiCeiling(4, { asOf: '2025-07-01', percent: 75 }).monthly).toBe(7959);
    expect(caSmiCeiling(4, { asOf: '2025-07-01', percent: 75 }).status).toBe('derived');
    expect(caSmiCeiling(1, { asOf: '2025-07-01', percent: 100 }).annual).toBe(96854);
  });
  it('never grows smaller with size, and the monthly ceiling × 12 is within $6 of the annual (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 29 }), fc.constantFrom('2024-08-15', '2026-01-01'), (n, asOf) => {
        const a = caSmiCeiling(n, { asOf });
        const b = caSmiCeiling(n + 1, { asOf });
        expect(b.monthly).toBeGreaterThanOrEqual(a.monthly);
        expect(Math.abs(12 * a.monthly - a.annual)).toBeLessThanOrEqual(6);
      }),
      { numRuns: 100 },
    );
  });
  it('bundled tables pass their schema', () => {
    for (const table of CA_SMI_CEILINGS) expect(SmiCeilingTableSchema.safeParse(table).success).toBe(true);
  });
  it('bad input: dates outside coverage, bad dates, bad sizes, bad percent', () => {
    const before = caught(() => caSmiCeiling(4, { asOf: '2024-06-30' }));
    expect([before.code, before.path]).toEqual(['not_covered', 'options.asOf']);
    expect(before.message).toMatch(/^caSmiCeiling: options\.asOf is "2024-06-30", which no California SMI table covers/);
    const bad = caught(() => caSmiCeiling(4, { asOf: '2025-13-01' }));
    expect([bad.code, bad.path]).toEqual(['invalid_date', 'options.asOf']);
    expect(bad.message).toBe('caSmiCeiling: options.asOf is "2025-13-01", which has month 13; months run 01–12 — did you mean "2025-01-13"?');
    expect(caught(() => caSmiCeiling(0, { asOf: '2025-07-01' })).path).toBe('householdSize');
    expect(caught(() => caSmiCeiling(3.5, { asOf: '2025-07-01' })).code).toBe('not_integer');
    const percent = caught(() => caSmiCeiling(4, { asOf: '2025-07-01', percent: 0.85 }));
    expect([percent.code, percent.path]).toEqual(['out_of_range', 'options.percent']);
    expect(percent.message).toBe('caSmiCeiling: options.percent is 0.85; pass a whole percent of SMI in [1, 200], e.g. 85.');
  });
});

describe('caSmiCeiling options', () => {
  it('options missing or null', () => {
    for (const options of [undefined, null]) {
      const error = caught(() => caSmiCeiling(4, options as unknown as { asOf: string }));
      expect([error.code, error.path, error.message]).toEqual(['invalid_type', 'options', 'caSmiCeiling: options is missing; pass { asOf: "YYYY-MM-DD" }.']);
    }
  });
  it('an unknown option, with the nearest name', () => {
    const error = caught(() => caSmiCeiling(4, { asOf: '2025-07-01', precent: 75 } as unknown as { asOf: string }));
    expect([error.code, error.path, error.message]).toEqual([
      'unknown_key',
      'options.precent',
      'caSmiCeiling: options has unknown option "precent"; allowed: asOf, percent, tables. (did you mean "percent"?)',
    ]);
  });
  it('percent 1 and 200 are the ends of the range (2025-26 1–2 row, 100 % SMI $96,854: reference/eligibility.md §3.2)', () => {
    // 1 %: 968.54 → $969 a year; 968.54 / 12 = 80.71 → $81 a month.
    const one = caSmiCeiling(1, { asOf: '2025-07-01', percent: 1 });
    expect([one.annual, one.monthly, one.percent, one.status]).toEqual([969, 81, 1, 'derived']);
    // 200 %: $193,708 a year; 193,708 / 12 = 16,142.33 → $16,142 a month.
    const two = caSmiCeiling(2, { asOf: '2025-07-01', percent: 200 });
    expect([two.annual, two.monthly, two.percent, two.row]).toEqual([193708, 16142, 200, '1-2']);
  });
  it('percents outside [1, 200], fractional or not a number are out_of_range', () => {
    const cases: [unknown, string][] = [
      [0, '0'],
      [201, '201'],
      [85.5, '85.5'],
      ['85', '85'],
    ];
    for (const [percent, shown] of cases) {
      const error = caught(() => caSmiCeiling(4, { asOf: '2025-07-01', percent: percent as number }));
      expect([error.code, error.path, error.message]).toEqual([
        'out_of_range',
        'options.percent',
        `caSmiCeiling: options.percent is ${shown}; pass a whole percent of SMI in [1, 200], e.g. 85.`,
      ]);
    }
  });
  it('an invalid own table is named at options.tables', () => {
    const bundled = CA_SMI_CEILINGS[0] as SmiCeilingTable;
    const error = caught(() => caSmiCeiling(4, { asOf: '2025-07-01', tables: [{ ...bundled, annual85: bundled.annual85.slice(1) }] }));
    expect([error.code, error.path, error.message]).toEqual([
      'out_of_range',
      'options.tables[0].annual85',
      'caSmiCeiling: options.tables[0].annual85 is invalid: Too small: expected array to have exactly 11 items; fix options.tables[0].annual85 in a California SMI ceiling table.',
    ]);
  });
});
