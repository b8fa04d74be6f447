/**
 * The options of `evaluateEligibility` and `screenHouseholds` (`src/eligibility/internal/options.ts`): `asOf`,
 * and own `tables` by kind, each replacing the bundled tables of its kind only.
 */
import { describe, expect, it } from 'vitest';
import {
  CA_SMI_CEILINGS,
  evaluateEligibility,
  HHS_POVERTY_GUIDELINES,
  HUD_INCOME_LIMITS_SANTA_CLARA,
  screenHouseholds,
  type EligibilityRule,
  type EvaluateEligibilityOptions,
  type Household,
  type SmiCeilingTable,
} from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

const smiRule: EligibilityRule = {
  id: 'smi-rule',
  label: 'Child care',
  version: '1',
  criteria: { kind: 'smiCeiling', id: 'smi', label: '85 % SMI', percent: 85 },
};

const household: Household = { id: 'h', size: 4, annualIncome: 108000, attributes: {} };

function bad(options: unknown): EvaluateEligibilityOptions {
  return options as EvaluateEligibilityOptions;
}

describe('options', () => {
  it('options that are not an object', () => {
    const nil = caught(() => evaluateEligibility(household, smiRule, bad(null)));
    expect([nil.code, nil.path, nil.message]).toEqual([
      'invalid_type',
      'options',
      'evaluateEligibility: options is null; pass { asOf: "YYYY-MM-DD" }, the date eligibility is decided on.',
    ]);
    const text = caught(() => screenHouseholds([household], smiRule, bad('2025-07-01')));
    expect([text.code, text.path, text.message]).toEqual([
      'invalid_type',
      'options',
      'screenHouseholds: options is "2025-07-01"; pass { asOf: "YYYY-MM-DD" }, the date eligibility is decided on.',
    ]);
  });

  it('a missing asOf', () => {
    const error = caught(() => evaluateEligibility(household, smiRule, bad({})));
    expect([error.code, error.path, error.message]).toEqual([
      'missing_field',
      'options.asOf',
      'evaluateEligibility: options.asOf is missing; pass the date eligibility is decided on, e.g. { asOf: "2025-07-01" }.',
    ]);
  });

  it('tables that are not an object', () => {
    const nil = caught(() => evaluateEligibility(household, smiRule, bad({ asOf: '2025-07-01', tables: null })));
    expect([nil.code, nil.path, nil.message]).toEqual([
      'invalid_type',
      'options.tables',
      'evaluateEligibility: options.tables is null; pass { poverty?, hud?, smi? } arrays of tables.',
    ]);
    const number = caught(() => evaluateEligibility(household, smiRule, bad({ asOf: '2025-07-01', tables: 2025 })));
    expect([number.code, number.path, number.message]).toEqual([
      'invalid_type',
      'options.tables',
      'evaluateEligibility: options.tables is 2025; pass { poverty?, hud?, smi? } arrays of tables.',
    ]);
  });

  it('an unknown kind of table', () => {
    const error = caught(() => evaluateEligibility(household, smiRule, bad({ asOf: '2025-07-01', tables: { smi: CA_SMI_CEILINGS, hdu: [] } })));
    expect([error.code, error.path, error.message, error.hint]).toEqual([
      'unknown_key',
      'options.tables.hdu',
      'evaluateEligibility: options.tables has unknown option "hdu"; allowed: poverty, hud, smi. (did you mean "hud"?)',
      'did you mean "hud"?',
    ]);
  });

  it('an invalid own table is named by its kind and index', () => {
    const poverty = caught(() => evaluateEligibility(household, smiRule, bad({ asOf: '2025-07-01', tables: { poverty: [{ ...HHS_POVERTY_GUIDELINES[0], year: 1800 }] } })));
    expect([poverty.code, poverty.path]).toEqual(['out_of_range', 'options.tables.poverty[0].year']);
    const hud = caught(() => evaluateEligibility(household, smiRule, bad({ asOf: '2025-07-01', tables: { hud: [{ ...HUD_INCOME_LIMITS_SANTA_CLARA[0], fiscalYear: 1960 }] } })));
    expect([hud.code, hud.path]).toEqual(['out_of_range', 'options.tables.hud[0].fiscalYear']);
    const smi = caught(() => evaluateEligibility(household, smiRule, bad({ asOf: '2025-07-01', tables: { smi: [{ ...CA_SMI_CEILINGS[0], fiscalYear: '2025/26' }] } })));
    expect([smi.code, smi.path, smi.message]).toEqual([
      'invalid_value',
      'options.tables.smi[0].fiscalYear',
      'evaluateEligibility: options.tables.smi[0].fiscalYear is invalid: expected a fiscal year written like "2025-26"; fix options.tables.smi[0].fiscalYear in a California SMI ceiling table.',
    ]);
  });

  it('own SMI tables replace the bundled ones', () => {
    // Bundled 2025-26: 4 persons $9,020 a month (reference/eligibility.md §3.2); an own table with $9,000 for that row.
    const bundled = CA_SMI_CEILINGS.find((t) => t.fiscalYear === '2025-26') as SmiCeilingTable;
    const own: SmiCeilingTable = { ...bundled, id: 'own-smi-2025-26', monthly85: bundled.monthly85.map((v, i) => (i === 2 ? 9000 : v)) };
    // $108,000 a year is $9,000 a month: at the own ceiling, inside the bundled one.
    const withOwn = evaluateEligibility(household, smiRule, { asOf: '2025-07-01', tables: { smi: [own] } });
    expect([withOwn.status, withOwn.criteria[0]?.threshold, withOwn.criteria[0]?.table?.id]).toEqual(['eligible', 9000, 'own-smi-2025-26']);
    const over = evaluateEligibility({ ...household, annualIncome: 108012 }, smiRule, { asOf: '2025-07-01', tables: { smi: [own] } });
    expect([over.status, over.criteria[0]?.threshold]).toEqual(['ineligible', 9000]);
    const withBundled = evaluateEligibility({ ...household, annualIncome: 108012 }, smiRule, { asOf: '2025-07-01' });
    expect([withBundled.status, withBundled.criteria[0]?.threshold, withBundled.criteria[0]?.table?.id]).toEqual(['eligible', 9020, 'ca-smi-2025-26']);
  });

  it('with the bundled tables a rule is compiled once per date: results share its table list', () => {
    const first = evaluateEligibility(household, smiRule, { asOf: '2025-07-01' });
    const second = evaluateEligibility({ ...household, annualIncome: 1 }, smiRule, { asOf: '2025-07-01' });
    expect(second.tables).toBe(first.tables);
    expect(second.tables.map((t) => t.id)).toEqual(['ca-smi-2025-26']);
    // Own tables compile afresh on every call.
    const bundled = CA_SMI_CEILINGS.find((t) => t.fiscalYear === '2025-26') as SmiCeilingTable;
    const tables = { smi: [bundled] };
    expect(evaluateEligibility(household, smiRule, { asOf: '2025-07-01', tables }).tables).not.toBe(evaluateEligibility(household, smiRule, { asOf: '2025-07-01', tables }).tables);
  });
});
