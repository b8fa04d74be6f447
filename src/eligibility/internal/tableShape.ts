/**
 * Zod building blocks shared by the parameter-table schemas.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { EligibilityTableSourceSchema } from '../EligibilityTableSourceSchema.ts';
import type { EligibilityTableSource, EligibilityTableStatus } from '../tableSource.ts';
import { DATE_MESSAGE, DATE_TYPE_MESSAGE, isDateString, STATUSES } from './tableRules.ts';

/**
 * A `YYYY-MM-DD` string naming a real calendar date.
 *
 * @internal
 */
export const dateStringSchema: z.ZodType<string> = z
  .string({ error: DATE_TYPE_MESSAGE })
  .refine(isDateString, { message: DATE_MESSAGE });

/**
 * Zod schema of {@link EligibilityTableStatus}.
 *
 * @internal
 */
export const tableStatusSchema: z.ZodType<EligibilityTableStatus> = z.enum(STATUSES);

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
