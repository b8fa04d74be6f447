import type { TableProblemCode } from './types.ts';

/**
 * Every {@link TableProblemCode} with what it means and where to look, for a problems report's legend or a
 * command line's help. The codes are stable: code that filters or counts problems may rely on them.
 *
 * @category Tables
 * @example
 * ```ts
 * import { TABLE_PROBLEM_CODES } from "./tableProblemCodes.ts";
 *
 * TABLE_PROBLEM_CODES.unknown_household; // => "a person or enrolment names a household that is not in the households table"
 * ```
 */
export const TABLE_PROBLEM_CODES: Readonly<Record<TableProblemCode, string>> = Object.freeze({
  missing_value: 'a required field is blank (an id, a household size, a program id, a birth date, a site location, an enrolment year or date)',
  invalid_number: 'a number field holds something that is not a number',
  unexpected_percent: 'a number is written with % and the mapping does not say what a percent means',
  not_integer: 'a whole number was expected (a household size, a program year)',
  out_of_range: 'a number or date is outside what the field allows (a negative income, a size of 0, the year 1024)',
  invalid_date: 'a date fits none of the declared formats, or does not exist',
  invalid_boolean: 'a yes/no field holds something else',
  unknown_code: "a value is not in the field's code map, or is not a pay frequency",
  invalid_position: 'a location is outside the globe, 0, 0, a malformed POINT or not a point',
  incomplete_location: 'one of latitude and longitude is blank',
  invalid_value: 'a cell holds a value of a type the field cannot use (an object, a list)',
  duplicate_id: 'a household or site id is already used by an earlier row',
  unknown_household: 'a person or enrolment names a household that is not in the households table',
  rejected_household: "a person or enrolment names a household whose row was rejected (fix that row first)",
  unknown_site: "an enrolment's site is not in the sites table (a warning: the enrolment is kept)",
  size_below_members: 'a household lists more members than its size (a warning: the size is kept)',
  member_without_birth_date: 'a member column group has values but no birth date (a warning: the member is left out)',
});
