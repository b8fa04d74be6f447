import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import {
  dateString,
  editDistance,
  integer,
  isRecord,
  nearestName,
  openUnitInterval,
  position,
  positions,
  weights,
  yearSeries,
} from '../../src/internal/validate.ts';
import { GroupIndex } from '../../src/internal/groups.ts';
import { caught } from '../helpers/caught.ts';

describe('position', () => {
  it('accepts a [lng, lat] pair in range', () => {
    expect(position([-121.89, 37.33], 'p', 'f')).toEqual([-121.89, 37.33]);
  });
  it('suggests swapped order when latitude is out of range but longitude looks like a latitude', () => {
    const error = caught(() => position([37.33, -121.89], 'sites[3]', 'coverage'));
    expect(error.code).toBe('invalid_position');
    expect(error.path).toBe('sites[3]');
    expect(error.hint).toBe('positions are [lng, lat] — swapped?');
    expect(error.message).toMatch(/^coverage: sites\[3\] has latitude -121.89, outside \[-90, 90\]/);
  });
  it('says how to fix an out-of-range position (issue 12: said only what was wrong)', () => {
    const error = caught(() => position([150, 95], 'p', 'f'));
    expect(error.message).toBe(
      'f: p has latitude 95, outside [-90, 90]; pass WGS84 degrees [lng, lat] with longitude in [-180, 180] and latitude in [-90, 90]; check the column the value came from.',
    );
    const swapped = caught(() => position([37.33, -121.89], 'p', 'f'));
    expect(swapped.message).toBe('f: p has latitude -121.89, outside [-90, 90]; write [-121.89, 37.33] (positions are [lng, lat] — swapped?)');
    const projected = caught(() => position([6_152_000, 1_945_000], 'p', 'f'));
    expect(projected.message).toMatch(/latitude 1945000, outside \[-90, 90\]; pass WGS84 degrees \[lng, lat\] \(EPSG:4326\); numbers this large are usually projected coordinates/);
    const wrapped = caught(() => position([238.11, 37.33], 'p', 'f'));
    expect(wrapped.message).toBe('f: p has longitude 238.11, outside [-180, 180]; a longitude east of 180 counted from 0 to 360 is -121.89 — write [-121.89, 37.33].');
  });
  it('rejects NaN and infinite coordinates', () => {
    expect(caught(() => position([Number.NaN, 1], 'p', 'f')).code).toBe('invalid_position');
    expect(caught(() => position([1, Number.POSITIVE_INFINITY], 'p', 'f')).code).toBe('invalid_position');
  });
  it('rejects a longitude outside [-180, 180]', () => {
    expect(caught(() => position([181, 0], 'p', 'f')).message).toContain('longitude 181');
  });
  it('packs arrays of positions and reports the failing index', () => {
    expect(Array.from(positions([[1, 2], [3, 4]], 'pts', 'f'))).toEqual([1, 2, 3, 4]);
    expect(caught(() => positions([[1, 2], [3, 100]], 'pts', 'f')).path).toBe('pts[1]');
  });
});

