// Urban Institute SEDT: shares rounded to 3 decimals half-to-even, as the SEDT code's pandas `round`
// (numpy.round: 0.0625 → 0.062, 0.1875 → 0.188, 0.3125 → 0.312, 0.4375 → 0.438).
import { describe, expect, it } from 'vitest';
import { sedtGeographicDisparity } from '../../src/disparity/sedtGeographicDisparity.ts';

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
