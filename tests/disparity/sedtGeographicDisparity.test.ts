// Urban Institute SEDT geographic disparity (Technical Appendix, Narayanan, Stern & MacDonald, 2021; the appendix
// example is in sedt.test.ts). Shares rounded to 3 decimals half-to-even, as the SEDT code's pandas `round`
// (numpy.round: 0.0625 → 0.062, 0.1875 → 0.188, 0.3125 → 0.312, 0.4375 → 0.438).
import { describe, expect, it } from 'vitest';
import { sedtGeographicDisparity } from '../../src/disparity/sedtGeographicDisparity.ts';
import { caught } from './caught.ts';

describe('sedtGeographicDisparity rounding', () => {
  it("rounds exact ties at the third decimal to the even neighbour, as numpy's round", () => {
    // sixteenths are exact in binary, so x·1000 lands exactly on .5 and the tie rule decides
    const sixteenths = [
      { area: 'a', resource: 5, baseline: 1 },
      { area: 'b', resource: 7, baseline: 3 },
      { area: 'c', resource: 4, baseline: 12 },
    ];
    const result = sedtGeographicDisparity(sixteenths, { rounding: 'sedt' });
    expect(result.areas.map((a) => a.dataShare)).toEqual([0.312, 0.438, 0.25]);
    expect(result.areas.map((a) => a.baselineShare)).toEqual([0.062, 0.188, 0.75]);
    expect(result.areas[0]?.disparity).toBe(0.312 - 0.062);
    const unrounded = sedtGeographicDisparity(sixteenths, { rounding: 'none' });
    expect(unrounded.areas.map((a) => a.baselineShare)).toEqual([0.0625, 0.1875, 0.75]);
  });
});

describe('sedtGeographicDisparity significance and options', () => {
  it('uses options.confidence for z and reports the SE method of each area', () => {
    // the appendix areas (sedt.test.ts): A by the proportion formula, B by the ratio fallback
    const appendix = [
      { area: 'A', resource: 10, baseline: 20, baselineMoe: 10 },
      { area: 'B', resource: 10, baseline: 25, baselineMoe: 5 },
    ];
    const ninety = sedtGeographicDisparity(appendix, { confidence: 0.9 });
    expect(ninety.z).toBeCloseTo(1.6448536269514722, 12);
    expect(ninety.areas.map((a) => a.seMethod)).toEqual(['proportion', 'ratioFallback']);
    expect(ninety.warnings).toEqual([]);
    const half = 1.6448536269514722 * (ninety.areas[0]?.standardError as number);
    expect(ninety.areas[0]?.lower).toBeCloseTo((ninety.areas[0]?.disparity as number) - half, 12);
  });

  it('with zero MOEs, calls exactly the nonzero disparities significant', () => {
    // shares 1/2 vs 1/2 (disparity 0) and 3/4 vs 1/2 (disparity 0.25); every SE is 0
    const even = sedtGeographicDisparity([
      { area: 'a', resource: 1, baseline: 1, baselineMoe: 0 },
      { area: 'b', resource: 1, baseline: 1, baselineMoe: 0 },
    ]);
    expect(even.areas.map((a) => [a.disparity, a.standardError, a.significant])).toEqual([
      [0, 0, false],
      [0, 0, false],
    ]);
    const skewed = sedtGeographicDisparity([
      { area: 'a', resource: 3, baseline: 1, baselineMoe: 0 },
      { area: 'b', resource: 1, baseline: 1, baselineMoe: 0 },
    ]);
    expect(skewed.areas.map((a) => [a.disparity, a.standardError, a.significant])).toEqual([
      [0.25, 0, true],
      [-0.25, 0, true],
    ]);
  });

  it('says why significance is missing when no MOEs are given', () => {
    const result = sedtGeographicDisparity([
      { area: 'a', resource: 1, baseline: 3 },
      { area: 'b', resource: 1, baseline: 1 },
    ]);
    expect(result.areas[0]?.reason).toBe('no baseline MOEs: significance not computed');
    expect(result.warnings).toEqual(['no baseline MOEs given: significance is not computed']);
  });
});

