/**
 * Compiles an eligibility rule, for one evaluation date and one set of parameter tables, into criterion
 * evaluators and a postfix program for the all / any / not tree. `evaluateEligibility` and `screenHouseholds`
 * share it, so the fast path and the explained path cannot disagree.
 *
 * Criterion codes: 0 = fails, 1 = passes, 2 = indeterminate (a needed field is missing).
 *
 * @internal
 * @module
 */
import { deprecation } from '../../internal/deprecation.ts';
import { EquityLensError, fail } from '../../internal/errors.ts';
import type { Household } from '../../internal/records.ts';
import { ageFromKeys } from '../ageOn.ts';
import { smiCeilingOf } from '../caSmiCeiling.ts';
import type { EligibilityComparator, EligibilityCriterionResult, EligibilityTableRef } from '../eligibilityResult.ts';
import { EligibilityRuleSchema, type EligibilityCriterion, type EligibilityNode, type EligibilityRule } from '../eligibilityRuleSchema.ts';
import type { HudLimitsTable } from '../hudIncomeLimitsTables.ts';
import { sizeLimit, type HudLimitKey } from '../hudLimitsForSize.ts';
import type { PovertyGuidelineTable } from '../povertyGuidelineTables.ts';
import type { SmiCeilingTable } from '../smiCeilingTables.ts';
import { MAX_HOUSEHOLD_SIZE, dateKey, fastDateKey, tableById, tableInForce } from './checks.ts';
import { annualIncomeOf, type HouseholdNeeds } from './household.ts';
import { deepFreeze } from './freeze.ts';
import { errorFromZod } from './zodIssues.ts';

/** The tables a rule may read, by kind. */
export interface TableSets {
  readonly poverty: readonly PovertyGuidelineTable[];
  readonly hud: readonly HudLimitsTable[];
  readonly smi: readonly SmiCeilingTable[];
}

/** One compiled criterion. */
export interface CompiledCriterion {
  readonly criterion: EligibilityCriterion;
  readonly path: string;
  readonly table: EligibilityTableRef | null;
  /**
   * 0 fails, 1 passes, 2 indeterminate. The household must have been checked by `checkHousehold` with the rule's
   * needs; `index` locates it for errors (`households[index]`, or `household` when −1); `income` is its
   * annual income from `annualIncomeOf` (−1 unknown), computed once per household by the caller; `births`,
   * when given, holds the members' birth dates already parsed as date keys (validated), in member order.
   */
  test(h: Household, index: number, income: number, births?: Int32Array): number;
  /** The explanation record. */
  explain(h: Household): EligibilityCriterionResult;
  /** For income criteria: the comparison as data, so the screening loop can inline it. */
  readonly incomeTest?: IncomeTestData;
}

/** An income comparison as data: passes when `income × scale ≤ scaled[size]` (`<` when exclusive). */
export interface IncomeTestData {
  /** Threshold per household size (index = size), in the scaled unit; NaN when the size is not covered. */
  readonly scaled: Float64Array;
  readonly scale: number;
  readonly exclusive: boolean;
  /** Throws the error for a size the threshold does not cover. */
  readonly uncovered: (size: number) => never;
}


/** A compiled rule. */
export interface CompiledRule {
  readonly rule: EligibilityRule;
  readonly asOf: string;
  readonly leaves: readonly CompiledCriterion[];
  /** Postfix program: op ≥ 0 pushes leaf `op`; −1 all, −2 any (over `args[k]` operands); −3 not. */
  readonly ops: Int32Array;
  readonly args: Int32Array;
  readonly tables: readonly EligibilityTableRef[];
  readonly needs: HouseholdNeeds;
  /** `deprecated:` warnings for 0.1 names in the rule. */
  readonly warnings: readonly string[];
}

const OP_ALL = -1;
const OP_ANY = -2;
const OP_NOT = -3;

const validRules = new WeakSet<object>();

/**
 * Validates a rule with {@link EligibilityRuleSchema} (once per rule object).
 *
 * @internal
 */
export function validatedRule(rule: unknown, path: string, fn: string): EligibilityRule {
  if (validRules.has(rule as object)) return rule as EligibilityRule;
  const parsed = EligibilityRuleSchema.safeParse(rule);
  if (!parsed.success) throw errorFromZod(fn, path, parsed.error.issues, 'the eligibility rule', rule);
  validRules.add(rule as object);
  return rule as EligibilityRule;
}

