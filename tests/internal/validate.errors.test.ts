import { describe, expect, it } from 'vitest';
import {
  compareDateStrings,
  dateString,
  editDistance,
  finiteNumber,
  householdSize,
  integer,
  knownKeys,
  nearestName,
  nearestValidDate,
  nonNegativeNumber,
  optionsObject,
  position,
  positions,
  positiveNumber,
  sameLength,
  weights,
  yearSeries,
} from '../../src/internal/validate.ts';
import { caught } from '../helpers/caught.ts';

// The exact error (code, path, message, hint) each validator gives each kind of bad input, and the boundaries of what
// it accepts: every export of the library reports bad input through these, so their words are what a city analyst reads.
/** The code, path, message and hint of the error `fn` throws, for one `toEqual`. */
function errorOf(fn: () => unknown): { code: string; path: string; message: string; hint: string | undefined } {
  const error = caught(fn);
  return { code: error.code, path: error.path, message: error.message, hint: error.hint };
}

describe('number checks: the exact error each input gets', () => {
  it('finiteNumber: a non-number is invalid_type, NaN and ±Infinity not_finite', () => {
    expect(finiteNumber(-2.5, 'x', 'f')).toBe(-2.5);
    expect(errorOf(() => finiteNumber('3', 'options.radiusKm', 'coverage'))).toEqual({
      code: 'invalid_type',
      path: 'options.radiusKm',
      message: 'coverage: options.radiusKm is "3"; expected a finite number.',
      hint: undefined,
    });
    expect(errorOf(() => finiteNumber(Number.NaN, 'x', 'f'))).toEqual({
      code: 'not_finite',
      path: 'x',
      message: 'f: x is NaN; expected a finite number.',
      hint: undefined,
    });
    expect(caught(() => finiteNumber(Number.NEGATIVE_INFINITY, 'x', 'f')).message).toBe('f: x is -Infinity; expected a finite number.');
  });
  it('nonNegativeNumber: 0 is accepted, anything below is out_of_range', () => {
    expect(nonNegativeNumber(0, 'x', 'f')).toBe(0);
    expect(errorOf(() => nonNegativeNumber(-0.5, 'population', 'f'))).toEqual({
      code: 'out_of_range',
      path: 'population',
      message: 'f: population is -0.5; expected a number ≥ 0.',
      hint: undefined,
    });
  });
  it('positiveNumber: 0 and below are out_of_range, the smallest positive number is not', () => {
    expect(positiveNumber(Number.MIN_VALUE, 'x', 'f')).toBe(Number.MIN_VALUE);
    expect(errorOf(() => positiveNumber(0, 'options.radiusKm', 'coverage'))).toEqual({
      code: 'out_of_range',
      path: 'options.radiusKm',
      message: 'coverage: options.radiusKm is 0; expected a number > 0.',
      hint: undefined,
    });
    expect(caught(() => positiveNumber(-1, 'r', 'f')).message).toBe('f: r is -1; expected a number > 0.');
    expect(caught(() => positiveNumber(Number.NaN, 'r', 'f')).code).toBe('not_finite');
  });
  it('integer: a fraction, and each inclusive bound', () => {
    expect(errorOf(() => integer(2.5, 'size', 'f'))).toEqual({
      code: 'not_integer',
      path: 'size',
      message: 'f: size is 2.5; expected a whole number.',
      hint: undefined,
    });
    expect(integer(1, 'n', 'f', { min: 1 })).toBe(1);
    expect(integer(30, 'n', 'f', { max: 30 })).toBe(30);
    expect(integer(-5, 'n', 'f', { max: 30 })).toBe(-5);
    expect(integer(500, 'n', 'f', { min: 1 })).toBe(500);
    expect(integer(-7, 'n', 'f')).toBe(-7);
    expect(errorOf(() => integer(0, 'n', 'f', { min: 1, max: 30 }))).toEqual({
      code: 'out_of_range',
      path: 'n',
      message: 'f: n is 0; expected a whole number ≥ 1.',
      hint: undefined,
    });
    expect(errorOf(() => integer(31, 'n', 'f', { min: 1, max: 30 }))).toEqual({
      code: 'out_of_range',
      path: 'n',
      message: 'f: n is 31; expected a whole number ≤ 30.',
      hint: undefined,
    });
    // A bound of 0 is a bound, not "no bound".
    expect(caught(() => integer(-1, 'n', 'f', { min: 0 })).message).toBe('f: n is -1; expected a whole number ≥ 0.');
    expect(caught(() => integer(1, 'n', 'f', { max: 0 })).message).toBe('f: n is 1; expected a whole number ≤ 0.');
  });
  it('householdSize: 1 to 30 persons; each other input gets the error that says how to fix it', () => {
    expect(householdSize(1, 'h.size', 'f')).toBe(1);
    expect(householdSize(4, 'h.size', 'f')).toBe(4);
    expect(householdSize(30, 'h.size', 'f')).toBe(30);
    expect(errorOf(() => householdSize(0, 'households[2].size', 'fplPercent'))).toEqual({
      code: 'out_of_range',
      path: 'households[2].size',
      message:
        'fplPercent: households[2].size is 0; a household has between 1 and 30 persons — the size counts everyone who lives there, the applicant included, so set it to the number of members (at least 1) or leave the record out until it is corrected.',
      hint: undefined,
    });
    expect(caught(() => householdSize(-3, 's', 'f')).message).toBe(
      'f: s is -3; a household has between 1 and 30 persons — the size counts everyone who lives there, the applicant included, so set it to the number of members (at least 1) or leave the record out until it is corrected.',
    );
    expect(errorOf(() => householdSize(31, 's', 'f'))).toEqual({
      code: 'out_of_range',
      path: 's',
      message:
        'f: s is 31; a household has between 1 and 30 persons — a larger size is almost surely a data-entry error (an extra digit, or several households counted as one); correct the record.',
      hint: undefined,
    });
    expect(caught(() => householdSize(440, 's', 'f')).message).toMatch(/^f: s is 440; .* a larger size is almost surely a data-entry error/);
    expect(errorOf(() => householdSize('4', 's', 'f'))).toEqual({
      code: 'invalid_type',
      path: 's',
      message: 'f: s is "4"; expected a finite number.',
      hint: undefined,
    });
    expect(errorOf(() => householdSize(2.5, 's', 'f'))).toEqual({
      code: 'not_integer',
      path: 's',
      message: 'f: s is 2.5; expected a whole number.',
      hint: undefined,
    });
    expect(caught(() => householdSize(Number.POSITIVE_INFINITY, 's', 'f')).code).toBe('not_finite');
    expect(caught(() => householdSize(undefined, 's', 'f')).message).toBe('f: s is undefined; expected a finite number.');
  });
});

