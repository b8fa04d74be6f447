/**
 * Validation of city-supplied parameter tables, cached per array so a table set is checked once.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { HUD_INCOME_LIMITS_SANTA_CLARA, HudLimitsTableSchema, type HudLimitsTable } from '../hudIncomeLimitsTables.ts';
import { HHS_POVERTY_GUIDELINES, PovertyGuidelineTableSchema, type PovertyGuidelineTable } from '../povertyGuidelineTables.ts';
import { CA_SMI_CEILINGS, SmiCeilingTableSchema, type SmiCeilingTable } from '../smiCeilingTables.ts';
import { noOverlap } from './checks.ts';
import { errorFromZod } from './zodIssues.ts';

interface TableKinds {
  poverty: PovertyGuidelineTable;
  hud: HudLimitsTable;
  smi: SmiCeilingTable;
}

const SCHEMAS = {
  poverty: PovertyGuidelineTableSchema,
  hud: HudLimitsTableSchema,
  smi: SmiCeilingTableSchema,
} as const;

const BUNDLED: { readonly [K in keyof TableKinds]: readonly TableKinds[K][] } = {
  poverty: HHS_POVERTY_GUIDELINES,
  hud: HUD_INCOME_LIMITS_SANTA_CLARA,
  smi: CA_SMI_CEILINGS,
};

const NAMES = { poverty: 'poverty guideline', hud: 'HUD income limits', smi: 'SMI ceiling' } as const;

const checked = new WeakSet<object>();

/**
 * Validates a set of tables of one kind with its exported schema; tables of one set (one HUD area) must not
 * overlap in time. Bundled tables and sets already checked are returned at once.
 *
 * @internal
 */
export function validatedTables<K extends keyof TableKinds>(kind: K, tables: unknown, path: string, fn: string): readonly TableKinds[K][] {
  if (tables === BUNDLED[kind] || (typeof tables === 'object' && tables !== null && checked.has(tables))) {
    return tables as readonly TableKinds[K][];
  }
  if (!Array.isArray(tables)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(tables)}; expected an array of ${NAMES[kind]} tables.`);
  }
  tables.forEach((table, i) => {
    const parsed = SCHEMAS[kind].safeParse(table);
    if (!parsed.success) throw errorFromZod(fn, `${path}[${i}]`, parsed.error, `a ${NAMES[kind]} table`, table);
  });
  const typed = tables as readonly TableKinds[K][];
  if (kind === 'hud') {
    const areas = new Map<string, { table: HudLimitsTable; index: number }[]>();
    (typed as readonly HudLimitsTable[]).forEach((table, index) => {
      const list = areas.get(table.area) ?? [];
      list.push({ table, index });
      areas.set(table.area, list);
    });
    for (const list of areas.values()) {
      noOverlap(list.map((entry) => entry.table), path, fn, list.map((entry) => entry.index));
    }
  } else {
    noOverlap(typed, path, fn);
  }
  checked.add(tables);
  return typed;
}

/**
 * The bundled tables of a kind.
 *
 * @internal
 */
export function bundledTables<K extends keyof TableKinds>(kind: K): readonly TableKinds[K][] {
  return BUNDLED[kind];
}

/**
 * Validates one HUD limits object (usually the result of `hudIncomeLimits`).
 *
 * @internal
 */
export function validatedHudLimits(limits: unknown, path: string, fn: string): HudLimitsTable {
  if (typeof limits === 'object' && limits !== null && (checked.has(limits) || HUD_INCOME_LIMITS_SANTA_CLARA.includes(limits as HudLimitsTable))) {
    return limits as HudLimitsTable;
  }
  const parsed = HudLimitsTableSchema.safeParse(limits);
  if (!parsed.success) throw errorFromZod(fn, path, parsed.error, 'a HUD income limits table', limits);
  checked.add(limits as object);
  return limits as HudLimitsTable;
}
