import * as z from 'zod';
import { EquityLensError } from '../internal/errors.ts';
import { translateZodIssues } from './internal/zodIssues.ts';
import { deprecation } from '../internal/deprecation.ts';
import { ROUNDING_POLICY_NAMES, ROUNDING_RENAMES } from './roundForPresentation.ts';
import type { RoundingPolicyName } from './roundForPresentation.ts';

/**
 * Why a published cell was withheld: `'primary'` (its own value is in the suppression range) or
 * `'complementary'` (withheld so that a primary cell cannot be recovered from published totals).
 *
 * @category Disclosure
 */
export type SuppressionReason = 'primary' | 'complementary';

/**
 * A publication policy as data: which counts are withheld, whether complementary suppression protects them, when
 * an estimate is flagged unreliable, and how values are rounded for presentation. JSON-serialisable, so a goal
 * can carry the policy it is published under.
 *
 * Sources: CMS cell-size suppression policy (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy;
 * ResDAC https://resdac.org/node/1506) — no cell of 1–10 shown, 0 allowed, no 1–10 value derivable from other
 * cells or totals; NCHS — rates on fewer than 20 events are unreliable (relative standard error ≥ 23 %);
 * relative standard error above 30 % unreliable (NCHS/NHHCS, ACS guidance on CV > 0.30).
 *
 * @category Disclosure
 */
export interface DisclosurePolicy {
  /** A label for the policy, reported with every result. */
  readonly name: string;
  /**
   * The smallest count that may be published: counts from 1 to `minimumCellSize − 1` are withheld (primary
   * suppression). CMS: 11 (no cell of 1–10); 1 withholds nothing. The goal JSON's name.
   */
  readonly minimumCellSize: number;
  /** Whether a count of 0 is withheld too (primary). CMS: `false` (0 may be shown). The goal JSON's name. */
  readonly suppressZero: boolean;
  /**
   * @deprecated The 0.1 form of `minimumCellSize`: counts `min ≤ count ≤ max` are withheld (`max: 0` withholds
   * none). Kept, with the same meaning, until 0.3; a range with `min > 1` cannot be written as a minimum cell size
   * and is accepted only until then.
   */
  readonly threshold: { readonly min: number; readonly max: number };
  /** @deprecated The 0.1 form of `suppressZero` (its negation); kept until 0.3. */
  readonly allowZero: boolean;
  /** Whether to add complementary suppression so no withheld count can be recovered from published totals. Default `true`. */
  readonly complementary: boolean;
  /**
   * Which entry of a line to withhold as the complement: `'cells'` (default) the smallest non-zero count of the
   * line, else a zero count, else the line's total; `'margins'` the line's total first (publish the detail, withhold the total).
   */
  readonly complementaryPreference: 'cells' | 'margins';
  /** An estimate based on fewer events than this is flagged unreliable (NCHS: 20). Whole number ≥ 0; 0 disables the flag. */
  readonly minEvents: number;
  /** An estimate whose relative standard error is above this fraction is flagged unreliable (0.3 = 30 %). */
  readonly maxRelativeStandardError: number;
  /** How values are rounded at presentation (never before suppression or comparison). Default `'none'`. */
  readonly rounding: RoundingPolicyName;
  /** Which counts of a rate are tested against the threshold by callers that publish rates (as the goals module's policy). Default `'both'`. */
  readonly appliesTo: 'numerator' | 'denominator' | 'both';
}

/**
 * A {@link DisclosurePolicy} as written by a city: every field optional, defaults from {@link CMS_SUPPRESSION}.
 * It uses the goal JSON's names (`minimumCellSize`, `suppressZero`, `minEvents`), so a goal's `suppression` can be
 * passed as is. The 0.1 names `threshold`, `allowZero`, `unstableAtOrBelow` and the kebab-case rounding names
 * are accepted until 0.3; `suppressCounts`, `suppressTable` and `suppressRates` report them in `warnings`.
 *
 * @category Disclosure
 */
export interface DisclosurePolicyInput {
  /** See {@link DisclosurePolicy.name}. */
  readonly name?: string | undefined;
  /** See {@link DisclosurePolicy.minimumCellSize}. */
  readonly minimumCellSize?: number | undefined;
  /** See {@link DisclosurePolicy.suppressZero}. */
  readonly suppressZero?: boolean | undefined;
  /** @deprecated See {@link DisclosurePolicy.threshold}; either bound may be omitted (defaults 1 and 10). */
  readonly threshold?: { readonly min?: number | undefined; readonly max?: number | undefined } | undefined;
  /** @deprecated See {@link DisclosurePolicy.allowZero}. */
  readonly allowZero?: boolean | undefined;
  /** See {@link DisclosurePolicy.complementary}. */
  readonly complementary?: boolean | undefined;
  /** See {@link DisclosurePolicy.complementaryPreference}. */
  readonly complementaryPreference?: 'cells' | 'margins' | undefined;
  /** See {@link DisclosurePolicy.minEvents}. */
  readonly minEvents?: number | undefined;
  /** See {@link DisclosurePolicy.maxRelativeStandardError}. */
  readonly maxRelativeStandardError?: number | undefined;
  /** See {@link DisclosurePolicy.rounding} (the 0.1 kebab-case names are accepted until 0.3). */
  readonly rounding?: RoundingPolicyName | 'round-half-even' | 'base-5' | 'base-10' | 'percent-1dp' | undefined;
  /** See {@link DisclosurePolicy.appliesTo}. */
  readonly appliesTo?: 'numerator' | 'denominator' | 'both' | undefined;
  /** @deprecated 0.1's goal name for the events flag: flag at or below `u` events, i.e. `minEvents: u + 1`. Accepted until 0.3. */
  readonly unstableAtOrBelow?: number | undefined;
}

