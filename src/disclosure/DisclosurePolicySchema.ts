/**
 * The zod schema of a disclosure policy.
 *
 * @module
 */
import * as z from 'zod';
import { CMS_SUPPRESSION, type DisclosurePolicy, type DisclosurePolicyInput } from './defineDisclosurePolicy.ts';
import { resolvePolicyInput, ROUNDING_INPUTS, rseAboveOne } from './internal/policyChecks.ts';
import type { RoundingPolicyName } from './roundForPresentation.ts';

// The 0.1 kebab-case names stay valid input until 0.3 (resolved to their 0.2 names).
type RoundingInput = RoundingPolicyName | 'round-half-even' | 'base-5' | 'base-10' | 'percent-1dp';
const ROUNDING_ENUM = z.enum(ROUNDING_INPUTS as unknown as [RoundingInput, ...RoundingInput[]]);

// `internal/policyChecks.ts` checks the same fields without zod, in the same order, for the functions that take a
// policy; tests/disclosure/policyChecks.test.ts holds the two equal.
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
    .max(1, { error: (issue) => rseAboveOne(issue.input) })
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
 * `z.toJSONSchema(DisclosurePolicySchema, { io: "input" })` to publish it as JSON Schema. The functions that
 * take a policy check it with the same rules, without zod.
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { DisclosurePolicySchema } from "./DisclosurePolicySchema.ts";
 *
 * DisclosurePolicySchema.parse({ minimumCellSize: 16 }).minimumCellSize; // => 16
 * DisclosurePolicySchema.parse({ minimumCellSize: 16 }).threshold; // => { min: 1, max: 15 } (the 0.1 form, until 0.3)
 * DisclosurePolicySchema.parse({ minEvents: 21 }).minEvents; // => 21
 * DisclosurePolicySchema.safeParse({ minimumCellSize: 0 }).success; // => false
 * ```
 */
export const DisclosurePolicySchema: z.ZodType<DisclosurePolicy, DisclosurePolicyInput> = DisclosurePolicyFields.transform((input, ctx) =>
  resolvePolicyInput(input, CMS_SUPPRESSION, (path, message, code) => {
    ctx.issues.push({ code: 'custom', message, input, path, params: { code } });
  }),
);
