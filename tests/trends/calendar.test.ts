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
