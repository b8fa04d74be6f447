import { describe, fail } from '../internal/errors.ts';
import { knownKeys } from '../internal/validate.ts';
import type { DisclosedCount } from './internal/result.ts';
import type { RoundingPolicy } from './roundForPresentation.ts';
import { applyRounding, resolveRounding, roundingDecimals } from './roundForPresentation.ts';

/**
 * Options of {@link presentValue}.
 *
 * @category Disclosure
 */
export interface PresentValueOptions {
  /** Rounding applied to a published value; default `'none'`. */
  readonly rounding?: RoundingPolicy | undefined;
  /** Text for a withheld value, the same for every reason (default `"*"`): printing the reason would tell a reader which cells hold 1–10. */
  readonly suppressed?: string | undefined;
  /** Text for a value that is undefined (`null` without suppression, e.g. a rate with denominator 0); default `"—"`. */
  readonly missing?: string | undefined;
}

/**
 * Formats one value for a published table: rounds it under the presentation policy (rounding happens here and
 * only here), prints withheld values with one symbol whatever the reason, and prints undefined values with a
 * dash. Decimal policies keep their trailing zeros (`'percent1dp'` shows 12.0 as `"12.0"`).
 *
 * @param value - A {@link DisclosedCount} from {@link suppressCounts} / {@link suppressTable}, a plain number, or `null`.
 * @param options - See {@link PresentValueOptions}.
 * @returns The text to print.
 * @throws {EquityLensError} `invalid_type` / `not_finite` for a value that is not a finite number, `null` or a
 *   disclosed count; rounding policy errors at `options.rounding`.
 * @category Disclosure
 * @example
 * ```ts
 * import { presentValue } from "./presentValue.ts";
 *
 * presentValue({ value: null, suppressed: true, reason: "primary" }); // => "*"
 * presentValue({ value: 1234, suppressed: false, reason: null }, { rounding: "base10" }); // => "1230"
 * presentValue(0.12, { rounding: "percent1dp" }); // => "12.0"
 * presentValue(null); // => "—"
 * ```
 */
export function presentValue(value: DisclosedCount | number | null, options: PresentValueOptions = {}): string {
  const fn = 'presentValue';
  if (options === null || typeof options !== 'object') fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; expected an object.`);
  knownKeys(options, ['rounding', 'suppressed', 'missing'], 'options', fn);
  const rule = resolveRounding(options.rounding ?? 'none', 'options.rounding', fn);
  let x: number | null;
  if (value === null || typeof value === 'number') {
    x = value;
  } else if (typeof value === 'object' && 'suppressed' in value) {
    if (value.suppressed) return options.suppressed ?? '*';
    x = value.value;
  } else {
    fail('invalid_type', 'value', `${fn}: value is ${describe(value)}; expected a number, null or a disclosed count { value, suppressed, reason }.`);
  }
  if (x === null) return options.missing ?? '—';
  if (!Number.isFinite(x)) {
    fail(typeof x === 'number' ? 'not_finite' : 'invalid_type', 'value', `${fn}: value is ${describe(x)}; expected a finite number.`);
  }
  const rounded = applyRounding(x, rule, fn);
  const decimals = roundingDecimals(rule);
  return decimals === undefined ? String(rounded) : rounded.toFixed(decimals);
}
