import { z } from 'zod';
import { EquityLensError } from '../internal/errors.ts';
import { translateZodIssues } from './internal/zodIssues.ts';
import { ROUNDING_POLICY_NAMES } from './roundForPresentation.ts';
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
  /** Counts `min ≤ count ≤ max` are withheld (primary suppression); both bounds inclusive, whole numbers, `1 ≤ min ≤ max`. CMS: 1–10. */
  readonly threshold: { readonly min: number; readonly max: number };
  /** Whether a count of 0 may be shown. CMS: `true`. When `false`, zeros are withheld too (primary). */
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
}

/**
 * A {@link DisclosurePolicy} as written by a city: every field optional, defaults from {@link CMS_SUPPRESSION}.
 *
 * @category Disclosure
 */
export interface DisclosurePolicyInput {
  /** See {@link DisclosurePolicy.name}. */
  readonly name?: string | undefined;
  /** See {@link DisclosurePolicy.threshold}; either bound may be omitted (defaults 1 and 10). */
  readonly threshold?: { readonly min?: number | undefined; readonly max?: number | undefined } | undefined;
  /** See {@link DisclosurePolicy.allowZero}. */
  readonly allowZero?: boolean | undefined;
  /** See {@link DisclosurePolicy.complementary}. */
  readonly complementary?: boolean | undefined;
  /** See {@link DisclosurePolicy.complementaryPreference}. */
  readonly complementaryPreference?: 'cells' | 'margins' | undefined;
  /** See {@link DisclosurePolicy.minEvents}. */
  readonly minEvents?: number | undefined;
  /** See {@link DisclosurePolicy.maxRelativeStandardError}. */
  readonly maxRelativeStandardError?: number | undefined;
  /** See {@link DisclosurePolicy.rounding}. */
  readonly rounding?: RoundingPolicyName | undefined;
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
  threshold: Object.freeze({ min: 1, max: 10 }),
  allowZero: true,
  complementary: true,
  complementaryPreference: 'cells',
  minEvents: 20,
  maxRelativeStandardError: 0.3,
  rounding: 'none',
}) as DisclosurePolicy;

const ThresholdSchema = z
  .strictObject({
    min: z.int().min(1).default(CMS_SUPPRESSION.threshold.min),
    max: z.int().min(1).default(CMS_SUPPRESSION.threshold.max),
  })
  .refine((t) => t.min <= t.max, { message: 'threshold.min must not exceed threshold.max', path: [] });

/**
 * The zod schema of a {@link DisclosurePolicy}: parses a {@link DisclosurePolicyInput}, fills defaults from
 * {@link CMS_SUPPRESSION} and rejects unknown fields and `threshold.min > threshold.max`. Use
 * `z.toJSONSchema(DisclosurePolicySchema, { io: "input" })` to publish it as JSON Schema.
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { DisclosurePolicySchema } from "./defineDisclosurePolicy.ts";
 *
 * DisclosurePolicySchema.parse({ threshold: { max: 15 } }).threshold; // => { min: 1, max: 15 }
 * DisclosurePolicySchema.safeParse({ threshold: { min: 5, max: 3 } }).success; // => false
 * ```
 */
export const DisclosurePolicySchema: z.ZodType<DisclosurePolicy, DisclosurePolicyInput> = z.strictObject({
  name: z.string().default(CMS_SUPPRESSION.name),
  threshold: ThresholdSchema.default({ min: CMS_SUPPRESSION.threshold.min, max: CMS_SUPPRESSION.threshold.max }),
  allowZero: z.boolean().default(CMS_SUPPRESSION.allowZero),
  complementary: z.boolean().default(CMS_SUPPRESSION.complementary),
  complementaryPreference: z.enum(['cells', 'margins']).default(CMS_SUPPRESSION.complementaryPreference),
  minEvents: z.int().min(0).default(CMS_SUPPRESSION.minEvents),
  maxRelativeStandardError: z.number().gt(0).default(CMS_SUPPRESSION.maxRelativeStandardError),
  rounding: z.enum(ROUNDING_POLICY_NAMES as [RoundingPolicyName, ...RoundingPolicyName[]]).default(CMS_SUPPRESSION.rounding),
});

const POLICY_KEYS = ['name', 'threshold', 'allowZero', 'complementary', 'complementaryPreference', 'minEvents', 'maxRelativeStandardError', 'rounding'];

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
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i];
    if (issue !== undefined && issue.message.endsWith('threshold.min must not exceed threshold.max')) {
      const t = (input as { threshold: { min: number; max?: number } }).threshold;
      issues[i] = {
        code: 'out_of_range',
        path: issue.path === '' ? 'threshold' : issue.path,
        message: `${fn}: ${issue.path} has min ${t.min} > max ${t.max ?? CMS_SUPPRESSION.threshold.max}; counts min…max are withheld, so min must not exceed max (CMS: { min: 1, max: 10 }).`,
      };
    }
  }
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
 * const policy = defineDisclosurePolicy({ name: "CDC WISQARS-like", threshold: { max: 9 }, minEvents: 21 });
 * policy.threshold; // => { min: 1, max: 9 }
 * policy.complementary; // => true
 * ```
 */
export function defineDisclosurePolicy(input?: DisclosurePolicyInput): DisclosurePolicy {
  return resolveDisclosurePolicy(input, '', 'defineDisclosurePolicy');
}
