/**
 * The plain checks that validate a city's own tables without zod (`src/eligibility/internal/tableChecks.ts`)
 * report exactly what the published zod schemas report: same issues (codes, paths, zod's English messages,
 * order), hence the same EquityLensError, on tables mutated from the bundled ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  CA_SMI_CEILINGS,
  HHS_POVERTY_GUIDELINES,
  HUD_INCOME_LIMITS_SANTA_CLARA,
  HudLimitsTableSchema,
  PovertyGuidelineTableSchema,
  SmiCeilingTableSchema,
} from '../../src/eligibility/index.ts';
import { hudLimitsTableIssues, povertyGuidelineTableIssues, smiCeilingTableIssues } from '../../src/eligibility/internal/tableChecks.ts';
import { errorFromZod } from '../../src/eligibility/internal/zodIssues.ts';
import { expectSameIssues, mutatedArb } from '../helpers/plainVsZod.ts';

const kinds: [string, z.ZodType, (table: unknown) => readonly object[], readonly object[]][] = [
  ['poverty guideline', PovertyGuidelineTableSchema, povertyGuidelineTableIssues, HHS_POVERTY_GUIDELINES],
  ['HUD income limits', HudLimitsTableSchema, hudLimitsTableIssues, HUD_INCOME_LIMITS_SANTA_CLARA],
  ['SMI ceiling', SmiCeilingTableSchema, smiCeilingTableIssues, CA_SMI_CEILINGS],
];

describe('plain table checks = zod table schemas', () => {
  it.each(kinds)('%s: every bundled table passes both', (_, schema, plain, bundled) => {
    for (const table of bundled) {
      expect(schema.safeParse(table).success).toBe(true);
      expect(plain(table)).toEqual([]);
    }
  });

  it.each(kinds)('%s: mutated tables get the same issues (property)', (_, schema, plain, bundled) => {
    fc.assert(
      fc.property(fc.constantFrom(...bundled).chain(mutatedArb), (table) => expectSameIssues(schema, plain, table)),
      { numRuns: 1500 },
    );
  });

  it.each(kinds)('%s: the same EquityLensError reaches the user (property)', (name, schema, plain, bundled) => {
    fc.assert(
      fc.property(fc.constantFrom(...bundled).chain(mutatedArb), (table) => {
        const parsed = schema.safeParse(table);
        const issues = plain(table) as Parameters<typeof errorFromZod>[2];
        expect(issues.length === 0).toBe(parsed.success);
        if (parsed.success) return;
        const fromPlain = errorFromZod('fn', 'tables[0]', issues, `a ${name} table`, table);
        const fromZod = errorFromZod('fn', 'tables[0]', parsed.error.issues, `a ${name} table`, table);
        expect([fromPlain.code, fromPlain.path, fromPlain.message, fromPlain.issues]).toEqual([fromZod.code, fromZod.path, fromZod.message, fromZod.issues]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports the cases a table most often gets wrong the same way (examples)', () => {
    const hud = HUD_INCOME_LIMITS_SANTA_CLARA[1] as object;
    const cases: [z.ZodType, (table: unknown) => readonly object[], unknown][] = [
      [HudLimitsTableSchema, hudLimitsTableIssues, { ...hud, low: [1] }],
      [HudLimitsTableSchema, hudLimitsTableIssues, { ...hud, veryLow: [...(HUD_INCOME_LIMITS_SANTA_CLARA[1]?.veryLow ?? [])].reverse() }],
      [HudLimitsTableSchema, hudLimitsTableIssues, { ...hud, low: [1.5, 2, 3, 4, 5, 6, 7, 8, 9] }],
      [HudLimitsTableSchema, hudLimitsTableIssues, { ...hud, effectiveTo: '2020-01-01', fiscalYear: '2025', colour: 'red' }],
      [PovertyGuidelineTableSchema, povertyGuidelineTableIssues, { ...HHS_POVERTY_GUIDELINES[0], effectiveFrom: '2023-02-30' }],
      [PovertyGuidelineTableSchema, povertyGuidelineTableIssues, { ...HHS_POVERTY_GUIDELINES[0], regions: { contiguous: { firstPerson: -1 } } }],
      [SmiCeilingTableSchema, smiCeilingTableIssues, { ...CA_SMI_CEILINGS[0], fiscalYear: '2025/26', annual85: CA_SMI_CEILINGS[0]?.annual100.map((v) => v + 1) }],
      [SmiCeilingTableSchema, smiCeilingTableIssues, null],
      [SmiCeilingTableSchema, smiCeilingTableIssues, []],
    ];
    for (const [schema, plain, table] of cases) {
      expect(plain(table).length).toBeGreaterThan(0);
      expectSameIssues(schema, plain, table);
    }
  });
});