describe('positions: which pairs pass, and the error each other value gets', () => {
  it('accepts the corners of the globe and ignores entries after the pair', () => {
    expect(position([-180, -90], 'p', 'f')).toEqual([-180, -90]);
    expect(position([180, 90], 'p', 'f')).toEqual([180, 90]);
    expect(position([-121.89, 37.33, 12], 'p', 'f')).toEqual([-121.89, 37.33]);
    expect(Array.from(positions([[-180, -90], [180, 90], [0, 0, 5]], 'pts', 'f'))).toEqual([-180, -90, 180, 90, 0, 0]);
    expect(positions([], 'pts', 'f')).toEqual(new Float64Array(0));
  });
  it('a value that is not a pair', () => {
    expect(errorOf(() => position([1], 'sites[0]', 'coverage'))).toEqual({
      code: 'invalid_position',
      path: 'sites[0]',
      message: 'coverage: sites[0] is an array of length 1; expected a position [lng, lat].',
      hint: undefined,
    });
    expect(caught(() => position('-121.9,37.3', 'p', 'f')).message).toBe('f: p is "-121.9,37.3"; expected a position [lng, lat].');
    expect(caught(() => position(null, 'p', 'f')).message).toBe('f: p is null; expected a position [lng, lat].');
    // An array-like object is not a position, even with two numbers in it.
    expect(caught(() => position({ 0: 1, 1: 2, length: 2 }, 'p', 'f')).message).toBe('f: p is an object; expected a position [lng, lat].');
  });
  it('coordinates that are not finite numbers', () => {
    expect(errorOf(() => position(['-121.9', 37.3], 'p', 'f'))).toEqual({
      code: 'invalid_position',
      path: 'p',
      message: 'f: p is ["-121.9", 37.3]; expected finite numbers [lng, lat] in degrees.',
      hint: undefined,
    });
    expect(caught(() => position([-121.9, '37.3'], 'p', 'f')).message).toBe('f: p is [-121.9, "37.3"]; expected finite numbers [lng, lat] in degrees.');
    expect(caught(() => position([Number.NaN, 1], 'p', 'f')).message).toBe('f: p is [NaN, 1]; expected finite numbers [lng, lat] in degrees.');
    expect(caught(() => position([1, Number.NaN], 'p', 'f')).message).toBe('f: p is [1, NaN]; expected finite numbers [lng, lat] in degrees.');
    expect(caught(() => position([Number.POSITIVE_INFINITY, 1], 'p', 'f')).message).toBe('f: p is [Infinity, 1]; expected finite numbers [lng, lat] in degrees.');
    expect(caught(() => position([1, Number.NEGATIVE_INFINITY], 'p', 'f')).message).toBe('f: p is [1, -Infinity]; expected finite numbers [lng, lat] in degrees.');
  });
  it('a latitude just outside [-90, 90]: swapped when the pair reversed would be a position', () => {
    const plain = 'pass WGS84 degrees [lng, lat] with longitude in [-180, 180] and latitude in [-90, 90]; check the column the value came from';
    expect(errorOf(() => position([-90, 100], 'p', 'f'))).toEqual({
      code: 'invalid_position',
      path: 'p',
      message: 'f: p has latitude 100, outside [-90, 90]; write [100, -90] (positions are [lng, lat] — swapped?)',
      hint: 'positions are [lng, lat] — swapped?',
    });
    expect(caught(() => position([90, -100], 'p', 'f')).message).toBe('f: p has latitude -100, outside [-90, 90]; write [-100, 90] (positions are [lng, lat] — swapped?)');
    expect(caught(() => position([10, -180], 'p', 'f')).hint).toBe('positions are [lng, lat] — swapped?');
    expect(caught(() => position([10, 180], 'p', 'f')).hint).toBe('positions are [lng, lat] — swapped?');
    expect(caught(() => position([0, 90.5], 'p', 'f')).message).toBe('f: p has latitude 90.5, outside [-90, 90]; write [90.5, 0] (positions are [lng, lat] — swapped?)');
    expect(caught(() => position([0, -90.5], 'p', 'f')).hint).toBe('positions are [lng, lat] — swapped?');
    // Reversed, these would still not be positions.
    expect(errorOf(() => position([-90.5, 100], 'p', 'f'))).toEqual({
      code: 'invalid_position',
      path: 'p',
      message: `f: p has latitude 100, outside [-90, 90]; ${plain}.`,
      hint: undefined,
    });
    expect(caught(() => position([90.5, 100], 'p', 'f')).message).toBe(`f: p has latitude 100, outside [-90, 90]; ${plain}.`);
    expect(caught(() => position([10, -180.5], 'p', 'f')).message).toBe(`f: p has latitude -180.5, outside [-90, 90]; ${plain}.`);
    expect(caught(() => position([10, 180.5], 'p', 'f')).message).toBe(`f: p has latitude 180.5, outside [-90, 90]; ${plain}.`);
    // 360 is still read as degrees; beyond it, as projected coordinates.
    expect(caught(() => position([0, 360], 'p', 'f')).message).toBe(`f: p has latitude 360, outside [-90, 90]; ${plain}.`);
    expect(caught(() => position([0, -360.5], 'p', 'f')).message).toBe(
      'f: p has latitude -360.5, outside [-90, 90]; pass WGS84 degrees [lng, lat] (EPSG:4326); numbers this large are usually projected coordinates (metres or feet, e.g. State Plane), so reproject them first.',
    );
  });
  it('a longitude outside [-180, 180] with the latitude in range, even at ±90', () => {
    expect(errorOf(() => position([180.5, 90], 'p', 'f'))).toEqual({
      code: 'invalid_position',
      path: 'p',
      message: 'f: p has longitude 180.5, outside [-180, 180]; a longitude east of 180 counted from 0 to 360 is -179.5 — write [-179.5, 90].',
      hint: undefined,
    });
    expect(caught(() => position([200, -90], 'p', 'f')).message).toBe(
      'f: p has longitude 200, outside [-180, 180]; a longitude east of 180 counted from 0 to 360 is -160 — write [-160, -90].',
    );
    expect(caught(() => position([360, 0], 'p', 'f')).message).toBe('f: p has longitude 360, outside [-180, 180]; a longitude east of 180 counted from 0 to 360 is 0 — write [0, 0].');
    // Beyond 360 it is not counted from 0 to 360, and large enough to be projected.
    expect(caught(() => position([360.5, 0], 'p', 'f')).message).toBe(
      'f: p has longitude 360.5, outside [-180, 180]; pass WGS84 degrees [lng, lat] (EPSG:4326); numbers this large are usually projected coordinates (metres or feet, e.g. State Plane), so reproject them first.',
    );
    expect(errorOf(() => position([-180.5, 0], 'p', 'f'))).toEqual({
      code: 'invalid_position',
      path: 'p',
      message:
        'f: p has longitude -180.5, outside [-180, 180]; pass WGS84 degrees [lng, lat] with longitude in [-180, 180] and latitude in [-90, 90]; check the column the value came from.',
      hint: undefined,
    });
    expect(caught(() => position([-6_152_000, 45], 'p', 'f')).message).toBe(
      'f: p has longitude -6152000, outside [-180, 180]; pass WGS84 degrees [lng, lat] (EPSG:4326); numbers this large are usually projected coordinates (metres or feet, e.g. State Plane), so reproject them first.',
    );
  });
  it('positions: the array itself, and each bad entry by its index, as position reports it', () => {
    expect(errorOf(() => positions('[[1, 2]]', 'sites', 'coverage'))).toEqual({
      code: 'invalid_type',
      path: 'sites',
      message: 'coverage: sites is "[[1, 2]]"; expected an array of [lng, lat] positions.',
      hint: undefined,
    });
    expect(caught(() => positions(null, 'sites', 'f')).message).toBe('f: sites is null; expected an array of [lng, lat] positions.');
    expect(caught(() => positions({ length: 1, 0: [1, 2] }, 'sites', 'f')).message).toBe('f: sites is an object; expected an array of [lng, lat] positions.');
    const cases: [unknown, string][] = [
      [[1], 'f: pts[1] is an array of length 1; expected a position [lng, lat].'],
      [null, 'f: pts[1] is null; expected a position [lng, lat].'],
      [{ 0: 1, 1: 2, length: 2 }, 'f: pts[1] is an object; expected a position [lng, lat].'],
      [['1', 2], 'f: pts[1] is ["1", 2]; expected finite numbers [lng, lat] in degrees.'],
      [[1, '2'], 'f: pts[1] is [1, "2"]; expected finite numbers [lng, lat] in degrees.'],
      [[Number.NaN, 2], 'f: pts[1] is [NaN, 2]; expected finite numbers [lng, lat] in degrees.'],
      [[-180.5, 0], 'f: pts[1] has longitude -180.5, outside [-180, 180]; pass WGS84 degrees [lng, lat] with longitude in [-180, 180] and latitude in [-90, 90]; check the column the value came from.'],
      [[180.5, 0], 'f: pts[1] has longitude 180.5, outside [-180, 180]; a longitude east of 180 counted from 0 to 360 is -179.5 — write [-179.5, 0].'],
      [[0, -90.5], 'f: pts[1] has latitude -90.5, outside [-90, 90]; write [-90.5, 0] (positions are [lng, lat] — swapped?)'],
      [[0, 90.5], 'f: pts[1] has latitude 90.5, outside [-90, 90]; write [90.5, 0] (positions are [lng, lat] — swapped?)'],
      [[200, 90], 'f: pts[1] has longitude 200, outside [-180, 180]; a longitude east of 180 counted from 0 to 360 is -160 — write [-160, 90].'],
    ];
    for (const [bad, message] of cases) {
      const error = caught(() => positions([[0, 0], bad, [1, 1]], 'pts', 'f'));
      expect([error.code, error.path, error.message]).toEqual(['invalid_position', 'pts[1]', message]);
    }
  });
});

