/**
 * Hinnant's day-number algorithms ("chrono-Compatible Low-Level Date Algorithms", 2013), shared by the synthetic
 * city and the table mappers' spreadsheet serial days. Reference values: Python's `date.toordinal()` − 719163
 * (the ordinal of 1970-01-01), e.g. `date(2000, 2, 29).toordinal() - 719163 == 11016`.
 */
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from '../../src/internal/days.ts';

describe('day numbers', () => {
  it('match Python date ordinals at the epoch, a leap day, and before 1900 and 1600', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 2, 29)).toBe(11016);
    expect(daysFromCivil(1899, 12, 30)).toBe(-25569);
    expect(daysFromCivil(1600, 3, 1)).toBe(-135080);
  });

  it('day counts and civil dates round-trip, across leap years and centuries', () => {
    const parts = new Int32Array(3);
    for (let days = -800_000; days <= 800_000; days += 997) {
      civilFromDays(days, parts);
      expect(daysFromCivil(parts[0] as number, parts[1] as number, parts[2] as number)).toBe(days);
    }
    civilFromDays(11016, parts);
    expect(Array.from(parts)).toEqual([2000, 2, 29]);
  });

  it('gives January and February their own year (the algorithm counts years from March)', () => {
    // date(2025, 1, 1).toordinal() − 719163 = 20089; date(2024, 12, 31) is the day before; date(2025, 2, 28) is 58 after.
    const parts = new Int32Array(3);
    civilFromDays(20089, parts);
    expect(Array.from(parts)).toEqual([2025, 1, 1]);
    civilFromDays(20088, parts);
    expect(Array.from(parts)).toEqual([2024, 12, 31]);
    civilFromDays(20147, parts);
    expect(Array.from(parts)).toEqual([2025, 2, 28]);
  });
});
