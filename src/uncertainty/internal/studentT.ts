import { logGammaRatioHalf } from './special.ts';

/**
 * ln of the Student-t density at t:
 * ln Γ((ν+1)/2) − ln(√(νπ) Γ(ν/2)) − (ν+1)/2 · ln(1 + t²/ν), with ln Γ(ν/2) − ln Γ(ν/2 + ½) formed without
 * cancellation. Matches R's `dt(t, df, log = TRUE)`.
 *
 * @internal
 */
export function studentTLogDensity(t: number, df: number): number {
  return -logGammaRatioHalf(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df);
}

/**
 * The Cornish–Fisher expansion of the Student-t quantile in powers of 1/ν around the normal quantile z
 * (Abramowitz & Stegun 26.7.5, four terms): t ≈ z + g₁(z)/ν + g₂(z)/ν² + g₃(z)/ν³ with
 * g₁ = (z³ + z)/4, g₂ = (5z⁵ + 16z³ + 3z)/96, g₃ = (3z⁷ + 19z⁵ + 17z³ − 15z)/384. The error is O(ν⁻⁴).
 *
 * @internal
 */
export function cornishFisherStudentT(z: number, df: number): number {
  const z2 = z * z;
  return (
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * df * df * df)
  );
}
