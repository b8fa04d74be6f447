/**
 * Compiles one field of a mapping (a column name, a column object or a constant) into a {@link FieldSpec}: the
 * reader's kind and options chosen once, checked by hand so the mappers need no zod. Every problem goes to a
 * {@link MappingIssues} list with its path in the mapping.
 *
 * @internal
 * @module
 */
import type { PayFrequency } from '../../internal/records.ts';
import { MissingTokens, type BooleanTokens, type NumberFormat } from './cells.ts';
import { checkDateFormat, compileDateFormats, hasTwoDigitYear, type CompiledDateFormat } from './dates.ts';
import { join, type MappingIssues } from './issues.ts';
import { dateString } from '../../internal/validate.ts';
import { describe } from '../../internal/errors.ts';

/** How a cell is read. */
export type FieldKind = 'text' | 'number' | 'date' | 'boolean' | 'list' | 'frequency';

/** The pay frequencies of `IncomeSource`. */
export const PAY_FREQUENCIES: readonly PayFrequency[] = ['weekly', 'biweekly', 'semimonthly', 'monthly', 'annual'];

/** Spellings of the frequencies people write, lower-case, besides the names themselves. */
export const FREQUENCY_ALIASES: ReadonlyMap<string, PayFrequency> = new Map<string, PayFrequency>([
  ['weekly', 'weekly'],
  ['biweekly', 'biweekly'],
  ['bi-weekly', 'biweekly'],
  ['fortnightly', 'biweekly'],
  ['semimonthly', 'semimonthly'],
  ['semi-monthly', 'semimonthly'],
  ['monthly', 'monthly'],
  ['annual', 'annual'],
  ['annually', 'annual'],
  ['yearly', 'annual'],
]);

/** The defaults of a mapping, resolved. */
export interface ResolvedDefaults {
  readonly missing: readonly string[];
  readonly missingTokens: MissingTokens;
  readonly onInvalid: 'rejectRow' | 'treatAsMissing';
  readonly decimalSeparator: '.' | ',';
  readonly dateFormats: readonly string[];
  readonly referenceDate: string | undefined;
  readonly trueValues: readonly string[];
  readonly falseValues: readonly string[];
  readonly listSeparator: string;
}

/** `defaults.missing` when the mapping does not say. */
export const DEFAULT_MISSING: readonly string[] = ['', 'NA', 'N/A', '#N/A', 'NULL', 'NaN', '.'];
/** `defaults.trueValues` when the mapping does not say. */
export const DEFAULT_TRUE: readonly string[] = ['y', 'yes', 'true', 't', '1'];
/** `defaults.falseValues` when the mapping does not say. */
export const DEFAULT_FALSE: readonly string[] = ['n', 'no', 'false', 'f', '0'];

/** What a target field needs besides the kind: how it is described, its range, whether it is required. */
export interface FieldTarget {
  readonly kind: FieldKind;
  /** Record path: `size`, `incomes[0].amount`. */
  readonly field: string;
  /** For messages: "size (persons in the household)". */
  readonly label: string;
  /** How to fix a bad value, for messages. */
  readonly advice: string;
  /** A blank rejects the row. */
  readonly required?: boolean;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** "1 to 30", for range messages. */
  readonly rangeText?: string;
  /** A template column (`member{n}_dob`). */
  readonly template?: boolean;
  /** Why the field must name a column: a constant (`{ "value": … }`) is refused with this reason. */
  readonly columnOnly?: string;
}

/** A compiled field, not yet bound to a table's columns. */
export interface FieldSpec extends FieldTarget {
  /** Path of the field in the mapping document. */
  readonly path: string;
  /** The column name the mapping gives; undefined for a constant. */
  readonly column: string | undefined;
  /** Whether the field is a constant. */
  readonly hasConstant: boolean;
  readonly constant: unknown;
  readonly missing: MissingTokens;
  readonly onInvalid: 'rejectRow' | 'treatAsMissing';
  /** Codes by trimmed, lower-cased key. */
  readonly codes: ReadonlyMap<string, unknown> | undefined;
  /** The codes as the mapping writes them, for messages. */
  readonly codeNames: readonly string[];
  readonly unlistedKeep: boolean;
  readonly number: NumberFormat;
  readonly dateFormats: readonly CompiledDateFormat[];
  readonly referenceDate: string | undefined;
  readonly booleans: BooleanTokens;
  readonly separator: string;
}

