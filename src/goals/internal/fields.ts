/**
 * Small zod building blocks shared by the goal schemas: field paths, identifiers, dates and the scalar values a
 * filter compares with.
 *
 * @internal
 * @module
 */
import * as z from 'zod';

/** A dotted path into a record: `size`, `attributes.district`, `members.0.birthDate`. */
export function fieldPath(description: string): z.ZodString {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing; add the record field to read, e.g. "size" or "attributes.district".'
          : undefined,
    })
    .regex(/^[^.\s]+(\.[^.\s]+)*$/, {
      error: (issue) =>
        `is ${JSON.stringify(issue.input)}; a field path is one or more field names joined by "." with no spaces or empty parts, e.g. "attributes.district".`,
    })
    .meta({ description });
}

/** A stable identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
export function identifier(description: string): z.ZodString {
  return z
    .string()
    .min(1, { error: 'is empty; give a short stable id such as "eligible-served" (letters, digits, ".", "_", "-").' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
      error: (issue) =>
        `is ${JSON.stringify(issue.input)}; an id uses letters, digits, ".", "_" and "-" and starts with a letter or digit, e.g. "eligible-served".`,
    })
    .meta({ description });
}

/** A non-empty line of text. */
export function text(description: string): z.ZodString {
  return z.string().min(1, { error: 'is empty; write a short text or leave the field out when it is optional.' }).meta({ description });
}

/** A calendar date written `YYYY-MM-DD`; JSON Schema `format: date`. Never parsed with `Date`. */
export function isoDate(description: string): z.ZodISODate {
  return z.iso
    .date({
      error: (issue) =>
        typeof issue.input === 'string'
          ? `is ${JSON.stringify(issue.input)}, not a real calendar date written YYYY-MM-DD; write e.g. "2025-07-01".`
          : undefined,
    })
    .meta({ description });
}

/** A whole-number year. */
export function year(description: string): z.ZodNumber {
  return z
    .number()
    .int({ error: (issue) => `is ${String(issue.input)}; a year is a whole number such as 2024.` })
    .min(1900, { error: (issue) => `is ${String(issue.input)}; expected a four-digit year from 1900 to 2200.` })
    .max(2200, { error: (issue) => `is ${String(issue.input)}; expected a four-digit year from 1900 to 2200.` })
    .meta({ description });
}
