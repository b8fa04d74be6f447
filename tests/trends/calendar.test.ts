import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../src/trends/fiscalYear.ts';
import { seriesByYear } from '../../src/trends/seriesByYear.ts';
import { caught } from './helpers.ts';

describe('fiscalYear', () => {
  it("San José's fiscal year runs 1 July – 30 June and is named by its end year", () => {
    expect(fiscalYear('2024-06-30')).toBe(2024);
    expect(fiscalYear('2024-07-01')).toBe(2025);
    expect(fiscalYear('2025-06-30')).toBe(2025);
    expect(fiscalYear('2024-07-01', { label: 'start' })).toBe(2024);
  });
  it('other start months: federal (October), calendar (January)', () => {
    expect(fiscalYear('2024-09-30', { startMonth: 10 })).toBe(2024);
    expect(fiscalYear('2024-10-01', { startMonth: 10 })).toBe(2025);
    expect(fiscalYear('2024-12-31', { startMonth: 1 })).toBe(2024);
    expect(fiscalYear('2024-12-31', { startMonth: 1, label: 'start' })).toBe(2024);
  });
  it('reads a Date in UTC, so a date-only ISO Date lands on its calendar day in any time zone', () => {
    expect(fiscalYear(new Date('2024-07-01'))).toBe(2025);
    expect(fiscalYear(new Date(Date.UTC(2024, 5, 30, 23, 59)))).toBe(2024);
  });
  it('bad input', () => {
    const bad = caught(() => fiscalYear('2024-02-30'));
    expect(bad.code).toBe('invalid_date');
    expect(bad.path).toBe('date');
    expect(bad.message).toMatch(/^fiscalYear: date is "2024-02-30", which does not exist/);
    expect(caught(() => fiscalYear(new Date(Number.NaN))).code).toBe('invalid_date');
    expect(caught(() => fiscalYear('07/01/2024')).code).toBe('invalid_date');
    expect(caught(() => fiscalYear(new Date(Number.NaN))).message).toBe(
      'fiscalYear: date is an invalid Date; pass a real date or a "YYYY-MM-DD" string.',
    );
    const notDate = caught(() => fiscalYear(5 as never));
    expect([notDate.code, notDate.path, notDate.message]).toEqual([
      'invalid_date',
      'date',
      'fiscalYear: date is 5; expected a date string "YYYY-MM-DD" or a Date.',
    ]);
    const label = caught(() => fiscalYear('2024-07-01', { label: 'middle' as never }));
    expect([label.code, label.path]).toEqual(['invalid_value', 'options.label']);
    const month = caught(() => fiscalYear('2024-07-01', { startMonth: 13 }));
    expect(month.code).toBe('out_of_range');
    expect(month.path).toBe('options.startMonth');
  });
});

