import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import { caught } from '../helpers/caught.ts';
import { normalCdf } from '../../src/uncertainty/normalCdf.ts';
import { normalQuantile } from '../../src/uncertainty/normalQuantile.ts';

function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

describe('normalQuantile', () => {
  it('matches Python statistics.NormalDist().inv_cdf (Wichura AS 241) to 1e-14 relative, tails included', () => {
    // Values printed by Python 3.11 statistics.NormalDist().inv_cdf(p), which implements Wichura's AS 241.
    const reference: [number, number][] = [
      [1e-300, -37.0470962993612],
      [1e-100, -21.27345356096532],
      [1e-20, -9.262340089798405],
      [1e-10, -6.361340902404056],
      [1e-5, -4.2648907939228256],
      [0.001, -3.090232306167813],
      [0.01, -2.3263478740408408],
      [0.02425, -1.9729610513118845],
      [0.1, -1.2815515655446008],
      [0.3, -0.5244005127080407],
      [0.49, -0.025068908258711057],
      [0.5001, 0.0002506628300880075],
      [0.7, 0.5244005127080407],
      [0.9, 1.2815515655446008],
      [0.99, 2.3263478740408408],
      [0.999999, 4.753424308817089],
    ];
    for (const [p, z] of reference) expect(relativeError(normalQuantile(p), z)).toBeLessThan(1e-14);
  });

  // @stdlib's quantile itself drifts below p ≈ 1e-3 (at p = 1e-6 it is off by 1e-12 relative from AS 241, and it
  // returns -Infinity at p = 1e-20), so the grid stays in [0.01, 0.99]; the tails are pinned by AS 241 above.
  it('matches @stdlib/stats-base-dists-normal-quantile on a grid of [0.01, 0.99]', () => {
    let worst = 0;
    for (let p = 0.01; p < 0.99; p += 0.00731) worst = Math.max(worst, relativeError(normalQuantile(p), stdlibNormalQuantile(p, 0, 1)));
    expect(worst).toBeLessThan(1e-12);
  });

  it('gives the familiar critical values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('inverts normalCdf (lower half and centre, where Φ(z) carries full precision)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 2, noNaN: true }), (z) => {
        expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 8);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects probabilities outside (0, 1) with code and path', () => {
    for (const p of [0, 1, -0.1, 1.5]) {
      try {
        normalQuantile(p);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(EquityLensError);
        expect((error as EquityLensError).code).toBe('out_of_range');
        expect((error as EquityLensError).path).toBe('p');
        expect((error as EquityLensError).message).toContain('strictly between 0 and 1');
      }
    }
    expect(() => normalQuantile(Number.NaN)).toThrow(/normalQuantile: p is NaN/);
  });

  it('names the bad p with code, path and message', () => {
    const nan = caught(() => normalQuantile(Number.NaN));
    expect([nan.code, nan.path, nan.message]).toEqual(['not_finite', 'p', 'normalQuantile: p is NaN; expected a probability strictly between 0 and 1.']);
    const text = caught(() => normalQuantile('0.3' as unknown as number));
    expect([text.code, text.path, text.message]).toEqual(['invalid_type', 'p', 'normalQuantile: p is "0.3"; expected a probability strictly between 0 and 1.']);
    const one = caught(() => normalQuantile(1));
    expect(one.message).toBe('normalQuantile: p is 1; expected a probability strictly between 0 and 1 (the quantile of 0 or 1 is infinite).');
  });

  it('is +0 at p = ½, not −0', () => {
    expect(Object.is(normalQuantile(0.5), 0)).toBe(true);
  });
  it("is the correctly rounded quantile in the far tail, where Halley's last step decides the final ulp (mpmath)", () => {
    // mpmath 1.3 at 60 digits: findroot(lambda x: log(ncdf(x)) - log(mpf(p)), -5), rounded to the nearest double.
    const reference: [number, number][] = [
      [2.2908676527819e-31, -11.590922043219848],
      [1.1220184543092623e-54, -15.52796056921029],
      [9.332543008026686e-86, -19.59041819232632],
      [1.2302687708169804e-168, -27.654548663093856],
    ];
    for (const [p, z] of reference) expect(normalQuantile(p), `p = ${p}`).toBe(z);
  });

  it("is within 1.2e-15 relative of mpmath at Acklam's breakpoint p = 0.02425 (its lower-region start is the closer one)", () => {
    // mpmath 1.3 at 60 digits, as above: −1.972961051311884837602748.
    expect(relativeError(normalQuantile(0.02425), -1.972961051311884837602748)).toBeLessThan(1.2e-15);
  });
});