/**
 * The default policy: CMS cell-size suppression (1–10 withheld, 0 shown, complementary suppression on) with the
 * NCHS reliability flags (fewer than 20 events; relative standard error above 30 %) and no presentation rounding.
 *
 * Sources: https://www.hhs.gov/guidance/document/cms-cell-suppression-policy, https://resdac.org/node/1506;
 * NCHS Data Presentation Standards (Parker et al. 2017) and NVSS technical notes on rates based on fewer than 20
 * deaths.
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { CMS_SUPPRESSION } from "./defineDisclosurePolicy.ts";
 *
 * CMS_SUPPRESSION.threshold; // => { min: 1, max: 10 }
 * CMS_SUPPRESSION.allowZero; // => true
 * ```
 */
export const CMS_SUPPRESSION: DisclosurePolicy = Object.freeze({
  name: 'CMS cell-size suppression (1–10) with NCHS reliability flags',
  minimumCellSize: 11,
  suppressZero: false,
  threshold: Object.freeze({ min: 1, max: 10 }),
  allowZero: true,
  complementary: true,
  complementaryPreference: 'cells',
  minEvents: 20,
  maxRelativeStandardError: 0.3,
  rounding: 'none',
  appliesTo: 'both',
}) as DisclosurePolicy;

// The 0.1 kebab-case names stay valid input until 0.3 (resolved to their 0.2 names).
type RoundingInput = RoundingPolicyName | 'round-half-even' | 'base-5' | 'base-10' | 'percent-1dp';
const ROUNDING_ENUM = z.enum([...ROUNDING_POLICY_NAMES, 'round-half-even', 'base-5', 'base-10', 'percent-1dp'] as unknown as [RoundingInput, ...RoundingInput[]]);

const DisclosurePolicyFields = z.strictObject({
  name: z.string().optional(),
  threshold: z
    .strictObject({
      min: z.int().min(1).optional(),
      max: z.int().min(0).optional(),
    })
    .optional(),
  allowZero: z.boolean().optional(),
  complementary: z.boolean().optional(),
  complementaryPreference: z.enum(['cells', 'margins']).optional(),
  minEvents: z.int().min(0).optional(),
  maxRelativeStandardError: z
    .number()
    .gt(0)
    .max(1, {
      error: (issue) =>
        `is ${String(issue.input)}; a relative standard error is a fraction (0.3 = 30 %)${typeof issue.input === 'number' && issue.input <= 100 ? ` — ${String(issue.input)} is almost surely meant as ${String(Number(issue.input) / 100)}` : ''}.`,
    })
    .optional(),
  rounding: ROUNDING_ENUM.optional(),
  appliesTo: z.enum(['numerator', 'denominator', 'both']).optional(),
  minimumCellSize: z.int().min(1).optional(),
  suppressZero: z.boolean().optional(),
  unstableAtOrBelow: z.int().min(0).optional(),
});

/**
 * The zod schema of a {@link DisclosurePolicy}: parses a {@link DisclosurePolicyInput}, fills defaults from
 * {@link CMS_SUPPRESSION}, translates the goals module's field names (`minimumCellSize`, `suppressZero`,
 * `unstableAtOrBelow`) and rejects unknown fields, `threshold.min > threshold.max` and contradicting aliases. Use
 * `z.toJSONSchema(DisclosurePolicySchema, { io: "input" })` to publish it as JSON Schema.
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { DisclosurePolicySchema } from "./defineDisclosurePolicy.ts";
 *
 * DisclosurePolicySchema.parse({ minimumCellSize: 16 }).minimumCellSize; // => 16
 * DisclosurePolicySchema.parse({ minimumCellSize: 16 }).threshold; // => { min: 1, max: 15 } (the 0.1 form, until 0.3)
 * DisclosurePolicySchema.parse({ minEvents: 21 }).minEvents; // => 21
 * DisclosurePolicySchema.safeParse({ minimumCellSize: 0 }).success; // => false
 * ```
 */