describe('seriesByYear', () => {
  const enrolments = [
    { id: 'a', date: '2023-08-14', programYear: undefined as number | undefined, hours: 10 },
    { id: 'b', date: '2024-03-02', programYear: undefined, hours: 20 },
    { id: 'c', date: '2024-07-01', programYear: undefined, hours: 5 },
    { id: 'd', date: '2026-09-01', programYear: 2026, hours: 7 },
  ];
  it('counts records per fiscal year by default', () => {
    expect(seriesByYear(enrolments, { date: (e) => e.date })).toEqual([
      { year: 2024, value: 2 },
      { year: 2025, value: 1 },
      { year: 2027, value: 1 },
    ]);
  });
  it('prefers a given program year and falls back to the date', () => {
    expect(seriesByYear(enrolments, { year: (e) => e.programYear, date: (e) => e.date }).map((p) => p.year)).toEqual([2024, 2025, 2026]);
  });
  it('sums or averages a value, fills gaps on request, supports calendar years', () => {
    expect(seriesByYear(enrolments, { date: (e) => e.date, value: (e) => e.hours })[0]).toEqual({ year: 2024, value: 30 });
    expect(seriesByYear(enrolments, { date: (e) => e.date, value: (e) => e.hours, aggregate: 'mean' })[0]).toEqual({ year: 2024, value: 15 });
    expect(seriesByYear(enrolments, { date: (e) => e.date, fill: 0 })).toEqual([
      { year: 2024, value: 2 },
      { year: 2025, value: 1 },
      { year: 2026, value: 0 },
      { year: 2027, value: 1 },
    ]);
    expect(seriesByYear(enrolments, { date: (e) => e.date, startMonth: 1 }).map((p) => p.year)).toEqual([2023, 2024, 2026]);
  });
  it('does not modify the records', () => {
    const copy = structuredClone(enrolments);
    seriesByYear(enrolments, { date: (e) => e.date, value: (e) => e.hours });
    expect(enrolments).toEqual(copy);
  });
  it('bad input: no accessor, a missing date, a bad date, a non-finite value', () => {
    const none = caught(() => seriesByYear(enrolments, {}));
    expect(none.code).toBe('missing_field');
    expect(none.message).toMatch(/^seriesByYear: pass options.date/);
    const missing = caught(() => seriesByYear([{ d: undefined }], { date: (r) => r.d }));
    expect(missing.code).toBe('missing_field');
    expect(missing.path).toBe('records[0]');
    const badDate = caught(() => seriesByYear([{ d: '2024-13-01' }], { date: (r) => r.d }));
    expect(badDate.code).toBe('invalid_date');
    expect(badDate.path).toBe('records[0] (options.date)');
    const badValue = caught(() => seriesByYear([{ d: '2024-01-01' }], { date: (r) => r.d, value: () => Number.NaN }));
    expect(badValue.code).toBe('not_finite');
  });
});

describe('seriesByYear with repeated dates', () => {
  it('gives the same years for a repeated date string as for its first occurrence', () => {
    const records = ['2024-06-30', '2024-07-01', '2024-06-30', '2024-07-01', '2024-07-01'].map((date) => ({ date }));
    expect(seriesByYear(records, { date: (r) => r.date })).toEqual([
      { year: 2024, value: 2 },
      { year: 2025, value: 3 },
    ]);
  });
});

