import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinEnrollments, retention, targetingErrors, targetingErrorsByYear } from '../../src/reach/index.ts';
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
    expect(result.yearBasis).toEqual({ startMonth: 7, label: 'end', fiscalYearStartMonth: 7, fiscalYearLabel: 'end' });
    expect(result.warnings).toEqual([]);
    expect(result.years.map((y) => [y.year, y.overall.records, y.overall.coverage, y.overall.inclusionError])).toEqual([
      [2024, 1, 1, 0],
      [2025, 2, 0.5, 0],
      [2026, 1, null, 1],
    ]);
  });
  it('uses calendar years with yearBasis.startMonth 1 and start labels on request', () => {
    const rows = [{ d: '2024-08-15', e: true, n: true }];
    expect(targetingErrorsByYear(rows, { ...base, year: (r) => r.d, yearBasis: { startMonth: 1 } }).years[0]?.year).toBe(2024);
    expect(targetingErrorsByYear(rows, { ...base, year: (r) => r.d, yearBasis: { label: 'start' } }).years[0]?.year).toBe(2024);
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
    const month = caught(() => targetingErrorsByYear([] as R[], { ...base, year: () => 2024, yearBasis: { startMonth: 13 } }));
    expect(month.code).toBe('out_of_range');
    expect(month.path).toBe('options.yearBasis.startMonth');
    expect(caught(() => targetingErrorsByYear([] as R[], { ...base, year: () => 2024, yearBasis: { label: 'middle' as 'end' } })).code).toBe('invalid_value');
    expect(caught(() => targetingErrorsByYear([], base as never)).path).toBe('options.year');
  });
  it('names an accessor that is not a function and says what to pass', () => {
    const year = () => 2024;
    const cases: [object, string, string][] = [
      [{ ...base, year: 2024 }, 'options.year', 'options.year is 2024; pass a function (row) => program year or "YYYY-MM-DD".'],
      [{ ...base, year, eligible: 1 }, 'options.eligible', 'options.eligible is 1; pass a function (row) => true | false | null.'],
      [{ ...base, year, enrolled: 1 }, 'options.enrolled', 'options.enrolled is 1; pass a function (row) => boolean.'],
      [{ ...base, year, weight: 1 }, 'options.weight', 'options.weight is 1; pass a function (row) => number ≥ 0.'],
    ];
    for (const [options, path, message] of cases) {
      const error = caught(() => targetingErrorsByYear([{ e: true, n: true }], options as never));
      expect([error.code, error.path, error.message]).toEqual(['invalid_type', path, `targetingErrorsByYear: ${message}`]);
    }
  });
  it('takes confidence and inclusionErrorDenominator as targetingErrors does', () => {
    // One year: eligible E+enr, E, I+enr, I. Coverage 1/2, inclusion error 1/2 of the enrolled, 1/2 of the ineligible.
    const rows = [
      { e: true, n: true },
      { e: true, n: false },
      { e: false, n: true },
      { e: false, n: false },
      { e: false, n: false },
    ];
    const result = targetingErrorsByYear(rows, { ...base, year: () => 2024, confidence: 0.9, inclusionErrorDenominator: 'ineligible' });
    const [year] = result.years;
    expect(year?.confidence).toBe(0.9);
    expect(year?.inclusionErrorDenominator).toBe('ineligible');
    expect(year?.overall.inclusionError).toBe(1 / 3);
    expect(year?.overall.inclusionErrorBase).toBe(3);
    expect(year).toEqual({ year: 2024, ...targetingErrors(rows, { ...base, confidence: 0.9, inclusionErrorDenominator: 'ineligible' }) });
  });
  it('without by has no groups, and is unweighted without weight', () => {
    const rows = [
      { y: 2024, e: true, n: true },
      { y: 2025, e: false, n: true },
    ];
    const result = targetingErrorsByYear(rows, { ...base, year: (r) => r.y });
    expect(result.years.map((y) => [y.year, y.groups, y.byDimension, y.dimensions, y.weighted])).toEqual([
      [2024, [], [], [], false],
      [2025, [], [], [], false],
    ]);
    expect(targetingErrorsByYear(rows, { ...base, year: (r) => r.y, weight: () => 2 }).years[0]?.weighted).toBe(true);
  });
});

describe('reach year basis: the goal JSON\'s yearBasis (docs/conventions.md §2)', () => {
  type Row = { d: string; e: boolean; n: boolean };
  const rows: Row[] = [{ d: '2024-08-15', e: true, n: true }];
  const accessors = { eligible: (r: Row) => r.e, enrolled: (r: Row) => r.n, year: (r: Row) => r.d };

  it('accepts the 0.1 fiscalYearStartMonth and fiscalYearLabel until 0.3, with a warning, and gives the same years', () => {
    const current = targetingErrorsByYear(rows, { ...accessors, yearBasis: { startMonth: 1, label: 'start' } });
    const old = targetingErrorsByYear(rows, { ...accessors, fiscalYearStartMonth: 1, fiscalYearLabel: 'start' });
    expect(old.years).toEqual(current.years);
    expect(old.yearBasis).toEqual(current.yearBasis);
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual([
      'deprecated: targetingErrorsByYear: options.fiscalYearStartMonth is now options.yearBasis.startMonth; the old name is accepted until 0.3.0.',
      'deprecated: targetingErrorsByYear: options.fiscalYearLabel is now options.yearBasis.label; the old name is accepted until 0.3.0.',
    ]);
    const both = caught(() => targetingErrorsByYear(rows, { ...accessors, yearBasis: { startMonth: 1 }, fiscalYearLabel: 'start' }));
    expect([both.code, both.path]).toEqual(['invalid_value', 'options.yearBasis']);
  });

  it('retention and joinEnrollments read the same yearBasis and warn the same way', () => {
    const enrollments = [{ householdId: 'a', programId: 'p', date: '2024-08-15' }];
    const r = retention(enrollments, { yearBasis: { startMonth: 1 } });
    expect([r.years.map((y) => y.year), r.warnings]).toEqual([[2024], []]);
    expect(retention(enrollments, { fiscalYearStartMonth: 1 }).warnings).toEqual([
      'deprecated: retention: options.fiscalYearStartMonth is now options.yearBasis.startMonth; the old name is accepted until 0.3.0.',
    ]);
    const joined = joinEnrollments([{ id: 'a' }], enrollments, { yearBasis: { startMonth: 1 } });
    expect([joined.years, joined.warnings]).toEqual([[2024], []]);
    expect(joinEnrollments([{ id: 'a' }], enrollments, { fiscalYearLabel: 'end' }).warnings).toHaveLength(1);
  });
});
