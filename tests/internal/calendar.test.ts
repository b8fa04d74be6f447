import { describe, expect, it } from 'vitest';
import { fiscalYearOfDate } from '../../src/internal/calendar.ts';

describe('fiscalYearOfDate', () => {
  it("names a fiscal year by the year it ends in unless told otherwise (San José's FY 2024-25 is FY2025)", () => {
    const august = { year: 2024, month: 8, day: 1 };
    const june = { year: 2025, month: 6, day: 30 };
    expect([fiscalYearOfDate(august, 7), fiscalYearOfDate(june, 7)]).toEqual([2025, 2025]);
    expect([fiscalYearOfDate(august, 7, 'start'), fiscalYearOfDate(june, 7, 'start')]).toEqual([2024, 2024]);
    expect(fiscalYearOfDate(august, 1, 'start')).toBe(2024);
  });
});
