// Urban Institute Spatial Equity Data Tool, Technical Appendix (Narayanan, Stern & MacDonald, updated 18 Nov 2021);
// worked examples as summarised in methodology.md §9 #7–10.
import { describe, expect, it } from 'vitest';
import { sedtDemographicDisparity } from '../../src/disparity/sedtDemographicDisparity.ts';
import { sedtGeographicDisparity } from '../../src/disparity/sedtGeographicDisparity.ts';
import { caught } from './caught.ts';

const APPENDIX_TRACTS = [
  { tract: 'A', resource: 30, share: 0.75, shareMoe: 0.02, population: 20, populationMoe: 5.5, count: 15, countMoe: 3.5 },
  { tract: 'B', resource: 70, share: 0.2, shareMoe: 0.05, population: 25, populationMoe: 5, count: 5, countMoe: 1.5 },
];

describe('sedtGeographicDisparity', () => {
  it('reproduces the appendix geographic example: +0.0556, SE 0.1172, 95 % CI [−0.174, 0.285], not significant', () => {
    const result = sedtGeographicDisparity([
      { area: 'A', resource: 10, baseline: 20, baselineMoe: 10 },
      { area: 'B', resource: 10, baseline: 25, baselineMoe: 5 },
    ]);
    const a = result.areas[0];
    expect(a?.disparity).toBeCloseTo(0.5 - 20 / 45, 15);
    expect(a?.disparity).toBeCloseTo(0.0556, 4);
    expect(result.totalBaselineMoe).toBeCloseTo(11.18, 2);
    expect(a?.standardError).toBeCloseTo(0.1172, 4);
    // closed form with SEs: (1/Y)·√(SE_A² − p²·SE_Y²)
    const seA = 10 / 1.645;
    const seY = Math.sqrt(125) / 1.645;
    const p = 20 / 45;
    expect(Math.abs((a?.standardError as number) - Math.sqrt(seA ** 2 - p * p * seY ** 2) / 45)).toBeLessThan(1e-15);
    expect(a?.lower).toBeCloseTo(-0.174, 3);
    expect(a?.upper).toBeCloseTo(0.285, 3);
    expect(a?.significant).toBe(false);
    // B's proportion radicand is negative (5² < (25/45)²·11.18²): the ratio formula is used.
    expect(result.areas[1]?.seMethod).toBe('ratioFallback');
  });

  it('reproduces the appendix county example: 3.3 % of points, 1.4 % of seniors → +1.9 points', () => {
    const result = sedtGeographicDisparity([
      { area: 'county', resource: 33, baseline: 14 },
      { area: 'rest of state', resource: 967, baseline: 986 },
    ]);
    expect(result.areas[0]?.disparity).toBeCloseTo(0.019, 12);
    expect(result.areas[0]?.significant).toBeNull();
    expect(result.warnings[0]).toMatch(/no baseline MOEs/);
  });

  it('does not score areas without resources unless asked, and rounds shares half-to-even to 3 decimals on request', () => {
    const areas = [
      { area: 'a', resource: 0, baseline: 10 },
      { area: 'b', resource: 3, baseline: 20 },
    ];
    const skipped = sedtGeographicDisparity(areas);
    expect(skipped.areas[0]?.disparity).toBeNull();
    expect(skipped.areas[0]?.reason).toMatch(/does not score/);
    expect(sedtGeographicDisparity(areas, { scoreEmptyAreas: true }).areas[0]?.disparity).toBeCloseTo(-1 / 3, 15);
    const rounded = sedtGeographicDisparity(areas, { rounding: 'sedt', scoreEmptyAreas: true });
    expect(rounded.areas[0]?.baselineShare).toBe(0.333);
    expect(rounded.areas[1]?.baselineShare).toBe(0.667);
  });

  it('rejects bad input', () => {
    const partial = caught(() =>
      sedtGeographicDisparity([
        { area: 'a', resource: 1, baseline: 10, baselineMoe: 2 },
        { area: 'b', resource: 1, baseline: 10 },
      ]),
    );
    expect([partial.code, partial.path]).toEqual(['missing_field', 'areas[1].baselineMoe']);
    const none = caught(() => sedtGeographicDisparity([{ area: 'a', resource: 0, baseline: 10 }]));
    expect([none.code, none.path]).toEqual(['invalid_value', 'areas']);
    expect(none.message).toMatch(/^sedtGeographicDisparity: every area has resource 0/);
    const duplicate = caught(() =>
      sedtGeographicDisparity([
        { area: '__proto__', resource: 1, baseline: 1 },
        { area: '__proto__', resource: 1, baseline: 1 },
      ]),
    );
    expect([duplicate.code, duplicate.path]).toEqual(['duplicate', 'areas[1].area']);
    const negative = caught(() => sedtGeographicDisparity([{ area: 'a', resource: 1, baseline: -1 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'areas[0].baseline']);
  });
});

describe('sedtDemographicDisparity', () => {
  it('reproduces the appendix demographic example: 0.365 vs 0.444, SE₁ 0.021, SE₂ 0.0255, |z| 2.373 (unrounded SEs), significant', () => {
    const result = sedtDemographicDisparity(APPENDIX_TRACTS);
    expect(result.dataImplied).toBeCloseTo(0.365, 12);
    expect(result.geographyWide).toBeCloseTo(20 / 45, 15);
    expect(Math.abs(result.standardErrorDataImplied - 0.021)).toBeLessThan(1e-3); // published 0.021 (0.02159 truncated)
    expect(Math.abs(result.standardErrorDataImplied - Math.sqrt((0.3 * 0.02) ** 2 + (0.7 * 0.05) ** 2) / 1.645)).toBeLessThan(1e-15);
    expect(result.standardErrorGeographyWide).toBeCloseTo(0.0255, 3);
    expect(Math.abs(result.z as number)).toBeCloseTo(2.373, 3);
    expect(result.significant).toBe(true);
    expect(result.geographyWideSource).toBe('tracts');
  });

  it('does not copy the public code, which adds an unconverted margin of error to a standard error', () => {
    const result = sedtDemographicDisparity(APPENDIX_TRACTS);
    const moeGeographyWide = result.standardErrorGeographyWide * 1.645;
    const buggyZ = result.disparity / Math.sqrt(result.standardErrorDataImplied ** 2 + moeGeographyWide ** 2);
    expect(Math.abs(buggyZ)).toBeLessThan(1.96);
    expect(Math.abs(result.z as number)).toBeGreaterThan(1.96);
  });

  it('reproduces the appendix simple example: 20 % vs 40 % Black, points 80/20 → 0.24 vs 0.30, −6 points', () => {
    const result = sedtDemographicDisparity([
      { tract: 'one', resource: 80, share: 0.2, shareMoe: 0.03, population: 100, populationMoe: 10, count: 20, countMoe: 6 },
      { tract: 'two', resource: 20, share: 0.4, shareMoe: 0.03, population: 100, populationMoe: 10, count: 40, countMoe: 8 },
    ]);
    expect(result.dataImplied).toBeCloseTo(0.24, 15);
    expect(result.geographyWide).toBeCloseTo(0.3, 15);
    expect(result.disparity).toBeCloseTo(-0.06, 15);
  });

  it('uses a given geography-wide share and MOE', () => {
    const result = sedtDemographicDisparity(
      APPENDIX_TRACTS.map(({ tract, resource, share, shareMoe }) => ({ tract, resource, share, shareMoe })),
      { geographyWide: { share: 0.5, moe: 0.01 } },
    );
    expect(result.geographyWideSource).toBe('given');
    expect(result.z).toBeCloseTo((0.365 - 0.5) / Math.sqrt(result.standardErrorDataImplied ** 2 + (0.01 / 1.645) ** 2), 12);
  });

  it('rejects bad input', () => {
    const missing = caught(() => sedtDemographicDisparity([{ tract: 'a', resource: 1, share: 0.5, shareMoe: 0.1 }]));
    expect([missing.code, missing.path]).toEqual(['missing_field', 'tracts[0].population']);
    expect(missing.message).toMatch(/or pass options.geographyWide/);
    const percent = caught(() => sedtDemographicDisparity([{ tract: 'a', resource: 1, share: 45, shareMoe: 0.1 }]));
    expect([percent.code, percent.path, percent.hint]).toEqual(['out_of_range', 'tracts[0].share', 'write 45 % as 0.45']);
    // Issue 12: 1.5 may be 1.5 % or 150 % (the hint said "write 1.5 % as 0.015").
    const ambiguous = caught(() => sedtDemographicDisparity([{ tract: 'a', resource: 1, share: 1.5, shareMoe: 0.1 }]));
    expect(ambiguous.hint).toBe('if 1.5 means 1.5 %, write 0.015; 150 % is not allowed here: a share is part of a whole, at most 1 (100 %)');
    const none = caught(() => sedtDemographicDisparity([{ tract: 'a', resource: 0, share: 0.4, shareMoe: 0.1 }], { geographyWide: { share: 0.4, moe: 0.01 } }));
    expect([none.code, none.path]).toEqual(['invalid_value', 'tracts']);
    const negative = caught(() => sedtDemographicDisparity([{ ...APPENDIX_TRACTS[0]!, populationMoe: -1 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'tracts[0].populationMoe']);
    expect(negative.message).toMatch(/^sedtDemographicDisparity: /);
    const empty = caught(() => sedtDemographicDisparity([]));
    expect(empty.code).toBe('empty');
  });
});
