/**
 * Indicators: the agreed measures of an equity goal (San José's step 2, "equity metric").
 *
 * @module
 */
import * as z from 'zod';
import { DisaggregationSchema } from './DisaggregationSchema.ts';
import { type Filter, FilterSchema } from './FilterSchema.ts';
import { fieldPath, identifier, isoDate, text, year } from './internal/fields.ts';
import { ParityBandSchema } from './ParityBandSchema.ts';
import { ReferenceGroupSchema } from './ReferenceGroupSchema.ts';
import { SuppressionPolicySchema } from './SuppressionPolicySchema.ts';

/**
 * How many records pass `filter` (all records when absent); with `distinct`, how many distinct values of that
 * field they hold (e.g. distinct `householdId` among enrolments = households served). Unit: records.
 *
 * @category Goals
 */
export interface IndicatorCountMeasure {
  /** Discriminator. */
  kind: 'count';
  /** Which records count; all when absent. */
  filter?: Filter;
  /** Count distinct values of this field instead of records. */
  distinct?: string;
}

/**
 * The share of `denominator` records (all records when absent) that also pass `numerator`: a proportion in
 * [0, 1] (never a percentage). Coverage/penetration, leakage and retention are shares. Null when no record
 * passes the denominator.
 *
 * @category Goals
 */
export interface IndicatorShareMeasure {
  /** Discriminator. */
  kind: 'share';
  /** Which denominator records count in the numerator. */
  numerator: Filter;
  /** Which records form the denominator; all when absent. */
  denominator?: Filter;
}

/**
 * (records passing `numerator`) ÷ (records passing `denominator`) × `per`, numerator and denominator filtered
 * independently (the numerator need not be a subset). Null when the denominator count is 0.
 *
 * @category Goals
 */
export interface IndicatorRateMeasure {
  /** Discriminator. */
  kind: 'rate';
  /** Records counted in the numerator. */
  numerator: Filter;
  /** Records counted in the denominator; all when absent. */
  denominator?: Filter;
  /** Multiplier, e.g. 1000 for a rate per 1,000; 1 when absent. */
  per?: number;
}

/**
 * The mean or median of a numeric field over the records passing `filter`; records whose field is missing are
 * skipped (and counted by the monitor). Null when no record has the field.
 *
 * @category Goals
 */
export interface IndicatorAverageMeasure {
  /** Discriminator: arithmetic mean or median. */
  kind: 'mean' | 'median';
  /** The numeric field to average, as a dotted path. */
  field: string;
  /** Which records count; all when absent. */
  filter?: Filter;
}

/**
 * (Σ `numeratorSum`, or the count, over records passing `numerator`) ÷ (Σ `denominatorSum`, or the count, over
 * records passing `denominator`), such as places per 1 eligible child or enrolled ÷ eligible. Null when the
 * denominator is 0.
 *
 * @category Goals
 */
export interface IndicatorRatioMeasure {
  /** Discriminator. */
  kind: 'ratio';
  /** Records of the numerator. */
  numerator: Filter;
  /** Records of the denominator. */
  denominator: Filter;
  /** Field summed over numerator records; counts records when absent. */
  numeratorSum?: string;
  /** Field summed over denominator records; counts records when absent. */
  denominatorSum?: string;
}

/**
 * Great-circle distance (km, haversine with turf's Earth radius) from each record's `location` to the nearest
 * site passing `sites`, summarised over the records passing `filter` by `statistic`: `mean`, `median`, or
 * `shareWithin` (the share of records with distance ≤ `radiusKm`, a proportion in [0, 1]).
 *
 * @category Goals
 */
export interface IndicatorDistanceMeasure {
  /** Discriminator. */
  kind: 'distance';
  /** How distances are summarised. */
  statistic: 'mean' | 'median' | 'shareWithin';
  /** Radius for `shareWithin`, in km; inside means distance ≤ radius. */
  radiusKm?: number;
  /** Which records count (e.g. eligible households); all when absent. */
  filter?: Filter;
  /** Which sites count as destinations (e.g. those whose `programs` contains the program id); all when absent. */
  sites?: Filter;
}

