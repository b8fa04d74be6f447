/**
 * The date reader's own functions, value by value: serial days at the 1900 and 1904 edges, the format check's
 * messages, the reference date, numbers, Date values and the messages of each failure.
 */
import { describe, expect, it } from 'vitest';
import { MissingTokens } from '../../src/tables/internal/cells.ts';
import { DateReader, checkDateFormat, compileDateFormats, excelSerialDate, hasTwoDigitYear } from '../../src/tables/internal/dates.ts';
import { Failure, MISSING } from '../../src/tables/internal/failure.ts';

const HINT = 'dates must fall in 1800–2200: check the declared format (a two-digit year read with yyyy?), or add a placeholder such as 0001-01-01 to the mapping\'s missing values';

function reader(formats: string[], referenceDate?: string, missing: string[] = ['', 'NA']): DateReader {
  return new DateReader(compileDateFormats(formats), referenceDate, new MissingTokens(missing));
}

function plain(result: unknown): unknown {
  return result instanceof Failure ? { code: result.code, detail: result.detail, hint: result.hint } : result;
}

describe('excelSerialDate', () => {
  it('1900 system: serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01, fractions dropped', () => {
    expect([1, 1.99, 59, 59.5, 61, 61.9, 45356].map((s) => excelSerialDate(s, 1900))).toEqual(['1900-01-01', '1900-01-01', '1900-02-28', '1900-02-28', '1900-03-01', '1900-03-01', '2024-03-05']);
  });

  it('1900 system: serials below 1 are out of range, 60 never existed', () => {
    expect(plain(excelSerialDate(0.5, 1900))).toEqual({ code: 'out_of_range', detail: 'serial day 0.5 is before 1900-01-01, the first day of the 1900 date system', hint: undefined });
    expect(plain(excelSerialDate(0, 1900))).toEqual({ code: 'out_of_range', detail: 'serial day 0 is before 1900-01-01, the first day of the 1900 date system', hint: undefined });
    expect(plain(excelSerialDate(60.25, 1900))).toEqual({
      code: 'invalid_date',
      detail: 'serial day 60 is 29 February 1900, a day that never existed (a Lotus 1-2-3 leap-year bug Excel keeps)',
      hint: 'check the source cell',
    });
  });

  it('not finite: the serial in the message', () => {
    expect(plain(excelSerialDate(Number.NaN, 1900))).toEqual({ code: 'invalid_date', detail: 'NaN is not a serial day', hint: undefined });
    expect(plain(excelSerialDate(Number.POSITIVE_INFINITY, 1904))).toEqual({ code: 'invalid_date', detail: 'Infinity is not a serial day', hint: undefined });
  });

  it('1904 system: serial 0 is 1904-01-01, negatives go back, 60 is an ordinary day', () => {
    expect([0, -1, 0.7, 59, 60, 61].map((s) => excelSerialDate(s, 1904))).toEqual(['1904-01-01', '1903-12-31', '1904-01-01', '1904-02-29', '1904-03-01', '1904-03-02']);
  });

  it('keeps the years 1800–2200 and names the year outside them', () => {
    // daysFromCivil(1800, 1, 1) − daysFromCivil(1904, 1, 1) = −37984; 2200-12-31 is 1900-system serial 109939.
    expect(excelSerialDate(-37984, 1904)).toBe('1800-01-01');
    expect(plain(excelSerialDate(-37985, 1904))).toEqual({ code: 'out_of_range', detail: 'serial day -37985 is the year 1799', hint: HINT });
    expect(excelSerialDate(109939, 1900)).toBe('2200-12-31');
    expect(plain(excelSerialDate(109940, 1900))).toEqual({ code: 'out_of_range', detail: 'serial day 109940 is the year 2201', hint: HINT });
  });
});

describe('hasTwoDigitYear', () => {
  it.each([
    ['yy', true],
    ['MM/dd/yy', true],
    ['yyMMdd', true],
    ['ddMMyy', true],
    ['yyyy', false],
    ['MM/dd/yyyy', false],
    ['yyy', false],
    ["'yy' yyyy", false],
    ["'on' MM/dd/yy", true],
    ['MM/dd', false],
  ])('%j → %s', (pattern, expected) => {
    expect(hasTwoDigitYear(pattern)).toBe(expected);
  });
});

