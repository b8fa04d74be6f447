/**
 * Equity goals: San José's step 1 ("equity objective") and step 2 ("equity metric") as one document.
 *
 * @module
 */
import * as z from 'zod';
import { FilterSchema } from './FilterSchema.ts';
import { IndicatorSchema } from './IndicatorSchema.ts';
import { identifier, isoDate, text } from './internal/fields.ts';
import { ProgramSchema } from './ProgramSchema.ts';
import { SuppressionPolicySchema } from './SuppressionPolicySchema.ts';

/**
 * Who a goal is for: a description in words and, optionally, a declarative filter over household records that
 * selects them. Indicators state their own numerators and denominators; the population of focus documents the
 * goal and lets a report count the population, it is not applied to indicators implicitly.
 *
 * @category Goals
 */
export type GoalPopulation = z.infer<typeof GoalPopulationSchema>;

/**
 * The schema of a {@link GoalPopulation}.
 *
 * @category Goals
 * @example
 * ```ts
 * import { GoalPopulationSchema } from "./EquityGoalSchema.ts";
 *
 * const population = GoalPopulationSchema.parse({
 *   description: "Low-income San José households with children",
 *   filter: { field: "eligible", op: "eq", value: true },
 * });
 * population.description; // => "Low-income San José households with children"
 * ```
 */
export const GoalPopulationSchema: z.ZodObject<
  { description: z.ZodString; filter: z.ZodExactOptional<typeof FilterSchema> },
  z.core.$strict
> = z
  .strictObject({
    description: text('The population of focus in words, e.g. "San José households with children below 200 % of the poverty guideline".'),
    filter: FilterSchema.exactOptional().meta({ description: 'A declarative filter over household records that selects the population of focus.' }),
  })
  .meta({ id: 'GoalPopulation', description: 'Who the goal is for.' });

/**
 * How dated records (enrolment dates) are bucketed into years: the month the year starts and whether a fiscal
 * year is named by the calendar year it ends in (the US convention; San José's FY 2024-25 is FY2025) or starts
 * in. Records that carry a `programYear` use it as is.
 *
 * @category Goals
 */
export type GoalYearBasis = z.infer<typeof GoalYearBasisSchema>;

/**
 * The schema of a {@link GoalYearBasis}; `{}` is the calendar year.
 *
 * @category Goals
 * @example
 * ```ts
 * import { GoalYearBasisSchema } from "./EquityGoalSchema.ts";
 *
 * GoalYearBasisSchema.parse({ startMonth: 7 }); // => { startMonth: 7, label: "end" }
 * ```
 */
export const GoalYearBasisSchema: z.ZodObject<
  { startMonth: z.ZodDefault<z.ZodNumber>; label: z.ZodDefault<z.ZodEnum<{ end: 'end'; start: 'start' }>> },
  z.core.$strict
> = z
  .strictObject({
    startMonth: z
      .number()
      .int()
      .min(1, { error: (issue) => `is ${String(issue.input)}; months run 1–12 (San José's fiscal year starts in July: 7).` })
      .max(12, { error: (issue) => `is ${String(issue.input)}; months run 1–12 (San José's fiscal year starts in July: 7).` })
      .default(1)
      .meta({ description: 'Month (1–12) the year starts on its first day: 1 = calendar year, 7 = a July–June fiscal year. Default 1.' }),
    label: z
      .enum(['end', 'start'])
      .default('end')
      .meta({ description: 'Name a fiscal year by the calendar year it "end"s in (default; FY 2024-25 = 2025) or "start"s in.' }),
  })
  .meta({ id: 'GoalYearBasis', description: 'How dated records are bucketed into years.' });

/**
 * An equity goal: the program, the desired result in words, the population of focus and the indicators that
 * say whether the goal is met for every group, with review cadence and publication policy. The framework's
 * three steps map onto it: **define** (`objective`, `populationOfFocus`), **measure** (`indicators`),
 * **monitor** (`reviewCadence`, baselines, targets, trend and progress methods, read by the monitor module).
 *
 * Sources: City of San José data-equity framework (MOTI, 2021); GARE Racial Equity Toolkit (desired result,
 * outcome, indicator, performance measure); RBA.
 *
 * @category Goals
 */
export type EquityGoal = z.infer<typeof EquityGoalSchema>;

/**
 * What {@link defineGoal} accepts: an {@link EquityGoal} in which every field with a default may be left out.
 *
 * @category Goals
 */