/**
 * Combines leaf codes with the rule's program (Kleene three-valued logic). `stack` needs `ops.length` slots.
 *
 * @internal
 */
export function combine(ops: Int32Array, args: Int32Array, codes: Uint8Array, stack: Uint8Array): number {
  let top = 0;
  // Stryker disable next-line EqualityOperator: equivalent — one step more reads no op and writes stack[NaN], which a typed array ignores, so stack[0] is unchanged
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k] as number;
    if (op >= 0) {
      stack[top++] = codes[op] as number;
    } else if (op === OP_NOT) {
      const v = stack[top - 1] as number;
      stack[top - 1] = v === 2 ? 2 : 1 - v;
    } else {
      const n = args[k] as number;
      const start = top - n;
      let result = op === OP_ALL ? 1 : 0;
      for (let j = start; j < top; j++) {
        const v = stack[j] as number;
        if (op === OP_ALL) {
          if (v === 0) result = 0;
          else if (v === 2 && result === 1) result = 2;
        } else if (v === 1) result = 1;
        else if (v === 2 && result === 0) result = 2;
      }
      top = start;
      stack[top++] = result;
    }
  }
  return stack[0] as number;
}

/**
 * Compiles a validated rule for an evaluation date (already validated) and tables.
 *
 * @internal
 */
export function compileRule(rule: EligibilityRule, asOf: string, tables: TableSets, fn: string): CompiledRule {
  // Stryker disable next-line ConditionalExpression: equivalent — without effectiveFrom the comparison asOf < undefined is false anyway
  if (rule.effectiveFrom !== undefined && asOf < rule.effectiveFrom) {
    fail(
      'not_covered',
      'options.asOf',
      `${fn}: options.asOf is "${asOf}", before rule ${rule.id} version ${rule.version} takes effect (${rule.effectiveFrom}); use the version in force on that date (selectEligibilityRule).`,
    );
  }
  // Stryker disable next-line ConditionalExpression: equivalent — without effectiveTo the comparison asOf > undefined is false anyway
  if (rule.effectiveTo !== undefined && asOf > rule.effectiveTo) {
    fail(
      'not_covered',
      'options.asOf',
      `${fn}: options.asOf is "${asOf}", after rule ${rule.id} version ${rule.version} ends (${rule.effectiveTo}); use the version in force on that date (selectEligibilityRule).`,
    );
  }
  const warnings: string[] = [];
  const leaves: CompiledCriterion[] = [];
  const ops: number[] = [];
  const args: number[] = [];
  const refs = new Map<string, EligibilityTableRef>();
  const attributes = new Set<string>();
  let categorical = false;
  let income = false;
  let members = false;
  let ages = false;
  // Stryker disable next-line StringLiteral: equivalent — readRuleOptions has already validated asOf, so this path is never reported
  const asOfKey = dateKey(asOf, 'options.asOf', fn);
  const visit = (node: EligibilityNode, path: string): void => {
    if (node.kind === 'all' || node.kind === 'any') {
      node.criteria.forEach((child, i) => visit(child, `${path}.criteria[${i}]`));
      ops.push(node.kind === 'all' ? OP_ALL : OP_ANY);
      args.push(node.criteria.length);
      return;
    }
    if (node.kind === 'not') {
      visit(node.criterion, `${path}.criterion`);
      ops.push(OP_NOT);
      args.push(1);
      return;
    }
    const leaf = compileCriterion(node, path, asOf, asOfKey, tables, fn);
    if (leaf.table !== null) refs.set(leaf.table.id, leaf.table);
    if (node.kind === 'attributeIn' || node.kind === 'attributeCompare') attributes.add(node.attribute);
    warnings.push(...deprecatedNames(node, path, fn));
    if (node.kind === 'categorical') categorical = true;
    if (node.kind === 'fplPercent' || node.kind === 'hudIncomeCategory' || node.kind === 'smiCeiling' || node.kind === 'incomeLimit') income = true;
    if (node.kind === 'memberAge' || node.kind === 'memberDisability') members = true;
    if (node.kind === 'memberAge') ages = true;
    ops.push(leaves.length);
    args.push(0);
    leaves.push(leaf);
  };
  visit(rule.criteria, 'rule.criteria');
  return {
    rule,
    asOf,
    leaves,
    ops: Int32Array.from(ops),
    args: Int32Array.from(args),
    tables: deepFreeze([...refs.values()]),
    needs: { income, members, ages, attributes: [...attributes], categorical },
    warnings,
  };
}

