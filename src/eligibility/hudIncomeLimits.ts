import { describe, fail } from '../internal/errors.ts';
import { dateString } from '../internal/validate.ts';
import { tableInForce } from './internal/checks.ts';
import { HUD_TABLES } from './internal/tableChecks.ts';
import { validatedTables } from './internal/tableSets.ts';
import { HUD_INCOME_LIMITS_SANTA_CLARA, type HudIncomeLimits, type HudLimitsTable } from './hudIncomeLimitsTables.ts';

/**
 * Areas whose HUD limits the library bundles.
 *
 * @category HUD income limits
 */
export type HudBundledArea = 'santa-clara-ca';

/**
 * The HUD income limits in force on a date: the table whose effective dates (both inclusive) contain `asOf`.
 * HUD's FY2025 limits took effect on 1 April 2025, so `"2025-03-31"` gets FY2024 and `"2025-04-01"` FY2025.
 * A date no table covers is an error — never a silent fallback to the nearest year.
 *
 * Source: HUD Section 8 income limits ({@link HUD_INCOME_LIMITS_SANTA_CLARA}).
 *
 * @param area - `'santa-clara-ca'` for the bundled San José–Sunnyvale–Santa Clara HMFA tables, or your own
 *   tables (validated by {@link HudLimitsTableSchema}; tables of one area must not overlap in time).
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns The {@link HudLimitsTable} in force (sizes 1–8; see {@link hudLimitsForSize} for larger households).
 * @throws {EquityLensError} `invalid_date` for a bad date, `not_found` for an unknown area, `not_covered` when no
 *   table covers `asOf`, `invalid_schema` (or the field's code) for an invalid own table.
 * @category HUD income limits
 * @example
 * ```ts
 * import { hudIncomeLimits } from "./hudIncomeLimits.ts";
 *
 * hudIncomeLimits("santa-clara-ca", "2025-03-31").fiscalYear; // => 2024
 * hudIncomeLimits("santa-clara-ca", "2025-04-01").fiscalYear; // => 2025
 * hudIncomeLimits("santa-clara-ca", "2025-04-01").veryLow[3]; // => 100450
 * ```
 */
export function hudIncomeLimits(area: HudBundledArea | readonly HudLimitsTable[], asOf: string): HudIncomeLimits {
  const fn = 'hudIncomeLimits';
  dateString(asOf, 'asOf', fn);
  let tables: readonly HudLimitsTable[];
  if (typeof area === 'string') {
    if (area !== 'santa-clara-ca') {
      fail('not_found', 'area', `${fn}: area is ${describe(area)}; the bundled area is "santa-clara-ca" — pass your own HUD tables for other areas.`);
    }
    tables = HUD_INCOME_LIMITS_SANTA_CLARA;
  } else {
    tables = validatedTables(HUD_TABLES, area, 'area', fn);
    const areas = new Set(tables.map((t) => t.area));
    if (areas.size > 1) {
      fail('invalid_value', 'area', `${fn}: area holds tables of ${areas.size} areas (${[...areas].join(', ')}); pass the tables of one area.`);
    }
  }
  return tableInForce(tables, asOf, 'asOf', fn, 'HUD income limits');
}
