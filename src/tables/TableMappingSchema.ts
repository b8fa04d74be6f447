/**
 * The zod schema of a table mapping: the source of its JSON Schema ({@link tableMappingJsonSchema}) and of its
 * descriptions. The mappers do not use it at run time (they check the mapping by hand, with the same rules and
 * better messages, so mapping a table does not pull zod into a bundle); {@link defineTableMapping} runs both.
 *
 * @module
 */
import * as z from 'zod';
import type { TableMapping } from './types.ts';

const onInvalid = z
  .enum(['rejectRow', 'treatAsMissing'])
  .meta({ id: 'MappingOnInvalid', description: 'A value that cannot be read: reject the row (rejectRow, the default) or leave the value out and keep the row with a warning (treatAsMissing). Required fields always reject the row.' });

const columnName = z.string().min(1).meta({ description: 'The column name as the header writes it (matched ignoring case, a BOM, and spaces/_/- alike).' });

const baseShape = {
  column: columnName,
  missing: z.array(z.string()).exactOptional().meta({ description: 'Cell values that mean "missing" in this column (replaces defaults.missing).' }),
  onInvalid: onInvalid.exactOptional(),
  unlistedCodes: z
    .enum(['invalid', 'keep'])
    .exactOptional()
    .meta({ description: 'A value not listed in codes: invalid (default for text fields) or read as written (keep; default for number, date and yes/no fields).' }),
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'A date written YYYY-MM-DD.' });
const frequency = z.enum(['weekly', 'biweekly', 'semimonthly', 'monthly', 'annual']).meta({ id: 'MappingPayFrequency', description: 'How often an income amount is received.' });

const textColumn = z
  .strictObject({ ...baseShape, codes: z.record(z.string(), z.string()).exactOptional().meta({ description: 'Code map: cell value → text (matched exactly, then ignoring case).' }) })
  .meta({ id: 'MappingTextColumn', description: 'A text column, optionally translated by a code map ("1" → "District 1").' });

const numberColumn = z
  .strictObject({
    ...baseShape,
    decimalSeparator: z.enum(['.', ',']).exactOptional().meta({ description: 'The decimal separator (default "."); the other one and spaces group thousands.' }),
    percent: z.enum(['fraction', 'number']).exactOptional().meta({ description: 'What a cell written with % means: fraction (12% → 0.12) or number (12% → 12). Absent: a % cell is a problem.' }),
    codes: z.record(z.string(), z.number()).exactOptional().meta({ description: 'Code map: cell value → number ("8+" → 8).' }),
  })
  .meta({ id: 'MappingNumberColumn', description: 'A number column: 1234.5, $1,234.50, 1 234, (1,234.50) for negatives; blanks are missing, never 0.' });

const dateColumn = z
  .strictObject({
    ...baseShape,
    formats: z
      .array(z.string().min(1))
      .min(1)
      .exactOptional()
      .meta({ description: 'Accepted formats, tried in order: date-fns tokens (yyyy-MM-dd, MM/dd/yyyy, d.M.yyyy, dd-MMM-yy …) or excelSerial / excelSerial1904 for spreadsheet day numbers. Default defaults.dateFormats.' }),
    referenceDate: isoDate.exactOptional().meta({ description: 'The date two-digit years are read against (years from 50 before to 49 after it). Required when a format has yy.' }),
    codes: z.record(z.string(), isoDate).exactOptional().meta({ description: 'Code map: cell value → YYYY-MM-DD.' }),
  })
  .meta({ id: 'MappingDateColumn', description: 'A date column, read in the declared formats and written YYYY-MM-DD, never through local time.' });

const booleanColumn = z
  .strictObject({
    ...baseShape,
    trueValues: z.array(z.string()).exactOptional().meta({ description: 'Cell values meaning yes (ignoring case). Default defaults.trueValues.' }),
    falseValues: z.array(z.string()).exactOptional().meta({ description: 'Cell values meaning no (ignoring case). Default defaults.falseValues.' }),
    codes: z.record(z.string(), z.boolean()).exactOptional().meta({ description: 'Code map: cell value → true or false.' }),
  })
  .meta({ id: 'MappingBooleanColumn', description: 'A yes/no column.' });

const listColumn = z
  .strictObject({
    ...baseShape,
    codes: z.record(z.string(), z.string()).exactOptional().meta({ description: 'Code map applied to each item.' }),
    separator: z.string().min(1).exactOptional().meta({ description: 'The separator between items (default defaults.listSeparator, ";").' }),
  })
  .meta({ id: 'MappingListColumn', description: 'A column holding a list in one cell ("CalFresh;Medi-Cal").' });

const frequencyColumn = z
  .strictObject({ ...baseShape, codes: z.record(z.string(), frequency).exactOptional().meta({ description: 'Code map: cell value → pay frequency ("M" → "monthly").' }) })
  .meta({ id: 'MappingFrequencyColumn', description: 'A pay-frequency column: weekly, biweekly, semimonthly, monthly, annual (any case; yearly, annually, bi-weekly, fortnightly, semi-monthly understood), or its codes.' });