/** The 0.1 spellings a criterion still uses, as `deprecated:` warnings (accepted until 0.3). */
function deprecatedNames(node: EligibilityCriterion, path: string, fn: string): string[] {
  const out: string[] = [];
  // The kind tests narrow the type; at run time no other kind has these fields (the schemas are strict).
  // Stryker disable next-line ConditionalExpression: equivalent — only attributeCompare criteria have an operator field
  if (node.kind === 'attributeCompare') {
    if (node.operator !== undefined) {
      const op = node.operator === 'le' ? 'lte' : node.operator === 'ge' ? 'gte' : node.operator;
      out.push(deprecation(fn, `${path}.operator "${node.operator}"`, `${path}.op "${op}"`));
    }
  }
  // Stryker disable next-line ConditionalExpression: equivalent — only hudIncomeCategory criteria have an atMost field
  if (node.kind === 'hudIncomeCategory') {
    if (node.atMost === 'extremely_low' || node.atMost === 'very_low') {
      out.push(deprecation(fn, `${path}.atMost "${node.atMost}"`, `"${node.atMost === 'extremely_low' ? 'extremelyLow' : 'veryLow'}"`));
    }
  }
  // Stryker disable next-line ConditionalExpression: equivalent — only memberAge criteria have a leapDayBirthday field
  if (node.kind === 'memberAge') {
    if (node.leapDayBirthday === 'march-1' || node.leapDayBirthday === 'february-28') {
      out.push(deprecation(fn, `${path}.leapDayBirthday "${node.leapDayBirthday}"`, `"${node.leapDayBirthday === 'march-1' ? 'march1' : 'february28'}"`));
    }
  }
  return out;
}

function povertyRef(t: PovertyGuidelineTable): EligibilityTableRef {
  return { kind: 'poverty', id: t.id, vintage: String(t.year), effectiveFrom: t.effectiveFrom, effectiveTo: t.effectiveTo ?? null, status: t.status, source: { ...t.source } };
}
function hudRef(t: HudLimitsTable): EligibilityTableRef {
  return { kind: 'hud', id: t.id, vintage: `FY${t.fiscalYear}`, effectiveFrom: t.effectiveFrom, effectiveTo: t.effectiveTo ?? null, status: t.status, source: { ...t.source } };
}
function smiRef(t: SmiCeilingTable): EligibilityTableRef {
  return { kind: 'smi', id: t.id, vintage: t.fiscalYear, effectiveFrom: t.effectiveFrom, effectiveTo: t.effectiveTo ?? null, status: t.status, source: { ...t.source } };
}

/**
 * Formats dollars for explanations: `$52,000`, `$4,615.38`. Only incomes and limits are formatted, never negative.
 *
 * @internal
 */
export function money(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  const whole = Math.floor(rounded);
  const cents = Math.round((rounded - whole) * 100);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${grouped}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
}

function base(c: EligibilityCriterion): Pick<EligibilityCriterionResult, 'id' | 'label' | 'kind' | 'legalRef'> {
  return { id: c.id, label: c.label, kind: c.kind, legalRef: c.legalRef ?? null };
}

function passedOf(code: number): boolean | null {
  return code === 2 ? null : code === 1;
}

interface IncomeTest {
  /** Threshold per size (index = size) in the scaled unit; NaN when the size is not covered. */
  readonly scaled: Float64Array;
  /** Multiplier applied to annual income before comparing with `scaled`. */
  readonly scale: number;
  readonly exclusive: boolean;
  readonly uncovered: (size: number) => never;
  /** Observed value shown, from annual income. */
  readonly observed: (income: number) => number;
  /** Threshold shown for a size. */
  readonly shown: (size: number) => number;
  readonly unit: string;
  readonly describe: (income: number, size: number) => string;
}

