/**
 * The JSON Schemas the repository publishes (examples/schemas/*.schema.json and the goal schema): each file is what
 * its generator returns (regenerate with `npm run schemas` on purpose), compiles under ajv's strict mode, accepts the
 * repository's own example files and bundled tables, and rejects broken copies of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strictValidator } from '../helpers/ajv.ts';
import { PUBLISHED_SCHEMAS } from '../../scripts/published-schemas.ts';
import {
  CA_SMI_CEILINGS,
  ELIGIBILITY_PRNS_SCHOLARSHIP_RULES,
  EligibilityRuleSetSchema,
  HHS_POVERTY_GUIDELINES,
  HUD_INCOME_LIMITS_SANTA_CLARA,
  HouseholdSchema,
  defineTableMapping,
  eligibilityRuleJsonSchema,
  eligibilityRuleSetJsonSchema,
  enrollmentJsonSchema,
  householdJsonSchema,
  hudLimitsTableJsonSchema,
  mapTables,
  povertyGuidelineTableJsonSchema,
  siteJsonSchema,
  smiCeilingTableJsonSchema,
  syntheticCity,
  tableMappingJsonSchema,
} from '../../src/index.ts';

const root = new URL('../../', import.meta.url);
const json = (path: string): any => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const copy = <T>(value: T): any => JSON.parse(JSON.stringify(value));


describe('published JSON Schemas', () => {
  it.each(PUBLISHED_SCHEMAS.map((s) => [s.file, s] as const))('%s is current and compiles in strict mode', (_file, published) => {
    expect(json(published.file)).toEqual(copy(published.schema()));
    expect(() => strictValidator(published.schema())).not.toThrow();
    expect(published.schema()['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('every file in examples/schemas is listed', () => {
    const listed = PUBLISHED_SCHEMAS.map((s) => s.file).filter((f) => f.startsWith('examples/schemas/'));
    expect(readdirSync(new URL('examples/schemas/', root)).map((f) => `examples/schemas/${f}`).sort()).toEqual(listed.sort());
  });
});

describe('eligibility rule sets', () => {
  it('accepts the second city rules.json and the bundled PRNS rule set', () => {
    const validate = strictValidator(eligibilityRuleSetJsonSchema());
    for (const set of [json('examples/second-city/rules.json'), copy(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES)]) {
      expect(validate(set), JSON.stringify(validate.errors)).toBe(true);
      expect(EligibilityRuleSetSchema.safeParse(set).success).toBe(true);
    }
  });

  it('the one-rule schema rejects a rule set (what the adapting guide used to suggest), and accepts each version', () => {
    const oneRule = strictValidator(eligibilityRuleJsonSchema());
    const set = json('examples/second-city/rules.json');
    expect(oneRule(set)).toBe(false);
    for (const version of set.versions) expect(oneRule(version)).toBe(true);
  });

  it.each([
    ['no versions', (s: any) => (s.versions = [])],
    ['an unknown criterion kind', (s: any) => (s.versions[0].criteria.kind = 'every')],
    ['a misspelt field', (s: any) => (s.versions[0].efectiveFrom = '2020-01-01')],
    ['a percent written as text', (s: any) => (s.versions[0].criteria = { kind: 'fplPercent', id: 'f', label: 'F', maxPercent: '200' })],
  ])('rejects %s', (_name, mutate) => {
    const validate = strictValidator(eligibilityRuleSetJsonSchema());
    const set = json('examples/second-city/rules.json');
    mutate(set);
    expect(validate(set)).toBe(false);
  });
});

describe('parameter tables', () => {
  it('accept the second city income-limits.json and every bundled table', () => {
    const hud = strictValidator(hudLimitsTableJsonSchema());
    for (const table of [...json('examples/second-city/income-limits.json'), ...copy(HUD_INCOME_LIMITS_SANTA_CLARA)]) expect(hud(table), JSON.stringify(hud.errors)).toBe(true);
    const poverty = strictValidator(povertyGuidelineTableJsonSchema());
    for (const table of copy(HHS_POVERTY_GUIDELINES)) expect(poverty(table), JSON.stringify(poverty.errors)).toBe(true);
    const smi = strictValidator(smiCeilingTableJsonSchema());
    for (const table of copy(CA_SMI_CEILINGS)) expect(smi(table), JSON.stringify(smi.errors)).toBe(true);
  });

  it('reject broken tables', () => {
    const hud = strictValidator(hudLimitsTableJsonSchema());
    const table = json('examples/second-city/income-limits.json')[0];
    expect(hud({ ...table, low: [1, 2, 3] })).toBe(false);
    expect(hud({ ...table, medianFamilyIncome: '99800' })).toBe(false);
    expect(hud({ ...table, status: 'official' })).toBe(false);
    const poverty = strictValidator(povertyGuidelineTableJsonSchema());
    expect(poverty({ ...copy(HHS_POVERTY_GUIDELINES[0]), regions: { contiguous: { firstPerson: 15650 } } })).toBe(false);
    const smi = strictValidator(smiCeilingTableJsonSchema());
    expect(smi({ ...copy(CA_SMI_CEILINGS[0]), fiscalYear: 'FY25' })).toBe(false);
  });
});

describe('records', () => {
  it('accept the synthetic city records and what the mappers write; reject broken ones', () => {
    const city = syntheticCity({ households: 200, seed: 4 });
    const household = strictValidator(householdJsonSchema());
    const enrollment = strictValidator(enrollmentJsonSchema());
    const site = strictValidator(siteJsonSchema());
    for (const h of copy(city.households)) expect(household(h), JSON.stringify(household.errors)).toBe(true);
    for (const e of copy(city.enrollments)) expect(enrollment(e), JSON.stringify(enrollment.errors)).toBe(true);
    for (const s of copy(city.sites)) expect(site(s), JSON.stringify(site.errors)).toBe(true);
    const golden = json('tests/fixtures/tables/messy/expected.json');
    for (const h of golden.households) expect(household(h)).toBe(true);
    for (const e of golden.enrollments) expect(enrollment(e)).toBe(true);
    for (const s of golden.sites) expect(site(s)).toBe(true);
    // What every CSV parser returns, which the mappers exist to convert.
    expect(household({ id: 'h', size: '3', annualIncome: '42000', attributes: {} })).toBe(false);
    expect(HouseholdSchema.safeParse({ id: 'h', size: '3', attributes: {} }).success).toBe(false);
    expect(household({ id: 'h', size: 2, members: [{ birthDate: '2024-02-30' }], attributes: {} })).toBe(false);
    expect(enrollment({ householdId: 'h', programId: 'p' })).toBe(false);
    expect(site({ id: 's', location: [37.3, -121.9, 5] })).toBe(false);
    expect(site({ id: 's', location: [37.3, -121.9] })).toBe(false);
  });
});

describe('table mappings', () => {
  it('accept the example mappings, which map', () => {
    const validate = strictValidator(tableMappingJsonSchema());
    for (const path of ['examples/tables/synthetic-city.mapping.json', 'tests/fixtures/tables/messy/mapping.json']) {
      const mapping = json(path);
      expect(validate(mapping), JSON.stringify(validate.errors)).toBe(true);
      expect(() => defineTableMapping(mapping)).not.toThrow();
    }
    expect(() => mapTables({ households: [], persons: [] }, json('examples/tables/synthetic-city.mapping.json'))).not.toThrow();
  });
});