export const DisclosurePolicySchema: z.ZodType<DisclosurePolicy, DisclosurePolicyInput> = DisclosurePolicyFields.transform((input, ctx) => {
  const problem = (path: string[], message: string, code: 'invalid_value' | 'out_of_range'): void => {
    ctx.issues.push({ code: 'custom', message, input, path, params: { code } });
  };
  let min = input.threshold?.min ?? CMS_SUPPRESSION.threshold.min;
  let max = input.threshold?.max ?? CMS_SUPPRESSION.threshold.max;
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
  let allowZero = input.allowZero ?? CMS_SUPPRESSION.allowZero;
  if (input.suppressZero !== undefined) {
    if (input.allowZero !== undefined && input.allowZero === input.suppressZero) {
      problem(['suppressZero'], `is ${input.suppressZero} but allowZero is ${input.allowZero}; they say opposite things — give one of them.`, 'invalid_value');
    }
    allowZero = !input.suppressZero;
  }
  let minEvents = input.minEvents ?? CMS_SUPPRESSION.minEvents;
  if (input.unstableAtOrBelow !== undefined) {
    if (input.minEvents !== undefined && input.minEvents !== input.unstableAtOrBelow + 1) {
      problem(['unstableAtOrBelow'], `is ${input.unstableAtOrBelow} but minEvents is ${input.minEvents}; unstableAtOrBelow u means minEvents u + 1 — give one of them.`, 'invalid_value');
    }
    minEvents = input.unstableAtOrBelow + 1;
  }
  return {
    name: input.name ?? CMS_SUPPRESSION.name,
    minimumCellSize: max + 1,
    suppressZero: !allowZero,
    threshold: { min, max },
    allowZero,
    complementary: input.complementary ?? CMS_SUPPRESSION.complementary,
    complementaryPreference: input.complementaryPreference ?? CMS_SUPPRESSION.complementaryPreference,
    minEvents,
    maxRelativeStandardError: input.maxRelativeStandardError ?? CMS_SUPPRESSION.maxRelativeStandardError,
    rounding: (input.rounding === undefined ? CMS_SUPPRESSION.rounding : (ROUNDING_RENAMES[input.rounding] ?? input.rounding)) as RoundingPolicyName,
    appliesTo: input.appliesTo ?? CMS_SUPPRESSION.appliesTo,
  };
});

const POLICY_KEYS = Object.keys(DisclosurePolicyFields.shape);

/**
 * The `deprecated:` warnings for the 0.1 names a policy input uses (accepted until 0.3), for results that carry
 * warnings.
 *
 * @internal
 */
export function disclosurePolicyDeprecations(input: unknown, path: string, fn: string): string[] {
  if (input === null || typeof input !== 'object') return [];
  const policy = input as Record<string, unknown>;
  const out: string[] = [];
  // A resolved policy passed back in carries both spellings; only the 0.1 spelling alone is a deprecated use.
  if (policy['threshold'] !== undefined && policy['minimumCellSize'] === undefined) out.push(deprecation(fn, `${path}.threshold`, `${path}.minimumCellSize (threshold { min: 1, max: m − 1 } is minimumCellSize m)`));
  if (policy['allowZero'] !== undefined && policy['suppressZero'] === undefined) out.push(deprecation(fn, `${path}.allowZero`, `${path}.suppressZero (its negation)`));
  if (policy['unstableAtOrBelow'] !== undefined) out.push(deprecation(fn, `${path}.unstableAtOrBelow`, `${path}.minEvents (unstableAtOrBelow u is minEvents u + 1)`));
  const rounding = policy['rounding'];
  if (typeof rounding === 'string' && Object.hasOwn(ROUNDING_RENAMES, rounding)) out.push(deprecation(fn, `${path}.rounding "${rounding}"`, `"${ROUNDING_RENAMES[rounding] as string}"`));
  return out;
}

/**
 * Validates a policy input and fills defaults; every problem is reported at once.
 *
 * @internal
 */
export function resolveDisclosurePolicy(input: unknown, path: string, fn: string): DisclosurePolicy {
  if (input === undefined) return CMS_SUPPRESSION;
  const parsed = DisclosurePolicySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = translateZodIssues(parsed.error.issues, input, path, fn, (at) =>
    at.length === 0 ? POLICY_KEYS : ['min', 'max'],
  );
  throw EquityLensError.fromIssues(fn, issues);
}

/**
 * Validates a disclosure policy written as data and fills every omitted field from {@link CMS_SUPPRESSION}.
 *
 * @param input - A {@link DisclosurePolicyInput} (e.g. parsed from JSON); omit for the CMS default.
 * @returns The complete policy.
 * @throws {EquityLensError} listing every problem with its path: `unknown_key` (with a did-you-mean hint),
 *   `invalid_type`, `not_integer`, `out_of_range` (including `threshold.min > threshold.max`), `invalid_value`.
 * @category Disclosure
 * @example
 * ```ts
 * import { defineDisclosurePolicy } from "./defineDisclosurePolicy.ts";
 *
 * const policy = defineDisclosurePolicy({ name: "CDC WISQARS-like", minimumCellSize: 10, minEvents: 21 });
 * policy.suppressZero; // => false
 * policy.complementary; // => true
 * ```
 */
export function defineDisclosurePolicy(input?: DisclosurePolicyInput): DisclosurePolicy {
  return resolveDisclosurePolicy(input, '', 'defineDisclosurePolicy');
}
