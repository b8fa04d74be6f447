import distance from '@turf/distance';
import { degreesToRadians } from '@turf/helpers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chordOfKm, EARTH_RADIUS_KM, haversineKm, toRadians } from '../../src/internal/haversine.ts';

const turfKm = (a: [number, number], b: [number, number]): number => distance(a, b, { units: 'kilometers' });
const cosLat = (lat: number): number => Math.cos(toRadians(lat));
const km = (a: [number, number], b: [number, number]): number => haversineKm(a[0], a[1], cosLat(a[1]), b[0], b[1], cosLat(b[1]));

describe('toRadians', () => {
  it("reduces by turf's `% 360` exactly where turf does (|degrees| ≥ 360), and is the plain product below", () => {
    // @turf/helpers' degreesToRadians: (degrees % 360) * π / 180.
    for (const degrees of [0, -0, 1, -1, 90, 180, -180, 359.5, -359.5, 360, -360, 361, -361, 720, -720, 1000.25, -1000.25]) {
      expect(Object.is(toRadians(degrees), degreesToRadians(degrees))).toBe(true);
    }
    expect(toRadians(720)).toBe(0);
    expect(Object.is(toRadians(-360), -0)).toBe(true);
    expect(toRadians(-450)).toBe(-Math.PI / 2);
    expect(toRadians(180)).toBe(Math.PI);
  });
});

describe('haversineKm', () => {
  it('matches the distance example of @turf/distance 7.4 (its README and tests: 97.12922118967835 km)', () => {
    expect(km([-75.343, 39.984], [-75.534, 39.123])).toBe(97.12922118967835);
  });

  it('is bit-identical to @turf/distance, across the antimeridian and at the poles', () => {
    const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(
      fc.property(position, position, (a, b) => {
        const expected = turfKm(a, b);
        if (!Number.isNaN(expected)) expect(km(a, b)).toBe(expected);
      }),
      { seed: 52, numRuns: 300 },
    );
    expect(km([179.5, -17.5], [-179.5, -17.5])).toBe(turfKm([179.5, -17.5], [-179.5, -17.5]));
    // One degree of longitude at the equator is 2πR/360 (R = 6371.0088 km, turf's mean radius).
    expect(km([179.5, 0], [-179.5, 0])).toBeCloseTo((2 * Math.PI * EARTH_RADIUS_KM) / 360, 9);
    expect(km([0, 90], [123, 90])).toBeCloseTo(0, 9);
    expect(km([0, 90], [0, -90])).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 9);
  });

  it('clamps a nearly antipodal pair to half the circumference where turf returns NaN', () => {
    // (0°, 7.77°) and (180°, −7.77°): turf's `a` rounds to 1.0000000000000002, so its √(1 − a) is NaN.
    expect(Number.isNaN(turfKm([0, 7.77], [180, -7.77]))).toBe(true);
    expect(km([0, 7.77], [180, -7.77])).toBe(Math.PI * EARTH_RADIUS_KM);
  });
});

describe('chordOfKm', () => {
  it('is 2·sin(θ/2) of the angle θ = km / R, clamped to the diameter 2 from half the circumference on', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    expect(chordOfKm(0)).toBe(0);
    // A quarter circumference is a right angle: chord √2.
    expect(chordOfKm((Math.PI / 2) * EARTH_RADIUS_KM)).toBeCloseTo(Math.SQRT2, 15);
    expect(chordOfKm(Math.PI * EARTH_RADIUS_KM)).toBe(2);
    expect(chordOfKm(2 * Math.PI * EARTH_RADIUS_KM)).toBe(2);
    expect(chordOfKm(30_000)).toBe(2);
    expect(chordOfKm(1000)).toBe(2 * Math.sin(1000 / EARTH_RADIUS_KM / 2));
  });
});
