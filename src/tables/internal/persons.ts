/**
 * The persons table: one row per household member, held by household id until the household's row claims it.
 *
 * @internal
 * @module
 */
import type { HouseholdMember, IncomeSource } from '../../internal/records.ts';
import type { TableProblem } from '../types.ts';
import type { ColumnIndex } from './columns.ts';
import type { PersonsSpec } from './compileMapping.ts';
import { bindIncomes, readIncomes, type BoundIncome } from './incomes.ts';
import type { MappingIssues } from './issues.ts';
import { bindField, bindOptional, readBoolean, readDate, readText, type BoundField, type RowContext } from './read.ts';
import type { MapperState } from './state.ts';

/** The persons section bound to a header. */
export interface BoundPersons {
  readonly householdId: BoundField;
  readonly birthDate: BoundField;
  readonly disability: BoundField | undefined;
  readonly incomes: readonly BoundIncome[];
}

/**
 * Binds the persons section.
 *
 * @internal
 */
export function bindPersons(spec: PersonsSpec, columns: ColumnIndex, issues: MappingIssues): BoundPersons | undefined {
  const before = issues.list.length;
  const householdId = bindField(spec.householdId, columns, issues);
  const birthDate = bindField(spec.birthDate, columns, issues);
  const disability = bindOptional(spec.disability, columns, issues);
  const incomes = bindIncomes(spec.incomes, columns, issues);
  if (
    issues.list.length > before ||
    // Stryker disable next-line ConditionalExpression: equivalent — bindField returns undefined only after recording an issue, which the count above already shows
    householdId === undefined ||
    // Stryker disable next-line ConditionalExpression: equivalent — bindField returns undefined only after recording an issue, which the count above already shows
    birthDate === undefined
  )
    return undefined;
  return { householdId, birthDate, disability, incomes };
}

/**
 * Reads one batch of person rows into their households' entries, to wait for the household's row. Returns the number of rejected rows.
 *
 * @internal
 */
export function mapPersonRows(bound: BoundPersons, rows: readonly unknown[], firstRow: number, state: MapperState, ctx: RowContext): number {
  let rejected = 0;
  // Stryker disable next-line ArrayDeclaration: equivalent — emptied before each row is read
  const incomes: IncomeSource[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (!ctx.start(rows[i], firstRow + i)) {
      rejected++;
      continue;
    }
    const householdId = readText(bound.householdId, ctx);
    if (householdId !== undefined) ctx.id = householdId;
    const birthDate = readDate(bound.birthDate, ctx);
    const disability = bound.disability === undefined ? undefined : readBoolean(bound.disability, ctx);
    incomes.length = 0;
    const blank = readIncomes(bound.incomes, ctx, incomes);
    if (
      ctx.rejected ||
      // Stryker disable next-line ConditionalExpression: equivalent — a required field that cannot be read is an error, which set ctx.rejected
      householdId === undefined ||
      // Stryker disable next-line ConditionalExpression: equivalent — a required field that cannot be read is an error, which set ctx.rejected
      birthDate === undefined
    ) {
      rejected++;
      continue;
    }
    let entry = state.households.get(householdId);
    if (entry === undefined) {
      entry = { row: 0, rejectedRow: 0, persons: null };
      state.households.set(householdId, entry);
    }
    let pending = entry.persons;
    if (pending === null) {
      pending = { members: [], rows: [], incomes: null, blankIncomes: 0 };
      entry.persons = pending;
    }
    const member: HouseholdMember = disability === undefined ? { birthDate } : { birthDate, disability };
    pending.members.push(member);
    pending.rows.push(ctx.row);
    if (incomes.length > 0) pending.incomes = pending.incomes === null ? [...incomes] : pending.incomes.concat(incomes);
    pending.blankIncomes += blank;
  }
  return rejected;
}

/**
 * Problems for persons no household claimed, once every household is read: `rejected_household` when the
 * household's row was rejected, `unknown_household` otherwise.
 *
 * @internal
 */
export function unclaimedPersons(state: MapperState, householdIdColumn: string | null): { problems: TableProblem[]; rows: number } {
  const problems: TableProblem[] = [];
  let rows = 0;
  for (const [id, entry] of state.households) {
    const pending = entry.persons;
    if (pending === null) continue;
    entry.persons = null;
    const rejectedAt = entry.rejectedRow > 0 ? entry.rejectedRow : undefined;
    for (const row of pending.rows) {
      rows++;
      problems.push({
        table: 'persons',
        row,
        column: householdIdColumn,
        value: id,
        field: 'householdId',
        code: rejectedAt === undefined ? 'unknown_household' : 'rejected_household',
        severity: 'error',
        message:
          rejectedAt === undefined
            ? `household ${JSON.stringify(id)} is not in the households table; check the id (ids are compared as text: "007" and "7" differ) or add the household.`
            : `household ${JSON.stringify(id)} was rejected at households row ${rejectedAt}; fix that row and this person joins it.`,
        id,
      });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, rows };
}
