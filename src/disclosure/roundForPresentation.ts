import { describe, fail } from '../internal/errors.ts';
import { representable } from '../internal/magnitude.ts';
import { finiteNumber, integer, knownKeys, positiveNumber } from '../internal/validate.ts';

/**
 * The named presentation rounding policies (camelCase since 0.2; the 0.1 kebab-case spellings `round-half-even`,
 * `base-5`, `base-10`, `percent-1dp` are accepted until 0.3).
 *
 * - `'none'`: the value as computed.
 * - `'roundHalfEven'`: to a whole number, ties to the even neighbour.
 * - `'base5'` / `'base10'`: to the nearest multiple of 5 or 10, ties to the even multiple (15 → 20, 25 → 20).
 * - `'percent1dp'`: a proportion shown as a percentage with one decimal (0.12345 → 12.3), ties to even.
 *
 * @category Disclosure
 */
export type RoundingPolicyName = 'none' | 'roundHalfEven' | 'base5' | 'base10' | 'percent1dp';

/** The 0.1 spellings of the rounding policies and tie rules, accepted until 0.3. */
export const ROUNDING_RENAMES: Readonly<Record<string, string>> = {
  'round-half-even': 'roundHalfEven',
  'base-5': 'base5',
  'base-10': 'base10',
  'percent-1dp': 'percent1dp',
  'half-even': 'halfEven',
  'half-away-from-zero': 'halfAwayFromZero',
};

/**
 * The names accepted as a {@link RoundingPolicyName}, in documentation order.
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { ROUNDING_POLICY_NAMES } from "./roundForPresentation.ts";
 *
 * ROUNDING_POLICY_NAMES.includes("base10"); // => true
 * ```
 */
export const ROUNDING_POLICY_NAMES: readonly RoundingPolicyName[] = ['none', 'roundHalfEven', 'base5', 'base10', 'percent1dp'];

/**
 * A custom rounding rule: `value × scale`, then rounded to a multiple of `base` when `base` is given, otherwise to
 * `digits` decimals.
 *
 * @category Disclosure
 */
export interface RoundingRule {
  /** Multiplier applied before rounding (100 shows a proportion as a percentage). Default 1. */
  readonly scale?: number;
  /** Decimals kept, 0–12. Default 0. Ignored when `base` is given. */
  readonly digits?: number;
  /** Round to a multiple of this positive number (5, 10, 0.5 …). */
  readonly base?: number;
  /** How exact ties are broken: `'halfEven'` (default; no upward bias) or `'halfAwayFromZero'` (school rounding). */
  readonly ties?: 'halfEven' | 'halfAwayFromZero' | 'half-even' | 'half-away-from-zero';
}

/**
 * A rounding policy: a {@link RoundingPolicyName} or a {@link RoundingRule}.
 *
 * @category Disclosure
 */
export type RoundingPolicy = RoundingPolicyName | RoundingRule;

interface ResolvedRule {
  readonly scale: number;
  readonly digits: number;
  readonly base: number | undefined;
  readonly ties: 'halfEven' | 'halfAwayFromZero';
}

const NAMED: ReadonlyMap<RoundingPolicyName, ResolvedRule | null> = new Map<RoundingPolicyName, ResolvedRule | null>([
  ['none', null],
  ['roundHalfEven', { scale: 1, digits: 0, base: undefined, ties: 'halfEven' }],
  ['base5', { scale: 1, digits: 0, base: 5, ties: 'halfEven' }],
  ['base10', { scale: 1, digits: 0, base: 10, ties: 'halfEven' }],
  ['percent1dp', { scale: 100, digits: 1, base: undefined, ties: 'halfEven' }],
]);

// A decimal tie such as 2.675 is stored as 2.67499999999999982236431605997495353221893310546875; scaled by 100 it
// lands within a few ulps of 267.5. Analysts read the decimal they wrote, so ties are decided within that slack.
const TIE_ULPS = 8 * Number.EPSILON;

/**
 * Resolves a rounding policy to its rule, or `null` for `'none'`.
 *
 * @internal
 */
