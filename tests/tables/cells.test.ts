/**
 * The cell readers (src/tables/internal/cells.ts) through the public mappers, to the exact value and message: missing
 * tokens, trimming, typed cells as text, the decorated number reader (signs, parentheses, groups, exponents, percent)
 * and its hints, coordinates (undecorated numbers), and yes/no cells.
 */
import { describe, expect, it } from 'vitest';
import { mapHouseholds, type NumberColumn, type TableMapping, type TableProblem } from '../../src/index.ts';

/** Reads one cell through a households mapping whose `annualIncome` is the column `v`. */
function income(value: unknown, column: Partial<NumberColumn> = {}, defaults: TableMapping['defaults'] = {}): { value: number | undefined; problem: TableProblem | undefined } {
  const { records, problems } = mapHouseholds([{ id: 'h', size: '1', v: value }], { defaults, households: { id: 'id', size: 'size', annualIncome: { column: 'v', ...column } } });
  return { value: records[0]?.annualIncome, problem: problems[0] };
}

/** The message of the one problem of an income cell. */
function incomeMessage(value: unknown, column: Partial<NumberColumn> = {}, defaults: TableMapping['defaults'] = {}): string | undefined {
  return income(value, column, defaults).problem?.message;
}

/** Reads one cell as the text attribute `district`: the value, or the problem's code and message. */
function district(value: unknown): string | undefined | [string, string] {
  const { records, problems } = mapHouseholds([{ id: 'h', size: '1', d: value }], { households: { id: 'id', size: 'size', attributes: { district: 'd' } } });
  const problem = problems[0];
  return problem === undefined ? records[0]?.attributes['district'] : [problem.code, problem.message];
}

/** Reads one longitude cell through a lat/lng location (latitude 37.3382, written with the mapping's decimal separator): the position, or the problem's code and message. */
function longitude(value: unknown, defaults: TableMapping['defaults'] = {}): readonly number[] | undefined | [string, string] {
  const latitude = defaults?.decimalSeparator === ',' ? '37,3382' : '37.3382';
  const { records, problems } = mapHouseholds([{ id: 'h', size: '1', X: value, Y: latitude }], { defaults, households: { id: 'id', size: 'size', location: { lat: 'Y', lng: 'X' } } });
  const problem = problems[0];
  return problem === undefined ? records[0]?.location : [problem.code, problem.message];
}

/** Reads one member's disability cell: the value, or the problem's code and message. */
function disability(value: unknown, column: object = {}): boolean | undefined | [string, string] {
  const mapping = { persons: { householdId: 'h', birthDate: 'b', disability: { column: 'd', ...column } }, households: { id: 'id', size: 'size', members: 'persons' } } as TableMapping;
  const { records, problems } = mapHouseholds([{ id: 'x', size: '1' }], mapping, { persons: [{ h: 'x', b: '2000-01-01', d: value }] });
  const problem = problems[0];
  return problem === undefined ? records[0]?.members?.[0]?.disability : [problem.code, problem.message];
}

const INCOME = 'annualIncome (dollars a year): ';
const INCOME_ADVICE = 'write the annual income in dollars (e.g. 42000 or $42,000), or leave it blank if unknown — a blank is unknown, 0 is no income.';
const POINT_ADVICE = 'write it with digits, an optional $ sign, thousands separators and a decimal point (e.g. 1,234.50), or leave it blank if unknown.';
const COMMA_ADVICE = 'write it with digits, an optional $ sign, thousands separators and a decimal comma (e.g. 1.234,50), or leave it blank if unknown.';
const POINT_GROUPING = 'thousands separators must group three digits (1,234.50); if "," is your decimal separator, set "decimalSeparator": ",".';
const COMMA_GROUPING = 'thousands separators must group three digits (1.234,50); if "." is your decimal separator, set "decimalSeparator": ".".';
const WORD = 'a word where a number is expected: write the number, or add the word to the mapping\'s missing values (or "codes") if it means something.';

describe('missing tokens', () => {
  it('trims the tokens the mapping lists and compares them ignoring case', () => {
    expect(income('REFUSED', { missing: [' Refused '] })).toEqual({ value: undefined, problem: undefined });
    expect(income('  n.a.', { missing: ['N.A.'] })).toEqual({ value: undefined, problem: undefined });
  });

  it('reads a blank cell as missing even when the mapping leaves "" out of its list', () => {
    expect(income('', { missing: ['NA'] })).toEqual({ value: undefined, problem: undefined });
    expect(income('   ', { missing: ['NA'] })).toEqual({ value: undefined, problem: undefined });
    expect(incomeMessage('NB', { missing: ['NA'] })).toBe(`${INCOME}"NB" is not a number; ${WORD}`);
  });
});