export type EquityGoalInput = z.input<typeof EquityGoalSchema>;

/**
 * The schema of an {@link EquityGoal}. Unknown fields are rejected. Prefer {@link defineGoal}, which also
 * checks what a type cannot (unique ids, target after baseline, reference groups among the bins …) and reports
 * every problem at once.
 *
 * @category Goals
 * @example
 * ```ts
 * import { EquityGoalSchema } from "./EquityGoalSchema.ts";
 *
 * const result = EquityGoalSchema.safeParse({ id: "g", title: "A goal" });
 * result.success; // => false
 * ```
 */
export const EquityGoalSchema: z.ZodObject<
  {
    $schema: z.ZodExactOptional<z.ZodString>;
    id: z.ZodString;
    version: z.ZodNumber;
    title: z.ZodString;
    program: typeof ProgramSchema;
    department: z.ZodString;
    owner: z.ZodString;
    objective: z.ZodString;
    desiredResult: z.ZodExactOptional<z.ZodString>;
    populationOfFocus: typeof GoalPopulationSchema;
    indicators: z.ZodArray<typeof IndicatorSchema>;
    reviewCadence: z.ZodEnum<{ monthly: 'monthly'; quarterly: 'quarterly'; semiannual: 'semiannual'; annual: 'annual'; biennial: 'biennial' }>;
    yearBasis: z.ZodDefault<typeof GoalYearBasisSchema>;
    adoptedOn: z.ZodExactOptional<z.ZodISODate>;
    nextReviewOn: z.ZodExactOptional<z.ZodISODate>;
    suppression: z.ZodDefault<typeof SuppressionPolicySchema>;
    notes: z.ZodExactOptional<z.ZodArray<z.ZodString>>;
  },
  z.core.$strict
> = z
  .strictObject({
    $schema: z.string().exactOptional().meta({ description: 'Optional URI of the JSON Schema this document follows (for editors); ignored.' }),
    id: identifier('Stable identifier of the goal, e.g. "prns-youth-scholarship-equity".'),
    version: z
      .number()
      .int({ error: (issue) => `is ${String(issue.input)}; a version is a whole number (1, 2, 3 …).` })
      .min(1, { error: (issue) => `is ${String(issue.input)}; versions start at 1.` })
      .meta({ description: 'Version of this goal definition, a whole number ≥ 1; raise it whenever an indicator\'s definition changes so published numbers can cite it.' }),
    title: text('Title of the goal, e.g. "Youth scholarships reach eligible families equitably".'),
    program: ProgramSchema,
    department: text('The department accountable for the goal.'),
    owner: text('The person or team responsible for the goal and its review.'),
    objective: text('The equity objective: the desired result for the program, in words (San José step 1).'),
    desiredResult: text('The community-level condition of well-being the goal contributes to (GARE "desired result", RBA population result).').exactOptional(),
    populationOfFocus: GoalPopulationSchema,
    indicators: z
      .array(IndicatorSchema)
      .min(1, { error: 'is an empty list; a goal needs at least one indicator to be measured (San José step 2).' })
      .meta({ description: 'The agreed indicators (San José step 2), each with a unique id.' }),
    reviewCadence: z
      .enum(['monthly', 'quarterly', 'semiannual', 'annual', 'biennial'])
      .meta({ description: 'How often the goal is reviewed (San José step 3, monitoring and evaluation).' }),
    yearBasis: GoalYearBasisSchema.default({ startMonth: 1, label: 'end' }).meta({
      description: 'How dated records are bucketed into years. Default: calendar years.',
    }),
    adoptedOn: isoDate('Date the goal was adopted, YYYY-MM-DD.').exactOptional(),
    nextReviewOn: isoDate('Date of the next review, YYYY-MM-DD; after adoptedOn.').exactOptional(),
    suppression: SuppressionPolicySchema.default({ minimumCellSize: 11, suppressZero: false, complementary: true, appliesTo: 'both' }).meta({
      description: 'Suppression policy for published numbers; indicators may override it. Default: the CMS cell-size policy.',
    }),
    notes: z.array(z.string().min(1)).exactOptional().meta({ description: 'Free-text notes: decisions, caveats, history.' }),
  })
  .meta({
    id: 'EquityGoal',
    title: 'equity-lens equity goal',
    description:
      'An equity goal for a city program: the objective (San José step 1), the agreed indicators for every group (step 2) and how they are monitored (step 3).',
  });