describe('array checks', () => {
  it('sameLength: passes arrays that line up, names the second array otherwise', () => {
    expect(sameLength([1, 2], new Float64Array(2), 'values', 'weights', 'f')).toBeUndefined();
    expect(errorOf(() => sameLength([1, 2, 3], [1, 2], 'outcome', 'rankBy', 'concentrationIndex'))).toEqual({
      code: 'length_mismatch',
      path: 'rankBy',
      message: 'concentrationIndex: rankBy has 2 entries but outcome has 3; pass one entry per item of outcome.',
      hint: undefined,
    });
  });
  it('weights: typed arrays and zeros are fine; every bad weight gets its index and the exact error', () => {
    const typed = weights(new Float64Array([0, 2, 0.5]), 3, 'w', 'f');
    expect(Array.from(typed.weights)).toEqual([0, 2, 0.5]);
    expect(typed.total).toBe(2.5);
    const zeros = weights([0, 0], 2, 'w', 'f', { requirePositiveTotal: false });
    expect([Array.from(zeros.weights), zeros.total]).toEqual([[0, 0], 0]);
    expect(errorOf(() => weights({ 0: 1, length: 1 }, 1, 'options.weights', 'gini'))).toEqual({
      code: 'invalid_type',
      path: 'options.weights',
      message: 'gini: options.weights is an object; expected an array of weights.',
      hint: undefined,
    });
    expect(errorOf(() => weights([1, 2], 3, 'options.weights', 'gini'))).toEqual({
      code: 'length_mismatch',
      path: 'options.weights',
      message: 'gini: options.weights has 2 weights for 3 values; pass one weight per value.',
      hint: undefined,
    });
    expect(errorOf(() => weights([0, 0], 2, 'w', 'f'))).toEqual({
      code: 'out_of_range',
      path: 'w',
      message: 'f: w sum to 0; at least one weight must be positive.',
      hint: undefined,
    });
    const cases: [unknown, string, string][] = [
      ['3', 'invalid_type', 'f: w[1] is "3"; expected a finite number.'],
      [null, 'invalid_type', 'f: w[1] is null; expected a finite number.'],
      [Number.NaN, 'not_finite', 'f: w[1] is NaN; expected a finite number.'],
      [Number.POSITIVE_INFINITY, 'not_finite', 'f: w[1] is Infinity; expected a finite number.'],
      [Number.NEGATIVE_INFINITY, 'not_finite', 'f: w[1] is -Infinity; expected a finite number.'],
      [-0.5, 'out_of_range', 'f: w[1] is -0.5; expected a number ≥ 0.'],
    ];
    for (const [bad, code, message] of cases) {
      expect(errorOf(() => weights([1, bad, 1], 3, 'w', 'f'))).toEqual({ code, path: 'w[1]', message, hint: undefined });
    }
  });
});

