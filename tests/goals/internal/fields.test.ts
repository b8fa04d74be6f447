/**
 * The goal schemas' building blocks (src/goals/internal/fields.ts): what each accepts, and the message it gives
 * for each kind of bad value, as defineGoal reports it (the library's error map writes the rest).
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldPath, identifier, isoDate, text, year } from '../../../src/goals/internal/fields.ts';
import { parseWithIssues } from '../../../src/goals/internal/issues.ts';

/** The message of the one issue parsing `{ v: value }` gives, or "ok". */
function verdict(schema: z.ZodType, value: unknown): string {
  const result = parseWithIssues(z.object({ v: schema }), value === undefined ? {} : { v: value }, 'fn', 'the goal');
  if (result.success) return 'ok';
  expect(result.issues).toHaveLength(1);
  return `${result.issues[0]?.code}: ${result.issues[0]?.message}`;
}

describe('fieldPath', () => {
  it('accepts dotted paths of non-empty names without spaces', () => {
    for (const ok of ['size', 'attributes.district', 'members.0.birthDate', 'a-b.c_d', 'ü']) expect(verdict(fieldPath('The field.'), ok)).toBe('ok');
  });

  it.each(['', 'a..b', '.a', 'a.', 'a b', ' a', 'a\tb'])('rejects %j and says what a path is', (bad) => {
    expect(verdict(fieldPath('The field.'), bad)).toBe(
      `invalid_value: fn: v is ${JSON.stringify(bad)}; a field path is one or more field names joined by "." with no spaces or empty parts, e.g. "attributes.district".`,
    );
  });

  it('says what to add when it is missing, and what it found when it is not a string', () => {
    expect(verdict(fieldPath('The field.'), undefined)).toBe('missing_field: fn: v is missing; add the record field to read, e.g. "size" or "attributes.district".');
    expect(verdict(fieldPath('The field.'), 3)).toBe('invalid_type: fn: v is 3; expected a string.');
  });
});

describe('identifier', () => {
  it('accepts letters, digits, ".", "_" and "-", starting with a letter or digit', () => {
    for (const ok of ['eligible-served', 'a', '9', 'A.b_c-d']) expect(verdict(identifier('The id.'), ok)).toBe('ok');
  });

  it('rejects an empty id once, with an example', () => {
    expect(verdict(identifier('The id.'), '')).toBe('empty: fn: v is empty; give a short stable id such as "eligible-served" (letters, digits, ".", "_", "-").');
  });

  it.each(['-x', '_x', '.x', 'a b', 'a/b', 'ab!', 'é'])('rejects %j and says what an id is', (bad) => {
    expect(verdict(identifier('The id.'), bad)).toBe(
      `invalid_value: fn: v is ${JSON.stringify(bad)}; an id uses letters, digits, ".", "_" and "-" and starts with a letter or digit, e.g. "eligible-served".`,
    );
  });

  it('reports a missing id with its description', () => {
    expect(verdict(identifier('The id.'), undefined)).toBe('missing_field: fn: v is missing; add it: The id.');
  });
});

describe('text', () => {
  it('is a non-empty string', () => {
    expect(verdict(text('A title.'), 'x')).toBe('ok');
    expect(verdict(text('A title.'), '')).toBe('empty: fn: v is empty; write a short text or leave the field out when it is optional.');
    expect(verdict(text('A title.'), undefined)).toBe('missing_field: fn: v is missing; add it: A title.');
  });
});

describe('isoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(verdict(isoDate('The date.'), '2024-02-29')).toBe('ok');
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '01/02/2024']) {
      expect(verdict(isoDate('The date.'), bad)).toBe(`invalid_date: fn: v is "${bad}", not a real calendar date written YYYY-MM-DD; write e.g. "2025-07-01".`);
    }
  });

  it('says the same when the schema is used on its own, without defineGoal (it is exported)', () => {
    const result = isoDate('The date.').safeParse('2023-02-29');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('is "2023-02-29", not a real calendar date written YYYY-MM-DD; write e.g. "2025-07-01".');
  });

  it('a date that is not a string is a wrong type, missing one is missing', () => {
    expect(verdict(isoDate('The date.'), 20240229)).toBe('invalid_type: fn: v is 20240229; expected a string.');
    expect(verdict(isoDate('The date.'), undefined)).toBe('missing_field: fn: v is missing; add it: The date.');
  });
});

describe('year', () => {
  it('is a whole number from 1900 to 2200', () => {
    for (const ok of [1900, 2024, 2200]) expect(verdict(year('The year.'), ok)).toBe('ok');
    expect(verdict(year('The year.'), 1899)).toBe('out_of_range: fn: v is 1899; expected a four-digit year from 1900 to 2200.');
    expect(verdict(year('The year.'), 2201)).toBe('out_of_range: fn: v is 2201; expected a four-digit year from 1900 to 2200.');
    expect(verdict(year('The year.'), 2024.5)).toBe('not_integer: fn: v is 2024.5; a year is a whole number such as 2024.');
  });

  it('a year that is not a number is a wrong type', () => {
    expect(verdict(year('The year.'), '2024')).toBe('invalid_type: fn: v is "2024"; expected a finite number.');
    expect(verdict(year('The year.'), undefined)).toBe('missing_field: fn: v is missing; add it: The year.');
  });
});