describe('checkDateFormat', () => {
  it('accepts the serial formats and usable patterns', () => {
    expect([ 'excelSerial', 'excelSerial1904', 'yyyy-MM-dd', "yyyy 'Day' dd", 'd.M.yy'].map(checkDateFormat)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('refuses week-numbering years and days of the year with the token and its fix', () => {
    expect(checkDateFormat('YYYY-MM-dd')).toBe('YYYY is a week-numbering year; use yyyy (the calendar year)');
    expect(checkDateFormat('MM/dd/Y')).toBe('Y is a week-numbering year; use yyyy (the calendar year)');
    expect(checkDateFormat('yyyy-MM-DD')).toBe('DD is a day of the year; use dd (the day of the month)');
    expect(checkDateFormat('D.M.yyyy')).toBe('D is a day of the year; use dd (the day of the month)');
  });

  it("passes date-fns's own message for a token it refuses", () => {
    expect(checkDateFormat('jyyyy')).toBe('Format string contains an unescaped latin alphabet character `j`');
    // A stray letter after the first token is refused too (it used to pass, then throw on the first cell that fit).
    expect(checkDateFormat('yyyy-MM-ddj')).toBe('Format string contains an unescaped latin alphabet character `j`');
    expect(checkDateFormat('dd.MM.yyyy g')).toBe('Format string contains an unescaped latin alphabet character `g`');
  });
});

describe('compileDateFormats', () => {
  it('gives each pattern its kind, in order', () => {
    expect(compileDateFormats(['excelSerial', 'excelSerial1904', 'yyyy-MM-dd', 'MM/dd/yyyy'])).toEqual([
      { pattern: 'excelSerial', kind: 'excel1900' },
      { pattern: 'excelSerial1904', kind: 'excel1904' },
      { pattern: 'yyyy-MM-dd', kind: 'iso' },
      { pattern: 'MM/dd/yyyy', kind: 'dateFns' },
    ]);
  });
});

describe('DateReader', () => {
  it('fills a missing year from the reference date, 2000-01-01 when none or not yyyy-MM-dd', () => {
    expect(reader(['MM/dd']).read('03/05')).toBe('2000-03-05');
    expect(reader(['MM/dd'], '2024-06-30').read('03/05')).toBe('2024-03-05');
    expect(reader(['MM/dd'], '06/30/2024').read('03/05')).toBe('2000-03-05');
    expect(reader(['dd'], '2024-06-30').read('05')).toBe('2024-06-05');
  });

  it('reads two-digit years around the reference date', () => {
    // date-fns: a two-digit year lands in the 100 years around the reference year (2024 → 1974–2073).
    expect(['73', '74'].map((y) => reader(['MM/dd/yy'], '2024-01-01').read(`01/01/${y}`))).toEqual(['2073-01-01', '1974-01-01']);
  });

  it('missing tokens, blanks, null, undefined and NaN are missing; trimmed text is read', () => {
    const r = reader(['yyyy-MM-dd']);
    expect(['NA', ' na ', '', '  ', null, undefined, Number.NaN, new Date(Number.NaN)].map((c) => r.read(c))).toEqual(Array(8).fill(MISSING));
    expect(r.read(' 2024-03-05\t')).toBe('2024-03-05');
  });

  it('iso first: edges of the supported years, months and days', () => {
    const r = reader(['yyyy-MM-dd']);
    expect(['1800-01-01', '2200-12-31', '2024-02-29', '2000-02-29', '2023-12-31', '2024-01-31', '2024-04-30'].map((c) => r.read(c))).toEqual(['1800-01-01', '2200-12-31', '2024-02-29', '2000-02-29', '2023-12-31', '2024-01-31', '2024-04-30']);
    expect(plain(r.read('1799-12-31'))).toEqual({ code: 'out_of_range', detail: '"1799-12-31" is the year 1799', hint: HINT });
    expect(plain(r.read('2201-01-01'))).toEqual({ code: 'out_of_range', detail: '"2201-01-01" is the year 2201', hint: HINT });
    const invalid = ['2024-00-10', '2024-13-10', '2024-01-00', '2024-01-32', '2023-02-29', '1900-02-29', '2024-04-31', '2024-03-0:', '2024-0:-01', '202:-01-01', '2024-03-/5', '2024/03/05', '2024-03-05 '.trim() + 'x'];
    expect(invalid.map((c) => plain(r.read(c)))).toEqual(
      invalid.map((c) => ({
        code: 'invalid_date',
        detail: `"${c}" is not a date in the declared format (yyyy-MM-dd), or the day does not exist`,
        hint: 'write the date in a declared format, add the format the column uses to "formats" (date-fns tokens: yyyy-MM-dd, MM/dd/yyyy, d.M.yyyy …), or leave it blank if unknown',
      })),
    );
  });

  it('iso not first: the same days through the slow path', () => {
    const r = reader(['MM/dd/yyyy', 'yyyy-MM-dd']);
    expect(['2024-02-29', '1800-01-01', '2024-3-5', '03/05/2024'].map((c) => r.read(c))).toEqual(['2024-02-29', '1800-01-01', '2024-03-05', '2024-03-05']);
    expect(plain(r.read('2023-02-29'))).toMatchObject({ code: 'invalid_date', detail: '"2023-02-29" is not a date in the declared formats (MM/dd/yyyy, yyyy-MM-dd), or the day does not exist' });
  });

  it('keeps the first year problem among the formats', () => {
    const r = reader(['MM/dd/yyyy', 'dd/MM/yyyy']);
    expect(plain(r.read('01/02/0001'))).toEqual({ code: 'out_of_range', detail: '"01/02/0001" read as MM/dd/yyyy is the year 1', hint: HINT });
    expect(plain(r.read('01/02/2201'))).toEqual({ code: 'out_of_range', detail: '"01/02/2201" read as MM/dd/yyyy is the year 2201', hint: HINT });
    expect(r.read('01/02/2200')).toBe('2200-01-02');
    expect(r.read('31/12/1800')).toBe('1800-12-31');
  });

  it('a year problem from one format loses to a date from a later one', () => {
    expect(reader(['MM/dd/yyyy', 'MM/dd/yy'], '2024-01-01').read('01/02/24')).toBe('2024-01-02');
  });

  it('gives the same answer for a cell read twice (cache)', () => {
    const r = reader(['MM/dd/yyyy']);
    expect([r.read('03/05/2024'), r.read('03/05/2024'), r.read('13/05/2024'), r.read('03/05/2024')].map(plain)).toEqual([
      '2024-03-05',
      '2024-03-05',
      expect.objectContaining({ code: 'invalid_date' }),
      '2024-03-05',
    ]);
  });

  it('numbers: the first serial format decides, else the text formats read them', () => {
    expect(reader(['MM/dd/yyyy', 'excelSerial1904', 'excelSerial']).read(0)).toBe('1904-01-01');
    expect(reader(['MM/dd/yyyy', 'excelSerial', 'excelSerial1904']).read(61)).toBe('1900-03-01');
    expect(reader(['excelSerial']).read(45356n)).toBe('2024-03-05');
    expect(reader(['yyyyMMdd']).read(20240305)).toBe('2024-03-05');
    expect(reader(['yyyyMMdd']).read(20240305n)).toBe('2024-03-05');
    expect(plain(reader(['excelSerial']).read(Number.POSITIVE_INFINITY))).toEqual({ code: 'invalid_date', detail: 'Infinity is not a serial day', hint: undefined });
  });

  it('serial formats read plain-number text, and only that', () => {
    const r = reader(['excelSerial']);
    expect(['45356', '+45356', '45356.75', ' 61 '].map((c) => r.read(c))).toEqual(['2024-03-05', '2024-03-05', '2024-03-05', '1900-03-01']);
    expect(plain(r.read('-3'))).toEqual({ code: 'out_of_range', detail: 'serial day -3 is before 1900-01-01, the first day of the 1900 date system', hint: undefined });
    expect((r.read('45356x') as Failure).detail).toBe('"45356x" is not a date in the declared format (excelSerial), or the day does not exist');
    expect((r.read('1e3') as Failure).code).toBe('invalid_date');
    expect((r.read('45356.') as Failure).code).toBe('invalid_date');
    expect(reader(['excelSerial1904']).read('0')).toBe('1904-01-01');
  });

  it('Date values: UTC parts, years 1800–2200', () => {
    const r = reader(['yyyy-MM-dd']);
    expect(r.read(new Date(Date.UTC(2024, 2, 5, 23, 59)))).toBe('2024-03-05');
    expect(r.read(new Date(Date.UTC(1800, 0, 1)))).toBe('1800-01-01');
    expect(r.read(new Date(Date.UTC(2200, 11, 31, 12)))).toBe('2200-12-31');
    expect(plain(r.read(new Date(Date.UTC(1799, 11, 31))))).toEqual({ code: 'out_of_range', detail: '"1799-12-31T00:00:00.000Z" is the year 1799', hint: HINT });
    expect(plain(r.read(new Date(Date.UTC(2201, 0, 1))))).toEqual({ code: 'out_of_range', detail: '"2201-01-01T00:00:00.000Z" is the year 2201', hint: HINT });
  });

  it('other values are not dates', () => {
    const r = reader(['yyyy-MM-dd']);
    expect(plain(r.read(true))).toEqual({ code: 'invalid_date', detail: '"true" is not a date', hint: undefined });
    expect(plain(r.read({ y: 2024 }))).toEqual({ code: 'invalid_date', detail: '"{\\"y\\":2024}" is not a date', hint: undefined });
  });
});
