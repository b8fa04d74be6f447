import { differenceInYears } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

function iso(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

describe('ageOn', () => {
  it('counts whole years; the birthday itself counts', () => {
    expect(ageOn('2015-07-01', '2025-07-01')).toBe(10);
    expect(ageOn('2015-07-02', '2025-07-01')).toBe(9);
    expect(ageOn('2025-07-01', '2025-07-01')).toBe(0);
  });
  it('is not differenceInCalendarYears: 2011-12-31 → 2025-01-01 is 13, not 14', () => {
    expect(ageOn('2011-12-31', '2025-01-01')).toBe(13);
  });
  it('29 February follows date-fns differenceInYears: age 0 on 2017-02-28, 1 on 2017-03-01 (date-fns #1642 / PR #1654)', () => {
    expect(ageOn('2016-02-29', '2017-02-28')).toBe(0);
    expect(ageOn('2016-02-29', '2017-03-01')).toBe(1);
    expect(ageOn('2016-02-29', '2020-02-28')).toBe(3);
    expect(ageOn('2016-02-29', '2020-02-29')).toBe(4);
    // The same cases computed by date-fns 4.4 itself, on local dates:
    expect(differenceInYears(new Date(2017, 1, 28), new Date(2016, 1, 29))).toBe(0);
    expect(differenceInYears(new Date(2017, 2, 1), new Date(2016, 1, 29))).toBe(1);
  });
  it('leapDayBirthday "february28" follows date-fns addYears (2016-02-29 + 1 year = 2017-02-28)', () => {
    expect(ageOn('2016-02-29', '2017-02-28', { leapDayBirthday: 'february28' })).toBe(1);
    expect(ageOn('2016-02-29', '2017-02-27', { leapDayBirthday: 'february28' })).toBe(0);
    // In a leap year the birthday is 29 February under either policy.
    expect(ageOn('2016-02-29', '2020-02-28', { leapDayBirthday: 'february28' })).toBe(3);
    expect(ageOn('2016-02-29', '2020-02-29', { leapDayBirthday: 'february28' })).toBe(4);
    expect(ageOn('2015-03-01', '2016-02-29', { leapDayBirthday: 'february28' })).toBe(0);
  });
  it('equals date-fns differenceInYears on local dates (property, 1900–2100)', () => {
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 86400000, max: Date.UTC(2100, 11, 31) / 86400000 });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const birthUtc = new Date(lo * 86400000);
        const onUtc = new Date(hi * 86400000);
        const birth = new Date(birthUtc.getUTCFullYear(), birthUtc.getUTCMonth(), birthUtc.getUTCDate());
        const on = new Date(onUtc.getUTCFullYear(), onUtc.getUTCMonth(), onUtc.getUTCDate());
        expect(ageOn(iso(birth), iso(on))).toBe(differenceInYears(on, birth));
      }),
      { numRuns: 300 },
    );
  });
  it('bad input: malformed and nonexistent dates, asOf before birth, unknown policy', () => {
    const nonexistent = caught(() => ageOn('2015-01-01', '2025-02-30'));
    expect([nonexistent.code, nonexistent.path, nonexistent.message]).toEqual(['invalid_date', 'asOf', 'ageOn: asOf is "2025-02-30", which does not exist; 2025-02 has 28 days — did you mean "2025-02-28"?']);
    const format = caught(() => ageOn('7/1/2015', '2025-07-01'));
    expect([format.code, format.path]).toEqual(['invalid_date', 'birthDate']);
    expect(format.message).toBe('ageOn: birthDate is "7/1/2015"; expected a date string "YYYY-MM-DD", e.g. "2025-07-01".');
    expect(caught(() => ageOn('2023-02-29', '2025-07-01')).code).toBe('invalid_date');
    const order = caught(() => ageOn('2025-07-02', '2025-07-01'));
    expect([order.code, order.path]).toEqual(['out_of_range', 'asOf']);
    expect(order.message).toBe('ageOn: asOf "2025-07-01" is before birthDate "2025-07-02"; check the order of the arguments (birthDate first).');
    const policy = caught(() => ageOn('2016-02-29', '2017-02-28', { leapDayBirthday: 'feb-28' as 'february28' }));
    expect([policy.code, policy.path]).toEqual(['invalid_value', 'options.leapDayBirthday']);
  });
});
