/**
 * The cross-field rules of the parameter tables (`src/eligibility/internal/tableRules.ts`), shared by the zod
 * schemas and their plain checks: dates in order, rows that never fall with household size, ELI ≤ VLI ≤ LI, and
 * the 85 % SMI ceiling at most 100 % SMI. Each rule is tested on both sides of its boundary (equal values pass),
 * from the bundled FY2025 HUD and 2025-26 SMI tables (HUD FY2025 Section 8 limits; reference/eligibility.md §3.2).
 */
import { describe, expect, it } from 'vitest';
import { CA_SMI_CEILINGS, HUD_INCOME_LIMITS_SANTA_CLARA, HudLimitsTableSchema, SmiCeilingTableSchema, type HudLimitsTable, type SmiCeilingTable } from '../../src/eligibility/index.ts';
import { hudLimitsTableIssues, povertyGuidelineTableIssues, smiCeilingTableIssues } from '../../src/eligibility/internal/tableChecks.ts';
import { HHS_POVERTY_GUIDELINES } from '../../src/eligibility/povertyGuidelineTables.ts';

/** The custom issues (cross-field rules) of a table, as [path, message]. */
function rules(issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[]): [PropertyKey[], string][] {
  return issues.filter((issue) => issue.code === 'custom').map((issue) => [[...issue.path], issue.message]);
}

function hud2025(): HudLimitsTable {
  return HUD_INCOME_LIMITS_SANTA_CLARA.find((t) => t.fiscalYear === 2025) as HudLimitsTable;
}

function smi2025(): SmiCeilingTable {
  return CA_SMI_CEILINGS.find((t) => t.fiscalYear === '2025-26') as SmiCeilingTable;
}

/** `row` with `value` at `index`. */
function withValue(row: readonly number[], index: number, value: number): number[] {
  return row.map((v, i) => (i === index ? value : v));
}

describe('effective dates in order', () => {
  it('effectiveTo before effectiveFrom is reported at effectiveTo, for every kind', () => {
    // FY2025 starts 2025-04-01; 2025-26 SMI starts 2025-07-01.
    expect(rules(hudLimitsTableIssues({ ...hud2025(), effectiveTo: '2025-03-31' }))).toEqual([[['effectiveTo'], 'effectiveTo 2025-03-31 is before effectiveFrom 2025-04-01']]);
    expect(rules(smiCeilingTableIssues({ ...smi2025(), effectiveTo: '2025-06-30' }))).toEqual([[['effectiveTo'], 'effectiveTo 2025-06-30 is before effectiveFrom 2025-07-01']]);
    const poverty = HHS_POVERTY_GUIDELINES.find((t) => t.year === 2025);
    expect(rules(povertyGuidelineTableIssues({ ...poverty, effectiveTo: '2025-01-14' }))).toEqual([[['effectiveTo'], 'effectiveTo 2025-01-14 is before effectiveFrom 2025-01-15']]);
  });
  it('a table in force for one day (effectiveTo = effectiveFrom) and an open-ended one are valid', () => {
    expect(hudLimitsTableIssues({ ...hud2025(), effectiveTo: '2025-04-01' })).toEqual([]);
    expect(smiCeilingTableIssues({ ...smi2025(), effectiveTo: '2025-07-01' })).toEqual([]);
    const { effectiveTo: _, ...open } = hud2025();
    expect(hudLimitsTableIssues(open)).toEqual([]);
  });
  it('the zod schema reports the same rule', () => {
    const parsed = HudLimitsTableSchema.safeParse({ ...hud2025(), effectiveTo: '2025-03-31' });
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['effectiveTo'], 'effectiveTo 2025-03-31 is before effectiveFrom 2025-04-01']]);
  });
});

describe('HUD limits', () => {
  it('a limit below the limit of one person fewer is reported with both sizes', () => {
    // VLI: 80,400 for 2 persons, 90,450 for 3; 80,000 for 3 persons is below 2 (ELI 54,250 stays below it).
    const table = { ...hud2025(), veryLow: withValue(hud2025().veryLow, 2, 80000) };
    expect(rules(hudLimitsTableIssues(table))).toEqual([[['veryLow', 2], 'the limit for 3 persons is below the limit for 2']]);
  });
  it('equal limits for two sizes are valid (never falling, not rising)', () => {
    // ELI 1 person 42,200 = 2 persons; LI 8 persons 210,650 = 7 persons; VLI 8 persons = LI 8 persons 210,650.
    const table = {
      ...hud2025(),
      extremelyLow: withValue(hud2025().extremelyLow, 1, 42200),
      veryLow: withValue(hud2025().veryLow, 7, 210650),
      low: withValue(hud2025().low, 6, 210650),
    };
    expect(hudLimitsTableIssues(table)).toEqual([]);
  });
  it('ELI above VLI and VLI above LI are reported at the size', () => {
    // 8 persons: ELI 79,550, VLI 132,600, LI 210,650. ELI 132,650 > VLI; then VLI 210,700 > LI (ELI row still rises).
    const eli = { ...hud2025(), extremelyLow: withValue(hud2025().extremelyLow, 7, 132650) };
    expect(rules(hudLimitsTableIssues(eli))).toEqual([[['extremelyLow', 7], 'ELI 132650 exceeds VLI 132600']]);
    const vli = { ...hud2025(), veryLow: withValue(hud2025().veryLow, 7, 210700) };
    expect(rules(hudLimitsTableIssues(vli))).toEqual([[['veryLow', 7], 'VLI 210700 exceeds LI 210650']]);
    // 1 person: VLI lowered to ELI 42,200 is valid.
    expect(hudLimitsTableIssues({ ...hud2025(), veryLow: withValue(hud2025().veryLow, 0, 42200) })).toEqual([]);
  });
});

describe('SMI ceilings', () => {
  it('a row below the row of the next smaller family is reported with both row names', () => {
    // annual85: row "4" 108,237, row "5" 125,555; 108,236 for "5" is below "4".
    const table = { ...smi2025(), annual85: withValue(smi2025().annual85, 3, 108236) };
    expect(rules(smiCeilingTableIssues(table))).toEqual([[['annual85', 3], 'row 5 is below row 4']]);
    const first = { ...smi2025(), monthly85: withValue(smi2025().monthly85, 1, 6859) };
    expect(rules(smiCeilingTableIssues(first))).toEqual([[['monthly85', 1], 'row 3 is below row 1-2']]);
  });
  it('equal rows are valid', () => {
    // 100 % SMI row "3" equal to row "1-2" (96,854); the 85 % row "3" (93,418) stays below it.
    expect(smiCeilingTableIssues({ ...smi2025(), annual100: withValue(smi2025().annual100, 1, 96854) })).toEqual([]);
  });
  it('an 85 % ceiling above 100 % SMI is reported; equal to it is valid', () => {
    // Row "12+": 100 % SMI 191,007, 85 % 162,356.
    const above = { ...smi2025(), annual85: withValue(smi2025().annual85, 10, 191008) };
    expect(rules(smiCeilingTableIssues(above))).toEqual([[['annual85', 10], 'the 85 % ceiling exceeds 100 % SMI']]);
    expect(smiCeilingTableIssues({ ...smi2025(), annual85: withValue(smi2025().annual85, 10, 191007) })).toEqual([]);
    const parsed = SmiCeilingTableSchema.safeParse(above);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['annual85', 10], 'the 85 % ceiling exceeds 100 % SMI']]);
  });
});
