/**
 * The parity band shared by goals, disparity, proximity and monitor: is a group's rate within the band around
 * the reference group's rate? One definition, one validator and one set of messages, so a relative band of 10
 * gets "write 10 % as 0.1" wherever it is written.
 *
 * @internal
 * @module
 */
import { describe, fail } from './errors.ts';
import { dashPercentHint } from './percentHint.ts';
import { finiteNumber, knownKeys } from './validate.ts';

/**
 * A parity band. `relative` is a fraction of the reference rate (San José's "±10 %" is `0.1`): a group is
 * within it when |rate − reference| ≤ relative × |reference|. `absolute` is in the rate's own units
 * (proportion points for a share: `0.05` is ±5 points): within when |rate − reference| ≤ absolute. When both
 * are given, a group must meet both.
 */
export interface ParityBand {
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
  /** Whether the group is within every bound given; `null` when the band is empty. */
  readonly withinParityBand: boolean | null;
}

// Boundary cases such as 0.9 vs 1 with ±10 % must count as inside, but 1 − 0.9 is 0.09999999999999998 or
// 0.10000000000000009 depending on the operands; a tolerance of a few ulps keeps "≤" meaning "≤".
const ULPS = 8 * Number.EPSILON;

/**
 * Compares a rate with the reference rate under a parity band.
 *
 * @internal
 */
export function compareToReference(rate: number, reference: number, tolerance: ParityBand = {}): ParityComparison {
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
  return { ratio, difference, withinParityBand: within };
}

/**
 * What is wrong with a relative parity band `x`, or `undefined` when it is a fraction in [0, 1] (0 only when
 * `allowZero`). A value in (1, 100] may be a percent, and the message says how to write it.
 *
 * @internal
 */
export function relativeBandProblem(x: number, allowZero: boolean): string | undefined {
  if (x > 1) {
    const hint = dashPercentHint(x, 'a band above ±100 % reaches below a rate of 0');
    return `is ${x}; a relative parity band is a fraction of the reference rate (0.1 = ±10 %) and must be at most 1${hint}.`;
  }
  if (x < 0 || (x === 0 && !allowZero)) {
    return `is ${x}; a parity band must be greater than 0 (use 0.1 for ±10 % of the reference rate).`;
  }
  return undefined;
}

/**
 * What is wrong with an absolute parity band `x`, or `undefined`. It is in the values' own units: on a share
 * (`onShare`) it is in proportion points and at most 1, so 5 may be 5 points, written 0.05; on other units
 * (km, counts) any positive number may be meant. A negative (or, unless `allowZero`, zero) band is wrong.
 *
 * @internal
 */
export function absoluteBandProblem(x: number, allowZero: boolean, onShare: boolean): string | undefined {
  if (x < 0 || (x === 0 && !allowZero)) {
    return `is ${x}; a parity band must be greater than 0 (use 0.1 for ±10 proportion points on a share).`;
  }
  if (onShare && x > 1) {
    const hint = dashPercentHint(x, 'two shares differ by at most 1 (100 points)', 'points');
    return `is ${x}; for a share the absolute parity band is in proportion points (0.1 = ±10 points) and at most 1${hint}.`;
  }
  return undefined;
}

/**
 * Validates a function's `parityBand` option over shares: `{ relative?, absolute? }`, each in [0, 1] (0 means
 * "equal"). `{}` is no band. `undefined` gives `fallback`.
 *
 * @internal
 */
export function parityBandOption(value: unknown, path: string, fn: string, fallback: ParityBand): ParityBand {
  if (value === undefined) return fallback;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected { relative?, absolute? }, e.g. { relative: 0.1 } for ±10 % of the reference.`);
  }
  knownKeys(value, ['relative', 'absolute'], path, fn);
  const record = value as { relative?: unknown; absolute?: unknown };
  const out: { relative?: number; absolute?: number } = {};
  if (record.relative !== undefined) {
    const x = finiteNumber(record.relative, `${path}.relative`, fn);
    const problem = relativeBandProblem(x, true);
    if (problem !== undefined) fail('out_of_range', `${path}.relative`, `${fn}: ${path}.relative ${problem}`);
    out.relative = x;
  }
  if (record.absolute !== undefined) {
    const x = finiteNumber(record.absolute, `${path}.absolute`, fn);
    const problem = absoluteBandProblem(x, true, true);
    if (problem !== undefined) fail('out_of_range', `${path}.absolute`, `${fn}: ${path}.absolute ${problem}`);
    out.absolute = x;
  }
  return out;
}