function constant<T extends z.ZodType>(value: T, description: string) {
  return z.strictObject({ value }).meta({ description });
}

const textField = z
  .union([columnName, textColumn, constant(z.string().min(1), 'A constant text every record gets.')])
  .meta({ id: 'MappingTextField', description: 'A text field: a column name, a text column, or a constant { "value": "…" }.' });
const numberField = z
  .union([columnName, numberColumn, constant(z.number(), 'A constant number every record gets.')])
  .meta({ id: 'MappingNumberField', description: 'A number field: a column name, a number column, or a constant { "value": 0 }.' });
const dateField = z
  .union([columnName, dateColumn, constant(isoDate, 'A constant date (YYYY-MM-DD) every record gets.')])
  .meta({ id: 'MappingDateField', description: 'A date field: a column name (read with defaults.dateFormats), a date column, or a constant.' });
const booleanField = z
  .union([columnName, booleanColumn, constant(z.boolean(), 'A constant yes/no every record gets.')])
  .meta({ id: 'MappingBooleanField', description: 'A yes/no field: a column name, a yes/no column, or a constant.' });
const listField = z
  .union([columnName, listColumn, constant(z.array(z.string().min(1)), 'A constant list every record gets.')])
  .meta({ id: 'MappingListField', description: 'A list field: a column name (items separated by ";"), a list column, or a constant list.' });
const frequencyField = z
  .union([columnName, frequencyColumn, constant(frequency, 'A constant pay frequency.')])
  .meta({ id: 'MappingFrequencyField', description: 'A pay-frequency field: a column name, a frequency column with codes, or a constant { "value": "monthly" }.' });

const incomeSource = z
  .strictObject({
    amount: numberField.meta({ description: 'Amount per period, dollars, ≥ 0. A blank amount means no amount from this source (see blankIncomeSource), never 0.' }),
    frequency: frequencyField,
    source: textField.exactOptional().meta({ description: 'Where the income comes from (wages, benefits …).' }),
  })
  .meta({ id: 'MappingIncomeSource', description: 'One income source: amount + frequency (+ source label).' });

const location = z
  .union([
    z
      .strictObject({
        lat: z.union([columnName, numberColumn]).meta({ description: 'The latitude column, degrees in [-90, 90].' }),
        lng: z.union([columnName, numberColumn]).meta({ description: 'The longitude column, degrees in [-180, 180].' }),
      })
      .meta({ description: 'Latitude and longitude columns, named explicitly (either order in the table), WGS 84 degrees.' }),
    z
      .strictObject({ point: z.union([columnName, z.strictObject(baseShape)]).meta({ description: 'The column holding POINT(lng lat) text (SRID=4326;POINT(…) and POINT EMPTY understood).' }) })
      .meta({ description: 'A well-known-text point column.' }),
    z.literal('geometry').meta({ description: "Each feature's Point geometry, when the table is a GeoJSON FeatureCollection." }),
  ])
  .meta({ id: 'MappingLocation', description: 'Where a location comes from: latitude/longitude columns, a POINT(lng lat) column, or "geometry".' });

const templateNote = ' A template with {n}: "member{n}_dob" reads member1_dob, member2_dob …';

const households = z
  .strictObject({
    id: textField.meta({ description: 'The household id (unique; compared as text).' }),
    size: z
      .union([numberField, z.strictObject({ countMembers: z.literal(true) }).meta({ description: "Count the household's members." })])
      .meta({ description: 'Number of persons, a whole number in [1, 30]; or { "countMembers": true }.' }),
    annualIncome: numberField.exactOptional().meta({ description: 'Annual household income, dollars; blank is unknown, never 0.' }),
    incomes: z.array(incomeSource).exactOptional().meta({ description: 'Income sources as amount + frequency (several allowed).' }),
    blankIncomeSource: z
      .enum(['skip', 'incomeUnknown'])
      .exactOptional()
      .meta({ description: "A blank amount in one income source: skip that source (default; income is unknown only when every source is blank) or make the household's income unknown (incomeUnknown)." }),
    location: location.exactOptional(),
    members: z
      .union([
        z.literal('persons').meta({ description: 'Members from the persons table, joined by household id.' }),
        z
          .strictObject({
            wide: z.strictObject({
              birthDate: z.union([columnName, dateColumn]).meta({ description: `Birth-date column template.${templateNote}` }),
              disability: z.union([columnName, booleanColumn]).exactOptional().meta({ description: `Disability column template.${templateNote}` }),
            }),
          })
          .meta({ description: 'Members from wide columns, one group per member.' }),
      ])
      .exactOptional()
      .meta({ description: 'Household members: "persons" or { "wide": … }.' }),
    attributes: z.record(z.string().min(1), textField).exactOptional().meta({ description: 'Grouping attributes: attribute name → text field (district, language, race/ethnicity …).' }),
    otherColumns: z.enum(['ignore', 'attributes']).exactOptional().meta({ description: 'Columns no field names: ignored (default) or kept as attributes under their header.' }),
    categorical: z
      .array(
        z.union([
          z
            .strictObject({
              program: z.string().min(1).meta({ description: 'The program name written into categorical when the flag is yes.' }),
              flag: z.union([columnName, booleanColumn]).meta({ description: 'The yes/no column.' }),
            })
            .meta({ description: 'A program read from a yes/no column.' }),
          z.strictObject({ list: z.union([columnName, listColumn]).meta({ description: 'The list column.' }) }).meta({ description: 'Programs read from a list column.' }),
        ]),
      )
      .exactOptional()
      .meta({ description: 'Programs conferring categorical eligibility (CalFresh, Medi-Cal …).' }),
  })
  .meta({ id: 'MappingHouseholds', description: 'How the households table maps onto Household records.' });