describe('seriesByYear options and records', () => {
  it('a year accessor alone, out of order, with null years falling back to the date and a count that ignores value', () => {
    const records = [
      { y: 2026, d: '2020-01-01', v: 5 },
      { y: 2024, d: '2020-01-01', v: 7 },
      { y: null, d: '2025-03-01', v: 11 },
      { y: 2024, d: '2020-01-01', v: 13 },
    ];
    expect(seriesByYear(records.filter((r) => r.y !== null), { year: (r) => r.y })).toEqual([
      { year: 2024, value: 2 },
      { year: 2026, value: 1 },
    ]);
    // The null year reads the date: 1 March 2025 is in the fiscal year ending June 2025.
    expect(seriesByYear(records, { year: (r) => r.y, date: (r) => r.d, value: (r) => r.v, aggregate: 'count' })).toEqual([
      { year: 2024, value: 2 },
      { year: 2025, value: 1 },
      { year: 2026, value: 1 },
    ]);
    expect(seriesByYear(records, { year: (r) => r.y, date: (r) => r.d, value: (r) => r.v })).toEqual([
      { year: 2024, value: 20 },
      { year: 2025, value: 11 },
      { year: 2026, value: 5 },
    ]);
  });
  it('label "start" names a fiscal year by the year it starts in', () => {
    expect(seriesByYear([{ d: '2024-07-01' }, { d: '2024-06-30' }], { date: (r) => r.d, label: 'start' })).toEqual([
      { year: 2023, value: 1 },
      { year: 2024, value: 1 },
    ]);
  });
  it('options that are missing or not an object', () => {
    const records = [{ d: '2024-01-01' }];
    for (const [options, shown] of [
      [undefined, 'undefined'],
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const error = caught(() => seriesByYear(records, options as never));
      expect(error.code).toBe('missing_field');
      expect(error.path).toBe('options');
      expect(error.message).toBe(`seriesByYear: options is ${shown}; pass at least { date } or { year } accessors.`);
    }
    const none = caught(() => seriesByYear(records, {}));
    expect(none.path).toBe('options.date');
    expect(none.message).toBe(
      "seriesByYear: pass options.date (a record's date) or options.year (its program year), e.g. { date: (r) => r.enrolledOn }.",
    );
  });
  it('accessors that are not functions', () => {
    const records = [{ d: '2024-01-01' }];
    const date = caught(() => seriesByYear(records, { date: 5 } as never));
    expect([date.code, date.path, date.message]).toEqual([
      'invalid_type',
      'options.date',
      'seriesByYear: options.date is 5; expected a function (record) => value.',
    ]);
    const year = caught(() => seriesByYear(records, { year: 'x' } as never));
    expect([year.code, year.path]).toEqual(['invalid_type', 'options.year']);
    const value = caught(() => seriesByYear(records, { date: (r: { d: string }) => r.d, value: 1 } as never));
    expect([value.code, value.path]).toEqual(['invalid_type', 'options.value']);
  });
  it('bad aggregate, startMonth, label, fill and records', () => {
    const records = [{ d: '2024-01-01' }];
    const date = (r: { d: string }): string => r.d;
    const aggregate = caught(() => seriesByYear(records, { date, aggregate: 'median' } as never));
    expect([aggregate.code, aggregate.path]).toEqual(['invalid_value', 'options.aggregate']);
    const month = caught(() => seriesByYear(records, { date, startMonth: 13 }));
    expect([month.code, month.path, month.message]).toEqual([
      'out_of_range',
      'options.startMonth',
      'seriesByYear: options.startMonth is 13; expected a whole number ≤ 12.',
    ]);
    const label = caught(() => seriesByYear(records, { date, label: 'middle' } as never));
    expect([label.code, label.path]).toEqual(['invalid_value', 'options.label']);
    const fill = caught(() => seriesByYear(records, { date, fill: Number.NaN }));
    expect([fill.code, fill.path]).toEqual(['not_finite', 'options.fill']);
    const notArray = caught(() => seriesByYear('x' as never, { date }));
    expect([notArray.code, notArray.path, notArray.message]).toEqual([
      'invalid_type',
      'records',
      'seriesByYear: records is "x"; expected an array.',
    ]);
  });
  it('bad records: a fractional year, no year and no date fallback, a null date, neither, a bad value', () => {
    const fractional = caught(() => seriesByYear([{ y: 2024.5 }], { year: (r) => r.y }));
    expect([fractional.code, fractional.path]).toEqual(['not_integer', 'records[0] (options.year)']);
    const noYear = caught(() => seriesByYear([{ y: 2020 }, { y: undefined }], { year: (r) => r.y }));
    expect([noYear.code, noYear.path, noYear.message]).toEqual([
      'missing_field',
      'records[1]',
      'seriesByYear: records[1] has no year; pass options.date as a fallback or fix the record.',
    ]);
    const nullDate = caught(() => seriesByYear([{ d: null }], { date: (r) => r.d }));
    expect([nullDate.code, nullDate.path, nullDate.message]).toEqual([
      'missing_field',
      'records[0]',
      'seriesByYear: records[0] has no date; every record needs one.',
    ]);
    const neither = caught(() => seriesByYear([{ d: null, y: null }], { date: (r) => r.d, year: (r) => r.y }));
    expect(neither.message).toBe('seriesByYear: records[0] has no year or date; every record needs one.');
    const badValue = caught(() =>
      seriesByYear([{ d: '2024-01-01' }, { d: '2024-01-01' }], { date: (r) => r.d, value: (_r, i) => (i === 1 ? Number.NaN : 1) }),
    );
    expect([badValue.code, badValue.path]).toEqual(['not_finite', 'records[1] (options.value)']);
  });
});