describe('dates', () => {
  it('leap years: every 4th year, not every 100th, again every 400th', () => {
    expect(dateString('2000-02-29', 'd', 'f')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(dateString('2024-02-29', 'd', 'f')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(caught(() => dateString('1900-02-29', 'd', 'f')).message).toBe('f: d is "1900-02-29", which does not exist; 1900-02 has 28 days — did you mean "1900-02-28"?');
    expect(caught(() => dateString('2100-02-29', 'd', 'f')).code).toBe('invalid_date');
  });
  it('months of 30 days', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(dateString(`2025-${month}-30`, 'd', 'f').day).toBe(30);
      expect(caught(() => dateString(`2025-${month}-31`, 'd', 'f')).message).toBe(
        `f: d is "2025-${month}-31", which does not exist; 2025-${month} has 30 days — did you mean "2025-${month}-30"?`,
      );
    }
    for (const month of ['01', '03', '05', '07', '08', '10', '12']) expect(dateString(`2025-${month}-31`, 'd', 'f').day).toBe(31);
  });
  it('the first and last month and day are dates', () => {
    expect(dateString('2025-01-01', 'd', 'f')).toEqual({ year: 2025, month: 1, day: 1 });
    expect(dateString('2025-12-31', 'd', 'f')).toEqual({ year: 2025, month: 12, day: 31 });
  });
  it('the exact error for a value that is not a date string', () => {
    expect(errorOf(() => dateString(20250701, 'options.asOf', 'ageOn'))).toEqual({
      code: 'invalid_date',
      path: 'options.asOf',
      message: 'ageOn: options.asOf is 20250701; expected a date string "YYYY-MM-DD".',
      hint: undefined,
    });
    expect(errorOf(() => dateString('2025-7-1', 'options.asOf', 'ageOn'))).toEqual({
      code: 'invalid_date',
      path: 'options.asOf',
      message: 'ageOn: options.asOf is "2025-7-1"; expected a date string "YYYY-MM-DD", e.g. "2025-07-01".',
      hint: undefined,
    });
    expect(errorOf(() => dateString('2025-13-05', 'asOf', 'f'))).toEqual({
      code: 'invalid_date',
      path: 'asOf',
      message: 'f: asOf is "2025-13-05", which has month 13; months run 01–12 — did you mean "2025-05-13"?',
      hint: undefined,
    });
    expect(caught(() => dateString('2025-00-10', 'asOf', 'f')).message).toBe('f: asOf is "2025-00-10", which has month 0; months run 01–12 — did you mean "2025-01-10"?');
  });
  it('the nearest real date: day and month swapped only when that is a date', () => {
    const cases: [string, string][] = [
      ['2025-13-01', '2025-01-13'],
      ['2025-13-12', '2025-12-13'],
      ['2025-13-00', '2025-12-01'],
      ['2025-28-02', '2025-02-28'], // February 2025 has a 28th
      ['2024-29-02', '2024-02-29'],
      ['2025-29-02', '2025-12-02'], // but no 29th
      ['2025-31-04', '2025-12-04'],
      ['0025-13-05', '0025-05-13'], // the year keeps its four digits (it lost them when swapped)
      ['0025-02-30', '0025-02-28'],
    ];
    for (const [input, nearest] of cases) {
      expect([input, caught(() => dateString(input, 'asOf', 'f')).message.endsWith(`did you mean "${nearest}"?`)]).toEqual([input, true]);
    }
    // A real date is its own nearest real date.
    expect(nearestValidDate(2025, 12, 5)).toBe('2025-12-05');
    expect(nearestValidDate(2025, 1, 12)).toBe('2025-01-12');
  });
  it('compareDateStrings orders YYYY-MM-DD strings by date', () => {
    expect(compareDateStrings('2024-07-01', '2025-04-01')).toBe(-1);
    expect(compareDateStrings('2025-04-01', '2024-07-01')).toBe(1);
    expect(compareDateStrings('2025-04-01', '2025-04-01')).toBe(0);
    expect(['2025-04-01', '2024-04-01', '2024-12-31'].sort(compareDateStrings)).toEqual(['2024-04-01', '2024-12-31', '2025-04-01']);
  });
});

