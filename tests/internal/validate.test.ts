import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import {
  dateString,
  editDistance,
  integer,
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
  it('gives no swap hint when the pair is simply out of range', () => {
    const error = caught(() => position([150, 95], 'p', 'f'));
    expect(error.hint).toBeUndefined();
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
    expect(error.message).toBe('ageOn: asOf is "2025-02-30", which does not exist; 2025-02 has 28 days.');
    expect(caught(() => dateString('2023-02-29', 'd', 'f')).code).toBe('invalid_date');
    expect(caught(() => dateString('2025-13-01', 'd', 'f')).message).toContain('months run 01–12');
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