describe('sedtGeographicDisparity input errors', () => {
  it('rejects bad options with the field and the exact message', () => {
    const areas = [{ area: 'a', resource: 1, baseline: 1 }];
    const typo = caught(() => sedtGeographicDisparity(areas, { confidance: 0.9 } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.confidance']);
    const confidence = caught(() => sedtGeographicDisparity(areas, { confidence: 1.5 }));
    expect([confidence.code, confidence.path]).toEqual(['out_of_range', 'options.confidence']);
    const rounding = caught(() => sedtGeographicDisparity(areas, { rounding: 'round' } as never));
    expect([rounding.code, rounding.path, rounding.message]).toEqual(['invalid_value', 'options.rounding', `sedtGeographicDisparity: options.rounding is "round"; use 'none' or 'sedt'.`]);
    const empty = caught(() => sedtGeographicDisparity(areas, { scoreEmptyAreas: 'yes' } as never));
    expect([empty.code, empty.path, empty.message]).toEqual([
      'invalid_type',
      'options.scoreEmptyAreas',
      'sedtGeographicDisparity: options.scoreEmptyAreas is "yes"; expected true or false.',
    ]);
  });

  it('rejects areas that are not an array, empty, or hold a non-object', () => {
    const notArray = caught(() => sedtGeographicDisparity({} as never));
    expect([notArray.code, notArray.path, notArray.message]).toEqual([
      'invalid_type',
      'areas',
      'sedtGeographicDisparity: areas is an object; expected an array of { area, resource, baseline, baselineMoe? }.',
    ]);
    const none = caught(() => sedtGeographicDisparity([]));
    expect([none.code, none.path, none.message]).toEqual(['empty', 'areas', 'sedtGeographicDisparity: areas is empty; pass one { area, resource, baseline } per sub-geography.']);
    for (const [row, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const bad = caught(() => sedtGeographicDisparity([{ area: 'a', resource: 1, baseline: 1 }, row] as never));
      expect([bad.code, bad.path, bad.message]).toEqual([
        'invalid_type',
        'areas[1]',
        `sedtGeographicDisparity: areas[1] is ${shown}; expected { area, resource, baseline, baselineMoe? }.`,
      ]);
    }
  });

  it('names the field of a bad area name, a duplicate, a negative resource or MOE, a missing MOE and all-zero baselines', () => {
    const a = { area: 'a', resource: 1, baseline: 1, baselineMoe: 1 };
    const name = caught(() => sedtGeographicDisparity([a, { ...a, area: 7 }] as never));
    expect([name.code, name.path]).toEqual(['invalid_type', 'areas[1].area']);
    const duplicate = caught(() => sedtGeographicDisparity([a, { ...a, area: 'b' }, a]));
    expect(duplicate.message).toBe('sedtGeographicDisparity: areas[2].area is "a", already given at areas[0]; give each area once.');
    const resource = caught(() => sedtGeographicDisparity([a, { ...a, area: 'b', resource: -1 }]));
    expect([resource.code, resource.path]).toEqual(['out_of_range', 'areas[1].resource']);
    const moe = caught(() => sedtGeographicDisparity([a, { ...a, area: 'b', baselineMoe: -1 }]));
    expect([moe.code, moe.path]).toEqual(['out_of_range', 'areas[1].baselineMoe']);
    const missing = caught(() => sedtGeographicDisparity([a, { area: 'b', resource: 1, baseline: 1 }]));
    expect(missing.message).toBe(
      'sedtGeographicDisparity: areas[1].baselineMoe is missing but other areas have one; give the baseline MOE for every area or for none.',
    );
    const zero = caught(() => sedtGeographicDisparity([{ area: 'a', resource: 1, baseline: 0 }]));
    expect([zero.code, zero.path, zero.message]).toEqual([
      'invalid_value',
      'areas',
      'sedtGeographicDisparity: every area has baseline 0; the baseline shares are undefined — pass at least one positive baseline.',
    ]);
  });
});
