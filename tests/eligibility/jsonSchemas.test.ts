import { describe, expect, it } from 'vitest';
import {
  eligibilityRuleSetJsonSchema,
  householdJsonSchema,
  hudLimitsTableJsonSchema,
  povertyGuidelineTableJsonSchema,
  smiCeilingTableJsonSchema,
} from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

// The published JSON Schemas (draft 2020-12) of the eligibility inputs: head ($schema, optional $id, title,
// description) and the required fields, i.e. the fields without `?` in the TypeScript types they mirror.

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const table = ['id', 'jurisdiction', 'effectiveFrom', 'source', 'status'];

const cases: [string, (options?: { id?: string }) => Record<string, unknown>, string, string, string[]][] = [
  [
    'eligibilityRuleSetJsonSchema',
    eligibilityRuleSetJsonSchema,
    'equity-lens eligibility rule set',
    'A versioned eligibility rule: one rule per version, with non-overlapping effective dates.',
    ['id', 'label', 'versions'],
  ],
  ['householdJsonSchema', householdJsonSchema, 'equity-lens household', "A household as a city's administrative records describe it.", ['id', 'size', 'attributes']],
  [
    'hudLimitsTableJsonSchema',
    hudLimitsTableJsonSchema,
    'equity-lens HUD income limits table',
    "One area's HUD income limits for one fiscal year: median family income and the extremely low, very low and low limits for 1–8 persons.",
    [...table, 'area', 'areaName', 'fiscalYear', 'rounding', 'medianFamilyIncome', 'extremelyLow', 'veryLow', 'low', 'povertyGuidelineYear'],
  ],
  [
    'povertyGuidelineTableJsonSchema',
    povertyGuidelineTableJsonSchema,
    'equity-lens HHS poverty guideline table',
    'One year of HHS poverty guidelines (first person + each additional person, per region), with provenance and effective dates.',
    [...table, 'year', 'rounding', 'regions'],
  ],
  [
    'smiCeilingTableJsonSchema',
    smiCeilingTableJsonSchema,
    'equity-lens state median income ceiling table',
    'One fiscal year of state-median-income ceilings by household size, with provenance and effective dates.',
    [...table, 'fiscalYear', 'rounding', 'annual100', 'annual85', 'monthly85'],
  ],
];

describe.each(cases)('%s', (fn, schemaOf, title, description, required) => {
  it('starts with $schema, title and description, and requires the documented fields', () => {
    const schema = schemaOf();
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', 'title', 'description', 'type']);
    expect(schema).toMatchObject({ $schema: DRAFT_2020_12, title, description, type: 'object', required });
    expect(schema['$id']).toBeUndefined();
  });
  it('sets $id from options.id', () => {
    const schema = schemaOf({ id: 'https://data.example.org/schemas/x.json' });
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
    expect(schema['$id']).toBe('https://data.example.org/schemas/x.json');
  });
  it('rejects options that are not an object, naming the function', () => {
    const e = caught(() => schemaOf(5 as never));
    expect([e.code, e.path, e.message]).toEqual(['invalid_type', 'options', `${fn}: options is 5; expected an options object with id.`]);
  });
});
