/**
 * JSON Schema generation shared by the `…JsonSchema()` functions: draft 2020-12 from a zod schema, the root's own
 * fields at the top (not filed under `$defs`), named parts in `$defs`.
 *
 * @internal
 * @module
 */
import * as z from 'zod';

/**
 * Options of the `…JsonSchema()` functions.
 *
 * @category Schemas
 */
export interface JsonSchemaOptions {
  /** Value of `$id` in the generated schema, e.g. the URL where a city publishes it. Absent by default. */
  readonly id?: string;
}

/**
 * The JSON Schema of a zod schema. `rootId` is the `id` the root was registered with (`.meta({ id })`), if any:
 * zod files such a root under `$defs`, and editors expect its fields at the top.
 *
 * @internal
 */
export function jsonSchemaOf(
  schema: z.ZodType,
  rootId: string | undefined,
  options: JsonSchemaOptions,
  about: { readonly title?: string; readonly description?: string } = {},
  io: 'input' | 'output' = 'input',
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Record<string, unknown>;
  const defs = { ...(generated['$defs'] as Record<string, Record<string, unknown>> | undefined) };
  let root: Record<string, unknown>;
  if (rootId !== undefined && defs[rootId] !== undefined) {
    root = { ...(defs[rootId] as Record<string, unknown>) };
    delete defs[rootId];
  } else {
    root = { ...generated };
    // Stryker disable next-line StringLiteral: equivalent — zod writes $defs last and only when it has parts, so the $defs written after root would replace it in place
    delete root['$defs'];
  }
  const head: Record<string, unknown> = { $schema: generated['$schema'] };
  if (options.id !== undefined) head['$id'] = options.id;
  if (about.title !== undefined) head['title'] = about.title;
  if (about.description !== undefined) head['description'] = about.description;
  for (const key of Object.keys(head)) delete root[key];
  return Object.keys(defs).length > 0 ? { ...head, ...root, $defs: defs } : { ...head, ...root };
}
