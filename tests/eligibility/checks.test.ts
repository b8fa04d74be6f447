// The eligibility module's shared validators (src/eligibility/internal/checks.ts). The fast date check decides alone
// whether a parameter table's dates are real (tableShape.ts) and whether a birth date needs the slow check, so it
// must agree with the regular-expression check (dateString) on every string, not only on well-formed ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKey, fastDateKey, formatDateKey, householdSize, noOverlap, tableById, tableInForce } from '../../src/eligibility/internal/checks.ts';
import { dateString } from '../../src/internal/validate.ts';
import { caught } from './helpers.ts';

/** The key dateString accepts, or −1 where it throws: the slow reference for fastDateKey. */
function slowKey(value: string): number {
  try {
    const { year, month, day } = dateString(value, 'd', 'test');
    return year * 10000 + month * 100 + day;
  } catch {
    return -1;
  }
}

describe('fastDateKey', () => {
  it('reads real dates as year·10000 + month·100 + day', () => {
    expect(fastDateKey('2025-07-01')).toBe(20250701);
    expect(fastDateKey('0001-01-01')).toBe(10101);
    expect(fastDateKey('9999-12-31')).toBe(99991231);
    expect(fastDateKey('2023-01-31')).toBe(20230131);
    expect(fastDateKey('2023-04-30')).toBe(20230430);
  });

  it('knows leap years: 29 February only in years divisible by 4 but not 100, or by 400 (Gregorian rule)', () => {
    expect(fastDateKey('2024-02-29')).toBe(20240229);
    expect(fastDateKey('2000-02-29')).toBe(20000229);
    expect(fastDateKey('2023-02-29')).toBe(-1);
    expect(fastDateKey('1900-02-29')).toBe(-1);
    expect(fastDateKey('2100-02-29')).toBe(-1);
    expect(fastDateKey('2023-02-28')).toBe(20230228);
    expect(fastDateKey('2024-02-30')).toBe(-1);
    // Only February has a leap day.
    expect(fastDateKey('2024-04-31')).toBe(-1);
    expect(fastDateKey('2024-01-32')).toBe(-1);
  });

  it('rejects month 00 and 13, day 00, and wrong separators or lengths', () => {
    for (const bad of ['2024-00-10', '2024-13-10', '2024-12-00', '2024/01/01', '2024-01/01', '2024.01-01', '2024-1-01', '2024-01-1', '2024-01-011', '']) {
      expect(fastDateKey(bad), bad).toBe(-1);
    }
    expect(fastDateKey(20240101)).toBe(-1);
    expect(fastDateKey(null)).toBe(-1);
  });

  it("rejects a non-digit in any digit position, including '/' and ':' just outside '0'–'9'", () => {
    // '/' is one below '0' and ':' one above '9': read as digits −1 or 10 they would give real dates
    // ('2024-1/-01' as September, '20:4-01-01' as 2104).
    const valid = '2024-11-12';
    for (const position of [0, 1, 2, 3, 5, 6, 8, 9]) {
      for (const ch of ['/', ':', 'a', ' ']) {
        const bad = valid.slice(0, position) + ch + valid.slice(position + 1);
        expect(fastDateKey(bad), bad).toBe(-1);
      }
    }
    // A second digit ':' read as 10 would make the month '0:' October and the day '1:' the 20th.
    expect(fastDateKey('2024-0:-12')).toBe(-1);
    expect(fastDateKey('2024-10-1:')).toBe(-1);
    // A first month or day digit outside 0–9 leaves the month outside 1–12 or the day outside 1–31.
    for (const bad of ['2024-/9-12', '2024-:0-12', '2024-\u00e91-12', '2024-10-/9', '2024-10-:0', '2024-02-\u00e91']) {
      expect(fastDateKey(bad), bad).toBe(-1);
      expect(slowKey(bad), bad).toBe(-1);
    }
  });

  it('agrees with dateString on every 10-character string of digits and dashes (property)', () => {
    const chars = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ':');
    const dateLike = fc.tuple(fc.array(chars, { minLength: 4, maxLength: 4 }), chars, fc.array(chars, { minLength: 2, maxLength: 2 }), chars, fc.array(chars, { minLength: 2, maxLength: 2 }));
    fc.assert(
      fc.property(dateLike, ([y, s1, m, s2, d]) => {
        const value = `${y.join('')}${s1}${m.join('')}${s2}${d.join('')}`;
        expect(fastDateKey(value)).toBe(slowKey(value));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(fastDateKey(value)).toBe(slowKey(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dateKey and formatDateKey', () => {
  it('returns the key of a real date and formats it back', () => {
    expect(dateKey('2024-02-29', 'asOf', 'f')).toBe(20240229);
    expect(formatDateKey(20240229)).toBe('2024-02-29');
    expect(formatDateKey(10101)).toBe('0001-01-01');
    expect(formatDateKey(99991231)).toBe('9999-12-31');
  });

  it("throws dateString's error, naming the caller and the path, for a date that does not exist", () => {
    const e = caught(() => dateKey('2023-02-29', 'options.asOf', 'evaluateEligibility'));
    expect([e.code, e.path]).toEqual(['invalid_date', 'options.asOf']);
    expect(e.message).toMatch(/^evaluateEligibility: options\.asOf is "2023-02-29", which does not exist; 2023-02 has 28 days/);
  });
});

describe('householdSize', () => {
  it('accepts whole numbers 1–30', () => {
    expect(householdSize(1, 'size', 'f')).toBe(1);
    expect(householdSize(30, 'size', 'f')).toBe(30);
  });

  it('rejects 0 and 31 with messages that say how to correct the record, and non-integers with the shared integer check', () => {
    const tooSmall = 'the size counts everyone who lives there, the applicant included, so set it to the number of members (at least 1) or leave the record out until it is corrected.';
    const tooLarge = 'a larger size is almost surely a data-entry error (an extra digit, or several households counted as one); correct the record.';
    for (const [value, fix] of [[0, tooSmall], [-2, tooSmall], [31, tooLarge]] as const) {
      const e = caught(() => householdSize(value, 'households[3].size', 'screenHouseholds'));
      expect([e.code, e.path]).toEqual(['out_of_range', 'households[3].size']);
      expect(e.message).toBe(`screenHouseholds: households[3].size is ${value}; a household has between 1 and 30 persons — ${fix}`);
    }
    expect(caught(() => householdSize(2.5, 'size', 'f')).message).not.toMatch(/correct/);
    expect(caught(() => householdSize('4', 'size', 'f')).path).toBe('size');
    expect(caught(() => householdSize(Number.POSITIVE_INFINITY, 'size', 'f')).path).toBe('size');
  });
});

describe('parameter tables by date and id', () => {
  const tables = [
    { id: 'fy2024', effectiveFrom: '2024-04-01', effectiveTo: '2025-03-31' },
    { id: 'fy2025', effectiveFrom: '2025-04-01' },
  ];

  it('selects the table in force, both ends inclusive, open-ended without effectiveTo', () => {
    expect(tableInForce(tables, '2024-04-01', 'asOf', 'f', 'HUD').id).toBe('fy2024');
    expect(tableInForce(tables, '2025-03-31', 'asOf', 'f', 'HUD').id).toBe('fy2024');
    expect(tableInForce(tables, '2025-04-01', 'asOf', 'f', 'HUD').id).toBe('fy2025');
    expect(tableInForce(tables, '2099-01-01', 'asOf', 'f', 'HUD').id).toBe('fy2025');
  });

  it('names the dates every table covers when none covers the date', () => {
    const e = caught(() => tableInForce(tables, '2024-03-31', 'options.asOf', 'hudIncomeLimits', 'HUD income limits'));
    expect([e.code, e.path]).toEqual(['not_covered', 'options.asOf']);
    expect(e.message).toBe(
      'hudIncomeLimits: options.asOf is "2024-03-31", which no HUD income limits table covers (fy2024 2024-04-01 to 2025-03-31; fy2025 2025-04-01 to open); pass a table whose effective dates include it.',
    );
    expect(caught(() => tableInForce([], '2024-03-31', 'asOf', 'f', 'HUD')).message).toContain('(no tables)');
  });

  it('finds a table by id and lists the known ids otherwise', () => {
    expect(tableById(tables, 'fy2025', 'table', 'f', 'HUD')).toBe(tables[1]);
    const e = caught(() => tableById(tables, 'fy2026', 'options.table', 'hudIncomeLimits', 'HUD income limits'));
    expect([e.code, e.path]).toEqual(['not_found', 'options.table']);
    expect(e.message).toBe('hudIncomeLimits: options.table is "fy2026", which names no HUD income limits table; known ids: fy2024, fy2025.');
  });

  it('rejects overlapping tables, naming the later one by its original index, and accepts adjacent ones', () => {
    expect(() => noOverlap(tables, 'tables', 'f')).not.toThrow();
    const overlapping = [
      { id: 'b', effectiveFrom: '2025-03-31' },
      { id: 'a', effectiveFrom: '2024-04-01', effectiveTo: '2025-03-31' },
    ];
    const e = caught(() => noOverlap(overlapping, 'tables', 'defineTables'));
    expect([e.code, e.path]).toEqual(['invalid_value', 'tables[0].effectiveFrom']);
    expect(e.message).toBe('defineTables: tables[0] (b) starts 2025-03-31, while tables[1] (a) is still in force; give a an effectiveTo before 2025-03-31.');
    expect(caught(() => noOverlap(overlapping, 'tables', 'f', [7, 9])).path).toBe('tables[7].effectiveFrom');
    // An open-ended table followed by another overlaps too.
    const open = [
      { id: 'a', effectiveFrom: '2024-04-01' },
      { id: 'b', effectiveFrom: '2030-01-01' },
    ];
    expect(caught(() => noOverlap(open, 'tables', 'f')).path).toBe('tables[1].effectiveFrom');
  });

  it('rejects two tables that start on the same day, naming the one listed later (an effectiveTo before its own start cannot fix it)', () => {
    const revised = [
      { id: 'fy2025', effectiveFrom: '2025-04-01', effectiveTo: '2026-03-31' },
      { id: 'fy2025-revised', effectiveFrom: '2025-04-01', effectiveTo: '2026-03-31' },
    ];
    const e = caught(() => noOverlap(revised, 'tables', 'defineTables'));
    expect([e.code, e.path]).toEqual(['invalid_value', 'tables[1].effectiveFrom']);
    expect(e.message).toBe(
      'defineTables: tables[1] (fy2025-revised) starts 2025-04-01, the same day as tables[0] (fy2025); a date must select one table, so remove one of them or change its effectiveFrom.',
    );
    // Listed the other way round, and after a later table: still the later-listed of the two, by its original index.
    const reordered = [{ id: 'fy2026', effectiveFrom: '2026-04-01' }, revised[1]!, revised[0]!];
    const again = caught(() => noOverlap(reordered, 'tables', 'defineTables', [4, 5, 6]));
    expect(again.path).toBe('tables[6].effectiveFrom');
    expect(again.message).toMatch(/^defineTables: tables\[6\] \(fy2025\) starts 2025-04-01, the same day as tables\[5\] \(fy2025-revised\);/);
  });
});
