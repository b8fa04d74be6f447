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
 * @throws {EquityLensError} for a bad size or table, `not_covered` when the table's poverty-guideline year is not bundled.
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
  return sizeLimits(table, size, fn);
}

function ceil50OfPercent(percent: number, amount: number): number {
  // percent × amount is an exact integer; dividing by 100 × 50 and taking the ceiling is exact for these sizes.
  return Math.ceil((percent * amount) / 5000) * 50;
}

/**
 * Limits of a validated table for a validated size.
 *
 * @internal
 */
export function sizeLimits(table: HudIncomeLimits, size: number, fn: string): HudSizeLimits {
  if (size <= 8) {
    return {
      householdSize: size,
      extremelyLow: table.extremelyLow[size - 1] as number,
      veryLow: table.veryLow[size - 1] as number,
      low: table.low[size - 1] as number,
      extrapolated: false,
    };
  }
  const percent = 132 + 8 * (size - 8);
  const veryLow = ceil50OfPercent(percent, table.veryLow[3] as number);
  const low = ceil50OfPercent(percent, table.low[3] as number);
  const thirtyPercent4 = Math.round((6 * (table.veryLow[3] as number)) / 500) * 50;
  const thirtyPercent = ceil50OfPercent(percent, thirtyPercent4);
  const guidelines = HHS_POVERTY_GUIDELINES.find((t) => t.year === table.povertyGuidelineYear);
  if (guidelines === undefined) {
    fail(
      'not_covered',
      'limits.povertyGuidelineYear',
      `${fn}: limits.povertyGuidelineYear is ${table.povertyGuidelineYear}, which is not bundled (years: ${HHS_POVERTY_GUIDELINES.map((t) => t.year).join(', ')}); the extremely-low limit above 8 persons needs it.`,
    );
  }
  const amounts = guidelines.regions[table.povertyGuidelineRegion ?? 'contiguous'];
  const poverty = amounts.firstPerson + amounts.additionalPerson * (size - 1);
  return {
    householdSize: size,
    extremelyLow: Math.min(veryLow, Math.max(thirtyPercent, poverty)),
    veryLow,
    low,
    extrapolated: true,
  };
}
