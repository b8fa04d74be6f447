import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { strictValidator } from '../helpers/ajv.ts';
import { defineGoal, goalJsonSchema, safeDefineGoal } from '../../src/index.ts';
import { EXAMPLE_FILES, exampleGoal } from './helpers.ts';
import { shared } from '../helpers/shared.ts';


/** Every property schema, with its JSON pointer, found anywhere in the document. */
function properties(node: unknown, at = '#'): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return [];
  const out: [string, Record<string, unknown>][] = [];
  const record = node as Record<string, unknown>;
  if (record['properties'] !== undefined) {
    for (const [key, value] of Object.entries(record['properties'] as Record<string, Record<string, unknown>>)) out.push([`${at}/properties/${key}`, value]);
  }
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value)) value.forEach((item, i) => out.push(...properties(item, `${at}/${key}/${i}`)));
    else if (value !== null && typeof value === 'object') out.push(...properties(value, `${at}/${key}`));
  }
  return out;
}

function resolve(schema: Record<string, unknown>, ref: string): Record<string, unknown> {
  const name = ref.replace('#/$defs/', '');
  return (schema['$defs'] as Record<string, Record<string, unknown>>)[name] as Record<string, unknown>;
}

describe('goalJsonSchema', () => {
  const built = shared(() => {
    const schema = goalJsonSchema();
    return { schema, validate: strictValidator(schema) };
  });
  let schema: ReturnType<typeof goalJsonSchema>;
  let validate: ReturnType<typeof strictValidator>;
  beforeEach(() => {
    ({ schema, validate } = built());
  });

  it('is draft 2020-12, rejects unknown fields at the top and names the required fields', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['additionalProperties']).toBe(false);
    expect(schema['required']).toEqual(
      expect.arrayContaining(['id', 'version', 'title', 'program', 'department', 'owner', 'objective', 'populationOfFocus', 'indicators', 'reviewCadence']),
    );
    expect(Object.keys(schema['$defs'] as object)).toEqual(expect.arrayContaining(['Filter', 'Indicator', 'ParityBand', 'Disaggregation']));
  });

  it('gives every field a description (directly or through its $ref)', () => {
    const found = properties(schema);
    expect(found.length).toBeGreaterThan(80);
    const undocumented = found
      .filter(([, value]) => {
        if (typeof value['description'] === 'string' && value['description'].length > 10) return false;
        const ref = value['$ref'];
        return !(typeof ref === 'string' && typeof resolve(schema, ref)['description'] === 'string');
      })
      .map(([pointer]) => pointer);
    expect(undocumented).toEqual([]);
  });

  it('shows defaults in the input view and requires them in the output view', () => {
    const indicator = resolve(schema, '#/$defs/Indicator');
    const props = indicator['properties'] as Record<string, Record<string, unknown>>;
    expect(props['trend']?.['default']).toBe('theilSen');
    expect(indicator['required']).not.toContain('trend');
    const output = goalJsonSchema({ io: 'output' });
    expect(resolve(output, '#/$defs/Indicator')['required']).toContain('trend');
  });

  it('can carry an $id', () => {
    expect(goalJsonSchema({ id: 'https://example.org/goal.schema.json' })['$id']).toBe('https://example.org/goal.schema.json');
    // Without one, no $id key at all (JSON.stringify drops an undefined one, but the object would still carry it).
    expect('$id' in goalJsonSchema()).toBe(false);
  });

  it.each(EXAMPLE_FILES)('validates the example goal %s', (file) => {
    const goal = exampleGoal(file);
    expect(validate(goal), JSON.stringify(validate.errors)).toBe(true);
    // The parsed goal (defaults filled in) validates too.
    expect(validate(JSON.parse(JSON.stringify(defineGoal(goal)))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('matches the copy published beside the examples (regenerate examples/goals/equity-goal.schema.json on purpose)', () => {
    const published = JSON.parse(readFileSync(new URL('../../examples/goals/equity-goal.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  type Mutation = [string, (goal: Record<string, any>) => void];
  const invalid: Mutation[] = [
    ['an unknown top-level field', (g) => (g['titel'] = 'x')],
    ['an unknown nested field', (g) => (g['indicators'][2]['parityBand'] = { relativ: 0.1 })],
    ['a wrong type', (g) => (g['indicators'][0]['unit'] = 42)],
    ['an empty id', (g) => (g['indicators'][1]['id'] = '')],
    ['a missing required field', (g) => delete g['owner']],
    ['a date not YYYY-MM-DD', (g) => (g['adoptedOn'] = '2021-2-4')],
    ['an impossible date', (g) => (g['adoptedOn'] = '2021-02-30')],
    ['a negative tolerance', (g) => (g['indicators'][2]['parityBand'] = { absolute: -0.1 })],
    ['a relative tolerance of 10', (g) => (g['indicators'][2]['parityBand'] = { relative: 10 })],
    ['an empty parity band', (g) => (g['indicators'][2]['parityBand'] = {})],
    ['an unknown filter op', (g) => (g['populationOfFocus']['filter'] = { field: 'eligible', op: '==', value: true })],
    ['in with a single value', (g) => (g['indicators'][1]['measure']['denominator'] = { field: 'x', op: 'in', value: '3' })],
    ['between with one number', (g) => (g['indicators'][1]['measure']['denominator'] = { field: 'x', op: 'between', value: 3 })],
    ['an unknown measure kind', (g) => (g['indicators'][0]['measure'] = { kind: 'percent' })],
    ['no indicators', (g) => (g['indicators'] = [])],
    ['a fractional version', (g) => (g['version'] = 1.5)],
  ];

  it.each(invalid)('rejects %s, as defineGoal does', (_name, mutate) => {
    const goal = exampleGoal();
    mutate(goal);
    expect(validate(goal)).toBe(false);
    expect(safeDefineGoal(goal).success).toBe(false);
  });

  it('leaves to defineGoal what JSON Schema cannot express (duplicate ids)', () => {
    const goal = exampleGoal();
    goal['indicators'][3]['id'] = 'eligible-served';
    expect(validate(goal)).toBe(true);
    expect(safeDefineGoal(goal).success).toBe(false);
  });
});
