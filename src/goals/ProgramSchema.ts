/**
 * The program an equity goal is about.
 *
 * @module
 */
import * as z from 'zod';
import { identifier, text } from './internal/fields.ts';

/**
 * A city program: what it is and which department runs it. San José's framework sets equity objectives per
 * program ("every City department measures equity differently").
 *
 * @category Goals
 */
export type Program = z.infer<typeof ProgramSchema>;

/**
 * The schema of a {@link Program}: `id`, `name`, `department`, optional `description`. Unknown fields are
 * rejected.
 *
 * @category Goals
 * @example
 * ```ts
 * import { ProgramSchema } from "./ProgramSchema.ts";
 *
 * const program = ProgramSchema.parse({
 *   id: "prns-youth-scholarship",
 *   name: "Citywide Scholarship Program (youth)",
 *   department: "Parks, Recreation and Neighborhood Services",
 * });
 * program.id; // => "prns-youth-scholarship"
 * ```
 */
export const ProgramSchema: z.ZodObject<
  { id: z.ZodString; name: z.ZodString; department: z.ZodString; description: z.ZodExactOptional<z.ZodString> },
  z.core.$strict
> = z
  .strictObject({
    id: identifier('Stable identifier of the program, as enrolment records name it (programId), e.g. "prns-youth-scholarship".'),
    name: text('Public name of the program.'),
    department: text('The department that runs the program, e.g. "Parks, Recreation and Neighborhood Services".'),
    description: text('What the program offers and to whom.').exactOptional(),
  })
  .meta({ id: 'Program', description: 'The program an equity goal is about.' });