const BASE_KEYS = ['column', 'missing', 'onInvalid', 'unlistedCodes'];
const KEYS: Record<FieldKind, readonly string[]> = {
  text: [...BASE_KEYS, 'codes'],
  frequency: [...BASE_KEYS, 'codes'],
  list: [...BASE_KEYS, 'codes', 'separator'],
  number: [...BASE_KEYS, 'codes', 'decimalSeparator', 'percent'],
  date: [...BASE_KEYS, 'codes', 'formats', 'referenceDate'],
  boolean: [...BASE_KEYS, 'codes', 'trueValues', 'falseValues'],
};

const KIND_NAMES: Record<FieldKind, string> = {
  text: 'a text field: a column name, { "column": … } or { "value": "…" }',
  frequency: 'a pay-frequency field: a column name, { "column": …, "codes": { "M": "monthly" } } or { "value": "monthly" }',
  list: 'a list field: a column name, { "column": …, "separator": ";" } or { "value": ["…"] }',
  number: 'a number field: a column name, { "column": … } or { "value": 0 }',
  date: 'a date field: a column name, { "column": …, "formats": ["MM/dd/yyyy"] } or { "value": "YYYY-MM-DD" }',
  boolean: 'a yes/no field: a column name, { "column": …, "trueValues": […], "falseValues": […] } or { "value": true }',
};

function tokens(yes: readonly string[], no: readonly string[]): BooleanTokens {
  return {
    yes: new Set(yes.map((t) => t.trim().toLowerCase())),
    no: new Set(no.map((t) => t.trim().toLowerCase())),
    yesList: yes,
    noList: no,
  };
}

/**
 * Resolves `defaults` (checking it).
 *
 * @internal
 */
export function resolveDefaults(value: unknown, issues: MappingIssues): ResolvedDefaults {
  const allowed = ['missing', 'onInvalid', 'decimalSeparator', 'dateFormats', 'referenceDate', 'trueValues', 'falseValues', 'listSeparator'];
  const d = value === undefined ? {} : (issues.object(value, 'defaults', allowed, 'the mapping defaults') ?? {});
  // Each default is the mapping's value when it gives a valid one, else the library's: after an invalid one,
  // compileMapping throws, so the fallback only keeps the types whole.
  const missing = (d['missing'] === undefined ? undefined : issues.strings(d['missing'], 'defaults.missing', 'missing-value tokens')) ?? DEFAULT_MISSING;
  const onInvalidGiven = d['onInvalid'] === undefined ? undefined : issues.oneOf(d['onInvalid'], 'defaults.onInvalid', ['rejectRow', 'treatAsMissing'] as const);
  // Stryker disable next-line StringLiteral: equivalent — onInvalid is only ever compared with "treatAsMissing"
  const onInvalid = onInvalidGiven ?? 'rejectRow';
  const decimalGiven = d['decimalSeparator'] === undefined ? undefined : issues.oneOf(d['decimalSeparator'], 'defaults.decimalSeparator', ['.', ','] as const);
  // Stryker disable next-line StringLiteral: equivalent — the decimal separator is only ever compared with ","
  const decimalSeparator = decimalGiven ?? '.';
  const dateFormats = (d['dateFormats'] === undefined ? undefined : checkFormats(d['dateFormats'], 'defaults.dateFormats', issues)) ?? ['yyyy-MM-dd'];
  const referenceDate = d['referenceDate'] === undefined ? undefined : checkIsoDate(d['referenceDate'], 'defaults.referenceDate', issues);
  const trueValues = (d['trueValues'] === undefined ? undefined : issues.strings(d['trueValues'], 'defaults.trueValues', 'yes values')) ?? DEFAULT_TRUE;
  const falseValues = (d['falseValues'] === undefined ? undefined : issues.strings(d['falseValues'], 'defaults.falseValues', 'no values')) ?? DEFAULT_FALSE;
  checkBooleanOverlap(trueValues, falseValues, 'defaults', issues);
  const listSeparator = (d['listSeparator'] === undefined ? undefined : issues.text(d['listSeparator'], 'defaults.listSeparator', 'a separator such as ";"')) ?? ';';
  return { missing, missingTokens: new MissingTokens(missing), onInvalid, decimalSeparator, dateFormats, referenceDate, trueValues, falseValues, listSeparator };
}

