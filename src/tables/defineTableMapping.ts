import { EquityLensError } from '../internal/errors.ts';
import { deepFreeze } from '../internal/freeze.ts';
import { compileMapping } from './internal/compileMapping.ts';
import { TableMappingSchema } from './TableMappingSchema.ts';
import type { TableMapping } from './types.ts';

/**
 * Validates a table mapping — typically `JSON.parse` of a city's `mapping.json` — and returns it, typed and frozen.
 * It reports **every** problem at once, each with its path in the document (`households.incomes[0].frequency`), a
 * message that says how to fix it and, for a misspelt field or value, the nearest valid one. It checks what the
 * JSON Schema checks (shapes, allowed values) and what it cannot: date formats date-fns can read (`yyyy`, not
 * `YYYY`), a reference date for two-digit years, code maps without duplicates, constants of the right type, a
 * persons section joined by `members: "persons"`, an enrolment year or date.
 *
 * The mappers check the mapping too (they accept the document as is); call this first to report every problem,
 * and to know the mapping is good before reading any table. Columns are checked against each table's header
 * when the table is mapped.
 *
 * @param input - The mapping document.
 * @returns The same mapping, deep-frozen.
 * @throws {EquityLensError} `invalid_schema` listing every problem in `issues` (or the single problem's own code).
 * @category Tables
 * @example
 * ```ts
 * import { defineTableMapping } from "./defineTableMapping.ts";
 *
 * const mapping = defineTableMapping({ households: { id: "household_id", size: "size", incomes: [{ amount: "income", frequency: { column: "freq", codes: { M: "monthly" } } }] } });
 * mapping.households?.id; // => "household_id"
 * try {
 *   defineTableMapping({ households: { id: "household_id", sise: "size" } });
 * } catch (error) {
 *   (error as Error).message.split("\n")[1];
 *   // => '  - households.sise: defineTableMapping: households.sise is not a field of the households section; allowed: id, size, annualIncome, incomes, blankIncomeSource, location, members, attributes, otherColumns, categorical. (did you mean "size"?)'
 * }
 * ```
 */
export function defineTableMapping(input: unknown): TableMapping {
  const fn = 'defineTableMapping';
  compileMapping(input, fn);
  const parsed = TableMappingSchema.safeParse(input);
  if (!parsed.success) {
    // The hand checks above accept what the schema accepts; a difference is a bug, reported in the schema's words.
    const issues = parsed.error.issues.map((issue) => ({
      code: 'invalid_value' as const,
      path: issue.path.map(String).join('.'),
      message: `${fn}: ${issue.path.map(String).join('.') || 'the mapping'} is invalid: ${issue.message}.`,
    }));
    throw EquityLensError.fromIssues(fn, issues);
  }
  return deepFreeze(parsed.data);
}