/**
 * What an indicator computes from its record set: `count`, `share`, `rate`, `mean`, `median`, `ratio` or
 * `distance`, with numerators and denominators written as declarative {@link Filter}s over record fields.
 *
 * @category Goals
 */
export type IndicatorMeasure =
  | IndicatorCountMeasure
  | IndicatorShareMeasure
  | IndicatorRateMeasure
  | IndicatorAverageMeasure
  | IndicatorRatioMeasure
  | IndicatorDistanceMeasure;

const optionalFilter = (description: string) => FilterSchema.exactOptional().meta({ description });
const requiredFilter = (description: string) => FilterSchema.meta({ description });

/**
 * The schema of an {@link IndicatorMeasure}, discriminated by `kind`.
 *
 * @category Goals
 * @example
 * ```ts
 * import { IndicatorMeasureSchema } from "./IndicatorSchema.ts";
 *
 * const penetration = {
 *   kind: "share",
 *   denominator: { field: "eligible", op: "eq", value: true },
 *   numerator: { field: "enrolled", op: "eq", value: true },
 * };
 * IndicatorMeasureSchema.safeParse(penetration).success; // => true
 * IndicatorMeasureSchema.safeParse({ kind: "percent" }).success; // => false
 * ```
 */
export const IndicatorMeasureSchema: z.ZodType<IndicatorMeasure, IndicatorMeasure> = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('count').meta({ description: 'How many records pass filter (or how many distinct values of distinct they hold).' }),
        filter: optionalFilter('Which records count; all records of the record set when absent.'),
        distinct: fieldPath('Count distinct values of this field instead of records, e.g. "householdId" to count households among enrolments.').exactOptional(),
      })
      .meta({ description: 'A count of records.' }),
    z
      .strictObject({
        kind: z.literal('share').meta({ description: 'The share of denominator records that also pass numerator: a proportion in [0, 1].' }),
        numerator: requiredFilter('Which denominator records count in the numerator (e.g. enrolled = true).'),
        denominator: optionalFilter('Which records form the denominator (e.g. eligible = true); all records when absent.'),
      })
      .meta({ description: 'A share (proportion in [0, 1]) of a denominator.' }),
    z
      .strictObject({
        kind: z.literal('rate').meta({ description: '(records passing numerator) ÷ (records passing denominator) × per; numerator and denominator filtered independently.' }),
        numerator: requiredFilter('Records counted in the numerator.'),
        denominator: optionalFilter('Records counted in the denominator; all records when absent.'),
        per: z.number().positive().exactOptional().meta({ description: 'Multiplier, e.g. 1000 for a rate per 1,000. Default 1.' }),
      })
      .meta({ description: 'A rate of two independently filtered counts.' }),
    z
      .strictObject({
        kind: z.enum(['mean', 'median']).meta({ description: 'Arithmetic mean or median of field.' }),
        field: fieldPath('The numeric field to average, e.g. "annualIncome". Records missing it are skipped.'),
        filter: optionalFilter('Which records count; all records when absent.'),
      })
      .meta({ description: 'The mean or median of a numeric field.' }),
    z
      .strictObject({
        kind: z.literal('ratio').meta({ description: '(Σ numeratorSum or count over numerator records) ÷ (Σ denominatorSum or count over denominator records).' }),
        numerator: requiredFilter('Records of the numerator.'),
        denominator: requiredFilter('Records of the denominator.'),
        numeratorSum: fieldPath('Field summed over numerator records; records are counted when absent.').exactOptional(),
        denominatorSum: fieldPath('Field summed over denominator records; records are counted when absent.').exactOptional(),
      })
      .meta({ description: 'A ratio of two sums or counts.' }),
    z
      .strictObject({
        kind: z.literal('distance').meta({ description: 'Great-circle distance in km from each record\'s location to the nearest site.' }),
        statistic: z
          .enum(['mean', 'median', 'shareWithin'])
          .meta({ description: '"mean" or "median" distance in km, or "shareWithin": the share of records within radiusKm (distance ≤ radius).' }),
        radiusKm: z.number().positive().exactOptional().meta({ description: 'Radius in km for statistic "shareWithin" (required there).' }),
        filter: optionalFilter('Which records count (e.g. eligible households); all records when absent.'),
        sites: optionalFilter('Which sites count as destinations (e.g. programs contains the program id); all sites when absent.'),
      })
      .meta({ description: 'Distance to the nearest site.' }),
  ])
  .meta({ id: 'IndicatorMeasure', description: 'What the indicator computes from its record set: count, share, rate, mean, median, ratio or distance.' });

