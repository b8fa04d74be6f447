/**
 * Reading the options shared by `evaluateEligibility` and `screenHouseholds`.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { dateString, knownKeys } from '../../internal/validate.ts';
import type { HudLimitsTable } from '../hudIncomeLimitsTables.ts';
import type { PovertyGuidelineTable } from '../povertyGuidelineTables.ts';
import type { SmiCeilingTable } from '../smiCeilingTables.ts';
import type { TableSets } from './compile.ts';
import { HUD_TABLES, POVERTY_TABLES, SMI_TABLES } from './tableChecks.ts';
import { validatedTables } from './tableSets.ts';

/** Own tables, by kind; each replaces the bundled tables of its kind. */
export interface OwnTables {
  poverty?: readonly PovertyGuidelineTable[];
  hud?: readonly HudLimitsTable[];
  smi?: readonly SmiCeilingTable[];
}

/**
 * Validates `{ asOf, tables? }` and returns the date and the table sets to use.
 *
 * @internal
 */
export function readRuleOptions(options: unknown, fn: string, extraKeys: readonly string[]): { asOf: string; tables: TableSets; own: boolean } {
  if (options === null || typeof options !== 'object') {
    fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; pass { asOf: "YYYY-MM-DD" }, the date eligibility is decided on.`);
  }
  knownKeys(options, ['asOf', 'tables', ...extraKeys], 'options', fn);
  const o = options as { asOf?: unknown; tables?: unknown };
  if (o.asOf === undefined) fail('missing_field', 'options.asOf', `${fn}: options.asOf is missing; pass the date eligibility is decided on, e.g. { asOf: "2025-07-01" }.`);
  dateString(o.asOf, 'options.asOf', fn);
  const asOf = o.asOf as string;
  if (o.tables === undefined) {
    return { asOf, tables: { poverty: POVERTY_TABLES.bundled, hud: HUD_TABLES.bundled, smi: SMI_TABLES.bundled }, own: false };
  }
  if (o.tables === null || typeof o.tables !== 'object') {
    fail('invalid_type', 'options.tables', `${fn}: options.tables is ${describe(o.tables)}; pass { poverty?, hud?, smi? } arrays of tables.`);
  }
  knownKeys(o.tables, ['poverty', 'hud', 'smi'], 'options.tables', fn);
  const t = o.tables as { poverty?: unknown; hud?: unknown; smi?: unknown };
  return {
    asOf,
    tables: {
      poverty: t.poverty === undefined ? POVERTY_TABLES.bundled : validatedTables(POVERTY_TABLES, t.poverty, 'options.tables.poverty', fn),
      hud: t.hud === undefined ? HUD_TABLES.bundled : validatedTables(HUD_TABLES, t.hud, 'options.tables.hud', fn),
      smi: t.smi === undefined ? SMI_TABLES.bundled : validatedTables(SMI_TABLES, t.smi, 'options.tables.smi', fn),
    },
    own: true,
  };
}