function incomeCriterion(c: EligibilityCriterion, path: string, table: EligibilityTableRef | null, spec: IncomeTest): CompiledCriterion {
  const { scaled, scale, exclusive } = spec;
  const test = (h: Household, _index: number, income: number): number => {
    if (income < 0) return 2;
    const t = scaled[h.size] as number;
    if (t !== t) spec.uncovered(h.size);
    const v = income * scale;
    return (exclusive ? v < t : v <= t) ? 1 : 0;
  };
  return {
    criterion: c,
    path,
    table,
    test,
    incomeTest: { scaled, scale, exclusive, uncovered: spec.uncovered },
    explain(h) {
      // Stryker disable next-line UnaryOperator: equivalent — the income test does not read the index
      const code = test(h, -1, annualIncomeOf(h));
      const comparator: EligibilityComparator = exclusive ? '<' : '<=';
      if (code === 2) {
        return {
          ...base(c),
          passed: null,
          observed: null,
          threshold: spec.shown(h.size),
          comparator,
          margin: null,
          unit: spec.unit,
          table,
          missing: ['annualIncome'],
          detail: 'income unknown: the household has neither annualIncome nor incomes',
        };
      }
      const income = annualIncomeOf(h);
      const observed = spec.observed(income);
      const threshold = spec.shown(h.size);
      return {
        ...base(c),
        passed: code === 1,
        observed,
        threshold,
        comparator,
        margin: threshold - observed,
        unit: spec.unit,
        table,
        missing: [],
        detail: spec.describe(income, h.size),
      };
    },
  };
}

