import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetingErrors, targetingErrorsByYear } from '../../src/reach/index.ts';
import { caught } from './helpers.ts';

type R = { e: boolean | null; n: boolean };
const base = { eligible: (r: R) => r.e, enrolled: (r: R) => r.n };

describe('targetingErrorsByYear', () => {
  it('buckets dates into San José fiscal years (1 July start, named by the ending year)', () => {
    const rows = [
      { d: '2024-06-30', e: true, n: true },
      { d: '2024-07-01', e: true, n: false },
      { d: '2025-06-30', e: true, n: true },
      { d: '2025-07-01', e: false, n: true },
    ];
    const result = targetingErrorsByYear(rows, { ...base, year: (r) => r.d });
    expect(result.yearBasis).toEqual({ fiscalYearStartMonth: 7, fiscalYearLabel: 'end' });
    expect(result.years.map((y) => [y.year, y.overall.records, y.overall.coverage, y.overall.inclusionError])).toEqual([
      [2024, 1, 1, 0],
      [2025, 2, 0.5, 0],
      [2026, 1, null, 1],
    ]);
  });
  it('uses calendar years with fiscalYearStartMonth 1 and start labels on request', () => {
    const rows = [{ d: '2024-08-15', e: true, n: true }];
    expect(targetingErrorsByYear(rows, { ...base, year: (r) => r.d, fiscalYearStartMonth: 1 }).years[0]?.year).toBe(2024);
    expect(targetingErrorsByYear(rows, { ...base, year: (r) => r.d, fiscalYearLabel: 'start' }).years[0]?.year).toBe(2024);
    expect(targetingErrorsByYear(rows, { ...base, year: (r) => r.d }).years[0]?.year).toBe(2025);
  });
  it('keeps program years as given and sorts them', () => {
    const rows = [
      { y: 2026, e: true, n: false },
      { y: 2024, e: true, n: true },
    ];
    expect(targetingErrorsByYear(rows, { ...base, year: (r) => r.y }).years.map((y) => y.year)).toEqual([2024, 2026]);
  });
  it('equals targetingErrors on each year’s records, groups included', () => {
    const rowArb = fc.record({
      y: fc.integer({ min: 2020, max: 2023 }),
      e: fc.constantFrom(true, false, null),
      n: fc.boolean(),
      g: fc.constantFrom('x', 'y', 'z'),
      w: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 50 }), (rows) => {
        const options = { ...base, by: { g: (r: (typeof rows)[number]) => r.g }, weight: (r: (typeof rows)[number]) => r.w };
        const byYear = targetingErrorsByYear(rows, { ...options, year: (r) => r.y });
        for (const { year, ...result } of byYear.years) {
          expect(result).toEqual(targetingErrors(rows.filter((r) => r.y === year), options));
        }
        expect(byYear.years.reduce((s, y) => s + y.overall.records, 0)).toBe(rows.length);
      }),
      { numRuns: 50 },
    );
  });
  it('returns no years for an empty input', () => {
    expect(targetingErrorsByYear([] as R[], { ...base, year: () => 2024 }).years).toEqual([]);
  });
  it('rejects bad years', () => {
    const fractional = caught(() => targetingErrorsByYear([{ e: true, n: true }], { ...base, year: () => 2024.5 }));
    expect(fractional.code).toBe('not_integer');
    expect(fractional.path).toBe('rows[0]');
    expect(fractional.message).toBe('targetingErrorsByYear: options.year returned 2024.5 for rows[0]; a program year is a whole number such as 2024.');
    const date = caught(() => targetingErrorsByYear([{ e: true, n: true }], { ...base, year: () => '2025-02-29' }));
    expect(date.code).toBe('invalid_date');
    expect(date.message).toMatch(/^targetingErrorsByYear: options\.year returned "2025-02-29" for rows\[0\], which is not a real date/);
    const other = caught(() => targetingErrorsByYear([{ e: true, n: true }], { ...base, year: () => null as unknown as number }));
    expect(other.code).toBe('invalid_type');
    const month = caught(() => targetingErrorsByYear([] as R[], { ...base, year: () => 2024, fiscalYearStartMonth: 13 }));
    expect(month.code).toBe('out_of_range');
    expect(month.path).toBe('options.fiscalYearStartMonth');
    expect(caught(() => targetingErrorsByYear([] as R[], { ...base, year: () => 2024, fiscalYearLabel: 'middle' as 'end' })).code).toBe('invalid_value');
    expect(caught(() => targetingErrorsByYear([], base as never)).path).toBe('options.year');
  });
});
