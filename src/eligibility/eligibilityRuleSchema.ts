/**
 * Declarative eligibility rules: criteria combined with all / any / not, versioned by effective dates, as
 * JSON-serialisable data validated by zod.
 *
 * @module
 */
import * as z from 'zod';
import type { eligibilityRuleSetJsonSchema } from './eligibilityRuleSetJsonSchema.ts';
import { dateStringSchema } from './internal/tableShape.ts';
import type { PovertyRegion } from './povertyGuidelineTables.ts';

/**
 * Whether income equal to a limit passes (`'inclusive'`, the default and the legal reading of "does not exceed")
 * or fails (`'exclusive'`).
 *
 * @category Eligibility rules
 */
export type EligibilityBoundary = 'inclusive' | 'exclusive';

/**
 * Fields every criterion has.
 *
 * @category Eligibility rules
 */
export interface EligibilityCriterionBase {
  /** Stable id, unique within the rule; results and `screenHouseholds` columns use it. */
  readonly id: string;
  /** What the criterion checks, in words a family would understand. */
  readonly label: string;
  /** The clause the criterion implements (statute, regulation, program guideline), when there is one. */
  readonly legalRef?: string | undefined;
}

/**
 * Household income at or below `maxPercent` % of the HHS poverty guideline for its size. The guideline is the
 * one in force on the evaluation date unless `guidelineYear` pins a year or `table` pins a table id.
 *
 * @category Eligibility rules
 */
export interface EligibilityFplCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'fplPercent'`, a test of income as a percentage of the HHS poverty guideline. */
  readonly kind: 'fplPercent';
  /** The limit, in percent of the guideline (185 = 185 %). */
  readonly maxPercent: number;
  /** Pin the guideline year instead of using the one in force on `asOf`. */
  readonly guidelineYear?: number | undefined;
  /** Guideline region (default `contiguous`). */
  readonly region?: PovertyRegion | undefined;
  /** Pin a poverty-guideline table by id. */
  readonly table?: string | undefined;
  /** Boundary policy (default `inclusive`). */
  readonly boundary?: EligibilityBoundary | undefined;
}

/**
 * HUD income category at most `atMost` (e.g. `'low'`: income at or below the HUD low-income limit for the size).
 *
 * @category Eligibility rules
 */
export interface EligibilityHudCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'hudIncomeCategory'`, a test of HUD income category. */
  readonly kind: 'hudIncomeCategory';
  /** The highest category that passes. */
  readonly atMost: 'extremelyLow' | 'veryLow' | 'low' | 'extremely_low' | 'very_low';
  /** HUD area of the tables (default `santa-clara-ca`). */
  readonly area?: string | undefined;
  /** Pin a HUD table by id instead of using the one in force on `asOf`. */
  readonly table?: string | undefined;
}

/**
 * Monthly income (annual ÷ 12) at or below California's SMI ceiling for the family size (default 85 %).
 *
 * @category Eligibility rules
 */
export interface EligibilitySmiCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'smiCeiling'`, a test of California's state-median-income ceiling. */
  readonly kind: 'smiCeiling';
  /** Percent of SMI (default 85). */
  readonly percent?: number | undefined;
  /** Pin an SMI table by id instead of using the one in force on `asOf`. */
  readonly table?: string | undefined;
  /** Boundary policy (default `inclusive`). */
  readonly boundary?: EligibilityBoundary | undefined;
}

/**
 * Annual income at or below a program's own limit by household size: `annualLimits[size − 1]`, and above the
 * table `last + additionalPerson × (size − length)`. For programs whose threshold is configuration (the PRNS
 * scholarship does not publish one).
 *
 * @category Eligibility rules
 */
export interface EligibilityIncomeLimitCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'incomeLimit'`, a test of an income limit by household size. */
  readonly kind: 'incomeLimit';
  /** Limits in dollars per year, index 0 = one person; non-decreasing. */
  readonly annualLimits: readonly number[];
  /** Added per person above the table's largest size; without it larger households are not covered (an error). */
  readonly additionalPerson?: number | undefined;
  /** Boundary policy (default `inclusive`). */
  readonly boundary?: EligibilityBoundary | undefined;
}

/**
 * At least `atLeast` (default 1) members aged within [`minAge`, `maxAge`] (whole years, both inclusive) on the
 * evaluation date, or on `ageOn` when the program fixes an age date (a school-year cutoff).
 *
 * @category Eligibility rules
 */
