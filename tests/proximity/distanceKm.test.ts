import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/proximity/index.ts';
import { caught, turfKm } from './helpers.ts';

const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));

describe('distanceKm', () => {
  it("matches turf's own fixture (packages/turf-distance/test/out/points.json)", () => {
    expect(distanceKm([-75.343, 39.984], [-75.534, 39.123])).toBe(97.12922118967835);
  });
  it('equals @turf/distance bit for bit on random positions', () => {
    fc.assert(fc.property(position, position, (a, b) => distanceKm(a, b) === turfKm(a, b)), { numRuns: 300 });
  });
  it('is 0 for the same point and symmetric up to rounding', () => {
    expect(distanceKm([-121.9, 37.3], [-121.9, 37.3])).toBe(0);
    const ab = distanceKm([-121.9, 37.3], [-121.8, 37.4]);
    expect(distanceKm([-121.8, 37.4], [-121.9, 37.3])).toBeCloseTo(ab, 12);
  });
  it('rejects swapped [lat, lng] with a hint', () => {
    const error = caught(() => distanceKm([37.33, -121.89], [-121.9, 37.3]));
    expect(error.code).toBe('invalid_position');
    expect(error.path).toBe('from');
    expect(error.hint).toBe('positions are [lng, lat] — swapped?');
    expect(error.message).toMatch(/^distanceKm: from has latitude -121.89/);
  });
  it('rejects NaN and infinite coordinates', () => {
    const error = caught(() => distanceKm([-121.9, 37.3], [Number.NaN, 37]));
    expect(error.code).toBe('invalid_position');
    expect(error.path).toBe('to');
    expect(error.message).toMatch(/^distanceKm: to is \[NaN, 37\]/);
    expect(caught(() => distanceKm([Number.POSITIVE_INFINITY, 0], [0, 0])).code).toBe('invalid_position');
  });
});
