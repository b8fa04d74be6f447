/**
 * The hint for a fraction written as a percent, shared so that every field whose range ends at 1 reads a value
 * above 1 the same way: 40 is "write 40 % as 0.4", but 1.5 may be 1.5 % or 150 %, and the hint says both.
 *
 * @internal
 * @module
 */

/** `x` without binary noise in a message: 1.1 × 100 prints as 110, not 110.00000000000001. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * How to fix a fraction `x` written above 1, where the field's range ends at 1; `undefined` unless x is in
 * (1, 100]. From 10 on, x is read as a percent ("write 10 % as 0.1"). Below 10 it may as well be a fraction
 * too large (1.5 is 1.5 % or 150 %), so the hint gives both readings and `why` says why the second is not
 * allowed. `unit` names the percent: `%`, or `points` for a difference of two shares.
 *
 * @internal
 */
export function percentHint(x: number, why: string, unit = '%'): string | undefined {
  if (!(x > 1 && x <= 100)) return undefined;
  const fraction = clean(x / 100);
  if (x >= 10) return `write ${x} ${unit} as ${fraction}`;
  return `if ${x} means ${x} ${unit}, write ${fraction}; ${clean(x * 100)} ${unit} is not allowed here: ${why}`;
}

/**
 * {@link percentHint} to end a message with: ` — write 10 % as 0.1`, or `''` when there is no hint.
 *
 * @internal
 */
export function dashPercentHint(x: number, why: string, unit = '%'): string {
  const hint = percentHint(x, why, unit);
  return hint === undefined ? '' : ` — ${hint}`;
}

/** Why a share cannot be read as 150 %. */
export const SHARE_AT_MOST_ONE = 'a share is part of a whole, at most 1 (100 %)';
