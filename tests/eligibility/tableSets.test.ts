/**
 * How city-supplied table sets are validated (`src/eligibility/internal/tableSets.ts`): a set is checked once per
 * array and kind, a set checked as one kind is checked again when passed as another, and the errors name the
 * offending table by its index in the caller's array.
 */
import { describe, expect, it } from 'vitest';
import {
  CA_SMI_CEILINGS,
  caSmiCeiling,
  HHS_POVERTY_GUIDELINES,
  HUD_INCOME_LIMITS_SANTA_CLARA,
  hudIncomeCategory,
  hudIncomeLimits,
  povertyGuideline,
  type HudLimitsTable,
  type PovertyGuidelineTable,
} from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

function povertyTable(year: number): PovertyGuidelineTable {
  const table = HHS_POVERTY_GUIDELINES.find((t) => t.year === year);
  if (table === undefined) throw new Error(`no bundled ${year} table`);
  return table;
}

function hudTable(fiscalYear: number): HudLimitsTable {
  const table = HUD_INCOME_LIMITS_SANTA_CLARA.find((t) => t.fiscalYear === fiscalYear);
  if (table === undefined) throw new Error(`no bundled FY${fiscalYear} table`);
  return table;
}

/** A copy of `table` whose `notes` counts its reads: only validation reads `notes`, never a lookup. */
function counted<T extends object>(table: T): { table: T; reads: () => number } {
  let reads = 0;
  const copy = { ...table };
  Object.defineProperty(copy, 'notes', {
    enumerable: true,
    get: () => {
      reads++;
      return 'counted';
    },
  });
  return { table: copy, reads: () => reads };
}

describe('table sets are checked once per array and kind', () => {
  it('a set of own poverty tables is read by the checks on its first use only', () => {
    const { table, reads } = counted(povertyTable(2025));
    const tables = [table];
    // 2025 contiguous guideline for 4 persons: 15,650 + 3 × 5,500 = 32,150 (90 FR 5917).
    expect(povertyGuideline(4, { year: 2025, tables })).toBe(32150);
    const afterFirst = reads();
    expect(afterFirst).toBeGreaterThan(0);
    expect(povertyGuideline(4, { year: 2025, tables })).toBe(32150);
    expect(povertyGuideline(1, { year: 2025, tables })).toBe(15650);
    expect(reads()).toBe(afterFirst);
    // Another array holding the same table is another set: checked again.
    expect(povertyGuideline(4, { year: 2025, tables: [table] })).toBe(32150);
    expect(reads()).toBeGreaterThan(afterFirst);
  });

  it('a HUD limits object is read by the checks on its first use only', () => {
    const { table, reads } = counted(hudTable(2025));
    // FY2025 Santa Clara, 4 persons: VLI 100,450, LI 159,550 (HUD FY2025 Section 8 limits).
    expect(hudIncomeCategory(100450, 4, table)).toBe('veryLow');
    const afterFirst = reads();
    expect(afterFirst).toBeGreaterThan(0);
    expect(hudIncomeCategory(100451, 4, table)).toBe('low');
    expect(hudIncomeCategory(159551, 4, table)).toBe('aboveLow');
    expect(reads()).toBe(afterFirst);
  });

  it('a set checked as SMI ceilings is checked again as HUD limits (it used to be taken unchecked)', () => {
    const smi = CA_SMI_CEILINGS.map((t) => ({ ...t }));
    // 2025-26 4-person monthly 85 % SMI ceiling $9,020 (reference/eligibility.md §3.2).
    expect(caSmiCeiling(4, { asOf: '2025-07-01', tables: smi }).monthly).toBe(9020);
    const asHud = caught(() => hudIncomeLimits(smi as unknown as HudLimitsTable[], '2025-07-01'));
    expect([asHud.code, asHud.path]).toEqual(['invalid_schema', 'area[0].area']);
    expect(asHud.message.split('\n')[1]).toBe(
      '  - area[0].area: hudIncomeLimits: area[0].area is missing; a HUD income limits table needs it (Invalid input: expected string, received undefined).',
    );
    const asPoverty = caught(() => povertyGuideline(4, { year: 2025, tables: smi as unknown as PovertyGuidelineTable[] }));
    expect([asPoverty.code, asPoverty.path]).toEqual(['invalid_schema', 'options.tables[0].year']);
  });

  it('a set of HUD tables checked by hudIncomeLimits is not a limits object for hudIncomeCategory (it used to throw a TypeError)', () => {
    const hud = HUD_INCOME_LIMITS_SANTA_CLARA.map((t) => ({ ...t }));
    expect(hudIncomeLimits(hud, '2025-04-01').veryLow[3]).toBe(100450);
    const error = caught(() => hudIncomeCategory(50000, 4, hud as unknown as HudLimitsTable));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_type',
      'limits',
      'hudIncomeCategory: limits is invalid: Invalid input: expected object, received array; fix limits in a HUD income limits table.',
    ]);
  });
});