/**
 * A value in a given year: an indicator's baseline or target.
 *
 * @category Goals
 */
export type IndicatorYearValue = z.infer<typeof IndicatorYearValueSchema>;

/**
 * The schema of an {@link IndicatorYearValue}.
 *
 * @category Goals
 * @example
 * ```ts
 * import { IndicatorYearValueSchema } from "./IndicatorSchema.ts";
 *
 * IndicatorYearValueSchema.parse({ year: 2024, value: 0.42 }); // => { year: 2024, value: 0.42 }
 * ```
 */
export const IndicatorYearValueSchema: z.ZodObject<
  { year: z.ZodNumber; value: z.ZodNumber; note: z.ZodExactOptional<z.ZodString> },
  z.core.$strict
> = z
  .strictObject({
    year: year('The (program or fiscal) year of the value, e.g. 2024.'),
    value: z.number().meta({ description: 'The value in the indicator\'s unit; a share is a proportion in [0, 1] (0.6, not 60).' }),
    note: text('Where the value comes from or how it was set.').exactOptional(),
  })
  .meta({ id: 'IndicatorYearValue', description: 'A value of the indicator in a given year.' });

/**
 * Where an indicator's data come from and who answers for them.
 *
 * @category Goals
 */
export type IndicatorDataSource = z.infer<typeof IndicatorDataSourceSchema>;

/**
 * The schema of an {@link IndicatorDataSource}.
 *
 * @category Goals
 * @example
 * ```ts
 * import { IndicatorDataSourceSchema } from "./IndicatorSchema.ts";
 *
 * IndicatorDataSourceSchema.parse({ name: "RecWare registrations", steward: "PRNS" }).steward; // => "PRNS"
 * ```
 */
export const IndicatorDataSourceSchema: z.ZodObject<
  {
    name: z.ZodString;
    steward: z.ZodString;
    url: z.ZodExactOptional<z.ZodString>;
    asOf: z.ZodExactOptional<z.ZodISODate>;
    notes: z.ZodExactOptional<z.ZodString>;
  },
  z.core.$strict
> = z
  .strictObject({
    name: text('The system or data set, e.g. "PRNS class registration system".'),
    steward: text('The person, team or department responsible for the data.'),
    url: text('Where the data or their documentation can be found.').exactOptional(),
    asOf: isoDate('The extract date of the data, YYYY-MM-DD.').exactOptional(),
    notes: text('Known limitations, definitions, joins.').exactOptional(),
  })
  .meta({ id: 'IndicatorDataSource', description: 'The data source of an indicator and its steward.' });

