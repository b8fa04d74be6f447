/**
 * The small-cell policy an indicator's published numbers follow.
 *
 * @module
 */
import * as z from 'zod';

/**
 * What to suppress or flag before an indicator is published. The default is the CMS cell-size suppression
 * policy: counts from 1 to 10 are never shown (`minimumCellSize: 11`), 0 may be shown, and any cell from
 * which a suppressed count could be derived is suppressed too (`complementary: true`). Rates on fewer than
 * `minEvents` events are flagged unreliable (NCHS: 20, the default of the disclosure module; CDC WISQARS' "20 or
 * fewer" is `minEvents: 21`). `defineGoal` accepts the 0.1 field `unstableAtOrBelow: u` as `minEvents: u + 1`
 * until 0.3.
 *
 * Sources: CMS cell suppression policy (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy);
 * CDC WISQARS unstable rates (https://www.cdc.gov/injury/wisqars/mapping_help/unstable_rates.html).
 *
 * @category Goals
 */
export type SuppressionPolicy = z.infer<typeof SuppressionPolicySchema>;

/**
 * The schema of a {@link SuppressionPolicy}; every field has a default, so `{}` is the CMS policy.
 *
 * @category Goals
 * @example
 * ```ts
 * import { SuppressionPolicySchema } from "./SuppressionPolicySchema.ts";
 *
 * SuppressionPolicySchema.parse({}).minimumCellSize; // => 11
 * SuppressionPolicySchema.parse({ minEvents: 21 }).minEvents; // => 21
 * ```
 */
export const SuppressionPolicySchema: z.ZodObject<
  {
    minimumCellSize: z.ZodDefault<z.ZodNumber>;
    suppressZero: z.ZodDefault<z.ZodBoolean>;
    complementary: z.ZodDefault<z.ZodBoolean>;
    appliesTo: z.ZodDefault<z.ZodEnum<{ numerator: 'numerator'; denominator: 'denominator'; both: 'both' }>>;
    minEvents: z.ZodExactOptional<z.ZodNumber>;
  },
  z.core.$strict
> = z
  .strictObject({
    minimumCellSize: z
      .number()
      .int()
      .min(1, { error: (issue) => `is ${String(issue.input)}; the smallest publishable count is at least 1 (CMS: 11).` })
      .default(11)
      .meta({ description: 'The smallest count that may be published; counts from 1 to minimumCellSize − 1 are suppressed. Default 11 (CMS: no cell of 1–10).' }),
    suppressZero: z.boolean().default(false).meta({ description: 'Whether a count of 0 is suppressed too. Default false (CMS allows 0).' }),
    complementary: z
      .boolean()
      .default(true)
      .meta({ description: 'Whether to also suppress cells (other groups, totals) from which a suppressed count could be derived. Default true.' }),
    appliesTo: z
      .enum(['numerator', 'denominator', 'both'])
      .default('both')
      .meta({ description: 'Which counts of a rate are tested against minimumCellSize. Default "both".' }),
    minEvents: z
      .number()
      .int()
      .nonnegative()
      .exactOptional()
      .meta({ description: 'Flag a rate as unreliable when it rests on fewer events than this (NCHS: 20, the default; CDC WISQARS\' "20 or fewer" is 21; 0 flags nothing). 0.1 wrote unstableAtOrBelow: u, accepted by defineGoal as minEvents u + 1 until 0.3.' }),
  })
  .meta({ id: 'SuppressionPolicy', description: 'Small-cell suppression and reliability flags applied before publication. Defaults follow the CMS cell-size policy.' });