describe('yearSeries: the exact error for each bad series', () => {
  it('not an array', () => {
    expect(errorOf(() => yearSeries('ab', 'series', 'cagr'))).toEqual({
      code: 'invalid_type',
      path: 'series',
      message: 'cagr: series is "ab"; expected an array of { year, value }.',
      hint: undefined,
    });
  });
  it('a point that is not an object, by its index', () => {
    expect(errorOf(() => yearSeries([{ year: 2020, value: 1 }, null], 'series', 'cagr'))).toEqual({
      code: 'invalid_type',
      path: 'series[1]',
      message: 'cagr: series[1] is null; expected { year, value }.',
      hint: undefined,
    });
    expect(caught(() => yearSeries([5], 'series', 'cagr')).message).toBe('cagr: series[0] is 5; expected { year, value }.');
  });
  it('a bad year or value, by its path', () => {
    expect(errorOf(() => yearSeries([{ year: 2020, value: 1 }, { year: 2020.5, value: 1 }], 's', 'f'))).toEqual({
      code: 'not_integer',
      path: 's[1].year',
      message: 'f: s[1].year is 2020.5; expected a whole number.',
      hint: undefined,
    });
    expect(errorOf(() => yearSeries([{ year: 2020, value: Number.NaN }], 's', 'f'))).toEqual({
      code: 'not_finite',
      path: 's[0].value',
      message: 'f: s[0].value is NaN; expected a finite number.',
      hint: undefined,
    });
    expect(caught(() => yearSeries([{ year: 2020, value: 1 }, { year: 2020, value: 2 }], 's', 'f')).path).toBe('s[1].year');
  });
});