export interface EligibilityMemberAgeCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'memberAge'`, a test of a household member's age. */
  readonly kind: 'memberAge';
  /** Youngest age that counts (default 0). */
  readonly minAge?: number | undefined;
  /** Oldest age that counts (default no limit). */
  readonly maxAge?: number | undefined;
  /** Members needed (default 1). */
  readonly atLeast?: number | undefined;
  /** Fixed date of the age, `YYYY-MM-DD` (default: the evaluation date). */
  readonly ageOn?: string | undefined;
  /** 29 February policy (see `ageOn`; default `march1`; the 0.1 spellings `march-1`, `february-28` are accepted until 0.3). */
  readonly leapDayBirthday?: 'march1' | 'february28' | 'march-1' | 'february-28' | undefined;
}

/**
 * At least `atLeast` (default 1) members with `disability: true`.
 *
 * @category Eligibility rules
 */
export interface EligibilityMemberDisabilityCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'memberDisability'`, a test of a member with a disability. */
  readonly kind: 'memberDisability';
  /** Members needed (default 1). */
  readonly atLeast?: number | undefined;
}

/**
 * A household attribute within a set of values (residency: `attributes.city` in `["San José"]`).
 *
 * @category Eligibility rules
 */
export interface EligibilityAttributeInCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'attributeIn'`, a test of an attribute among listed values. */
  readonly kind: 'attributeIn';
  /** Attribute name in `household.attributes`. */
  readonly attribute: string;
  /** Accepted values (exact match). */
  readonly values: readonly string[];
}

/**
 * Categorical eligibility: the household is enrolled in any of the listed programs (`household.categorical`,
 * exact names such as `"CalFresh"`, `"Medi-Cal"`).
 *
 * @category Eligibility rules
 */
export interface EligibilityCategoricalCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'categorical'`, a test of categorical eligibility (CalFresh, Medi-Cal …). */
  readonly kind: 'categorical';
  /** Programs that confer eligibility. */
  readonly programs: readonly string[];
}

/**
 * Household size within [`min`, `max`] (both inclusive).
 *
 * @category Eligibility rules
 */
export interface EligibilityHouseholdSizeCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'householdSize'`, a test of household size. */
  readonly kind: 'householdSize';
  /** Smallest size (default 1). */
  readonly min?: number | undefined;
  /** Largest size (default 30). */
  readonly max?: number | undefined;
}

/**
 * Compares a household attribute with a value: `op` `eq`/`ne` compare strings; `lt`/`lte`/`gt`/`gte` compare
 * numbers (the attribute string is read as a number; one that is not a number makes the criterion indeterminate).
 * The operators are the goal filters' (`op`, `lte`, `gte`); 0.1's `operator` with `le`/`ge` is accepted until 0.3
 * and reported in the result's `warnings`.
 *
 * @category Eligibility rules
 */
export interface EligibilityAttributeCompareCriterion extends EligibilityCriterionBase {
  /** Discriminant: `'attributeCompare'`, a test of an attribute compared with a value. */
  readonly kind: 'attributeCompare';
  /** Attribute name in `household.attributes`. */
  readonly attribute: string;
  /** Comparison. Required (optional in the type only while its 0.1 name `operator` is accepted). */
  readonly op?: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | undefined;
  /** @deprecated The 0.1 name of `op`, with `le`/`ge` for `lte`/`gte`; accepted until 0.3 with a warning. */
  readonly operator?: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | undefined;
  /** Right-hand side: a string for `eq`/`ne`, a number for the order comparisons. */
  readonly value: string | number;
}

/**
 * Any criterion.
 *
 * @category Eligibility rules
 */
export type EligibilityCriterion =
  | EligibilityFplCriterion
  | EligibilityHudCriterion
  | EligibilitySmiCriterion
  | EligibilityIncomeLimitCriterion
  | EligibilityMemberAgeCriterion
  | EligibilityMemberDisabilityCriterion
  | EligibilityAttributeInCriterion
  | EligibilityCategoricalCriterion
  | EligibilityHouseholdSizeCriterion
  | EligibilityAttributeCompareCriterion;

/**
 * Passes when every child passes (Kleene: fails when any child fails, otherwise indeterminate when any is).
 *
 * @category Eligibility rules
 */
export interface EligibilityAll {
  /** Discriminant: `'all'` — every rule inside must pass. */
  readonly kind: 'all';
  /** Optional id of the group. */
  readonly id?: string | undefined;
  /** Optional label of the group. */
  readonly label?: string | undefined;
  /** Children, at least one. */
  readonly criteria: readonly EligibilityNode[];
}

/**
 * Passes when any child passes (Kleene: fails when every child fails, otherwise indeterminate when any is).
 *
 * @category Eligibility rules
 */
export interface EligibilityAny {
  /** Discriminant: `'any'` — at least one rule inside must pass. */
  readonly kind: 'any';
  /** Optional id of the group. */
  readonly id?: string | undefined;
  /** Optional label of the group. */
  readonly label?: string | undefined;
  /** Children, at least one. */
  readonly criteria: readonly EligibilityNode[];
}

/**
 * Passes when its child fails; indeterminate stays indeterminate.
 *
 * @category Eligibility rules
 */
export interface EligibilityNot {
  /** Discriminant: `'not'` — the rule inside must fail. */
  readonly kind: 'not';
  /** Optional id of the group. */
  readonly id?: string | undefined;
  /** Optional label of the group. */
  readonly label?: string | undefined;
  /** The negated node. */
  readonly criterion: EligibilityNode;
}

/**
 * A node of a rule's tree: a criterion or an all / any / not combination.
 *
 * @category Eligibility rules
 */
export type EligibilityNode = EligibilityCriterion | EligibilityAll | EligibilityAny | EligibilityNot;

/**
 * An eligibility rule: one version of a program's criteria, with the dates it is in force.
 *
 * @category Eligibility rules
 */
export interface EligibilityRule {
  /** Program rule id, e.g. `"prns-scholarship"`. */
  readonly id: string;
  /** Human-readable name. */
  readonly label: string;
  /** Version of this rule, e.g. `"2023-24"` or `"2.1"`. */
  readonly version: string;
  /** Program year the version applies to, e.g. `"2023-24"`. */
  readonly programYear?: string | undefined;
  /** First day in force, `YYYY-MM-DD`; evaluating before it is an error. */
  readonly effectiveFrom?: string | undefined;
  /** Last day in force (inclusive); evaluating after it is an error. */
  readonly effectiveTo?: string | undefined;
  /** The program document the rule implements. */
  readonly legalRef?: string | undefined;
  /** Notes: interpretive decisions, what is configuration. */
  readonly description?: string | undefined;
  /** The criteria tree. */
  readonly criteria: EligibilityNode;
}

/**
 * The versions of one program's rule over time; {@link selectEligibilityRule} picks the one in force on a date.
 *
 * @category Eligibility rules
 */
export interface EligibilityRuleSet {
  /** Program rule id shared by the versions. */
  readonly id: string;
  /** Human-readable name. */
  readonly label: string;
  /** Notes on how the versions differ. */
  readonly description?: string | undefined;
  /** Versions with non-overlapping effective dates. */
  readonly versions: readonly EligibilityRule[];
}

const base = {
  id: z.string().min(1),
  label: z.string().min(1),
  legalRef: z.string().min(1).optional(),
};
const boundary = z.enum(['inclusive', 'exclusive']).optional();
const age = z.number().int().min(0).max(150);
const count = z.number().int().min(1).max(30);

const fplSchema = z.strictObject({
  ...base,
  kind: z.literal('fplPercent'),
  maxPercent: z.number().positive().max(1000),
  guidelineYear: z.number().int().min(1900).max(2200).optional(),
  region: z.enum(['contiguous', 'alaska', 'hawaii']).optional(),
  table: z.string().min(1).optional(),
  boundary,
});
const hudSchema = z.strictObject({
  ...base,
  kind: z.literal('hudIncomeCategory'),
  atMost: z.enum(['extremelyLow', 'veryLow', 'low', 'extremely_low', 'very_low']),
  area: z.string().min(1).optional(),
  table: z.string().min(1).optional(),
});
const smiSchema = z.strictObject({
  ...base,
  kind: z.literal('smiCeiling'),
  percent: z.number().int().min(1).max(200).optional(),
  table: z.string().min(1).optional(),
  boundary,
});
const incomeLimitSchema = z.strictObject({
  ...base,
  kind: z.literal('incomeLimit'),
  annualLimits: z.array(z.number().nonnegative()).min(1).max(30),
  additionalPerson: z.number().nonnegative().optional(),
  boundary,
});
const memberAgeSchema = z.strictObject({
  ...base,
  kind: z.literal('memberAge'),
  minAge: age.optional(),
  maxAge: age.optional(),
  atLeast: count.optional(),
  ageOn: dateStringSchema.optional(),
  leapDayBirthday: z.enum(['march1', 'february28', 'march-1', 'february-28']).optional(),
});
const memberDisabilitySchema = z.strictObject({ ...base, kind: z.literal('memberDisability'), atLeast: count.optional() });
const attributeInSchema = z.strictObject({
  ...base,
  kind: z.literal('attributeIn'),
  attribute: z.string().min(1),
  values: z.array(z.string()).min(1),
});
const categoricalSchema = z.strictObject({ ...base, kind: z.literal('categorical'), programs: z.array(z.string().min(1)).min(1) });
const householdSizeSchema = z.strictObject({
  ...base,
  kind: z.literal('householdSize'),
  min: count.optional(),
  max: count.optional(),
});
const attributeCompareSchema = z.strictObject({
  ...base,
  kind: z.literal('attributeCompare'),
  attribute: z.string().min(1),
  op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']).optional(),
  operator: z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge']).optional(),
  value: z.union([z.string(), z.number()]),
});

const groupBase = { id: z.string().min(1).optional(), label: z.string().min(1).optional() };

const nodeSchema: z.ZodType<EligibilityNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    fplSchema,
    hudSchema,
    smiSchema,
    incomeLimitSchema,
    memberAgeSchema,
    memberDisabilitySchema,
    attributeInSchema,
    categoricalSchema,
    householdSizeSchema,
    attributeCompareSchema,
    z.strictObject({ ...groupBase, kind: z.literal('all'), criteria: z.array(nodeSchema).min(1) }),
    z.strictObject({ ...groupBase, kind: z.literal('any'), criteria: z.array(nodeSchema).min(1) }),
    z.strictObject({ ...groupBase, kind: z.literal('not'), criterion: nodeSchema }),
  ]),
);

type Path = (string | number)[];

function checkNode(node: EligibilityNode, path: Path, ids: Map<string, string>, ctx: z.RefinementCtx): void {
  if (node.kind === 'all' || node.kind === 'any') {
    node.criteria.forEach((child, i) => checkNode(child, [...path, 'criteria', i], ids, ctx));
    return;
  }
  if (node.kind === 'not') {
    checkNode(node.criterion, [...path, 'criterion'], ids, ctx);
    return;
  }
  const where = path.join('.');
  const earlier = ids.get(node.id);
  if (earlier !== undefined) {
    ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `criterion id "${node.id}" is already used at ${earlier}; ids must be unique within a rule` });
  } else {
    ids.set(node.id, where);
  }
  if ((node.kind === 'memberAge') && node.minAge !== undefined && node.maxAge !== undefined && node.minAge > node.maxAge) {
    ctx.addIssue({ code: 'custom', path: [...path, 'maxAge'], message: `maxAge ${node.maxAge} is below minAge ${node.minAge}` });
  }
  if (node.kind === 'householdSize' && node.min !== undefined && node.max !== undefined && node.min > node.max) {
    ctx.addIssue({ code: 'custom', path: [...path, 'max'], message: `max ${node.max} is below min ${node.min}` });
  }
  if (node.kind === 'incomeLimit') {
    for (let i = 1; i < node.annualLimits.length; i++) {
      if ((node.annualLimits[i] as number) < (node.annualLimits[i - 1] as number)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'annualLimits', i], message: `the limit for ${i + 1} persons is below the limit for ${i}` });
      }
    }
  }
  if (node.kind === 'attributeCompare') {
    const op = node.op ?? node.operator;
    if (op === undefined || (node.op !== undefined && node.operator !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'op'],
        message: op === undefined ? 'no comparison operator; give op: "eq", "ne", "lt", "lte", "gt" or "gte"' : 'op and its deprecated name operator are both given; keep op only',
      });
    } else if ((op === 'eq' || op === 'ne') !== (typeof node.value === 'string')) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'value'],
        message: op === 'eq' || op === 'ne' ? `op ${op} compares strings; write the value as a string` : `op ${op} compares numbers; write the value as a number`,
      });
    }
  }
}

const ruleObject = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  version: z.string().min(1),
  programYear: z.string().min(1).optional(),
  effectiveFrom: dateStringSchema.optional(),
  effectiveTo: dateStringSchema.optional(),
  legalRef: z.string().min(1).optional(),
  description: z.string().optional(),
  criteria: nodeSchema,
});

/**
 * Zod schema of an {@link EligibilityRule}. Besides shapes it checks that criterion ids are unique, ranges are
 * ordered (`minAge ≤ maxAge`, `min ≤ max`), own income limits do not decrease with size, attribute comparisons
 * use a value of the right type, and `effectiveFrom ≤ effectiveTo`. A rule is plain JSON: store it, diff it,
 * validate it from any language with the JSON Schema from {@link eligibilityRuleJsonSchema}.
 *
 * @category Eligibility rules
 * @example
 * ```ts
 * import { EligibilityRuleSchema } from "./eligibilityRuleSchema.ts";
 *
 * const rule = {
 *   id: "after-school", label: "After-school subsidy", version: "2025-26",
 *   criteria: { kind: "all", criteria: [
 *     { kind: "fplPercent", id: "income", label: "Income at or below 200 % FPL", maxPercent: 200 },
 *     { kind: "memberAge", id: "child", label: "A child aged 5–12", minAge: 5, maxAge: 12 },
 *   ] },
 * };
 * EligibilityRuleSchema.safeParse(rule).success; // => true
 * EligibilityRuleSchema.safeParse({ ...rule, criteria: { kind: "income" } }).success; // => false
 * ```
 */
export const EligibilityRuleSchema: z.ZodType<EligibilityRule> = ruleObject.superRefine((rule, ctx) => {
  if (rule.effectiveFrom !== undefined && rule.effectiveTo !== undefined && rule.effectiveTo < rule.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: `effectiveTo ${rule.effectiveTo} is before effectiveFrom ${rule.effectiveFrom}` });
  }
  checkNode(rule.criteria, ['criteria'], new Map(), ctx);
});

/**
 * Zod schema of an {@link EligibilityRuleSet}: every version valid, versions sharing the set's `id`, distinct
 * `version` names, and effective dates that never overlap (a date selects at most one version).
 *
 * @category Eligibility rules
 * @example
 * ```ts
 * import { EligibilityRuleSetSchema } from "./eligibilityRuleSchema.ts";
 * import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from "./prnsScholarshipRules.ts";
 *
 * EligibilityRuleSetSchema.safeParse(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES).success; // => true
 * ```
 */
export const EligibilityRuleSetSchema: z.ZodType<EligibilityRuleSet> = z
  .strictObject({
    id: z.string().min(1),
    label: z.string().min(1),
    description: z.string().optional(),
    versions: z.array(EligibilityRuleSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const names = new Map<string, number>();
    set.versions.forEach((rule, i) => {
      if (rule.id !== set.id) {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'id'], message: `version id "${rule.id}" differs from the set id "${set.id}"` });
      }
      const earlier = names.get(rule.version);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'version'], message: `version "${rule.version}" is already used by versions[${earlier}]` });
      }
      names.set(rule.version, i);
    });
    const order = set.versions.map((rule, i) => ({ rule, i })).sort((a, b) => ((a.rule.effectiveFrom ?? '') < (b.rule.effectiveFrom ?? '') ? -1 : 1));
    for (let k = 1; k < order.length; k++) {
      const prev = order[k - 1]!;
      const next = order[k]!;
      const prevEnd = prev.rule.effectiveTo;
      const nextStart = next.rule.effectiveFrom;
      if (prevEnd === undefined || nextStart === undefined || prevEnd >= nextStart) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', next.i, 'effectiveFrom'],
          message: `versions[${next.i}] overlaps versions[${prev.i}]; give versions[${prev.i}] an effectiveTo before versions[${next.i}].effectiveFrom`,
        });
      }
    }
  });

/**
 * The JSON Schema (draft 2020-12) of **one** eligibility rule (one version), for systems that validate single
 * rules outside TypeScript. A rules file (`rules.json`) holds a rule **set** — `{ id, label, versions: [rule, …] }`
 * — which this schema rejects: validate those with {@link eligibilityRuleSetJsonSchema}.
 * Refinements that JSON Schema cannot express (unique ids, ordered ranges, real calendar dates) are checked only by
 * {@link EligibilityRuleSchema}.
 *
 * @returns A JSON Schema object.
 * @category Eligibility rules
 * @example
 * ```ts
 * import { eligibilityRuleJsonSchema } from "./eligibilityRuleSchema.ts";
 *
 * const schema = eligibilityRuleJsonSchema();
 * (schema.required as string[]).includes("criteria"); // => true
 * ```
 */
export function eligibilityRuleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ruleObject, { unrepresentable: 'any' }) as Record<string, unknown>;
}
