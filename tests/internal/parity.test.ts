// The parity band shared by compareGroups, accessByGroup, the goals and the monitor: the comparison at its edges
// (a few ulps of slack, scaled by the rates' magnitude) and the validation messages of options.parityBand.
import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../src/disparity/compareGroups.ts';
import {
  absoluteBandProblem,
  compareToReference,
  parityBandOption,
  relativeBandProblem,
} from '../../src/internal/parity.ts';
import { caught } from '../helpers/caught.ts';

const ULP_SLACK = 2 ** -49; // 8 · Number.EPSILON

describe('compareToReference', () => {
  it('gives a null ratio for a reference of 0', () => {
    expect(compareToReference(0.5, 0)).toEqual({ ratio: null, difference: 0.5, withinParityBand: null });
    expect(compareToReference(0.3, 0.6)).toEqual({ ratio: 0.5, difference: -0.3, withinParityBand: null });
  });

  it('counts a gap of exactly the absolute band plus the ulp slack as inside', () => {
    // |(1 − 2^-49) − 1| = 2^-49 = 0 + 8ε · max(1, …): on the boundary, so inside.
    expect(compareToReference(1 - ULP_SLACK, 1, { absolute: 0 }).withinParityBand).toBe(true);
    expect(compareToReference(1 - 2 * ULP_SLACK, 1, { absolute: 0 }).withinParityBand).toBe(false);
  });

  it('scales the absolute slack by the larger rate, so 1000.1 vs 1000 is within ±0.1', () => {
    // 1000.1 − 1000 = 0.10000000000002274 in binary: above 0.1 by 2.3e-14, inside 8ε · 1000.1 = 1.8e-12.
    expect(1000.1 - 1000).toBeGreaterThan(0.1);
    expect(compareToReference(1000.1, 1000, { absolute: 0.1 }).withinParityBand).toBe(true);
    // 1.1 − 1 = 0.10000000000000009: inside 0.1 by the slack; 1.2 − 1 is not.
    expect(compareToReference(1.1, 1, { absolute: 0.1 }).withinParityBand).toBe(true);
    expect(compareToReference(1.2, 1, { absolute: 0.1 }).withinParityBand).toBe(false);
  });

  it('counts a gap of exactly the relative band plus the ulp slack as inside', () => {
    // relative 0: the slack alone, 8ε · max(|rate|, |reference|) = 2^-49 at reference 1.
    expect(compareToReference(1 - ULP_SLACK, 1, { relative: 0 }).withinParityBand).toBe(true);
    expect(compareToReference(1 - 2 * ULP_SLACK, 1, { relative: 0 }).withinParityBand).toBe(false);
  });

  it('scales the relative slack by the larger of the two rates', () => {
    // relative 1 at reference 1 allows a gap of 1 + 8ε · 2 (rate ≈ 2): 2 + 6 · 2^-51 is inside, 2 + 10 · 2^-51 is not.
    expect(compareToReference(2 + 6 * 2 ** -51, 1, { relative: 1 }).withinParityBand).toBe(true);
    expect(compareToReference(2 + 10 * 2 ** -51, 1, { relative: 1 }).withinParityBand).toBe(false);
    // At reference 1000, 1100.0000000000002 is 2.3e-13 past ±10 %, inside 8ε · 1100 = 2e-12.
    expect(compareToReference(1100.0000000000002, 1000, { relative: 0.1 }).withinParityBand).toBe(true);
  });

  it('with a reference of 0, a relative band holds only a rate of 0', () => {
    expect(compareToReference(0, 0, { relative: 0.1 }).withinParityBand).toBe(true);
    expect(compareToReference(1e-300, 0, { relative: 0.1 }).withinParityBand).toBe(false);
    expect(compareToReference(Number.POSITIVE_INFINITY, 0, { relative: 0.1 }).withinParityBand).toBe(false);
    // Both bounds: the absolute one decides for a rate of 0.
    expect(compareToReference(0, 0, { relative: 0.1, absolute: 0.05 }).withinParityBand).toBe(true);
  });
});

