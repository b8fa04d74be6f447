/**
 * The enrolments table, checked against the households (and sites) the mapper has seen.
 *
 * @internal
 * @module
 */
import type { Enrollment } from '../../internal/records.ts';
import type { BoundColumn, ColumnIndex } from './columns.ts';
import type { EnrollmentsSpec } from './compileMapping.ts';
import type { MappingIssues } from './issues.ts';
import { bindField, bindOptional, readDate, readNumber, readText, type BoundField, type RowContext } from './read.ts';
import type { MapperState } from './state.ts';

/** The enrolments section bound to a header. */
export interface BoundEnrollments {
  readonly householdId: BoundField;
  readonly programId: BoundField;
  readonly siteId: BoundField | undefined;
  readonly programYear: BoundField | undefined;
  readonly date: BoundField | undefined;
}

/**
 * Binds the enrolments section.
 *
 * @internal
 */
export function bindEnrollments(spec: EnrollmentsSpec, columns: ColumnIndex, issues: MappingIssues): BoundEnrollments | undefined {
  const before = issues.list.length;
  const householdId = bindField(spec.householdId, columns, issues);
  const programId = bindField(spec.programId, columns, issues);
  const siteId = bindOptional(spec.siteId, columns, issues);
  const programYear = bindOptional(spec.programYear, columns, issues);
  const date = bindOptional(spec.date, columns, issues);
  if (
    issues.list.length > before ||
    // Stryker disable next-line ConditionalExpression: equivalent — bindField returns undefined only after recording an issue, which the count above already shows
    householdId === undefined ||
    // Stryker disable next-line ConditionalExpression: equivalent — bindField returns undefined only after recording an issue, which the count above already shows
    programId === undefined
  )
    return undefined;
  return { householdId, programId, siteId, programYear, date };
}

/**
 * Maps one batch of enrolment rows.
 *
 * @internal
 */
export function mapEnrollmentRows(bound: BoundEnrollments, rows: readonly unknown[], firstRow: number, state: MapperState, ctx: RowContext): { records: Enrollment[]; rejected: number } {
  const records: Enrollment[] = [];
  let rejected = 0;
  const known = state.householdsSeen ? undefined : state.knownHouseholds;
  const checkHouseholds = state.householdsSeen || known !== undefined;
  const sites = state.sitesSeen ? state.sites : state.knownSites;
  const householdColumn = bound.householdId.column?.header ?? null;
  const siteColumn = bound.siteId?.column?.header ?? null;
  for (let i = 0; i < rows.length; i++) {
    if (!ctx.start(rows[i], firstRow + i)) {
      rejected++;
      continue;
    }
    const householdId = readText(bound.householdId, ctx);
    if (householdId !== undefined) ctx.id = householdId;
    const programId = readText(bound.programId, ctx);
    const siteId = bound.siteId === undefined ? undefined : readText(bound.siteId, ctx);
    const programYear = bound.programYear === undefined ? undefined : readNumber(bound.programYear, ctx);
    const date = bound.date === undefined ? undefined : readDate(bound.date, ctx);
    if (programYear === undefined && date === undefined && !ctx.rejected) {
      // compileMapping requires programYear or date; neither is missing when it is a constant, so the field has a column.
      const field = (bound.programYear ?? bound.date) as BoundField;
      const both = bound.programYear !== undefined && bound.date !== undefined;
      ctx.report(
        'missing_value',
        'error',
        (field.column as BoundColumn).header,
        ctx.cell(field),
        bound.programYear === undefined ? 'date' : 'programYear',
        `the enrolment has no ${both ? 'usable programYear and no date' : bound.programYear !== undefined ? 'usable programYear' : 'usable date'}; an enrolment counts toward a year: fill it in.`,
      );
    }
    if (householdId !== undefined && checkHouseholds) {
      const entry = state.households.get(householdId);
      const accepted = known === undefined ? entry !== undefined && entry.row > 0 : known.has(householdId);
      if (!accepted) {
        const rejectedAt = entry === undefined ? 0 : entry.rejectedRow;
        if (rejectedAt > 0) {
          ctx.report('rejected_household', 'error', householdColumn, householdId, 'householdId', `household ${JSON.stringify(householdId)} was rejected at households row ${rejectedAt}; fix that row and this enrolment counts.`);
        } else {
          ctx.report('unknown_household', 'error', householdColumn, householdId, 'householdId', `household ${JSON.stringify(householdId)} is not in the households table; check the id (ids are compared as text: "007" and "7" differ) or add the household.`);
        }
      }
    }
    // A row without programYear and date was reported above, which rejected it.
    if (
      ctx.rejected ||
      // Stryker disable next-line ConditionalExpression: equivalent — a required id that cannot be read is an error, which set ctx.rejected
      householdId === undefined ||
      // Stryker disable next-line ConditionalExpression: equivalent — a required id that cannot be read is an error, which set ctx.rejected
      programId === undefined
    ) {
      rejected++;
      continue;
    }
    if (siteId !== undefined && sites !== undefined && !sites.has(siteId)) {
      ctx.report('unknown_site', 'warning', siteColumn, siteId, 'siteId', `site ${JSON.stringify(siteId)} is not in the sites table; check the id or add the site (the enrolment is kept, with this siteId).`);
    }
    const record: { householdId: string; programId: string; siteId?: string; programYear?: number; date?: string } = { householdId, programId };
    if (siteId !== undefined) record.siteId = siteId;
    if (programYear !== undefined) record.programYear = programYear;
    if (date !== undefined) record.date = date;
    records.push(record);
  }
  return { records, rejected };
}
