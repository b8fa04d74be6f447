/**
 * Zod building blocks shared by the parameter-table schemas.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { EligibilityTableSourceSchema, type EligibilityTableSource, type EligibilityTableStatus } from '../tableSource.ts';
import { fastDateKey } from './checks.ts';

/**
 * A `YYYY-MM-DD` string naming a real calendar date.
 *
 * @internal
 */
export const dateStringSchema: z.ZodType<string> = z
  .string({ error: 'expected a date string written YYYY-MM-DD, e.g. "2025-04-01"' })
  .refine((value) => fastDateKey(value) >= 0, { message: 'expected a real date written YYYY-MM-DD, e.g. "2025-04-01"' });

/**
 * Zod schema of {@link EligibilityTableStatus}.
 *
 * @internal
 */
export const tableStatusSchema: z.ZodType<EligibilityTableStatus> = z.enum(['published', 'secondary', 'derived']);

/**
 * The dated and documented fields every table shares (id, jurisdiction, effective dates, source, status).
 *
 * @internal
 */
export const tableHeaderShape: {
  id: z.ZodString;
  jurisdiction: z.ZodString;
  effectiveFrom: z.ZodType<string>;
  effectiveTo: z.ZodOptional<z.ZodType<string>>;
  source: z.ZodType<EligibilityTableSource>;
  status: z.ZodType<EligibilityTableStatus>;
  notes: z.ZodOptional<z.ZodString>;
} = {
  id: z.string().min(1),
  jurisdiction: z.string().min(1),
  effectiveFrom: dateStringSchema,
  effectiveTo: dateStringSchema.optional(),
  source: EligibilityTableSourceSchema,
  status: tableStatusSchema,
  notes: z.string().optional(),
};

/**
 * Checks `effectiveFrom ≤ effectiveTo` inside a table.
 *
 * @internal
 */
export function checkEffectiveDates(
  table: { effectiveFrom: string; effectiveTo?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (table.effectiveTo !== undefined && table.effectiveTo < table.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: `effectiveTo ${table.effectiveTo} is before effectiveFrom ${table.effectiveFrom}` });
  }
}