describe('relativeBandProblem', () => {
  it('allows 0 only when asked, and names the fix', () => {
    expect(relativeBandProblem(0, true)).toBeUndefined();
    expect(relativeBandProblem(0.5, false)).toBeUndefined();
    expect(relativeBandProblem(1, false)).toBeUndefined();
    expect(relativeBandProblem(0, false)).toBe(
      'is 0; a parity band must be greater than 0 (use 0.1 for ±10 % of the reference rate).',
    );
    expect(relativeBandProblem(-0.1, true)).toBe(
      'is -0.1; a parity band must be greater than 0 (use 0.1 for ±10 % of the reference rate).',
    );
  });
});

describe('absoluteBandProblem', () => {
  it('allows 0 only when asked, and at most 1 on a share', () => {
    expect(absoluteBandProblem(0, true, true)).toBeUndefined();
    expect(absoluteBandProblem(0.5, false, true)).toBeUndefined();
    expect(absoluteBandProblem(1, false, true)).toBeUndefined();
    expect(absoluteBandProblem(5, false, false)).toBeUndefined();
    expect(absoluteBandProblem(0, false, true)).toBe(
      'is 0; a parity band must be greater than 0 (use 0.1 for ±10 proportion points on a share).',
    );
    expect(absoluteBandProblem(-2, true, false)).toBe(
      'is -2; a parity band must be greater than 0 (use 0.1 for ±10 proportion points on a share).',
    );
  });
});

describe('parityBandOption', () => {
  it('keeps a band of 0, which means "equal"', () => {
    expect(parityBandOption({ relative: 0, absolute: 0 }, 'options.parityBand', 'f', {})).toEqual({
      relative: 0,
      absolute: 0,
    });
    expect(parityBandOption(undefined, 'options.parityBand', 'f', { relative: 0.1 })).toEqual({ relative: 0.1 });
  });

  it('rejects a band that is not an object through compareGroups, with the exact message', () => {
    const rows = [
      { group: 'A', numerator: 16, denominator: 50 },
      { group: 'B', numerator: 4, denominator: 10 },
    ];
    for (const [band, described] of [
      [null, 'null'],
      [0.1, '0.1'],
      [[0.1], 'an array of length 1'],
    ] as const) {
      const error = caught(() => compareGroups(rows, { parityBand: band as never }));
      expect([error.code, error.path]).toEqual(['invalid_type', 'options.parityBand']);
      expect(error.message).toBe(
        `compareGroups: options.parityBand is ${described}; expected { relative?, absolute? }, e.g. { relative: 0.1 } for ±10 % of the reference.`,
      );
    }
  });

  it('names the field of a bad relative or absolute band', () => {
    const rows = [{ group: 'A', numerator: 1, denominator: 2 }];
    const relative = caught(() => compareGroups(rows, { parityBand: { relative: 'x' as never } }));
    expect([relative.code, relative.path]).toEqual(['invalid_type', 'options.parityBand.relative']);
    const absolute = caught(() => compareGroups(rows, { parityBand: { absolute: Number.NaN } }));
    expect([absolute.code, absolute.path]).toEqual(['not_finite', 'options.parityBand.absolute']);
    const tooWide = caught(() => compareGroups(rows, { parityBand: { absolute: 1.5 } }));
    expect([tooWide.code, tooWide.path]).toEqual(['out_of_range', 'options.parityBand.absolute']);
    expect(tooWide.message).toBe(
      'compareGroups: options.parityBand.absolute is 1.5; for a share the absolute parity band is in proportion points (0.1 = ±10 points) and at most 1 — if 1.5 means 1.5 points, write 0.015; 150 points is not allowed here: two shares differ by at most 1 (100 points).',
    );
  });
});