/**
 * One indicator of an equity goal: what is measured (RBA kind, record set, measure, unit, direction), for which
 * groups (disaggregations, intersections, reference group, parity band), against what (baseline, target), how it
 * is monitored (trend and progress methods, confidence level) and how it is published (suppression policy).
 *
 * - `trend`: `'yearOverYear'` (change and percent change from the prior year), `'linear'` (OLS slope),
 *   `'theilSen'` (median of pairwise slopes; default, robust with few years), `'mannKendall'` (monotonic-trend
 *   test, normal p-value), `'mannKendallExact'` (the same test with the exact p-value from the null distribution
 *   of S, ties included: the choice for ten or so program years), `'annualPercentChange'` (log-linear fit),
 *   `'joinpoint'` (NCI Joinpoint: log-linear segments, the number of joinpoints by the permutation test; the
 *   trend is the latest segment's APC).
 * - `progress`: `'healthyPeople'` (Healthy People 2030: percent of targeted change achieved, 100·(recent − baseline) ÷
 *   (target − baseline), with its status classes; default; 0.1 wrote `'hp2030'`, accepted by `defineGoal` until
 *   0.3) or `'openSdg'` (observed vs required compound annual
 *   growth rate toward the target, as Open SDG / UN SDG progress reports).
 *
 * Sources: RBA (Friedman, *Trying Hard Is Not Good Enough*) for `rbaKind`; GARE for `level`; Healthy People
 * 2030 methods (https://www.cdc.gov/nchs/healthy-people/hp2030/methods.html) for reference group and progress.
 *
 * @category Goals
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * The schema of an {@link Indicator}. Unknown fields are rejected.
 *
 * @category Goals
 * @example
 * ```ts
 * import { IndicatorSchema } from "./IndicatorSchema.ts";
 *
 * const indicator = IndicatorSchema.parse({
 *   id: "penetration",
 *   name: "Share of eligible households enrolled",
 *   rbaKind: "howWell",
 *   recordSet: "householdYears",
 *   measure: {
 *     kind: "share",
 *     denominator: { field: "eligible", op: "eq", value: true },
 *     numerator: { field: "enrolled", op: "eq", value: true },
 *   },
 *   unit: "proportion",
 *   direction: "higherIsBetter",
 *   parityBand: { relative: 0.1 },
 *   dataSource: { name: "Registrations", steward: "PRNS" },
 * });
 * indicator.referenceGroup; // => "best"
 * indicator.trend; // => "theilSen"
 * ```
 */