describe('options', () => {
  it('optionsObject: absent is {}, a plain object is returned as given', () => {
    expect(optionsObject(undefined, ['a'], 'f')).toEqual({});
    const options = { confidence: 0.9 };
    expect(optionsObject(options, ['confidence'], 'f')).toBe(options);
  });
  it('optionsObject: the exact error for a value that is not an options object', () => {
    expect(errorOf(() => optionsObject(0.9, ['confidence'], 'wilsonInterval'))).toEqual({
      code: 'invalid_type',
      path: 'options',
      message: 'wilsonInterval: options is 0.9; expected an options object with confidence.',
      hint: undefined,
    });
    expect(errorOf(() => optionsObject(null, ['a', 'b', 'c', 'd'], 'f', 'options.decay'))).toEqual({
      code: 'invalid_type',
      path: 'options.decay',
      message: 'f: options.decay is null; expected an options object with a, b, c, d.',
      hint: undefined,
    });
    expect(caught(() => optionsObject('x', ['a', 'b', 'c', 'd', 'e'], 'f')).message).toBe('f: options is "x"; expected an options object with a, b, c, d ….');
    expect(caught(() => optionsObject([], [], 'f')).message).toBe('f: options is an array of length 0; expected an options object.');
  });
  it('optionsObject: an unknown key', () => {
    expect(errorOf(() => optionsObject({ radiusKM: 1 }, ['radiusKm', 'weights'], 'coverage'))).toEqual({
      code: 'unknown_key',
      path: 'options.radiusKM',
      message: 'coverage: options has unknown option "radiusKM"; allowed: radiusKm, weights. (did you mean "radiusKm"?)',
      hint: 'did you mean "radiusKm"?',
    });
  });
  it('knownKeys: known keys pass; an unknown one is named with the allowed ones and the nearest', () => {
    expect(knownKeys({ a: 1, b: 2 }, ['a', 'b'], 'options', 'f')).toBeUndefined();
    expect(errorOf(() => knownKeys({ weight: [1] }, ['radiusKm', 'weights'], 'options', 'coverage'))).toEqual({
      code: 'unknown_key',
      path: 'options.weight',
      message: 'coverage: options has unknown option "weight"; allowed: radiusKm, weights. (did you mean "weights"?)',
      hint: 'did you mean "weights"?',
    });
    expect(errorOf(() => knownKeys({ a: 1, zzzzzz: 2 }, ['a', 'radiusKm'], '', 'f'))).toEqual({
      code: 'unknown_key',
      path: 'zzzzzz',
      message: 'f: unknown option "zzzzzz"; allowed: a, radiusKm.',
      hint: undefined,
    });
    expect(errorOf(() => knownKeys({ x: 1 }, [], 'options', 'f'))).toEqual({
      code: 'unknown_key',
      path: 'options.x',
      message: 'f: options has unknown option "x"; allowed: none — remove it.',
      hint: undefined,
    });
  });
  it('nearestName: the first of equally near names, within max(2, ⌊length/3⌋) edits', () => {
    expect(nearestName('ab', ['ac', 'ad'])).toBe('ac');
    expect(nearestName('RADIUSKM', ['weights', 'radiusKm'])).toBe('radiusKm');
    expect(nearestName('x', [])).toBeUndefined();
    expect(nearestName('ax', ['ab'])).toBe('ab');
    expect(nearestName('weigh', ['weights'])).toBe('weights'); // 2 edits
    expect(nearestName('wei', ['weights'])).toBeUndefined(); // 4 edits
    expect(nearestName('catchmKm', ['catchmentKm'])).toBe('catchmentKm'); // 3 edits, ⌊11/3⌋ = 3
    expect(nearestName('catKm', ['catchmentKm'])).toBeUndefined(); // 6 edits
  });
  it('editDistance against the empty string is the other length', () => {
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });
});
