// jsonSchemaOf, behind every …JsonSchema() function: where the root's fields go, the head ($schema, $id, title,
// description) and $defs only when there are named parts.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { jsonSchemaOf } from '../../src/internal/jsonSchema.ts';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

describe('jsonSchemaOf', () => {
  it('describes the input by default: a field with a default is optional', () => {
    const schema = z.strictObject({ year: z.number().default(2025) });
    expect(jsonSchemaOf(schema, undefined, {})).toStrictEqual({
      $schema: DRAFT,
      type: 'object',
      properties: { year: { default: 2025, type: 'number' } },
      additionalProperties: false,
    });
    expect(jsonSchemaOf(schema, undefined, {}, {}, 'output')['required']).toEqual(['year']);
  });

  it("puts the head first and keeps the schema's own title when none is given", () => {
    const schema = z.strictObject({ name: z.string() }).meta({ title: 'Own title' });
    const plain = jsonSchemaOf(schema, undefined, {});
    expect(Object.keys(plain)).toEqual(['$schema', 'type', 'properties', 'required', 'additionalProperties', 'title']);
    expect(plain['title']).toBe('Own title');
    const titled = jsonSchemaOf(schema, undefined, { id: 'https://example.org/s.json' }, { title: 'T', description: 'D' });
    expect(Object.keys(titled).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect([titled['$id'], titled['title'], titled['description']]).toEqual(['https://example.org/s.json', 'T', 'D']);
  });

  it('lifts a root registered under an id out of $defs, and keeps the other parts there', () => {
    const part = z.strictObject({ c: z.string() }).meta({ id: 'Part' });
    const root = z.strictObject({ a: part, b: part }).meta({ id: 'Root' });
    const out = jsonSchemaOf(root, 'Root', {});
    expect(out['properties']).toEqual({ a: { $ref: '#/$defs/Part' }, b: { $ref: '#/$defs/Part' } });
    expect(Object.keys(out['$defs'] as object)).toEqual(['Part']);
    // An id that names no part leaves the generated root in place.
    const unnamed = z.strictObject({ a: part, b: part });
    expect(jsonSchemaOf(unnamed, 'Missing', {})['properties']).toEqual({ a: { $ref: '#/$defs/Part' }, b: { $ref: '#/$defs/Part' } });
    // Without a root id, even a part whose id is the string "undefined" stays a part.
    const odd = z.strictObject({ u: z.strictObject({ x: z.number() }).meta({ id: 'undefined' }) });
    expect(Object.keys(jsonSchemaOf(odd, undefined, {})['properties'] as object)).toEqual(['u']);
  });
});
