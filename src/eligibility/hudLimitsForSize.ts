import { fail } from '../internal/errors.ts';
import { householdSize as checkHouseholdSize } from './internal/checks.ts';
import { validatedHudLimits } from './internal/tableSets.ts';
import type { HudIncomeLimits } from './hudIncomeLimitsTables.ts';
import { HHS_POVERTY_GUIDELINES } from './povertyGuidelineTables.ts';

/**
 * HUD income limits for one household size.
 *
 * @category HUD income limits
 */
export interface HudSizeLimits {
  /** Household size the limits apply to. */
  readonly householdSize: number;
  /** Extremely low income limit, dollars per year. */
  readonly extremelyLow: number;
  /** Very low (50 %) income limit, dollars per year. */
  readonly veryLow: number;
  /** Low (80 %) income limit, dollars per year. */
  readonly low: number;
  /** `true` when the size is above 8 and the limits were extrapolated by HUD's rule rather than read. */
  readonly extrapolated: boolean;
}

/**
 * The HUD limits of one household size. Sizes 1–8 are read from the table. Above 8 persons HUD adds 8 % of the
 * 4-person limit per extra person — factor `1.32 + 0.08 × (n − 8)` — and rounds up to the next $50
 * (24 CFR 81.17; HUD income-limit methodology). The extremely-low limit follows 42 U.S.C. 1437a(b)(2)(C): the
 * higher of the size-adjusted 30 % limit (30/50 of the 4-person VLI, rounded to $50) and the poverty guideline
 * of the table's `povertyGuidelineYear`, but never above the VLI. Arithmetic is exact on whole dollars.
 *
 * Never clamps to 8: a 9-person household gets a higher limit than an 8-person one.
 *
 * @param limits - A HUD limits table, e.g. from {@link hudIncomeLimits}.
 * @param householdSize - Persons, a whole number in [1, 30].
 * @returns The three limits for that size and whether they were extrapolated.
 * @throws {EquityLensError} for a bad size or table; `not_covered` at `limits.povertyGuidelineYear` for a size above 8
 *   when that year is not bundled (the extremely-low limit needs its guideline).
 * @category HUD income limits
 * @example
 * ```ts
 * import { hudIncomeLimits } from "./hudIncomeLimits.ts";
 * import { hudLimitsForSize } from "./hudLimitsForSize.ts";
 *
 * const fy2025 = hudIncomeLimits("santa-clara-ca", "2025-06-01");
 * hudLimitsForSize(fy2025, 4); // => { householdSize: 4, extremelyLow: 60250, veryLow: 100450, low: 159550, extrapolated: false }
 * hudLimitsForSize(fy2025, 9); // => { householdSize: 9, extremelyLow: 84350, veryLow: 140650, low: 223400, extrapolated: true }
 * ```
 */
export function hudLimitsForSize(limits: HudIncomeLimits, householdSize: number): HudSizeLimits {
  const fn = 'hudLimitsForSize';
  const table = validatedHudLimits(limits, 'limits', fn);
  const size = checkHouseholdSize(householdSize, 'householdSize', fn);
  const limit = (key: HudLimitKey): number => sizeLimit(table, size, key, fn, 'limits');
  return { householdSize: size, extremelyLow: limit('extremelyLow'), veryLow: limit('veryLow'), low: limit('low'), extrapolated: size > 8 };
}

function ceil50OfPercent(percent: number, amount: number): number {
  // percent × amount is an exact integer; dividing by 100 × 50 and taking the ceiling is exact for these sizes.
  return Math.ceil((percent * amount) / 5000) * 50;
}

/**
 * One limit of a validated table for a validated size. Only the extremely-low limit above 8 persons needs the
 * poverty guideline of the table's `povertyGuidelineYear`, so only it fails when that year is not bundled.
 *
 * @param tablePath - Where the caller's table is, for the error (`limits`, `options.tables.hud[0]`).
 * @internal
 */
export function sizeLimit(table: HudIncomeLimits, size: number, key: HudLimitKey, fn: string, tablePath: string): number {
  if (size <= 8) return table[key][size - 1] as number;
  const percent = 132 + 8 * (size - 8);
  const veryLow = ceil50OfPercent(percent, table.veryLow[3] as number);
  if (key === 'veryLow') return veryLow;
  if (key === 'low') return ceil50OfPercent(percent, table.low[3] as number);
  const thirtyPercent4 = Math.round((6 * (table.veryLow[3] as number)) / 500) * 50;
  const thirtyPercent = ceil50OfPercent(percent, thirtyPercent4);
  const guidelines = HHS_POVERTY_GUIDELINES.find((t) => t.year === table.povertyGuidelineYear);
  if (guidelines === undefined) {
    const years = HHS_POVERTY_GUIDELINES.map((t) => t.year);
    fail(
      'not_covered',
      `${tablePath}.povertyGuidelineYear`,
      `${fn}: ${tablePath}.povertyGuidelineYear is ${table.povertyGuidelineYear}, which is not bundled; the extremely-low limit above 8 persons is the higher of the 30 % limit and that year's poverty guideline. Set it to a bundled year (${years.join(', ')}), or use the very-low or low limit.`,
    );
  }
  const amounts = guidelines.regions[table.povertyGuidelineRegion ?? 'contiguous'];
  const poverty = amounts.firstPerson + amounts.additionalPerson * (size - 1);
  return Math.min(veryLow, Math.max(thirtyPercent, poverty));
}

/** The three limits of a HUD table. @internal */
export type HudLimitKey = 'extremelyLow' | 'veryLow' | 'low';