describe('table set errors', () => {
  it('tables that are not an array', () => {
    const error = caught(() => povertyGuideline(4, { year: 2025, tables: {} as unknown as PovertyGuidelineTable[] }));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_type',
      'options.tables',
      'povertyGuideline: options.tables is an object; expected an array of poverty guideline tables.',
    ]);
    const smi = caught(() => caSmiCeiling(4, { asOf: '2025-07-01', tables: 'ca' as unknown as [] }));
    expect(smi.message).toBe('caSmiCeiling: options.tables is "ca"; expected an array of California SMI ceiling tables.');
  });

  it('an invalid table names its index and its kind', () => {
    const error = caught(() => povertyGuideline(4, { year: 2025, tables: [povertyTable(2024), { ...povertyTable(2025), year: 1800 }] }));
    expect([error.code, error.path, error.message]).toEqual([
      'out_of_range',
      'options.tables[1].year',
      'povertyGuideline: options.tables[1].year is invalid: Too small: expected number to be >=1900; fix options.tables[1].year in a poverty guideline table.',
    ]);
  });

  it('poverty tables that overlap in time are refused (2024 runs to 2025-01-14, a 2025 table from that day overlaps)', () => {
    const error = caught(() => povertyGuideline(4, { year: 2025, tables: [povertyTable(2024), { ...povertyTable(2025), effectiveFrom: '2025-01-14' }] }));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_value',
      'options.tables[1].effectiveFrom',
      'povertyGuideline: options.tables[1] (hhs-poverty-guidelines-2025) starts 2025-01-14, while options.tables[0] (hhs-poverty-guidelines-2024) is still in force; give hhs-poverty-guidelines-2024 an effectiveTo before 2025-01-14.',
    ]);
  });

  it('HUD tables overlap only within an area, and the error names the indices of the whole array', () => {
    const fy2024 = hudTable(2024);
    const other = { ...fy2024, id: 'hud-other-fy2024', area: 'other-area' };
    // FY2024 runs to 2025-03-31; an FY2025 table starting 2025-03-01 overlaps it. In the caller's array the two
    // santa-clara tables are at 0 and 2 (1 and 0 within their area).
    const early = { ...hudTable(2025), effectiveFrom: '2025-03-01' };
    const error = caught(() => hudIncomeLimits([fy2024, other, early], '2025-05-01'));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_value',
      'area[2].effectiveFrom',
      'hudIncomeLimits: area[2] (hud-il-fy2025-santa-clara-ca) starts 2025-03-01, while area[0] (hud-il-fy2024-santa-clara-ca) is still in force; give hud-il-fy2024-santa-clara-ca an effectiveTo before 2025-03-01.',
    ]);
    // Two areas in force on the same dates do not overlap each other; hudIncomeLimits then asks for one area.
    const twoAreas = caught(() => hudIncomeLimits([fy2024, other, hudTable(2025)], '2025-05-01'));
    expect([twoAreas.code, twoAreas.path, twoAreas.message]).toEqual([
      'invalid_value',
      'area',
      'hudIncomeLimits: area holds tables of 2 areas (santa-clara-ca, other-area); pass the tables of one area.',
    ]);
  });
});
