/**
 * The zod schema of a fiscal year of HUD income limits for one area.
 *
 * @module
 */
import * as z from 'zod';
import { superRefineWith } from '../internal/zodRefinement.ts';
import type { HudLimitsTable } from './hudIncomeLimitsTables.ts';
import { hudLimitsConsistent, REGIONS, ROUNDINGS } from './internal/tableRules.ts';
import { tableHeaderShape } from './internal/tableShape.ts';

const limitRow = z.array(z.number().int().positive()).length(8);

/**
 * Zod schema of a {@link HudLimitsTable}. Besides types and dates it checks the table's internal consistency:
 * eight sizes per category, limits non-decreasing with size, and ELI ≤ VLI ≤ LI for every size.
 * `hudIncomeLimits` and `hudIncomeCategory` check the tables they are given with the same rules, without zod.
 *
 * @category Parameter tables
 * @example
 * ```ts
 * import { HudLimitsTableSchema } from "./HudLimitsTableSchema.ts";
 * import { HUD_INCOME_LIMITS_SANTA_CLARA } from "./hudIncomeLimitsTables.ts";
 *
 * HudLimitsTableSchema.safeParse(HUD_INCOME_LIMITS_SANTA_CLARA[1]).success; // => true
 * HudLimitsTableSchema.safeParse({ ...HUD_INCOME_LIMITS_SANTA_CLARA[1], low: [1, 2, 3] }).success; // => false
 * ```
 */
export const HudLimitsTableSchema: z.ZodType<HudLimitsTable> = z
  .strictObject({
    ...tableHeaderShape,
    area: z.string().min(1),
    areaName: z.string().min(1),
    fiscalYear: z.number().int().min(1970).max(2200),
    rounding: z.enum(ROUNDINGS),
    medianFamilyIncome: z.number().int().positive(),
    extremelyLow: limitRow,
    veryLow: limitRow,
    low: limitRow,
    povertyGuidelineYear: z.number().int().min(1900).max(2200),
    povertyGuidelineRegion: z.enum(REGIONS).optional(),
  })
  .superRefine(superRefineWith(hudLimitsConsistent));
