/**
 * The zod schema of a year of HHS poverty guidelines.
 *
 * @module
 */
import * as z from 'zod';
import { superRefineWith } from '../internal/zodRefinement.ts';
import { effectiveDatesInOrder, ROUNDINGS } from './internal/tableRules.ts';
import { tableHeaderShape } from './internal/tableShape.ts';
import type { PovertyGuidelineTable } from './povertyGuidelineTables.ts';

const amountsSchema = z.strictObject({
  firstPerson: z.number().int().positive(),
  additionalPerson: z.number().int().positive(),
});

/**
 * Zod schema of a {@link PovertyGuidelineTable}, for cities that pass their own tables (a later year, a
 * territory). Checks dates, positive whole-dollar amounts and `effectiveFrom ≤ effectiveTo`.
 * `povertyGuideline` checks the tables it is given with the same rules, without zod.
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { PovertyGuidelineTableSchema } from "./PovertyGuidelineTableSchema.ts";
 * import { HHS_POVERTY_GUIDELINES } from "./povertyGuidelineTables.ts";
 *
 * const table2025 = HHS_POVERTY_GUIDELINES.find((t) => t.year === 2025);
 * PovertyGuidelineTableSchema.safeParse(table2025).success; // => true
 * PovertyGuidelineTableSchema.safeParse({ ...table2025, effectiveFrom: "2025-02-30" }).success; // => false
 * ```
 */
export const PovertyGuidelineTableSchema: z.ZodType<PovertyGuidelineTable> = z
  .strictObject({
    ...tableHeaderShape,
    year: z.number().int().min(1900).max(2200),
    rounding: z.enum(ROUNDINGS),
    regions: z.strictObject({ contiguous: amountsSchema, alaska: amountsSchema, hawaii: amountsSchema }),
  })
  .superRefine(superRefineWith(effectiveDatesInOrder));
