/**
 * Date cells: declared date-fns formats, spreadsheet serial days, Date values, impossible days, two-digit years,
 * and independence from the machine's time zone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mapEnrollments, type DateColumn } from '../../src/index.ts';
import { excelSerialDate } from '../../src/tables/internal/dates.ts';
import { isMainThread } from 'node:worker_threads';

function date(cell: unknown, column: Partial<DateColumn> = {}): string | undefined {
  const { records, problems } = mapEnrollments([{ h: 'a', d: cell }], { enrollments: { householdId: 'h', programId: { value: 'p' }, date: { column: 'd', ...column } } });
  return problems[0]?.code ?? records[0]?.date;
}

describe('declared formats', () => {
  it.each([
    ['2024-03-05', ['yyyy-MM-dd'], '2024-03-05'],
    ['2024-3-5', ['yyyy-MM-dd'], '2024-03-05'],
    ['03/05/2024', ['MM/dd/yyyy'], '2024-03-05'],
    ['3/5/2024', ['MM/dd/yyyy'], '2024-03-05'],
    ['5.3.2024', ['d.M.yyyy'], '2024-03-05'],
    ['05.03.2024', ['d.M.yyyy'], '2024-03-05'],
    ['05-Mar-2024', ['dd-MMM-yyyy'], '2024-03-05'],
    ['March 5, 2024', ['MMMM d, yyyy'], '2024-03-05'],
    ['20240305', ['yyyyMMdd'], '2024-03-05'],
    ['2024-03-05 14:30:00', ['yyyy-MM-dd HH:mm:ss'], '2024-03-05'],
    ['05/03/2024', ['dd/MM/yyyy', 'MM/dd/yyyy'], '2024-03-05'],
    ['2024-02-29', ['yyyy-MM-dd'], '2024-02-29'],
  ])('reads %j with %j as %s', (cell, formats, expected) => {
    expect(date(cell, { formats })).toBe(expected);
  });

  it('tries the formats in order: the first that fits wins', () => {
    expect(date('03/05/2024', { formats: ['MM/dd/yyyy', 'dd/MM/yyyy'] })).toBe('2024-03-05');
    expect(date('03/05/2024', { formats: ['dd/MM/yyyy', 'MM/dd/yyyy'] })).toBe('2024-05-03');
    expect(date('25/12/2024', { formats: ['MM/dd/yyyy', 'dd/MM/yyyy'] })).toBe('2024-12-25');
  });

  it.each([
    ['2023-02-29', ['yyyy-MM-dd']],
    ['2024-02-30', ['yyyy-MM-dd']],
    ['2024-13-01', ['yyyy-MM-dd']],
    ['02/30/2024', ['MM/dd/yyyy']],
    ['2024-03-05', ['MM/dd/yyyy']],
    ['2024-03-05x', ['yyyy-MM-dd']],
    ['yesterday', ['yyyy-MM-dd']],
  ])('rejects %j with %j as invalid_date', (cell, formats) => {
    expect(date(cell, { formats })).toBe('invalid_date');
  });

  it('rejects years outside 1800–2200 with a hint about two-digit years and placeholders', () => {
    const { problems } = mapEnrollments([{ h: 'a', d: '03/05/24' }, { h: 'a', d: '01/01/0001' }], { enrollments: { householdId: 'h', programId: { value: 'p' }, date: { column: 'd', formats: ['MM/dd/yyyy'] } } });
    expect(problems.map((p) => p.code)).toEqual(['out_of_range', 'out_of_range']);
    expect(problems[0]?.message).toContain('a two-digit year read with yyyy?');
  });

  it('reads two-digit years in the 100 years around the reference date (date-fns rule)', () => {
    const column = { formats: ['MM/dd/yy'], referenceDate: '1976-01-01' };
    // Reference year 1976: two-digit years map to 1926–2025.
    expect(['01/01/26', '12/31/99', '06/15/00', '06/15/25'].map((d) => date(d, column))).toEqual(['1926-01-01', '1999-12-31', '2000-06-15', '2025-06-15']);
  });

  it('reads Date values (Arrow, DuckDB) in UTC, whatever their time of day', () => {
    expect(date(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(date(new Date('2024-03-05T23:30:00Z'))).toBe('2024-03-05');
    expect(date(new Date('2024-03-04T20:00:00-08:00'))).toBe('2024-03-05');
    expect(date(new Date(Number.NaN))).toBe('missing_value');
  });

  it('uses codes, and missing tokens, before the formats', () => {
    expect(date('unknown', { codes: { unknown: '1900-01-01' } })).toBe('1900-01-01');
    expect(date('N/A')).toBe('missing_value');
  });

  it('reads a number through the text formats unless a serial format is declared', () => {
    expect(date(20240305, { formats: ['yyyyMMdd'] })).toBe('2024-03-05');
    expect(date(45356, { formats: ['yyyy-MM-dd'] })).toBe('invalid_date');
  });
});

describe('spreadsheet serial days', () => {
  // Microsoft, "Date systems in Excel": in the 1900 system serial 1 is 1 January 1900 (and serial 60 is the
  // 29 February 1900 kept from Lotus 1-2-3); in the 1904 system serial 0 is 1 January 1904, and a date's serial
  // is 1,462 lower than in the 1900 system. Reference values from Python: date(1899, 12, 30) + timedelta(s) for s > 60.
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [45292, '2024-01-01'],
    [45356, '2024-03-05'],
    [45356.75, '2024-03-05'],
    [2958465, 'out_of_range'],
  ])('1900 system: %d is %s', (serial, expected) => {
    expect(date(serial, { formats: ['excelSerial'] })).toBe(expected);
    expect(date(String(serial), { formats: ['excelSerial'] })).toBe(expected);
  });

  it('serial 60 (29 February 1900) does not exist, and serials before 1 are out of range', () => {
    expect(excelSerialDate(60, 1900)).toMatchObject({ code: 'invalid_date' });
    expect(excelSerialDate(0, 1900)).toMatchObject({ code: 'out_of_range' });
  });

  it('1904 system: serial 0 is 1904-01-01 and 45356 − 1462 is 2024-03-05', () => {
    expect(date(0, { formats: ['excelSerial1904'] })).toBe('1904-01-01');
    expect(date(45356 - 1462, { formats: ['excelSerial1904'] })).toBe('2024-03-05');
  });
});

// Assigning TZ switches the time zone of a process's main thread only: in a worker thread (StrykerJS runs vitest
// with pool 'threads') the assignment has no effect, so these cases run where they can mean something — every
// `npm test` (vitest's default pool forks a process per file) — and not under mutation testing.
describe.runIf(isMainThread)('time zones', () => {
  const original = process.env['TZ'];
  afterAll(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  // Zones east and west of Greenwich, one at UTC+14, and São Paulo, where midnight did not exist on 4 November
  // 2018 (daylight saving began at 00:00): a local-midnight Date there is 01:00 the same day.
  it.each(['America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'])('gives the same days in %s', (zone) => {
    process.env['TZ'] = zone;
    // The zone took effect (Node resets its time zone when TZ is assigned).
    if (zone === 'Pacific/Kiritimati') expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(-840);
    if (zone === 'America/Sao_Paulo') expect(new Date(2018, 10, 4).getHours()).toBe(1);
    const cells = ['11/04/2018', '02/29/2024', '12/31/1999', '01/01/2000', '10/15/1582'];
    const { records, problems } = mapEnrollments(
      cells.map((d) => ({ h: 'a', d })),
      { enrollments: { householdId: 'h', programId: { value: 'p' }, date: { column: 'd', formats: ['MM/dd/yyyy'] } } },
    );
    expect(records.map((r) => r.date)).toEqual(['2018-11-04', '2024-02-29', '1999-12-31', '2000-01-01']);
    expect(problems.map((p) => p.code)).toEqual(['out_of_range']);
    expect(date(43408, { formats: ['excelSerial'] })).toBe('2018-11-04');
    expect(date(new Date(Date.UTC(2018, 10, 4)))).toBe('2018-11-04');
  });
});
