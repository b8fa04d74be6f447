/**
 * Disaggregation dimensions: how an indicator is split into groups.
 *
 * @module
 */
import * as z from 'zod';
import { fieldPath, identifier, text } from './internal/fields.ts';
import { ReferenceGroupSchema } from './ReferenceGroupSchema.ts';

/**
 * One group of a binned dimension. Either `values` (the record's field is one of them, strict equality) or a
 * numeric range `min ≤ field < max` (either bound may be left out: half-open, so adjacent bands such as
 * `[0, 30000)` and `[30000, 60000)` never share a household).
 *
 * @category Goals
 */
export type GoalBin = z.infer<typeof GoalBinSchema>;

/**
 * The schema of a {@link GoalBin}.
 *
 * @category Goals
 * @example
 * ```ts
 * import { GoalBinSchema } from "./DisaggregationSchema.ts";
 *
 * GoalBinSchema.parse({ label: "1–2 persons", values: [1, 2] }); // => { label: "1–2 persons", values: [1, 2] }
 * GoalBinSchema.parse({ label: "< $50k", max: 50000 }); // => { label: "< $50k", max: 50000 }
 * ```
 */
export const GoalBinSchema: z.ZodObject<
  {
    label: z.ZodString;
    values: z.ZodExactOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
    min: z.ZodExactOptional<z.ZodNumber>;
    max: z.ZodExactOptional<z.ZodNumber>;
  },
  z.core.$strict
> = z
  .strictObject({
    label: text('The group name shown in results, e.g. "1–2 persons" or "< 200 % FPL". Unique within the dimension.'),
    values: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1, { error: 'is an empty list; list the field values that belong to this group.' })
      .exactOptional()
      .meta({ description: 'The field values that belong to this group (strict equality). Use either values or min/max.' }),
    min: z.number().exactOptional().meta({ description: 'Lower bound of a numeric range, inclusive: the group holds min ≤ field.' }),
    max: z.number().exactOptional().meta({ description: 'Upper bound of a numeric range, exclusive: the group holds field < max.' }),
  })
  .meta({ id: 'GoalBin', description: 'One group of a dimension: a list of values, or a numeric range min ≤ field < max.' });

/**
 * One disaggregation dimension of an indicator: the record field that defines groups, optional bins (income
 * bands, household-size groups), whether the groups are ordered (so gradients and concentration make sense),
 * an optional reference group for this dimension, and what to do with records that fall in no bin.
 *
 * @category Goals
 */
export type Disaggregation = z.infer<typeof DisaggregationSchema>;

/**
 * The schema of a {@link Disaggregation}.
 *
 * @category Goals
 * @example
 * ```ts
 * import { DisaggregationSchema } from "./DisaggregationSchema.ts";
 *
 * const bySize = DisaggregationSchema.parse({
 *   id: "householdSize",
 *   field: "size",
 *   bins: [{ label: "1–2", values: [1, 2] }, { label: "3–4", values: [3, 4] }, { label: "5+", min: 5 }],
 *   ordered: true,
 * });
 * bySize.unmatched; // => "group"
 * ```
 */
export const DisaggregationSchema: z.ZodObject<
  {
    id: z.ZodString;
    field: z.ZodString;
    label: z.ZodExactOptional<z.ZodString>;
    bins: z.ZodExactOptional<z.ZodArray<typeof GoalBinSchema>>;
    ordered: z.ZodDefault<z.ZodBoolean>;
    referenceGroup: z.ZodExactOptional<typeof ReferenceGroupSchema>;
    unmatched: z.ZodDefault<z.ZodEnum<{ group: 'group'; exclude: 'exclude' }>>;
    unmatchedLabel: z.ZodDefault<z.ZodString>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: identifier('Identifier of the dimension within the indicator, e.g. "householdSize"; intersections refer to it.'),
    field: fieldPath('The record field whose value defines the group, as a dotted path, e.g. "size" or "attributes.district".'),
    label: text('Display name of the dimension, e.g. "Household size".').exactOptional(),
    bins: z
      .array(GoalBinSchema)
      .min(1, { error: 'is an empty list; list at least one bin or leave bins out to group by each distinct value.' })
      .exactOptional()
      .meta({ description: 'Groups to form from the field (income bands, household-size groups). Without bins, each distinct value of the field is a group.' }),
    ordered: z
      .boolean()
      .default(false)
      .meta({ description: 'Whether the groups have a natural order (income bands, size groups) in the order listed. Default false.' }),
    referenceGroup: ReferenceGroupSchema.exactOptional().meta({
      description: 'Reference group for this dimension, overriding the indicator\'s referenceGroup. A named group must be one of the bin labels when bins are given.',
    }),
    unmatched: z
      .enum(['group', 'exclude'])
      .default('group')
      .meta({ description: 'Records whose field is missing or falls in no bin: "group" (default) collects them in a group named unmatchedLabel; "exclude" leaves them out of this dimension.' }),
    unmatchedLabel: z
      .string()
      .min(1)
      .default('Unknown or other')
      .meta({ description: 'Name of the group of unmatched records. Default "Unknown or other".' }),
  })
  .meta({ id: 'Disaggregation', description: 'A dimension that splits an indicator into groups.' });
