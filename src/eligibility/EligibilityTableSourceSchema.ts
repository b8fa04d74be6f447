/**
 * The zod schema of a parameter table's provenance.
 *
 * @module
 */
import * as z from 'zod';
import type { EligibilityTableSource } from './tableSource.ts';

/**
 * Zod schema of {@link EligibilityTableSource}.
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { EligibilityTableSourceSchema } from "./EligibilityTableSourceSchema.ts";
 *
 * EligibilityTableSourceSchema.safeParse({ title: "HUD FY2025 income limits", url: "https://www.huduser.gov/portal/datasets/il.html" }).success; // => true
 * ```
 */
export const EligibilityTableSourceSchema: z.ZodType<EligibilityTableSource> = z.strictObject({
  title: z.string().min(1),
  url: z.string().min(1),
  documentId: z.string().min(1).optional(),
});
