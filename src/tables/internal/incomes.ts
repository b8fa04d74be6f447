/**
 * Income sources (amount + frequency + optional source label), shared by the households and persons tables.
 *
 * @internal
 * @module
 */
import type { IncomeSource } from '../../internal/records.ts';
import type { ColumnIndex } from './columns.ts';
import { join, type MappingIssues } from './issues.ts';
import { bindField, readFrequency, readNumber, readText, type BoundField, type RowContext } from './read.ts';
import { compileField, type FieldSpec, type ResolvedDefaults } from './spec.ts';

/** A compiled income source. */
export interface IncomeSpec {
  readonly amount: FieldSpec;
  readonly frequency: FieldSpec;
  readonly source: FieldSpec | undefined;
}

/** A bound income source. */
export interface BoundIncome {
  readonly amount: BoundField;
  readonly frequency: BoundField;
  readonly source: BoundField | undefined;
}

/**
 * Compiles `incomes` of a section.
 *
 * @internal
 */
export function compileIncomes(input: unknown, path: string, defaults: ResolvedDefaults, issues: MappingIssues): IncomeSpec[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    issues.add('invalid_type', path, 'is not a list; write [{ "amount": "<column>", "frequency": "<column or constant>" }, …].');
    // Stryker disable next-line ArrayDeclaration: equivalent — the issue just added makes compileMapping throw before any income source is read
    return [];
  }
  const out: IncomeSpec[] = [];
  input.forEach((item: unknown, i) => {
    const at = join(path, i);
    const record = issues.object(item, at, ['amount', 'frequency', 'source'], 'an income source ({ "amount": …, "frequency": …, "source"?: … })');
    if (record === undefined) return;
    const amount = compileField(record['amount'], join(at, 'amount'), {
      kind: 'number',
      field: `incomes[${i}].amount`,
      label: `incomes[${i}].amount (dollars per period)`,
      advice: 'write the amount in dollars (e.g. 1250 or $1,250.00), or leave it blank if there is none or it is unknown — never 0 for unknown',
      required: true,
      min: 0,
      rangeText: '0 or more (dollars)',
    }, defaults, issues);
    const frequency = compileField(record['frequency'], join(at, 'frequency'), {
      kind: 'frequency',
      field: `incomes[${i}].frequency`,
      label: `incomes[${i}].frequency`,
      advice: 'write how often the amount is received: weekly, biweekly, semimonthly, monthly or annual',
      required: true,
    }, defaults, issues);
    const source = compileField(record['source'], join(at, 'source'), {
      kind: 'text',
      field: `incomes[${i}].source`,
      label: `incomes[${i}].source`,
      advice: 'write where the income comes from (wages, benefits …), or leave it blank',
    }, defaults, issues);
    // A blank amount is "no amount from this source", decided by the table reader, not a missing required field.
    // Stryker disable next-line LogicalOperator: equivalent — either field undefined has added an issue, and compileMapping throws before the list is read
    if (amount !== undefined && frequency !== undefined) out.push({ amount: { ...amount, required: false }, frequency: { ...frequency, required: false }, source });
  });
  return out;
}

/**
 * Binds income sources to a table.
 *
 * @internal
 */
export function bindIncomes(specs: readonly IncomeSpec[], columns: ColumnIndex, issues: MappingIssues): BoundIncome[] {
  const out: BoundIncome[] = [];
  for (const spec of specs) {
    const amount = bindField(spec.amount, columns, issues);
    const frequency = bindField(spec.frequency, columns, issues);
    const source = spec.source === undefined ? undefined : bindField(spec.source, columns, issues);
    // Stryker disable next-line LogicalOperator: equivalent — either field unbound has added an issue, and the table is not read
    if (amount !== undefined && frequency !== undefined) out.push({ amount, frequency, source });
  }
  return out;
}

/**
 * Reads the income sources of the current row. Returns how many sources have no usable amount: a blank amount, or
 * an amount or frequency that could not be read and was left out under `treatAsMissing` ("as a blank would be"; in a
 * rejected row the count is not used). Sources with an
 * amount are appended to `into`.
 *
 * @internal
 */
export function readIncomes(incomes: readonly BoundIncome[], ctx: RowContext, into: IncomeSource[]): number {
  let blank = 0;
  for (let k = 0; k < incomes.length; k++) {
    const income = incomes[k] as BoundIncome;
    const amount = readNumber(income.amount, ctx);
    if (amount === undefined) {
      blank++;
      continue;
    }
    const frequency = readFrequency(income.frequency, ctx);
    if (frequency === undefined) {
      // An amount without a frequency cannot be annualised. A blank frequency rejects the row; an unreadable one left
      // out under treatAsMissing leaves the source without a usable amount, so it counts as a blank source.
      if (ctx.wasMissing) ctx.missingRequired(income.frequency, ctx.cell(income.frequency));
      blank++;
      continue;
    }
    const source = income.source === undefined ? undefined : readText(income.source, ctx);
    into.push(source === undefined ? { amount, frequency } : { amount, frequency, source });
  }
  return blank;
}
