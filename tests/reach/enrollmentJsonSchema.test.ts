import { describe, expect, it } from 'vitest';
import { strictValidator } from '../helpers/ajv.ts';
import { enrollmentJsonSchema } from '../../src/reach/index.ts';
import { caught } from './helpers.ts';


describe('enrollmentJsonSchema', () => {
  it('has the title, description and required fields of an enrolment, and the programYear-or-date rule written out', () => {
    const schema = enrollmentJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('equity-lens enrolment');
    expect(schema['description']).toBe('One enrolment of a household in a program, counted toward a program year (or dated).');
    expect(schema['type']).toBe('object');
    expect(schema['required']).toEqual(['householdId', 'programId']);
    expect(Object.keys(schema['properties'] as object)).toEqual(['householdId', 'programId', 'siteId', 'programYear', 'date']);
    // Each anyOf branch names its property (ajv strictRequired), exactly as published in
    // examples/schemas/enrollment.schema.json.
    expect(schema['anyOf']).toEqual([
      { properties: { programYear: true }, required: ['programYear'] },
      { properties: { date: true }, required: ['date'] },
    ]);
    expect(schema['$id']).toBeUndefined();
  });

  it('accepts an enrolment with a programYear, a date or both, and rejects one with neither (ajv, strict mode)', () => {
    const validate = strictValidator(enrollmentJsonSchema());
    expect(validate({ householdId: 'H1', programId: 'camp', programYear: 2024 })).toBe(true);
    expect(validate({ householdId: 'H1', programId: 'camp', date: '2024-07-08' })).toBe(true);
    expect(validate({ householdId: 'H1', programId: 'camp', programYear: 2025, date: '2024-07-08' })).toBe(true);
    expect(validate({ householdId: 'H1', programId: 'camp' })).toBe(false);
    expect(validate({ householdId: 'H1', programId: 'camp', siteId: 'S3' })).toBe(false);
  });

  it('sets $id when asked and returns a fresh object each call', () => {
    const schema = enrollmentJsonSchema({ id: 'https://data.example.org/enrollment.schema.json' });
    expect(schema['$id']).toBe('https://data.example.org/enrollment.schema.json');
    const a = enrollmentJsonSchema();
    const b = enrollmentJsonSchema();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a['anyOf']).not.toBe(b['anyOf']);
  });

  it('rejects an unknown option, naming the function and the allowed one', () => {
    const error = caught(() => enrollmentJsonSchema({ ID: 'x' } as never));
    expect(error.code).toBe('unknown_key');
    expect(error.path).toBe('options.ID');
    expect(error.message).toBe('enrollmentJsonSchema: options has unknown option "ID"; allowed: id. (did you mean "id"?)');
    expect(error.hint).toBe('did you mean "id"?');
  });
});
