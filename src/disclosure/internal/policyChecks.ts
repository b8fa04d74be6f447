/**
 * The disclosure policy without zod: the plain check of a policy input (mirroring `DisclosurePolicyFields` of
 * `DisclosurePolicySchema.ts` field by field, in the same order) and the resolution of its fields into a complete
 * {@link DisclosurePolicy}, which the zod schema runs as its `.transform`. The functions that take a policy
 * (`suppressCounts`, `suppressTable`, `suppressRates`, `reliabilityFlags`, `defineDisclosurePolicy`, the
 * scorecard) validate it with these, so they do not carry zod; `tests/disclosure/policyChecks.test.ts` holds the
 * two equal on generated policies.
 *
 * @internal
 * @module
 */
import { dashPercentHint } from '../../internal/percentHint.ts';
import { boolean, number, oneOf, optional, type PlainCheck, strictObject, string } from '../../internal/plainChecks.ts';
import type { DisclosurePolicy, DisclosurePolicyInput } from '../defineDisclosurePolicy.ts';
import { ROUNDING_POLICY_NAMES, ROUNDING_RENAMES, type RoundingPolicyName } from '../roundForPresentation.ts';

/** The rounding names a policy accepts: the 0.2 names, and the 0.1 kebab-case ones until 0.3. */
export const ROUNDING_INPUTS: readonly string[] = [...ROUNDING_POLICY_NAMES, 'round-half-even', 'base-5', 'base-10', 'percent-1dp'];

/** The fields of a policy input, in the schema's order. */
export const POLICY_KEYS: readonly string[] = [
  'name',
  'threshold',
  'allowZero',
  'complementary',
  'complementaryPreference',
  'minEvents',
  'maxRelativeStandardError',
  'rounding',
  'appliesTo',
  'minimumCellSize',
  'suppressZero',
  'unstableAtOrBelow',
];

/** The message of a `maxRelativeStandardError` above 1 (maybe a percent). */
export function rseAboveOne(input: unknown): string {
  // Only a number above 1 gets here (the checks before it reject anything else).
  const value = Number(input);
  const hint = dashPercentHint(value, 'a limit above 1 would pass estimates whose standard error exceeds the estimate');
  return `is ${value}; a relative standard error is a fraction (0.3 = 30 %)${hint}.`;
}

let fieldsCheck: PlainCheck | undefined;

/** `DisclosurePolicyFields` of `DisclosurePolicySchema.ts` without zod. */
export function policyFieldsCheck(): PlainCheck {
  fieldsCheck ??= strictObject({
    name: optional(string()),
    // Stryker disable next-line BooleanLiteral: equivalent — number() tells an integer rule by its key ('int' in rule), whatever its value
    threshold: optional(strictObject({ min: optional(number({ int: true }, { gte: 1 })), max: optional(number({ int: true }, { gte: 0 })) })),
    allowZero: optional(boolean()),
    complementary: optional(boolean()),
    complementaryPreference: optional(oneOf(['cells', 'margins'])),
    // Stryker disable next-line BooleanLiteral: equivalent — number() tells an integer rule by its key ('int' in rule), whatever its value
    minEvents: optional(number({ int: true }, { gte: 0 })),
    maxRelativeStandardError: optional(number({ gt: 0 }, { lte: 1, message: rseAboveOne })),
    rounding: optional(oneOf(ROUNDING_INPUTS)),
    appliesTo: optional(oneOf(['numerator', 'denominator', 'both'])),
    // Stryker disable next-line BooleanLiteral: equivalent — number() tells an integer rule by its key ('int' in rule), whatever its value
    minimumCellSize: optional(number({ int: true }, { gte: 1 })),
    suppressZero: optional(boolean()),
    // Stryker disable next-line BooleanLiteral: equivalent — number() tells an integer rule by its key ('int' in rule), whatever its value
    unstableAtOrBelow: optional(number({ int: true }, { gte: 0 })),
  });
  return fieldsCheck;
}

/** Reports a contradiction between fields of a policy input, with the error code it gets. */
export type PolicyProblem = (path: string[], message: string, code: 'invalid_value' | 'out_of_range') => void;

/**
 * The complete policy of a well-typed input: defaults from `defaults` (the CMS policy), the goal JSON's names
 * (`minimumCellSize`, `suppressZero`, `unstableAtOrBelow`) translated, contradicting aliases and
 * `threshold.min > threshold.max` reported.
 */
export function resolvePolicyInput(input: DisclosurePolicyInput, defaults: DisclosurePolicy, problem: PolicyProblem): DisclosurePolicy {
  let min = input.threshold?.min ?? defaults.threshold.min;
  let max = input.threshold?.max ?? defaults.threshold.max;
  if (input.minimumCellSize !== undefined) {
    const implied = input.minimumCellSize - 1;
    if (input.threshold?.max !== undefined && input.threshold.max !== implied) {
      problem(['minimumCellSize'], `is ${input.minimumCellSize} but threshold.max is ${input.threshold.max}; minimumCellSize m means threshold { min: 1, max: m − 1 } — give one of them.`, 'invalid_value');
    }
    max = implied;
    min = input.threshold?.min ?? 1;
  }
  if (max !== 0 && min > max) {
    problem(['threshold'], `has min ${min} > max ${max}; counts min…max are withheld, so min must not exceed max (CMS: { min: 1, max: 10 }; max 0 withholds nothing).`, 'out_of_range');
  }
  let allowZero = input.allowZero ?? defaults.allowZero;
  if (input.suppressZero !== undefined) {
    // suppressZero is a boolean here, so an omitted allowZero never equals it.
    if (input.allowZero === input.suppressZero) {
      problem(['suppressZero'], `is ${input.suppressZero} but allowZero is ${input.allowZero}; they say opposite things — give one of them.`, 'invalid_value');
    }
    allowZero = !input.suppressZero;
  }
  let minEvents = input.minEvents ?? defaults.minEvents;
  if (input.unstableAtOrBelow !== undefined) {
    if (input.minEvents !== undefined && input.minEvents !== input.unstableAtOrBelow + 1) {
      problem(['unstableAtOrBelow'], `is ${input.unstableAtOrBelow} but minEvents is ${input.minEvents}; unstableAtOrBelow u means minEvents u + 1 — give one of them.`, 'invalid_value');
    }
    minEvents = input.unstableAtOrBelow + 1;
  }
  return {
    name: input.name ?? defaults.name,
    minimumCellSize: max + 1,
    suppressZero: !allowZero,
    threshold: { min, max },
    allowZero,
    complementary: input.complementary ?? defaults.complementary,
    complementaryPreference: input.complementaryPreference ?? defaults.complementaryPreference,
    minEvents,
    maxRelativeStandardError: input.maxRelativeStandardError ?? defaults.maxRelativeStandardError,
    rounding: (input.rounding === undefined ? defaults.rounding : (ROUNDING_RENAMES[input.rounding] ?? input.rounding)) as RoundingPolicyName,
    appliesTo: input.appliesTo ?? defaults.appliesTo,
  };
}
