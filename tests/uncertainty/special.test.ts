// Special functions at their branch points, against mpmath 1.2 at 30 digits (Debian python3-mpmath:
// mp.erfc, mp.log(mp.beta(a, b))) and R 4.2.2 (lbeta, pbeta), printed to 17 digits.
import { describe, expect, it } from 'vitest';
import { erfcNonNegative, logBeta, logGamma, logGammaRatioHalf, regularizedBeta } from '../../src/uncertainty/internal/special.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('special functions', () => {
  it('erfc on both sides of the switch at x = 2 from the series of erf to the Laplace continued fraction', () => {
    // mpmath: erfc(1.5) = 0.033894853524689272933, erfc(2) = 0.0046777349810472658379, erfc(3) = 2.2090496998585441373e-5.
    // At x = 2 the continued fraction keeps 1e-15; 1 − erf(2) by the series would lose the 2.3 digits that erf(2)
    // shares with 1.
    expect(relativeError(erfcNonNegative(1.5), 0.033894853524689272933)).toBeLessThan(5e-15);
    expect(relativeError(erfcNonNegative(2), 0.0046777349810472658379)).toBeLessThan(1e-15);
    expect(relativeError(erfcNonNegative(3), 2.2090496998585441373e-5)).toBeLessThan(1e-15);
  });

  it('ln B(a, b) with either argument ½ and with neither (R lbeta)', () => {
    expect(relativeError(logBeta(0.5, 3), 0.064538521137571164)).toBeLessThan(1e-14);
    expect(relativeError(logBeta(3, 0.5), 0.064538521137571164)).toBeLessThan(1e-14);
    expect(relativeError(logBeta(0.5, 40.5), -1.2751997027673114)).toBeLessThan(1e-14);
    expect(relativeError(logBeta(40.5, 0.5), -1.2751997027673114)).toBeLessThan(1e-14);
    expect(relativeError(logBeta(2.5, 7.25), -4.9053366188393044)).toBeLessThan(1e-14);
    expect(relativeError(logBeta(12, 30), -25.274864968419806)).toBeLessThan(1e-14);
  });

  it('ln Γ(x) below ½ by reflection (mpmath loggamma, 30 digits)', () => {
    // mpmath: ln Γ(1e-8) = 18.420680738180208884, ln Γ(0.1) = 2.2527126517342059020, ln Γ(0.49) = 0.59224962933526705574.
    // Lanczos' sum alone, without Γ(x)Γ(1 − x) = π/sin(πx), would be off by 3e-10 at 1e-8.
    expect(relativeError(logGamma(1e-8), 18.420680738180208884)).toBeLessThan(1e-14);
    expect(relativeError(logGamma(0.1), 2.252712651734205902)).toBeLessThan(1e-14);
    expect(relativeError(logGamma(0.49), 0.59224962933526705574)).toBeLessThan(1e-14);
  });

  it('ln Γ(a) − ln Γ(a + ½) by log-gammas below 10 and by the Stirling series from 10 on (mpmath loggamma, 40 digits)', () => {
    // mpmath: a = 3: −0.50782642178712891540; 10: −1.1387977393222940220; 25: −1.6044382456076275544;
    // 1e6: −6.9077551539821370521. The series stops at the x⁻⁹ term: its next term leaves 7e-15 at a = 10.
    expect(relativeError(logGammaRatioHalf(3), -0.5078264217871289154)).toBeLessThan(2e-15);
    expect(relativeError(logGammaRatioHalf(10), -1.138797739322294022)).toBeLessThan(1e-14);
    expect(relativeError(logGammaRatioHalf(25), -1.6044382456076275544)).toBeLessThan(1e-15);
    expect(relativeError(logGammaRatioHalf(1e6), -6.9077551539821370521)).toBeLessThan(1e-15);
  });

  it('I_x(a, b) below and above the switch point, and 0 or 1 outside (0, 1)', () => {
    // R: pbeta(0.3, 2.5, 0.5) = 0.018927124071945644 (switch point 3.5/5 = 0.7: the fraction in x);
    // pbeta(0.9, 2.5, 0.5) = 0.48958974456442772 (the fraction in 1 − x).
    expect(relativeError(regularizedBeta(0.3, 0.7, 2.5, 0.5), 0.018927124071945644)).toBeLessThan(1e-13);
    expect(relativeError(regularizedBeta(0.9, 0.1, 2.5, 0.5), 0.48958974456442772)).toBeLessThan(1e-13);
    expect(regularizedBeta(0, 1, 2.5, 0.5)).toBe(0);
    expect(regularizedBeta(-0.25, 1.25, 2.5, 0.5)).toBe(0);
    expect(regularizedBeta(1, 0, 2.5, 0.5)).toBe(1);
    expect(regularizedBeta(1.25, -0.25, 2.5, 0.5)).toBe(1);
  });
});

describe('regularizedBeta at the switch x = (a + 1)/(a + b + 2) (closed form I_x(1, b) = 1 − (1 − x)^b, mpmath 1.3)', () => {
  it('takes the switch point by the mirrored fraction: I(2/9; 1, 6) and I(0.4; 1, 2) to 2.5e-16 and 1.2e-15', () => {
    // x = 2/9 (the double) gives 0.7786226504917761121258785; x = 0.4 (the double) gives 0.6400000000000000266453526.
    // The direct fraction there is 4.7e-16 and 1.7e-15 relative away.
    const x = 2 / 9;
    expect(Math.abs(regularizedBeta(x, 1 - x, 1, 6) - 0.7786226504917761121258785) / 0.7786226504917761).toBeLessThan(2.5e-16);
    expect(Math.abs(regularizedBeta(0.4, 0.6, 1, 2) - 0.6400000000000000266453526) / 0.64).toBeLessThan(1.2e-15);
  });
});