export function resolveRounding(policy: unknown, path: string, fn: string): ResolvedRule | null {
  if (typeof policy === 'string') {
    const rule = NAMED.get((ROUNDING_RENAMES[policy] ?? policy) as RoundingPolicyName);
    if (rule === undefined) {
      fail(
        'invalid_value',
        path,
        `${fn}: ${path} is ${describe(policy)}; expected one of ${ROUNDING_POLICY_NAMES.map((n) => `"${n}"`).join(', ')} or a rule { scale, digits, base, ties }.`,
      );
    }
    return rule;
  }
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(policy)}; expected a rounding policy name or a rule { scale, digits, base, ties }.`);
  }
  knownKeys(policy, ['scale', 'digits', 'base', 'ties'], path, fn);
  const rule = policy as RoundingRule;
  const scale = rule.scale === undefined ? 1 : positiveNumber(rule.scale, `${path}.scale`, fn);
  const digits = rule.digits === undefined ? 0 : integer(rule.digits, `${path}.digits`, fn, { min: 0, max: 12 });
  const base = rule.base === undefined ? undefined : positiveNumber(rule.base, `${path}.base`, fn);
  const given: string = rule.ties ?? 'halfEven';
  const ties = ROUNDING_RENAMES[given] ?? given;
  if (ties !== 'halfEven' && ties !== 'halfAwayFromZero') {
    fail('invalid_value', `${path}.ties`, `${fn}: ${path}.ties is ${describe(given)}; expected "halfEven" or "halfAwayFromZero".`);
  }
  return { scale, digits, base, ties };
}

function roundTies(q: number, ties: 'halfEven' | 'halfAwayFromZero'): number {
  const floor = Math.floor(q);
  const fraction = q - floor;
  const slack = TIE_ULPS * Math.max(1, Math.abs(q));
  if (Math.abs(fraction - 0.5) <= slack) {
    if (ties === 'halfEven') return floor % 2 === 0 ? floor : floor + 1;
    // Stryker disable next-line EqualityOperator: equivalent — a tie is n + ½, never 0, so q > 0 and q ≥ 0 agree
    return q >= 0 ? floor + 1 : floor;
  }
  // Stryker disable next-line EqualityOperator: equivalent — a fraction of exactly ½ is a tie, decided above
  return fraction < 0.5 ? floor : floor + 1;
}

/**
 * Applies a resolved rule to a finite value. A value beyond 2^53 is already whole, so decimals and bases
 * finer than its spacing leave it as it is (multiplying it first could overflow); a value that the rule's scale
 * takes beyond 1.8e308 is an error.
 *
 * @internal
 */
export function applyRounding(value: number, rule: ResolvedRule | null, fn = 'roundForPresentation', path = 'value'): number {
  if (rule === null) return value;
  const scaled = representable(value * rule.scale, path, fn, `${path} × ${rule.scale}`, 'present this value without the scale (it is far beyond any rate or count)');
  // Stryker disable next-line EqualityOperator: equivalent — 2^53 itself comes back unchanged from either branch (floor(2^53 · 10^d) / 10^d = 2^53 for d = 0…12)
  const whole = Math.abs(scaled) >= 2 ** 53;
  let out: number;
  if (rule.base !== undefined) {
    const quotient = scaled / rule.base;
    // A base so fine that the quotient overflows is far below the value's own spacing: nothing to round.
    out = Number.isFinite(quotient) ? roundTies(quotient, rule.ties) * rule.base : scaled;
  } else if (whole) {
    out = scaled;
  } else {
    const factor = 10 ** rule.digits;
    out = roundTies(scaled * factor, rule.ties) / factor;
  }
  return out === 0 ? 0 : out;
}

/**
 * The number of decimals a resolved rule shows (for fixed-width formatting), or `undefined` when free.
 *
 * @internal
 */
export function roundingDecimals(rule: ResolvedRule | null): number | undefined {
  if (rule === null) return undefined;
  if (rule.base !== undefined) {
    // The decimals of the base as JavaScript writes it: 0.05 → 2, 1e-7 → 7, 2.5e-8 → 9, 1e+21 → 0; toFixed shows
    // at most 100.
    const [mantissa, exponent] = String(rule.base).split('e') as [string, string | undefined];
    const fraction = mantissa.split('.')[1] ?? '';
    return Math.min(100, Math.max(0, fraction.length - Number(exponent ?? 0)));
  }
  return rule.digits;
}

/**
 * Rounds a value for presentation under a named policy. Rounding belongs at the last step only: compute, compare
 * and suppress on unrounded values (Healthy People 2030 compares unrounded estimates), then round what is shown.
 *
 * Ties are decided on the decimal value as written (2.675 to two decimals is a tie), within a few units in the
 * last place, because binary floating point stores most decimal ties slightly off. With `'halfEven'` a tie goes
 * to the even neighbour, which avoids the upward drift of always rounding halves up.
 *
 * @param value - The value to round (finite).
 * @param policy - A {@link RoundingPolicyName} or a {@link RoundingRule}. Default `'none'`.
 * @returns The rounded value (for `'percent1dp'`, in percent).
 * @throws {EquityLensError} `not_finite` / `invalid_type` for a value that is not a finite number;
 *   `invalid_value` for an unknown policy name; `out_of_range` / `not_integer` for a bad rule field.
 * @category Disclosure
 * @example
 * ```ts
 * import { roundForPresentation } from "./roundForPresentation.ts";
 *
 * roundForPresentation(2.5, "roundHalfEven"); // => 2
 * roundForPresentation(3.5, "roundHalfEven"); // => 4
 * roundForPresentation(23, "base5"); // => 25
 * roundForPresentation(0.12345, "percent1dp"); // => 12.3
 * roundForPresentation(2.675, { digits: 2 }); // => 2.68
 * roundForPresentation(15, { base: 10, ties: "halfAwayFromZero" }); // => 20
 * ```
 */
export function roundForPresentation(value: number, policy: RoundingPolicy = 'none'): number {
  const fn = 'roundForPresentation';
  const x = finiteNumber(value, 'value', fn);
  return applyRounding(x, resolveRounding(policy, 'policy', fn));
}