export const IndicatorSchema: z.ZodObject<
  {
    id: z.ZodString;
    name: z.ZodString;
    description: z.ZodExactOptional<z.ZodString>;
    rbaKind: z.ZodEnum<{ howMuch: 'howMuch'; howWell: 'howWell'; betterOff: 'betterOff' }>;
    level: z.ZodDefault<z.ZodEnum<{ population: 'population'; performance: 'performance' }>>;
    recordSet: z.ZodEnum<{ households: 'households'; enrollments: 'enrollments'; householdYears: 'householdYears' }>;
    measure: typeof IndicatorMeasureSchema;
    unit: z.ZodString;
    direction: z.ZodEnum<{ higherIsBetter: 'higherIsBetter'; lowerIsBetter: 'lowerIsBetter' }>;
    disaggregations: z.ZodDefault<z.ZodArray<typeof DisaggregationSchema>>;
    intersections: z.ZodDefault<z.ZodArray<z.ZodArray<z.ZodString>>>;
    referenceGroup: z.ZodDefault<typeof ReferenceGroupSchema>;
    parityBand: z.ZodExactOptional<typeof ParityBandSchema>;
    baseline: z.ZodExactOptional<typeof IndicatorYearValueSchema>;
    target: z.ZodExactOptional<typeof IndicatorYearValueSchema>;
    trend: z.ZodDefault<
      z.ZodEnum<{ yearOverYear: 'yearOverYear'; linear: 'linear'; theilSen: 'theilSen'; mannKendall: 'mannKendall'; mannKendallExact: 'mannKendallExact'; annualPercentChange: 'annualPercentChange'; joinpoint: 'joinpoint' }>
    >;
    progress: z.ZodDefault<z.ZodEnum<{ healthyPeople: 'healthyPeople'; openSdg: 'openSdg' }>>;
    confidence: z.ZodDefault<z.ZodNumber>;
    dataSource: typeof IndicatorDataSourceSchema;
    suppression: z.ZodExactOptional<typeof SuppressionPolicySchema>;
    notes: z.ZodExactOptional<z.ZodString>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: identifier('Stable identifier of the indicator, unique within the goal, e.g. "eligible-served".'),
    name: text('Short name, e.g. "Share of eligible households enrolled".'),
    description: text('What the indicator means and why it matters.').exactOptional(),
    rbaKind: z
      .enum(['howMuch', 'howWell', 'betterOff'])
      .meta({ description: 'Results-Based Accountability kind: "howMuch" (quantity of effort), "howWell" (quality of effort), "betterOff" (effect on people).' }),
    level: z
      .enum(['population', 'performance'])
      .default('performance')
      .meta({ description: 'GARE/RBA level: "population" (a community indicator of a desired result) or "performance" (a program\'s performance measure). Default "performance".' }),
    recordSet: z
      .enum(['households', 'enrollments', 'householdYears'])
      .meta({
        description:
          'The records the measure runs over: "households" (one record per household), "enrollments" (one per enrolment) or "householdYears" (one per household and program year, with that year\'s flags such as eligible, enrolled, enrolledPriorYear, distanceKm). The value is computed per year.',
      }),
    measure: IndicatorMeasureSchema,
    unit: text('Unit of the value, e.g. "proportion", "households", "km". A share is always a proportion in [0, 1].'),
    direction: z
      .enum(['higherIsBetter', 'lowerIsBetter'])
      .meta({ description: 'Whether a higher value is better (coverage) or worse (leakage, distance).' }),
    disaggregations: z
      .array(DisaggregationSchema)
      .default([])
      .meta({ description: 'Dimensions to split the indicator by (household size, income band, council district …). Each is reported on its own.' }),
    intersections: z
      .array(
        z
          .array(z.string().min(1))
          .min(2, { error: 'lists fewer than two dimensions; an intersection crosses at least two disaggregation ids, e.g. ["householdSize", "incomeBand"].' }),
      )
      .default([])
      .meta({ description: 'Intersectional cuts: each lists two or more disaggregation ids to cross; group names join bin labels with " × ".' }),
    referenceGroup: ReferenceGroupSchema.default('best').meta({
      description: 'The group others are compared with: "best" (default, HP2030), "worst", "largest", "overall" or { group }. A dimension may override it.',
    }),
    parityBand: ParityBandSchema.exactOptional(),
    baseline: IndicatorYearValueSchema.exactOptional().meta({ description: 'The starting value and its year.' }),
    target: IndicatorYearValueSchema.exactOptional().meta({ description: 'The value to reach and the year to reach it by; the year must come after the baseline year.' }),
    trend: z
      .enum(['yearOverYear', 'linear', 'theilSen', 'mannKendall', 'mannKendallExact', 'annualPercentChange', 'joinpoint'])
      .default('theilSen')
      .meta({
        description:
          'Trend method the monitor applies to the yearly series: "yearOverYear", "linear" (OLS), "theilSen" (default), "mannKendall", "mannKendallExact" (Mann–Kendall with the exact p-value, for short series), "annualPercentChange" or "joinpoint" (the latest Joinpoint segment\'s APC).',
      }),
    progress: z
      .enum(['healthyPeople', 'openSdg'])
      .default('healthyPeople')
      .meta({
        description:
          'Progress-to-target method: "healthyPeople" (Healthy People 2030 percent of targeted change achieved and status; default) or "openSdg" (observed vs required compound annual growth). defineGoal accepts the 0.1 spelling "hp2030" until 0.3.',
      }),
    confidence: z
      .number()
      .gt(0, { error: (issue) => `is ${String(issue.input)}; a confidence level lies strictly between 0 and 1, e.g. 0.95.` })
      // 95 is 95 %, written as 0.95; 1.5 is not "1.5 %" confidence (as the options' openUnitInterval reads it).
      .lt(1, {
        // .lt sees only numbers (the type check runs first).
        error: (issue) => {
          const value = Number(issue.input);
          return value >= 50 && value < 100
            ? `is ${value}; a confidence level lies strictly between 0 and 1 — write ${value} % as ${value / 100}.`
            : `is ${value}; a confidence level lies strictly between 0 and 1, e.g. 0.95.`;
        },
      })
      .default(0.95)
      .meta({ description: 'Confidence level of intervals, strictly between 0 and 1. Default 0.95.' }),
    dataSource: IndicatorDataSourceSchema,
    suppression: SuppressionPolicySchema.exactOptional().meta({
      description: 'Suppression policy for this indicator\'s published numbers; the goal\'s policy when absent.',
    }),
    notes: text('Anything a reader of the scorecard should know.').exactOptional(),
  })
  .meta({ id: 'Indicator', description: 'An agreed measure of the goal, computed per year overall and for every group.' });