const persons = z
  .strictObject({
    householdId: textField.meta({ description: "The person's household id, as the households table writes it." }),
    birthDate: dateField.meta({ description: 'Birth date (required: a person without one is not counted as a member).' }),
    disability: booleanField.exactOptional().meta({ description: 'Whether the person has a disability.' }),
    incomes: z.array(incomeSource).exactOptional().meta({ description: "The person's income sources, added to the household's." }),
  })
  .meta({ id: 'MappingPersons', description: 'How the persons table (one row per member) maps onto household members; needs households.members = "persons".' });

const enrollments = z
  .strictObject({
    householdId: textField.meta({ description: "The enrolled household's id." }),
    programId: textField.meta({ description: 'The program id (often a constant { "value": "…" }).' }),
    siteId: textField.exactOptional().meta({ description: 'The site where the household enrolled.' }),
    programYear: numberField.exactOptional().meta({ description: 'The program year the enrolment counts toward, a whole number.' }),
    date: dateField.exactOptional().meta({ description: 'The enrolment date.' }),
  })
  .meta({ id: 'MappingEnrollments', description: 'How the enrolments table maps onto Enrollment records (programYear, date, or both).' });

const sites = z
  .strictObject({
    id: textField.meta({ description: 'The site id (unique).' }),
    name: textField.exactOptional().meta({ description: 'Display name.' }),
    location: location.meta({ description: 'Location (required).' }),
    capacity: numberField.exactOptional().meta({ description: 'Capacity (places, seats, staff hours …), ≥ 0.' }),
    programs: listField.exactOptional().meta({ description: 'Program ids offered at the site.' }),
  })
  .meta({ id: 'MappingSites', description: 'How the sites table maps onto Site records.' });

const defaults = z
  .strictObject({
    missing: z.array(z.string()).exactOptional().meta({ description: 'Cell values meaning "missing" (after trimming, ignoring case). Default ["", "NA", "N/A", "#N/A", "NULL", "NaN", "."].' }),
    onInvalid: onInvalid.exactOptional(),
    decimalSeparator: z.enum(['.', ',']).exactOptional().meta({ description: 'Decimal separator of number columns. Default ".".' }),
    dateFormats: z.array(z.string().min(1)).min(1).exactOptional().meta({ description: 'Date formats of date columns. Default ["yyyy-MM-dd"].' }),
    referenceDate: isoDate.exactOptional().meta({ description: 'The date two-digit years are read against. No default.' }),
    trueValues: z.array(z.string()).exactOptional().meta({ description: 'Yes values. Default ["y", "yes", "true", "t", "1"].' }),
    falseValues: z.array(z.string()).exactOptional().meta({ description: 'No values. Default ["n", "no", "false", "f", "0"].' }),
    listSeparator: z.string().min(1).exactOptional().meta({ description: 'Separator of list columns. Default ";".' }),
  })
  .meta({ id: 'MappingDefaults', description: 'Defaults for every column unless the column says otherwise.' });

/**
 * The zod schema of a {@link TableMapping}: shapes and allowed values. The rules JSON Schema cannot express (a
 * two-digit-year format needs a reference date, a persons section needs `members: "persons"`, codes unique ignoring
 * case, date formats date-fns can read) are checked by {@link defineTableMapping} and the mappers.
 *
 * @category Tables
 * @example
 * ```ts
 * import { TableMappingSchema } from "./TableMappingSchema.ts";
 *
 * TableMappingSchema.safeParse({ households: { id: "household_id", size: "size" } }).success; // => true
 * TableMappingSchema.safeParse({ households: { id: "household_id", size: { column: "size", percent: "yes" } } }).success; // => false
 * ```
 */
export const TableMappingSchema: z.ZodType<TableMapping> = z
  .strictObject({
    $schema: z.string().exactOptional().meta({ description: 'The JSON Schema this file follows (ignored by the library).' }),
    version: z.literal(1).exactOptional().meta({ description: 'The mapping format version, 1.' }),
    description: z.string().exactOptional().meta({ description: 'What the mapping is for.' }),
    defaults: defaults.exactOptional(),
    households: households.exactOptional(),
    persons: persons.exactOptional(),
    enrollments: enrollments.exactOptional(),
    sites: sites.exactOptional(),
  })
  .meta({ id: 'TableMapping', title: 'equity-lens table mapping', description: "How a city's exported tables (households, persons, enrolments, sites) become equity-lens records." });