function checkBooleanOverlap(yes: readonly string[], no: readonly string[], path: string, issues: MappingIssues): void {
  const y = new Set(yes.map((t) => t.trim().toLowerCase()));
  const both = no.filter((t) => y.has(t.trim().toLowerCase()));
  if (both.length > 0) issues.add('invalid_value', join(path, 'falseValues'), `lists ${both.map((t) => JSON.stringify(t)).join(', ')} as both yes and no; keep each value in one list.`);
}

function checkIsoDate(value: unknown, path: string, issues: MappingIssues): string | undefined {
  if (typeof value !== 'string') {
    issues.add('invalid_type', path, `is ${describe(value)}; expected a date written YYYY-MM-DD.`);
    return undefined;
  }
  try {
    dateString(value, path, issues.fn);
    return value;
  } catch {
    issues.add('invalid_date', path, `is ${JSON.stringify(value)}; expected a real date written YYYY-MM-DD, e.g. "1976-01-01".`);
    return undefined;
  }
}

function checkFormats(value: unknown, path: string, issues: MappingIssues): string[] | undefined {
  const list = issues.strings(value, path, 'date formats such as ["MM/dd/yyyy"]');
  if (list === undefined) return undefined;
  if (list.length === 0) {
    issues.add('empty', path, 'is empty; list at least one date format, e.g. ["yyyy-MM-dd"].');
    return undefined;
  }
  let ok = true;
  list.forEach((pattern, i) => {
    const error = checkDateFormat(pattern);
    if (error !== undefined) {
      issues.add('invalid_value', join(path, i), `is ${JSON.stringify(pattern)}, which date-fns cannot read: ${error}`, 'use date-fns tokens: yyyy (year), MM or M (month), dd or d (day), MMM (Jan), e.g. "MM/dd/yyyy"');
      ok = false;
    } else if (pattern !== 'excelSerial' && pattern !== 'excelSerial1904' && !/[yuR]/.test(pattern.replace(/'[^']*'/g, ''))) {
      issues.add('invalid_value', join(path, i), `is ${JSON.stringify(pattern)}, which has no year; a date without a year would take the reference date's.`, 'add the year token (yyyy)');
      ok = false;
    }
  });
  return ok ? list : undefined;
}

/** Adds an issue when `value` is not a constant of the kind (and range) the target takes. */
function checkConstant(kind: FieldKind, value: unknown, path: string, target: FieldTarget, issues: MappingIssues): void {
  switch (kind) {
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') issues.add('invalid_type', path, `is ${describe(value)}; expected non-empty text for ${target.label}.`);
      return;
    case 'frequency':
      issues.oneOf(value, path, PAY_FREQUENCIES);
      return;
    case 'list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) issues.add('invalid_type', path, `is ${describe(value)}; expected a list of non-empty strings for ${target.label}.`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') issues.add('invalid_type', path, `is ${describe(value)}; expected true or false for ${target.label}.`);
      return;
    case 'date':
      checkIsoDate(value, path, issues);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) issues.add('invalid_type', path, `is ${describe(value)}; expected a number for ${target.label}.`);
      else if ((target.integer === true && !Number.isInteger(value)) || (target.min !== undefined && value < target.min) || (target.max !== undefined && value > target.max)) {
        issues.add('out_of_range', path, `is ${value}; ${target.label} must be ${target.rangeText ?? 'in range'}.`);
      }
  }
}