describe('dateString', () => {
  it('parses a real date without Date', () => {
    expect(dateString('2024-02-29', 'd', 'f')).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('rejects dates that do not exist', () => {
    const error = caught(() => dateString('2025-02-30', 'asOf', 'ageOn'));
    expect(error.code).toBe('invalid_date');
    expect(error.message).toBe('ageOn: asOf is "2025-02-30", which does not exist; 2025-02 has 28 days — did you mean "2025-02-28"?');
    expect(caught(() => dateString('2023-02-29', 'd', 'f')).code).toBe('invalid_date');
    expect(caught(() => dateString('2025-13-01', 'd', 'f')).message).toContain('months run 01–12');
  });
  it('suggests the nearest real date (issue 12: said what was wrong, not how to fix it)', () => {
    const cases: [string, string][] = [
      ['2023-02-29', '2023-02-28'],
      ['2025-04-31', '2025-04-30'],
      ['2025-04-00', '2025-04-01'],
      ['2025-13-05', '2025-05-13'], // day and month swapped
      ['2025-13-31', '2025-12-31'],
      ['2025-00-10', '2025-01-10'],
    ];
    for (const [input, nearest] of cases) {
      const error = caught(() => dateString(input, 'asOf', 'f'));
      expect(error.message.endsWith(`did you mean "${nearest}"?`)).toBe(true);
    }
  });
  it('rejects other formats', () => {
    expect(caught(() => dateString('2025-7-1', 'd', 'f')).code).toBe('invalid_date');
    expect(caught(() => dateString('07/01/2025', 'd', 'f')).code).toBe('invalid_date');
    expect(caught(() => dateString(20250701, 'd', 'f')).code).toBe('invalid_date');
  });
});

describe('numbers', () => {
  it('integer bounds', () => {
    expect(integer(3, 'n', 'f', { min: 1, max: 30 })).toBe(3);
    expect(caught(() => integer(2.5, 'size', 'f')).code).toBe('not_integer');
    expect(caught(() => integer(0, 'size', 'f', { min: 1 })).code).toBe('out_of_range');
    expect(caught(() => integer('3', 'size', 'f')).code).toBe('invalid_type');
  });
  it('open unit interval suggests dividing a percentage', () => {
    const error = caught(() => openUnitInterval(95, 'options.confidence', 'wilsonInterval'));
    expect(error.hint).toBe('write 95 % as 0.95');
    expect(caught(() => openUnitInterval(1, 'alpha', 'f')).code).toBe('out_of_range');
  });
  it('confidence 1.5 gets the usual levels, not "write 1.5 % as 0.015" (issue 12)', () => {
    const error = caught(() => openUnitInterval(1.5, 'options.confidence', 'wilsonInterval'));
    expect(error.message).toBe(
      'wilsonInterval: options.confidence is 1.5; expected a number strictly between 0 and 1. (usual: 0.95 (confidence), 0.05 (alpha))',
    );
    expect(caught(() => openUnitInterval(0, 'confidence', 'f')).hint).toBe('usual: 0.95 (confidence), 0.05 (alpha)');
    // Issue 12: an alpha of 5 may be 5 % or 500 % (the hint said "write 5 % as 0.05"): the usual levels. From 10 on, a
    // percent; 100 would still be 1, out of range.
    expect(caught(() => openUnitInterval(5, 'options.alpha', 'f')).hint).toBe('usual: 0.95 (confidence), 0.05 (alpha)');
    expect(caught(() => openUnitInterval(9.9, 'options.alpha', 'f')).hint).toBe('usual: 0.95 (confidence), 0.05 (alpha)');
    expect(caught(() => openUnitInterval(10, 'options.alpha', 'f')).hint).toBe('write 10 % as 0.1');
    expect(caught(() => openUnitInterval(99.5, 'options.alpha', 'f')).hint).toBe('write 99.5 % as 0.995');
    // 12.3 / 100 is 0.12300000000000001 in binary floating point.
    expect(caught(() => openUnitInterval(12.3, 'options.alpha', 'f')).hint).toBe('write 12.3 % as 0.123');
    expect(caught(() => openUnitInterval(100, 'options.alpha', 'f')).hint).toBe('usual: 0.95 (confidence), 0.05 (alpha)');
    expect(caught(() => openUnitInterval(50, 'options.confidence', 'f')).hint).toBe('write 50 % as 0.5');
    expect(caught(() => openUnitInterval(49.9, 'options.confidence', 'f')).hint).toBe('usual: 0.95 (confidence), 0.05 (alpha)');
    expect(caught(() => openUnitInterval(-1, 'options.alpha', 'f')).hint).toBe('usual: 0.95 (confidence), 0.05 (alpha)');
  });
  it('weights: length, sign and total', () => {
    expect(weights([1, 2, 3], 3, 'w', 'f').total).toBe(6);
    expect(caught(() => weights([1, 2], 3, 'w', 'f')).code).toBe('length_mismatch');
    expect(caught(() => weights([1, -2, 3], 3, 'w', 'f')).path).toBe('w[1]');
    expect(caught(() => weights([0, 0], 2, 'w', 'f')).code).toBe('out_of_range');
  });
});

describe('yearSeries', () => {
  it('sorts a copy and keeps gaps', () => {
    const input = [
      { year: 2020, value: 2 },
      { year: 2017, value: 1 },
    ];
    expect(yearSeries(input, 'series', 'f')).toEqual([
      { year: 2017, value: 1 },
      { year: 2020, value: 2 },
    ]);
    expect(input[0]?.year).toBe(2020);
  });
  it('rejects duplicate years with both positions', () => {
    const error = caught(() =>
      yearSeries(
        [
          { year: 2020, value: 1 },
          { year: 2020, value: 2 },
        ],
        'series',
        'cagr',
      ),
    );
    expect(error.code).toBe('duplicate');
    expect(error.message).toContain('already given at series[0]');
    // Issue 12: the message said what was wrong, not how to fix it.
    expect(error.message).toBe(
      'cagr: series[1].year is 2020, already given at series[0]; a series has one value per year — combine the two (sum the counts, or recompute the rate from the summed counts) or drop the one that does not belong (a fiscal and a calendar year mixed?).',
    );
  });
});

describe('names', () => {
  it('edit distance and nearest valid name', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(nearestName('radiusKM', ['radiusKm', 'weights'])).toBe('radiusKm');
    expect(nearestName('zzzzzz', ['radiusKm', 'weights'])).toBeUndefined();
  });
});

describe('GroupIndex', () => {
  it('treats __proto__ and constructor as ordinary groups', () => {
    const index = new GroupIndex();
    expect(index.idOf('__proto__', 'by', 'f')).toBe(0);
    expect(index.idOf('constructor', 'by', 'f')).toBe(1);
    expect(index.idOf('__proto__', 'by', 'f')).toBe(0);
    expect(index.keys).toEqual(['__proto__', 'constructor']);
  });
  it('rejects non-string keys', () => {
    expect(caught(() => new GroupIndex().idOf(3, 'options.by(rows[0])', 'targetingErrors')).code).toBe('invalid_type');
  });
});

describe('EquityLensError.fromIssues', () => {
  it('lists every problem', () => {
    const error = EquityLensError.fromIssues('defineGoal', [
      { code: 'duplicate', path: 'indicators[1].id', message: 'duplicate id "reach"' },
      { code: 'out_of_range', path: 'indicators[0].parityBand.relative', message: 'relative tolerance 10 > 1', hint: 'did you mean 0.10?' },
    ]);
    expect(error.code).toBe('invalid_schema');
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('2 problems found');
    expect(error.message).toContain('(did you mean 0.10?)');
  });
});

describe('isRecord', () => {
  it('is true for objects, false for null, arrays and every primitive', () => {
    for (const yes of [{}, { a: 1 }, Object.create(null) as object, new Date(0)]) expect(isRecord(yes)).toBe(true);
    for (const no of [null, undefined, [], [1], 'a', '', 0, 5, true, false, 1n, Symbol('s')]) expect(isRecord(no)).toBe(false);
  });
});
