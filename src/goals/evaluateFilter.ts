import { EquityLensError } from '../internal/errors.ts';
import { type Filter, FilterSchema } from './FilterSchema.ts';
import { interpret, isValidFilter } from './internal/filterEval.ts';
import { parseWithIssues } from './internal/issues.ts';

/**
 * Whether a record passes a declarative {@link Filter}. Pure: the filter and the record are only read.
 *
 * Semantics:
 * - Field paths may be dotted (`attributes.district`); each step reads a property of an object or array, or an
 *   entry of a `Map`. Names that exist on `Object.prototype` or `Array.prototype` (`__proto__`, `constructor`,
 *   `toString`, `map` …) are read only as own properties, so they are ordinary field names and never reach the
 *   prototype.
 * - A field is **missing** when any step is absent or the value is `undefined` or `null`. Every comparison on
 *   a missing field is false, **including `ne` and `notIn`** (as in SQL); wrap a filter in `not` to include
 *   missing records, and use `exists` (`value: true`, the default, or `false`) to test presence.
 * - Comparisons are strict, with no type coercion: `"2"` is not `2`. `lt`/`lte`/`gt`/`gte`/`between` compare
 *   numbers numerically and strings by code unit (so `YYYY-MM-DD` dates compare by date); a field of the other
 *   type never matches. `between` includes both ends. `contains` needs an array field.
 * - `all` is true when every filter holds, `any` when one holds; both stop at the first decisive filter.
 *
 * The filter is checked on every call (a fast structural check that allocates nothing); in a loop over many
 * records, {@link compileFilter} once and call the predicate.
 *
 * @param filter - The filter.
 * @param record - The record (a household, an enrolment, a household-year …).
 * @returns `true` when the record passes.
 * @throws {EquityLensError} When the filter is malformed, listing every problem with its path under `filter`.
 * @category Goals
 * @example
 * ```ts
 * import { evaluateFilter } from "./evaluateFilter.ts";
 *
 * const household = { size: 4, attributes: { district: "3" }, categorical: ["CalFresh"] };
 * evaluateFilter({ field: "attributes.district", op: "in", value: ["3", "5"] }, household); // => true
 * evaluateFilter({ field: "categorical", op: "contains", value: "CalFresh" }, household); // => true
 * evaluateFilter({ field: "attributes.language", op: "ne", value: "English" }, household); // => false
 * evaluateFilter({ not: { field: "attributes.language", op: "eq", value: "English" } }, household); // => true
 * evaluateFilter({ field: "attributes.language", op: "exists", value: false }, household); // => true
 * ```
 */
export function evaluateFilter(filter: Filter, record: unknown): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent — a valid filter parses too; the structural check only spares the parse
  if (!isValidFilter(filter)) {
    const parsed = parseWithIssues(
      FilterSchema,
      filter,
      'evaluateFilter',
      // Stryker disable next-line StringLiteral: equivalent — the root label is never shown, since every path starts with "filter"
      'filter',
      ['filter'],
    );
    // Stryker disable next-line ConditionalExpression: equivalent — isValidFilter rejects exactly what the schema rejects, so the parse has failed here
    if (!parsed.success) throw EquityLensError.fromIssues('evaluateFilter', parsed.issues);
  }
  return interpret(filter, record);
}