function checkCodes(kind: FieldKind, value: unknown, path: string, target: FieldTarget, issues: MappingIssues): Map<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add('invalid_type', path, `is ${describe(value)}; expected a code map such as { "M": "monthly" }.`);
    return undefined;
  }
  const codes = new Map<string, unknown>();
  const seen = new Map<string, string>();
  const valueKind: FieldKind = kind === 'list' ? 'text' : kind;
  for (const [key, coded] of Object.entries(value as Record<string, unknown>)) {
    const normal = key.trim().toLowerCase();
    const earlier = seen.get(normal);
    if (earlier !== undefined) {
      issues.add('duplicate', join(path, key), `repeats the code ${JSON.stringify(earlier)} (codes are matched ignoring case and surrounding spaces); keep one.`);
      continue;
    }
    seen.set(normal, key);
    // A bad code is an issue, and compileMapping then throws: the map is never used.
    checkConstant(valueKind, coded, join(path, key), target, issues);
    codes.set(normal, coded);
  }
  return codes;
}

/**
 * Compiles one field. Returns undefined when the mapping leaves an optional field out (`input === undefined`).
 *
 * @internal
 */
export function compileField(input: unknown, path: string, target: FieldTarget, defaults: ResolvedDefaults, issues: MappingIssues): FieldSpec | undefined {
  if (input === undefined) {
    if (target.required === true) {
      const constant = target.columnOnly === undefined ? ', or give { "value": … } for a constant' : '';
      issues.add('missing_field', path, `is missing; ${target.label} is required — name its column${constant}.`);
    }
    return undefined;
  }
  const kind = target.kind;
  const base = {
    ...target,
    path,
    column: undefined as string | undefined,
    hasConstant: false,
    constant: undefined as unknown,
    missing: defaults.missingTokens,
    onInvalid: defaults.onInvalid,
    codes: undefined as ReadonlyMap<string, unknown> | undefined,
    codeNames: [] as readonly string[],
    unlistedKeep: kind === 'number' || kind === 'date' || kind === 'boolean',
    number: { decimal: defaults.decimalSeparator === ',' ? 44 : 46, percent: undefined, decorated: true } as NumberFormat,
    dateFormats: compileDateFormats(defaults.dateFormats),
    referenceDate: defaults.referenceDate,
    booleans: tokens(defaults.trueValues, defaults.falseValues),
    separator: defaults.listSeparator,
  };
  if (typeof input === 'string') {
    if (input.trim() === '') {
      issues.add('invalid_value', path, 'is an empty column name; write the column as its header names it.');
      return undefined;
    }
    if (target.template === true && !input.includes('{n}')) {
      issues.add('invalid_value', path, `is ${JSON.stringify(input)}, a column template without {n}; write e.g. "member{n}_dob" for member1_dob, member2_dob ….`);
      return undefined;
    }
    const spec: FieldSpec = { ...base, column: input };
    checkDateSpec(spec, path, issues);
    return spec;
  }
  if (input !== null && typeof input === 'object' && 'value' in input && !('column' in input)) {
    if (target.columnOnly !== undefined) {
      issues.add('invalid_value', path, `is a constant; ${target.columnOnly}.`);
      return undefined;
    }
    // An object (not an array: `'value' in` a JSON array is false), so this checks its keys and never refuses it.
    issues.object(input, path, ['value'], `a constant ({ "value": … })`);
    const value = (input as { readonly value: unknown }).value;
    const before = issues.list.length;
    checkConstant(kind, value, join(path, 'value'), target, issues);
    if (issues.list.length > before) return undefined;
    return { ...base, hasConstant: true, constant: value };
  }
  const record = issues.object(input, path, KEYS[kind], KIND_NAMES[kind]);
  if (record === undefined) return undefined;
  const column = issues.text(record['column'], join(path, 'column'), 'the column name as the header writes it');
  if (column === undefined) return undefined;
  if (target.template === true && !column.includes('{n}')) {
    issues.add('invalid_value', join(path, 'column'), `is ${JSON.stringify(column)}, a column template without {n}; write e.g. "member{n}_dob".`);
    return undefined;
  }
  const missingList = record['missing'] === undefined ? undefined : issues.strings(record['missing'], join(path, 'missing'), 'missing-value tokens');
  const onInvalid = record['onInvalid'] === undefined ? base.onInvalid : (issues.oneOf(record['onInvalid'], join(path, 'onInvalid'), ['rejectRow', 'treatAsMissing'] as const) ?? base.onInvalid);
  const unlisted = record['unlistedCodes'] === undefined ? undefined : issues.oneOf(record['unlistedCodes'], join(path, 'unlistedCodes'), ['invalid', 'keep'] as const);
  const codes = record['codes'] === undefined ? undefined : checkCodes(kind, record['codes'], join(path, 'codes'), target, issues);
  let number = base.number;
  if (kind === 'number') {
    const decimal = record['decimalSeparator'] === undefined ? undefined : issues.oneOf(record['decimalSeparator'], join(path, 'decimalSeparator'), ['.', ','] as const);
    const percent = record['percent'] === undefined ? undefined : issues.oneOf(record['percent'], join(path, 'percent'), ['fraction', 'number'] as const);
    number = { decimal: decimal === undefined ? number.decimal : decimal === ',' ? 44 : 46, percent, decorated: true };
  }
  let dateFormats = base.dateFormats;
  let referenceDate = base.referenceDate;
  if (kind === 'date') {
    if (record['formats'] !== undefined) {
      const formats = checkFormats(record['formats'], join(path, 'formats'), issues);
      if (formats !== undefined) dateFormats = compileDateFormats(formats);
    }
    if (record['referenceDate'] !== undefined) referenceDate = checkIsoDate(record['referenceDate'], join(path, 'referenceDate'), issues);
  }
  let booleans = base.booleans;
  if (kind === 'boolean' && (record['trueValues'] !== undefined || record['falseValues'] !== undefined)) {
    const yes = record['trueValues'] === undefined ? booleans.yesList : (issues.strings(record['trueValues'], join(path, 'trueValues'), 'yes values') ?? booleans.yesList);
    const no = record['falseValues'] === undefined ? booleans.noList : (issues.strings(record['falseValues'], join(path, 'falseValues'), 'no values') ?? booleans.noList);
    checkBooleanOverlap(yes, no, path, issues);
    booleans = tokens(yes, no);
  }
  let separator = base.separator;
  if (kind === 'list' && record['separator'] !== undefined) separator = issues.text(record['separator'], join(path, 'separator'), 'a separator such as ";"') ?? separator;
  const spec: FieldSpec = {
    ...base,
    column,
    missing: missingList === undefined ? base.missing : new MissingTokens(missingList),
    onInvalid,
    codes,
    // Stryker disable next-line ArrayDeclaration: equivalent — codeNames are read only for a field whose codes are a map
    codeNames: record['codes'] !== null && typeof record['codes'] === 'object' ? Object.keys(record['codes'] as object) : [],
    unlistedKeep: unlisted === undefined ? base.unlistedKeep : unlisted === 'keep',
    number,
    dateFormats,
    referenceDate,
    booleans,
    separator,
  };
  checkDateSpec(spec, path, issues);
  return spec;
}

function checkDateSpec(spec: FieldSpec, path: string, issues: MappingIssues): void {
  if (spec.kind !== 'date' || spec.referenceDate !== undefined) return;
  const twoDigit = spec.dateFormats.find((f) => hasTwoDigitYear(f.pattern));
  if (twoDigit !== undefined) {
    issues.add(
      'missing_field',
      join(path, 'referenceDate'),
      `is missing, and the format ${JSON.stringify(twoDigit.pattern)} has a two-digit year; give "referenceDate" (here or in defaults): two-digit years are read as the years from 50 before to 49 after it.`,
      'for birth dates exported in 2025, "referenceDate": "1976-01-01" reads 26–99 as 1926–1999 and 00–25 as 2000–2025',
    );
  }
}

/**
 * Makes a field spec for a numeric coordinate column (no currency, percent or thousands separators).
 *
 * @internal
 */
export function coordinateSpec(spec: FieldSpec): FieldSpec {
  return { ...spec, number: { ...spec.number, decorated: false, percent: undefined } };
}
