/**
 * The zod schema of a fiscal year of California's SMI child-care ceilings.
 *
 * @module
 */
import * as z from 'zod';
import { superRefineWith } from '../internal/zodRefinement.ts';
import { ROUNDINGS, SMI_FISCAL_YEAR, SMI_FISCAL_YEAR_MESSAGE, smiCeilingsConsistent } from './internal/tableRules.ts';
import { tableHeaderShape } from './internal/tableShape.ts';
import type { SmiCeilingTable } from './smiCeilingTables.ts';

const row = z.array(z.number().int().positive()).length(11);

/**
 * Zod schema of a {@link SmiCeilingTable}: 11 rows per column, non-decreasing with size, 85 % below 100 %.
 * `caSmiCeiling` checks the tables it is given with the same rules, without zod.
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { SmiCeilingTableSchema } from "./SmiCeilingTableSchema.ts";
 * import { CA_SMI_CEILINGS } from "./smiCeilingTables.ts";
 *
 * SmiCeilingTableSchema.safeParse(CA_SMI_CEILINGS[1]).success; // => true
 * SmiCeilingTableSchema.safeParse({ ...CA_SMI_CEILINGS[1], monthly85: [6860] }).success; // => false
 * ```
 */
export const SmiCeilingTableSchema: z.ZodType<SmiCeilingTable> = z
  .strictObject({
    ...tableHeaderShape,
    fiscalYear: z.string().regex(SMI_FISCAL_YEAR, SMI_FISCAL_YEAR_MESSAGE),
    rounding: z.enum(ROUNDINGS),
    annual100: row,
    annual85: row,
    monthly85: row,
  })
  .superRefine(superRefineWith(smiCeilingsConsistent));
