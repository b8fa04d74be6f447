/**
 * How an indicator picks the group every other group is compared with.
 *
 * @module
 */
import * as z from 'zod';
import { describe } from '../internal/errors.ts';

const FORMS = '"best", "worst", "largest", "overall" or { group: "name" }';

/**
 * The reference group of a comparison:
 *
 * - `'best'`: the group with the most favourable rate given the indicator's direction (Healthy People 2030's
 *   convention, the default);
 * - `'worst'`: the least favourable group;
 * - `'largest'`: the group with the largest denominator;
 * - `'overall'`: the rate over all records, not a group;
 * - `{ group: "name" }`: a named group, such as a bin label.
 *
 * Source: Healthy People 2030 disparities methods (https://www.cdc.gov/nchs/healthy-people/hp2030/methods.html).
 *
 * @category Goals
 */
export type ReferenceGroup = z.infer<typeof ReferenceGroupSchema>;

/**
 * The schema of a {@link ReferenceGroup}.
 *
 * @category Goals
 * @example
 * ```ts
 * import { ReferenceGroupSchema } from "./ReferenceGroupSchema.ts";
 *
 * ReferenceGroupSchema.parse("best"); // => "best"
 * ReferenceGroupSchema.parse({ group: "District 3" }); // => { group: "District 3" }
 * ReferenceGroupSchema.safeParse("median").success; // => false
 * ```
 */
export const ReferenceGroupSchema: z.ZodUnion<
  readonly [z.ZodEnum<{ best: 'best'; worst: 'worst'; largest: 'largest'; overall: 'overall' }>, z.ZodObject<{ group: z.ZodString }, z.core.$strict>]
> = z
  .union([
    z
      .enum(['best', 'worst', 'largest', 'overall'], {
        // The object form is part of the message (the enum's own would list only the four names), and a bare
        // name or number is shown in it: `5` or `"District 3"` is the group meant more often than a typo.
        error: (issue) =>
          typeof issue.input === 'number' || typeof issue.input === 'string'
            ? `is ${describe(issue.input)}; expected ${FORMS} — a group named ${String(issue.input)} is written { group: ${JSON.stringify(String(issue.input))} }.`
            : `is ${describe(issue.input)}; expected ${FORMS}.`,
      })
      .meta({
        description:
          '"best": the most favourable group given the direction (HP2030); "worst": the least favourable; "largest": the group with the largest denominator; "overall": the rate over all records.',
      }),
    z
      .strictObject({
        group: z.string().min(1, { error: 'is empty; name the reference group, e.g. "District 3".' }).meta({ description: 'The name (bin label or field value) of the reference group.' }),
      })
      .meta({ description: 'A named reference group.' }),
  ])
  .meta({
    id: 'ReferenceGroup',
    description: 'The group every other group is compared with: "best", "worst", "largest", "overall", or { group: name }.',
  });
