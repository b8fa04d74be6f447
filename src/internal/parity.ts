/**
 * The parity band shared by disparity, proximity and monitor: is a group's rate within tolerance of the
 * reference group's rate?
 *
 * @internal
 * @module
 */

/**
 * A parity band. `relative` is a fraction of the reference rate (San José's "±10 %" is `0.1`): a group is
 * within it when |rate − reference| ≤ relative × |reference|. `absolute` is in the rate's own units
 * (proportion points for a share: `0.05` is ±5 points): within when |rate − reference| ≤ absolute. When both
 * are given, a group must meet both.
 */
export interface ParityTolerance {
  /** Relative tolerance as a fraction of the reference (0.1 = ±10 %). */
  readonly relative?: number;
  /** Absolute tolerance in the rate's units (0.05 = ±5 proportion points for a share). */
  readonly absolute?: number;
}

/** A group compared with its reference. */
export interface ParityComparison {
  /** rate ÷ reference; `null` when the reference is 0. */
  readonly ratio: number | null;
  /** rate − reference. */
  readonly difference: number;
  /** Whether the group is within every tolerance given; `null` when no tolerance is given or a relative tolerance meets a zero reference. */
  readonly withinTolerance: boolean | null;
}

// Boundary cases such as 0.9 vs 1 with ±10 % must count as inside, but 1 − 0.9 is 0.09999999999999998 or
// 0.10000000000000009 depending on the operands; a tolerance of a few ulps keeps "≤" meaning "≤".
const ULPS = 8 * Number.EPSILON;

/**
 * Compares a rate with the reference rate under a parity band.
 *
 * @internal
 */
export function compareToReference(rate: number, reference: number, tolerance: ParityTolerance = {}): ParityComparison {
  const difference = rate - reference;
  const ratio = reference === 0 ? null : rate / reference;
  const gap = Math.abs(difference);
  let within: boolean | null = null;
  if (tolerance.absolute !== undefined) {
    within = gap <= tolerance.absolute + ULPS * Math.max(1, Math.abs(rate), Math.abs(reference));
  }
  if (tolerance.relative !== undefined) {
    if (reference === 0) {
      within = rate === 0 ? (within ?? true) : false;
    } else {
      const ok = gap <= tolerance.relative * Math.abs(reference) + ULPS * Math.max(Math.abs(rate), Math.abs(reference));
      within = (within ?? true) && ok;
    }
  }
  return { ratio, difference, withinTolerance: within };
}