/** A threshold per size 1–30 (NaN where `fill` gives NaN: the size is not covered). */
function perSize(fill: (size: number) => number): Float64Array {
  const out = new Float64Array(MAX_HOUSEHOLD_SIZE + 1).fill(Number.NaN);
  for (let n = 1; n <= MAX_HOUSEHOLD_SIZE; n++) out[n] = fill(n);
  return out;
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** What an explanation says beyond the criterion's identity (`base`) and its table (none for these criteria). */
type Finding = Omit<EligibilityCriterionResult, 'id' | 'label' | 'kind' | 'legalRef' | 'table'>;

/**
 * A criterion that reads no parameter table: its `test`, and an explanation built from the test's code (0 fails,
 * 1 passes, 2 indeterminate) by `explain`, with the fields in the order every explanation lists them.
 */
function plainCriterion(
  c: EligibilityCriterion,
  path: string,
  test: CompiledCriterion['test'],
  explain: (h: Household, code: number) => Finding,
): CompiledCriterion {
  return {
    criterion: c,
    path,
    table: null,
    test,
    explain(h) {
      const f = explain(h, test(h, -1, -1));
      return { ...base(c), passed: f.passed, observed: f.observed, threshold: f.threshold, comparator: f.comparator, margin: f.margin, unit: f.unit, table: null, missing: f.missing, detail: f.detail };
    },
  };
}

function compileCriterion(c: EligibilityCriterion, path: string, asOf: string, asOfKey: number, tables: TableSets, fn: string): CompiledCriterion {
  switch (c.kind) {
    case 'fplPercent': {
      let table: PovertyGuidelineTable;
      if (c.table !== undefined) table = tableById(tables.poverty, c.table, `${path}.table`, fn, 'poverty guideline');
      else if (c.guidelineYear !== undefined) {
        const year = c.guidelineYear;
        const found = tables.poverty.find((t) => t.year === year);
        if (found === undefined) {
          fail('not_covered', `${path}.guidelineYear`, `${fn}: ${path}.guidelineYear is ${year}, which no poverty guideline table holds (years: ${tables.poverty.map((t) => t.year).join(', ')}); pass options.tables.poverty with that year.`);
        }
        table = found;
      } else table = tableInForce(tables.poverty, asOf, 'options.asOf', fn, 'poverty guideline');
      const amounts = table.regions[c.region ?? 'contiguous'];
      const guideline = (n: number): number => amounts.firstPerson + amounts.additionalPerson * (n - 1);
      const ref = povertyRef(table);
      return incomeCriterion(c, path, ref, {
        scaled: perSize((n) => c.maxPercent * guideline(n)),
        scale: 100,
        exclusive: c.boundary === 'exclusive',
        // Stryker disable next-line ArrowFunction, StringLiteral: equivalent — the guideline formula gives a limit for every size 1–30, so this is never called
        uncovered: () => fail('not_covered', path, `${fn}: ${path} has no guideline for this size.`),
        observed: (income) => income,
        shown: (n) => (c.maxPercent * guideline(n)) / 100,
        unit: 'USD/year',
        describe: (income, n) =>
          `income ${money(income)} is ${(Math.round((income / guideline(n)) * 1000) / 10).toFixed(1)} % of the ${table.year} guideline for ${n} (${money(guideline(n))}); limit ${c.maxPercent} % = ${money((c.maxPercent * guideline(n)) / 100)}`,
      });
    }
    case 'hudIncomeCategory': {
      let table: HudLimitsTable;
      if (c.table !== undefined) table = tableById(tables.hud, c.table, `${path}.table`, fn, 'HUD income limits');
      else {
        const area = c.area ?? 'santa-clara-ca';
        const own = tables.hud.filter((t) => t.area === area);
        if (own.length === 0) {
          fail('not_found', `${path}.area`, `${fn}: ${path}.area is "${area}", which names no HUD table area (areas: ${[...new Set(tables.hud.map((t) => t.area))].join(', ')}); pass options.tables.hud for it.`);
        }
        table = tableInForce(own, asOf, 'options.asOf', fn, `HUD income limits (${area})`);
      }
      const key: HudLimitKey = c.atMost === 'extremely_low' || c.atMost === 'extremelyLow' ? 'extremelyLow' : c.atMost === 'very_low' || c.atMost === 'veryLow' ? 'veryLow' : 'low';
      const tablePath = `options.tables.hud[${tables.hud.indexOf(table)}]`;
      // Why a size has no limit (above 8 persons a table may lack what HUD's extrapolation needs): thrown for a
      // household of that size only. Any other error is kept and thrown the same way.
      const errors = new Map<number, EquityLensError>();
      const limits = perSize((n) => {
        try {
          return sizeLimit(table, n, key, fn, tablePath);
        } catch (error) {
          errors.set(n, error as EquityLensError);
          return Number.NaN;
        }
      });
      const ref = hudRef(table);
      return incomeCriterion(c, path, ref, {
        scaled: limits,
        scale: 1,
        exclusive: false,
        uncovered: (n) => {
          throw errors.get(n) as EquityLensError;
        },
        observed: (income) => income,
        shown: (n) => limits[n] as number,
        unit: 'USD/year',
        describe: (income, n) =>
          `income ${money(income)} against the HUD FY${table.fiscalYear} ${c.atMost.replace('_', ' ')} limit for ${n} persons (${money(limits[n] as number)}${n > 8 ? ', extrapolated +8 % per person' : ''})`,
      });
    }
    case 'smiCeiling': {
      const table = c.table !== undefined ? tableById(tables.smi, c.table, `${path}.table`, fn, 'SMI ceiling') : tableInForce(tables.smi, asOf, 'options.asOf', fn, 'California SMI');
      const percent = c.percent ?? 85;
      const monthly = perSize((n) => smiCeilingOf(table, n, percent).monthly);
      const ref = smiRef(table);
      return incomeCriterion(c, path, ref, {
        scaled: monthly.map((m) => 12 * m),
        scale: 1,
        exclusive: c.boundary === 'exclusive',
        // Stryker disable next-line ArrowFunction, StringLiteral: equivalent — the last SMI row (12+) covers every larger size up to 30, so this is never called
        uncovered: () => fail('not_covered', path, `${fn}: ${path} has no SMI row for this size.`),
        observed: (income) => income / 12,
        shown: (n) => monthly[n] as number,
        unit: 'USD/month',
        describe: (income, n) =>
          `monthly income ${money(income / 12)} against the ${table.fiscalYear} ${percent} % SMI ceiling for ${n} persons (${money(monthly[n] as number)} a month)`,
      });
    }
    case 'incomeLimit': {
      const limits = c.annualLimits;
      const last = limits[limits.length - 1] as number;
      const thresholds = perSize((n) =>
        n <= limits.length ? (limits[n - 1] as number) : last + (c.additionalPerson ?? Number.NaN) * (n - limits.length),
      );
      return incomeCriterion(c, path, null, {
        scaled: thresholds,
        scale: 1,
        exclusive: c.boundary === 'exclusive',
        uncovered: (n) =>
          fail(
            'not_covered',
            `${path}.annualLimits`,
            `${fn}: ${path}.annualLimits covers sizes 1–${limits.length}, but a household has ${n} persons; add limits or an additionalPerson amount.`,
          ),
        observed: (income) => income,
        shown: (n) => thresholds[n] as number,
        unit: 'USD/year',
        describe: (income, n) => `income ${money(income)} against the program limit for ${n} persons (${money(thresholds[n] as number)})`,
      });
    }
    case 'memberAge': {
      const minAge = c.minAge ?? 0;
      const maxAge = c.maxAge ?? Number.POSITIVE_INFINITY;
      const needed = c.atLeast ?? 1;
      // Stryker disable next-line StringLiteral: equivalent — the rule schema has already rejected an ageOn that is no date, so this path is never reported
      const onKey = c.ageOn === undefined ? asOfKey : dateKey(c.ageOn, `${path}.ageOn`, fn);
      const feb28 = c.leapDayBirthday === 'february28' || c.leapDayBirthday === 'february-28';
      const test = (h: Household, index: number, _income: number, births?: Int32Array): number => {
        const members = h.members;
        if (members === undefined) return 2;
        let count = 0;
        for (let k = 0; k < members.length; k++) {
          let birth: number;
          if (births !== undefined) birth = births[k] as number;
          else {
            const value = (members[k] as { birthDate: string }).birthDate;
            birth = fastDateKey(value);
            if (birth < 0) birth = dateKey(value, `${index < 0 ? 'household' : `households[${index}]`}.members[${k}].birthDate`, fn);
          }
          // A member born after the age date has a negative age, below every minAge (≥ 0): never counted.
          const age = ageFromKeys(birth, onKey, feb28);
          if (age >= minAge && age <= maxAge) count++;
        }
        return count >= needed ? 1 : 0;
      };
      const range = c.maxAge === undefined ? `${minAge} or over` : `${minAge}–${c.maxAge}`;
      return plainCriterion(c, path, test, (h, code) => {
        const threshold = [minAge, c.maxAge ?? null];
        if (code === 2) {
          return { passed: null, observed: null, threshold, comparator: 'between', margin: null, unit: 'years', missing: ['members'], detail: 'members unknown: the household lists no members with birth dates' };
        }
        const ages: number[] = [];
        let count = 0;
        for (const m of h.members as NonNullable<Household['members']>) {
          const birth = fastDateKey(m.birthDate);
          if (birth > onKey) continue;
          const age = ageFromKeys(birth, onKey, feb28);
          ages.push(age);
          if (age >= minAge && age <= maxAge) count++;
        }
        const on = c.ageOn ?? asOf;
        return {
          passed: code === 1,
          observed: ages,
          threshold,
          comparator: 'between',
          margin: count - needed,
          unit: 'years',
          missing: [],
          detail: `${count} of ${ages.length} members aged ${range} on ${on}; ${needed} needed`,
        };
      });
    }
    case 'memberDisability': {
      const needed = c.atLeast ?? 1;
      const count = (h: Household): { yes: number; unknown: number[] } => {
        let yes = 0;
        const unknown: number[] = [];
        (h.members as NonNullable<Household['members']>).forEach((m, k) => {
          if (m.disability === true) yes++;
          else if (m.disability === undefined) unknown.push(k);
        });
        return { yes, unknown };
      };
      const test = (h: Household): number => {
        const members = h.members;
        if (members === undefined) return 2;
        let yes = 0;
        let unknown = 0;
        for (let k = 0; k < members.length; k++) {
          const d = (members[k] as { disability?: boolean }).disability;
          if (d === true) yes++;
          else if (d === undefined) unknown++;
        }
        return yes >= needed ? 1 : yes + unknown >= needed ? 2 : 0;
      };
      return plainCriterion(c, path, test, (h, code) => {
        if (h.members === undefined) {
          return { passed: null, observed: null, threshold: needed, comparator: '>=', margin: null, unit: 'persons', missing: ['members'], detail: 'members unknown' };
        }
        const { yes, unknown } = count(h);
        return {
          passed: passedOf(code),
          observed: yes,
          threshold: needed,
          comparator: '>=',
          margin: code === 2 ? null : yes - needed,
          unit: 'persons',
          missing: code === 2 ? unknown.map((k) => `members[${k}].disability`) : [],
          detail: `${yes} member(s) with a disability${unknown.length > 0 ? `, ${unknown.length} unknown` : ''}; ${needed} needed`,
        };
      });
    }
    case 'attributeIn': {
      const accepted = new Set(c.values);
      const name = c.attribute;
      const test = (h: Household): number => (hasOwn(h.attributes, name) ? (accepted.has(h.attributes[name] as string) ? 1 : 0) : 2);
      return plainCriterion(c, path, test, (h, code) => {
        const value = code === 2 ? null : (h.attributes[name] as string);
        return {
          passed: passedOf(code),
          observed: value,
          threshold: c.values,
          comparator: 'in',
          margin: null,
          unit: null,
          missing: code === 2 ? [`attributes.${name}`] : [],
          detail: code === 2 ? `attribute "${name}" unknown` : `${name} is ${JSON.stringify(value)}; accepted: ${c.values.map((v) => JSON.stringify(v)).join(', ')}`,
        };
      });
    }
    case 'categorical': {
      const programs = new Set(c.programs);
      const test = (h: Household): number => {
        const list = h.categorical;
        if (list === undefined) return 2;
        for (const program of list) if (programs.has(program)) return 1;
        return 0;
      };
      return plainCriterion(c, path, test, (h, code) => {
        const list = h.categorical;
        return {
          passed: passedOf(code),
          observed: list === undefined ? null : [...list],
          threshold: c.programs,
          comparator: 'anyOf',
          margin: null,
          unit: null,
          missing: code === 2 ? ['categorical'] : [],
          detail:
            list === undefined
              ? 'program enrolments unknown'
              : code === 1
                ? `enrolled in ${list.filter((p) => programs.has(p)).join(', ')}`
                : `enrolled in none of ${c.programs.join(', ')}`,
        };
      });
    }
    case 'householdSize': {
      const min = c.min ?? 1;
      const max = c.max ?? MAX_HOUSEHOLD_SIZE;
      const test = (h: Household): number => (h.size >= min && h.size <= max ? 1 : 0);
      return plainCriterion(c, path, test, (h, code) => {
        return {
          passed: code === 1,
          observed: h.size,
          threshold: [min, max],
          comparator: 'between',
          margin: Math.min(h.size - min, max - h.size),
          unit: 'persons',
          missing: [],
          detail: `household of ${h.size}; accepted ${min}–${max}`,
        };
      });
    }
    case 'attributeCompare': {
      const name = c.attribute;
      const op = c.op ?? (c.operator === 'le' ? 'lte' : c.operator === 'ge' ? 'gte' : (c.operator as 'eq' | 'ne' | 'lt' | 'gt'));
      const target = c.value;
      const numberOf = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));
      const test = (h: Household): number => {
        if (!hasOwn(h.attributes, name)) return 2;
        const value = h.attributes[name] as string;
        if (op === 'eq') return value === target ? 1 : 0;
        if (op === 'ne') return value !== target ? 1 : 0;
        const x = numberOf(value);
        if (x !== x) return 2;
        const t = target as number;
        const ok = op === 'lt' ? x < t : op === 'lte' ? x <= t : op === 'gt' ? x > t : x >= t;
        return ok ? 1 : 0;
      };
      const comparator: EligibilityComparator = op === 'eq' ? '==' : op === 'ne' ? '!=' : op === 'lt' ? '<' : op === 'lte' ? '<=' : op === 'gt' ? '>' : '>=';
      return plainCriterion(c, path, test, (h, code) => {
        const present = hasOwn(h.attributes, name);
        const raw = present ? (h.attributes[name] as string) : null;
        const numeric = op !== 'eq' && op !== 'ne';
        const x = raw === null ? Number.NaN : numberOf(raw);
        const observed = numeric && x === x ? x : raw;
        let margin: number | null = null;
        if (numeric && code !== 2) margin = op === 'lt' || op === 'lte' ? (target as number) - x : x - (target as number);
        return {
          passed: passedOf(code),
          observed,
          threshold: target,
          comparator,
          margin,
          unit: null,
          missing: code === 2 ? [`attributes.${name}`] : [],
          detail: !present
            ? `attribute "${name}" unknown`
            : code === 2
              ? `attribute "${name}" is ${JSON.stringify(raw)}, not a number`
              : `${name} ${JSON.stringify(raw)} ${comparator} ${JSON.stringify(target)}`,
        };
      });
    }
  }
}
