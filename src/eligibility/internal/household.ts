/**
 * Allocation-free validation and reading of household records for the rule engine.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { Household } from '../../internal/records.ts';
import { nonNegativeNumber } from '../../internal/validate.ts';
import { annualizationFactor, unknownFrequency } from '../annualizeIncome.ts';
import { householdSize } from './checks.ts';

/** The household fields a rule reads, so validation costs only what the rule uses. */
export interface HouseholdNeeds {
  /** Income fields (`annualIncome`, `incomes`). */
  readonly income: boolean;
  /** `members` (structure and `disability`; birth dates are checked where ages are computed). */
  readonly members: boolean;
  /** Members' birth dates (an age criterion). */
  readonly ages: boolean;
  /** Attribute names whose values must be strings. */
  readonly attributes: readonly string[];
  /** `categorical` entries must be strings. */
  readonly categorical: boolean;
}

/** The path of a household in messages: `where` itself, or `households[where]`. */
function at(where: string | number): string {
  return typeof where === 'string' ? where : `households[${where}]`;
}

/**
 * Checks the fields of a household a rule reads: always `size`;
 * `annualIncome` and `incomes` when the rule tests income; `members` when it tests ages or disability;
 * `attributes` and the named attributes when it reads attributes; `categorical` when it tests programs.
 * Throws an error naming the household (`where`: a path, or an index into `households`, so the loop builds no
 * string per household) and the field.
 *
 * Birth dates are checked where ages are computed (the compiled `memberAge` criterion), and `id` by the callers
 * that need it.
 *
 * @internal
 */
export function checkHousehold(h: unknown, where: string | number, fn: string, needs: HouseholdNeeds): asserts h is Household {
  if (h === null || typeof h !== 'object') {
    fail('invalid_type', at(where), `${fn}: ${at(where)} is ${describe(h)}; expected a household object { id, size, attributes, … }.`);
  }
  const record = h as Record<string, unknown>;
  const size = record['size'];
  // Stryker disable next-line ConditionalExpression, EqualityOperator, StringLiteral: equivalent — a fast path that only skips householdSize, which accepts the same integers 1…30 and throws for anything else
  if (!(typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= 30)) {
    householdSize(size, `${at(where)}.size`, fn);
  }
  const income = needs.income ? record['annualIncome'] : undefined;
  if (income !== undefined && !(typeof income === 'number' && income >= 0 && income < Number.POSITIVE_INFINITY)) {
    nonNegativeNumber(income, `${at(where)}.annualIncome`, fn);
  }
  const incomes = needs.income ? record['incomes'] : undefined;
  if (incomes !== undefined) {
    if (!Array.isArray(incomes)) fail('invalid_type', `${at(where)}.incomes`, `${fn}: ${at(where)}.incomes is ${describe(incomes)}; expected an array of { amount, frequency }.`);
    for (let k = 0; k < incomes.length; k++) {
      const source: unknown = incomes[k];
      if (source === null || typeof source !== 'object') {
        fail('invalid_type', `${at(where)}.incomes[${k}]`, `${fn}: ${at(where)}.incomes[${k}] is ${describe(source)}; expected { amount, frequency }.`);
      }
      const s = source as Record<string, unknown>;
      const amount = s['amount'];
      if (!(typeof amount === 'number' && amount >= 0 && amount < Number.POSITIVE_INFINITY)) nonNegativeNumber(amount, `${at(where)}.incomes[${k}].amount`, fn);
      if (annualizationFactor(s['frequency']) === undefined) unknownFrequency(s['frequency'], `${at(where)}.incomes[${k}].frequency`, fn);
    }
  }
  const members = needs.members ? record['members'] : undefined;
  if (members !== undefined) {
    if (!Array.isArray(members)) fail('invalid_type', `${at(where)}.members`, `${fn}: ${at(where)}.members is ${describe(members)}; expected an array of { birthDate }.`);
    for (let k = 0; k < members.length; k++) {
      const member: unknown = members[k];
      if (member === null || typeof member !== 'object') {
        fail('invalid_type', `${at(where)}.members[${k}]`, `${fn}: ${at(where)}.members[${k}] is ${describe(member)}; expected { birthDate: "YYYY-MM-DD" }.`);
      }
      const m = member as Record<string, unknown>;
      const disability = m['disability'];
      if (disability !== undefined && typeof disability !== 'boolean') {
        fail('invalid_type', `${at(where)}.members[${k}].disability`, `${fn}: ${at(where)}.members[${k}].disability is ${describe(disability)}; use true, false or leave it out when unknown.`);
      }
    }
  }
  const attributes = record['attributes'];
  if (needs.attributes.length > 0 && (attributes === null || typeof attributes !== 'object')) {
    fail(
      attributes === undefined ? 'missing_field' : 'invalid_type',
      `${at(where)}.attributes`,
      `${fn}: ${at(where)}.attributes is ${describe(attributes)}; give every household an attributes object (it may be empty: {}).`,
    );
  }
  const categorical = needs.categorical ? record['categorical'] : undefined;
  if (categorical !== undefined && !Array.isArray(categorical)) {
    fail('invalid_type', `${at(where)}.categorical`, `${fn}: ${at(where)}.categorical is ${describe(categorical)}; expected an array of program names.`);
  }
  const names = needs.attributes;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    if (!Object.prototype.hasOwnProperty.call(attributes, name)) continue;
    const value = (attributes as Record<string, unknown>)[name];
    if (typeof value !== 'string') {
      fail('invalid_type', `${at(where)}.attributes.${name}`, `${fn}: ${at(where)}.attributes.${name} is ${describe(value)}; attribute values are strings (use String(value)).`);
    }
  }
  if (categorical !== undefined) {
    const list = categorical as unknown[];
    for (let k = 0; k < list.length; k++) {
      if (typeof list[k] !== 'string') {
        fail('invalid_type', `${at(where)}.categorical[${k}]`, `${fn}: ${at(where)}.categorical[${k}] is ${describe(list[k])}; list program names as strings, e.g. "CalFresh".`);
      }
    }
  }
}

/**
 * Annual income of a validated household: `annualIncome` when present, else the unrounded sum of its annualised
 * `incomes` (an empty list is no income, 0), else −1 (unknown).
 *
 * @internal
 */
export function annualIncomeOf(h: Household): number {
  if (h.annualIncome !== undefined) return h.annualIncome;
  const incomes = h.incomes;
  if (incomes === undefined) return -1;
  let total = 0;
  for (let k = 0; k < incomes.length; k++) {
    const source = incomes[k] as Household['incomes'] extends readonly (infer S)[] | undefined ? S : never;
    total += source.amount * (annualizationFactor(source.frequency) as number);
  }
  return total;
}
