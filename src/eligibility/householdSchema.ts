/**
 * The public zod schema of a household record.
 *
 * @module
 */
import type * as z from 'zod';
import type { Household } from '../internal/records.ts';
import { householdObjectSchema } from './internal/householdShape.ts';

/**
 * Zod schema of a {@link Household} record: `id`, optional `location` (`[lng, lat]` in range), `size` (a whole
 * number in [1, 30]), optional `annualIncome` (finite, ≥ 0) or `incomes` (`{ amount ≥ 0, frequency, source? }`),
 * optional `members` (`{ birthDate: "YYYY-MM-DD", disability? }`), `attributes` (string values) and optional
 * `categorical` program names. It accepts exactly the `Household` type (`z.infer<typeof HouseholdSchema>` is
 * `Household`); unknown fields are stripped. Use it to validate records before analysis, or to export a JSON Schema
 * with `z.toJSONSchema`.
 *
 * @category Records
 * @example
 * ```ts
 * import { HouseholdSchema } from "./householdSchema.ts";
 *
 * HouseholdSchema.safeParse({ id: "h1", size: 4, annualIncome: 52000, attributes: { district: "5" } }).success; // => true
 * HouseholdSchema.safeParse({ id: "h2", size: 0, attributes: {} }).success; // => false
 * HouseholdSchema.safeParse({ id: "h3", size: 2, members: [{ birthDate: "2025-02-30" }], attributes: {} }).success; // => false
 * ```
 */
export const HouseholdSchema: z.ZodType<Household> = householdObjectSchema;