describe('text cells', () => {
  it('trims white space and a byte-order mark on either side only', () => {
    expect([' x', 'x ', '\tx', 'x\n', '\uFEFFx', 'x\uFEFF', ' a b ', 'a\u00a0b'].map(district)).toEqual(['x', 'x', 'x', 'x', 'x', 'x', 'a b', 'a\u00a0b']);
  });

  it('trims Unicode white space too: a no-break space pasted after a name, an ideographic space (issue 12 item 4)', () => {
    expect(['Alviso\u00a0', '\u00a0Alviso', '\u3000Alviso\u2028', '\u202fAlviso'].map(district)).toEqual(['Alviso', 'Alviso', 'Alviso', 'Alviso']);
    expect(income('42000\u00a0')).toEqual({ value: 42000, problem: undefined });
    expect(income('NA\u00a0')).toEqual({ value: undefined, problem: undefined });
  });

  it('writes a date at midnight UTC as YYYY-MM-DD, zero-padded, and any other date as ISO text', () => {
    expect(district(new Date(Date.UTC(2024, 9, 10)))).toBe('2024-10-10');
    expect(district(new Date(Date.UTC(2024, 8, 9)))).toBe('2024-09-09');
    expect(district(new Date(Date.UTC(2024, 11, 31)))).toBe('2024-12-31');
    expect(district(new Date('2024-03-05T10:30:00Z'))).toBe('2024-03-05T10:30:00.000Z');
  });

  it('reads null, undefined, NaN and an invalid date as missing', () => {
    expect([null, undefined, Number.NaN, new Date('not a date')].map(district)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('writes numbers and bigints in decimal, and names an infinity, an object and a list', () => {
    expect([-0.5, 1e21, 12n].map(district)).toEqual(['-0.5', '1e+21', '12']);
    const fix = '; correct the value, or leave it blank if unknown.';
    expect(district(Number.POSITIVE_INFINITY)).toEqual(['invalid_value', `attributes.district: Infinity is not a value${fix}`]);
    expect(district(Number.NEGATIVE_INFINITY)).toEqual(['invalid_value', `attributes.district: -Infinity is not a value${fix}`]);
    expect(district({ a: 1 })).toEqual(['invalid_value', `attributes.district: "{\\"a\\":1}" is an object, not a cell value${fix}`]);
    expect(district([1])).toEqual(['invalid_value', `attributes.district: "[1]" is a list, not a cell value${fix}`]);
  });
});

describe('numbers written as text', () => {
  it.each([
    ['$9.99', 9.99],
    ['1,999', 1999],
    ['123,456', 123456],
    ['123,456,789.5', 123456789.5],
    ['1\u2009234', 1234],
    ['1\u2019234', 1234],
    ['1.5e-3', 0.0015],
    ['2E-2', 0.02],
    ['+1e+2', 100],
    ['$ -5', -5],
  ])('reads %j as %d', (cell, expected) => {
    const { value, problem } = income(cell, {}, {});
    if (expected < 0) expect(problem?.message).toBe(`${INCOME}"${cell}" reads as ${expected}, and it must be 0 or more (dollars); ${INCOME_ADVICE}`);
    else expect({ value, problem }).toEqual({ value: expected, problem: undefined });
  });

  it('reads a decimal comma with dots between thousands, never as a decimal point', () => {
    expect(income('1.234', { decimalSeparator: ',' }).value).toBe(1234);
    expect(income('1.234', {}, { decimalSeparator: ',' }).value).toBe(1234);
    expect(income('12', { decimalSeparator: ',' }).value).toBe(12);
    expect(incomeMessage('1.5', { decimalSeparator: ',' })).toBe(`${INCOME}"1.5" is not a number; ${COMMA_GROUPING}`);
    expect(incomeMessage('1,2,3', { decimalSeparator: ',' })).toBe(`${INCOME}"1,2,3" is not a number; ${COMMA_GROUPING}`);
    expect(incomeMessage('12abc', { decimalSeparator: ',' })).toBe(`${INCOME}"12abc" is not a number; ${COMMA_ADVICE}`);
  });

  it('names the grouping rule when thousands separators do not group three digits', () => {
    for (const cell of [',123', '$,123', '1,23.5', '1,2345,678', '1.5,3', '1234,567', '1e5.5', '1e,5']) {
      expect(incomeMessage(cell), cell).toBe(`${INCOME}"${cell}" is not a number; ${POINT_GROUPING}`);
    }
  });

  it('reads parentheses as a negative only when they enclose the number', () => {
    expect(incomeMessage('( 12 )')).toBe(`${INCOME}"( 12 )" reads as -12, and it must be 0 or more (dollars); ${INCOME_ADVICE}`);
    for (const cell of ['12)', '(12', '--5', '-+5', '$$5', '5%5', '0x1F', '0b11', '-0o17']) expect(incomeMessage(cell), cell).toBe(`${INCOME}"${cell}" is not a number; ${POINT_ADVICE}`);
    expect(incomeMessage('()')).toBe(`${INCOME}"()" is not a number; ${POINT_ADVICE}`);
    expect(incomeMessage('(  )')).toBe(`${INCOME}"(  )" is not a number; ${POINT_ADVICE}`);
    expect(incomeMessage('( $ 7 )')).toBe(`${INCOME}"( $ 7 )" reads as -7, and it must be 0 or more (dollars); ${INCOME_ADVICE}`);
    expect(incomeMessage('- %', { percent: 'number' })).toBe(`${INCOME}"- %" is not a number; ${POINT_ADVICE}`);
  });

  it('gives each hint only where it applies', () => {
    expect(incomeMessage('e5')).toBe(`${INCOME}"e5" is not a number; ${WORD}`);
    expect(incomeMessage('12abc')).toBe(`${INCOME}"12abc" is not a number; ${POINT_ADVICE}`);
    expect(incomeMessage('$')).toBe(`${INCOME}"$" is not a number; ${POINT_ADVICE}`);
    expect(incomeMessage('-')).toBe(`${INCOME}"-" is not a number; a lone "-" is often a spreadsheet's zero (accounting format) or a missing mark: write 0, or add "-" to the mapping's missing values.`);
    for (const cell of ['£100', '¥100', '€100']) expect(incomeMessage(cell), cell).toBe(`${INCOME}"${cell}" is not a number; amounts are US dollars: write them without another currency sign.`);
  });

  it('quotes a long cell up to its 60th character', () => {
    const sixty = `${'1'.repeat(59)}x`;
    expect(incomeMessage(sixty)).toBe(`${INCOME}"${sixty}" is not a number; ${POINT_ADVICE}`);
    expect(incomeMessage(`${sixty}y`)).toBe(`${INCOME}"${sixty}…" is not a number; ${POINT_ADVICE}`);
  });

  it('names what a typed cell is when it is not a number', () => {
    expect(incomeMessage(Number.POSITIVE_INFINITY)).toBe(`${INCOME}Infinity is not a finite number; ${INCOME_ADVICE}`);
    expect(incomeMessage(true)).toBe(`${INCOME}true is a yes/no value, not a number; ${INCOME_ADVICE}`);
    expect(incomeMessage(new Date(Date.UTC(2024, 0, 1)))).toBe(`${INCOME}"2024-01-01T00:00:00.000Z" is a date, not a number; ${INCOME_ADVICE}`);
    expect(income({ a: 1 }).problem).toMatchObject({ code: 'invalid_value', message: `${INCOME}"{\\"a\\":1}" is an object, not a number; ${INCOME_ADVICE}` });
    expect(income([5]).problem).toMatchObject({ code: 'invalid_value', message: `${INCOME}"[5]" is a list, not a number; ${INCOME_ADVICE}` });
  });
});

describe('coordinates (numbers without $, %, parentheses or groups)', () => {
  it('reads decimal degrees, with a point or the mapping\'s decimal comma', () => {
    expect(longitude('-121.8863')).toEqual([-121.8863, 37.3382]);
    expect(longitude('-121,8863', { decimalSeparator: ',' })).toEqual([-121.8863, 37.3382]);
  });

  it('rejects what only amounts may have, with the advice for degrees', () => {
    const degrees = 'write it as a decimal number in degrees (e.g. 37.3382), or leave it blank if unknown.';
    for (const cell of ['(121.5)', '121%', 'abc', '$121', '121,5', '€121']) {
      expect(longitude(cell), cell).toEqual(['invalid_number', `location: longitude "${cell}" is not a number; ${degrees}`]);
    }
    expect(longitude('abc', { decimalSeparator: ',' })).toEqual(['invalid_number', 'location: longitude "abc" is not a number; write it as a decimal number in degrees (e.g. 37,3382), or leave it blank if unknown.']);
  });
});

describe('yes/no cells', () => {
  it('reads the listed words before the missing tokens', () => {
    expect(disability('na', { trueValues: ['na'] })).toBe(true);
    expect(disability('na', { falseValues: ['na'] })).toBe(false);
    // the exact words first, then the missing tokens, then the words ignoring case
    expect(disability('NA', { trueValues: ['na'] })).toBeUndefined();
    expect(disability('YES')).toBe(true);
  });

  it('reads undefined and NaN as missing, whatever the missing tokens', () => {
    expect(disability(undefined)).toBeUndefined();
    expect(disability(Number.NaN, { missing: ['NA'] })).toBeUndefined();
    expect(disability(1, { missing: ['NA'] })).toBe(true);
    expect(disability(0n, { missing: ['NA'] })).toBe(false);
  });

  it('names a cell that is no yes/no value at all', () => {
    const fix = '; write yes or no, or leave it blank if unknown.';
    expect(disability({ a: 1 })).toEqual(['invalid_boolean', `disability: "{\\"a\\":1}" is not a yes/no value${fix}`]);
    expect(disability(new Date(Date.UTC(2024, 0, 1)))).toEqual(['invalid_boolean', `disability: "2024-01-01T00:00:00.000Z" is not a yes/no value${fix}`]);
    expect(disability(2)).toEqual(['invalid_boolean', 'disability: "2" is neither yes (y, yes, true, t, 1) nor no (n, no, false, f, 0); write one of those, or list the table\'s own words in the mapping\'s "trueValues" and "falseValues".']);
  });
});
