/**
 * Reading one field of one row: the bound field (a {@link FieldSpec} with its column found), the row context that
 * collects problems, and the value readers by kind.
 *
 * @internal
 * @module
 */
import { describe } from '../../internal/errors.ts';
import type { PayFrequency } from '../../internal/records.ts';
import type { TableName, TableProblem, TableProblemCode } from '../types.ts';
import { cellBoolean, cellNumber, cellText } from './cells.ts';
import type { BoundColumn, ColumnIndex } from './columns.ts';
import { DateReader } from './dates.ts';
import { Failure, MISSING, quote, rawText } from './failure.ts';
import type { MappingIssues } from './issues.ts';
import { FREQUENCY_ALIASES, PAY_FREQUENCIES, type FieldSpec } from './spec.ts';

/**
 * A field bound to a table: the spec, its column (none for a constant) and, for dates, the reader with its cache.
 *
 * @internal
 */
export interface BoundField {
  readonly spec: FieldSpec;
  readonly column: BoundColumn | undefined;
  readonly key: string;
  readonly index: number;
  readonly dates: DateReader | undefined;
}

/**
 * Binds a spec to a header; `name` overrides the spec's column (for templates). Returns undefined (after an
 * issue) when the column is missing.
 *
 * @internal
 */
export function bindField(spec: FieldSpec, columns: ColumnIndex, issues: MappingIssues, name?: string): BoundField | undefined {
  const dates = spec.kind === 'date' ? new DateReader(spec.dateFormats, spec.referenceDate, spec.missing) : undefined;
  // Stryker disable next-line StringLiteral,UnaryOperator: equivalent — every reader returns a constant before it looks up a cell
  if (spec.hasConstant) return { spec, column: undefined, key: '', index: -1, dates };
  const column = columns.find(name ?? (spec.column as string), spec.path, issues);
  if (column === undefined) return undefined;
  return { spec, column, key: column.key, index: column.index, dates };
}

/**
 * Binds an optional spec.
 *
 * @internal
 */
export function bindOptional(spec: FieldSpec | undefined, columns: ColumnIndex, issues: MappingIssues): BoundField | undefined {
  return spec === undefined ? undefined : bindField(spec, columns, issues);
}

/**
 * The state of the row being read: where it is, what was found wrong. Reused for every row of a batch.
 *
 * @internal
 */
export class RowContext {
  readonly table: TableName;
  problems: TableProblem[] = [];
  row = 0;
  /** The row is rejected (an error was found). */
  // Stryker disable next-line BooleanLiteral: equivalent — start() sets it before any row is read
  rejected = false;
  /** The row's record id, once read. */
  id: string | null = null;
  /** Whether the current row is an array. */
  // Stryker disable next-line BooleanLiteral: equivalent — start() sets it before any row is read
  isArray = false;
  /** The current row. */
  current: unknown = undefined;
  /** Warnings so far. */
  warnings = 0;
  /** Whether the last cell read was blank (or a missing token), as opposed to read or invalid. */
  // Stryker disable next-line BooleanLiteral: equivalent — cell() sets it before any reader looks at it
  wasMissing = false;

  constructor(table: TableName) {
    this.table = table;
  }

  /** The problems found since the last call, in row order. */
  takeProblems(): TableProblem[] {
    const out = this.problems;
    this.problems = [];
    return out;
  }

  /**
   * Starts a row. A value that is not a row of cells (`undefined`, a number) is reported once and rejected; it
   * returns `false` and the reader skips the row, so its fields are not also reported as blank.
   */
  start(row: unknown, rowNumber: number): boolean {
    this.row = rowNumber;
    this.rejected = false;
    this.id = null;
    if (row === null || typeof row !== 'object') {
      this.report('invalid_value', 'error', null, row, '', `the row is ${describe(row)}, not a row of cells; pass each row as an object keyed by column or an array of cells.`);
      return false;
    }
    this.current = row;
    this.isArray = Array.isArray(row);
    return true;
  }

  /** The raw cell of a bound field in the current row; it clears {@link RowContext.wasMissing} for the reader. */
  cell(field: BoundField): unknown {
    this.wasMissing = false;
    const row = this.current;
    if (this.isArray) return (row as readonly unknown[])[field.index];
    return (row as Readonly<Record<string, unknown>>)[field.key];
  }

  /** Records a problem; an error rejects the row. */
  report(code: TableProblemCode, severity: 'error' | 'warning', column: string | null, raw: unknown, field: string, message: string): void {
    if (severity === 'error') this.rejected = true;
    else this.warnings++;
    this.problems.push({ table: this.table, row: this.row, column, value: rawText(raw), field, code, severity, message, id: this.id });
  }

  /** Records a failure to read a field: an error for required fields and `rejectRow`, a warning otherwise. */
  fail(field: BoundField, raw: unknown, failure: Failure, fieldPath?: string): void {
    const spec = field.spec;
    const keep = spec.required !== true && spec.onInvalid === 'treatAsMissing';
    const fix = failure.hint ?? spec.advice;
    const tail = keep ? ' The value was left out (onInvalid: treatAsMissing).' : '';
    // Stryker disable next-line OptionalChaining: equivalent — a constant is never read from a cell, so it never fails
    this.report(failure.code, keep ? 'warning' : 'error', field.column?.header ?? null, raw, fieldPath ?? spec.field, `${spec.label}: ${failure.detail}; ${fix}.${tail}`);
  }

  /** A blank cell (or a missing-value mark): remembered in {@link RowContext.wasMissing}, an error when the field is required. */
  blank(field: BoundField, raw: unknown, fieldPath: string | undefined): undefined {
    this.wasMissing = true;
    if (field.spec.required === true) this.missingRequired(field, raw, fieldPath);
    return undefined;
  }

  /** Records a blank required field. */
  missingRequired(field: BoundField, raw: unknown, fieldPath?: string): void {
    const spec = field.spec;
    const blank = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '') || Number.isNaN(raw);
    // Stryker disable next-line OptionalChaining: equivalent — a constant is never read from a cell, so it is never blank
    this.report('missing_value', 'error', field.column?.header ?? null, raw, fieldPath ?? spec.field, `${spec.label} is ${blank ? 'blank' : `${quote(raw)}, a missing-value mark`}; it is required: ${spec.advice}.`);
  }
}

function listCodes(names: readonly string[]): string {
  return `${names.slice(0, 12).map((k) => JSON.stringify(k)).join(', ')}${names.length > 12 ? ` … ${names.length} in all` : ''}`;
}

/** What a field read returns: the value, or undefined when it is missing or could not be read (problem recorded). */
type Read<T> = T | undefined;

function coded(field: BoundField, raw: unknown): unknown {
  const spec = field.spec;
  const codes = spec.codes as ReadonlyMap<string, unknown>;
  const text = cellText(raw, spec.missing);
  if (text === MISSING) return MISSING;
  if (text instanceof Failure) return text;
  const hit = codes.get(text.toLowerCase());
  if (hit !== undefined) return hit;
  if (spec.unlistedKeep) return undefined;
  return new Failure('unknown_code', `${quote(text)} is not one of the listed codes (${listCodes(spec.codeNames)})`, 'add it to "codes", correct the cell, or set "unlistedCodes": "keep" to keep unlisted values as written');
}

/**
 * Reads a text field (ids, names, attributes, program ids).
 *
 * @internal
 */
export function readText(field: BoundField, ctx: RowContext, fieldPath?: string): Read<string> {
  const spec = field.spec;
  if (spec.hasConstant) return spec.constant as string;
  const raw = ctx.cell(field);
  let value: unknown = spec.codes === undefined ? cellText(raw, spec.missing) : coded(field, raw);
  if (value === undefined) value = cellText(raw, spec.missing);
  if (value === MISSING) return ctx.blank(field, raw, fieldPath);
  if (value instanceof Failure) {
    ctx.fail(field, raw, value, fieldPath);
    return undefined;
  }
  return value as string;
}

/**
 * Reads a number field with its integer and range checks.
 *
 * @internal
 */
export function readNumber(field: BoundField, ctx: RowContext, fieldPath?: string): Read<number> {
  const spec = field.spec;
  if (spec.hasConstant) return spec.constant as number;
  const raw = ctx.cell(field);
  let value: unknown = spec.codes === undefined ? undefined : coded(field, raw);
  if (value === undefined) value = cellNumber(raw, spec.missing, spec.number);
  if (value === MISSING) return ctx.blank(field, raw, fieldPath);
  if (value instanceof Failure) {
    ctx.fail(field, raw, value, fieldPath);
    return undefined;
  }
  const x = value as number;
  if (spec.integer === true && !Number.isInteger(x)) {
    ctx.fail(field, raw, new Failure('not_integer', `${quote(raw)} is not a whole number`), fieldPath);
    return undefined;
  }
  if (x < (spec.min ?? Number.NEGATIVE_INFINITY) || x > (spec.max ?? Number.POSITIVE_INFINITY)) {
    const range =
      // Stryker disable next-line StringLiteral: equivalent — every field with a min or a max names its range in rangeText
      spec.rangeText ?? 'in range';
    ctx.fail(field, raw, new Failure('out_of_range', `${quote(raw)} reads as ${x}, and it must be ${range}`), fieldPath);
    return undefined;
  }
  return x;
}

/**
 * Reads a date field as `YYYY-MM-DD`.
 *
 * @internal
 */
export function readDate(field: BoundField, ctx: RowContext, fieldPath?: string): Read<string> {
  const spec = field.spec;
  if (spec.hasConstant) return spec.constant as string;
  const raw = ctx.cell(field);
  let value: unknown = spec.codes === undefined ? undefined : coded(field, raw);
  if (value === undefined) value = (field.dates as DateReader).read(raw);
  if (value === MISSING) return ctx.blank(field, raw, fieldPath);
  if (value instanceof Failure) {
    ctx.fail(field, raw, value, fieldPath);
    return undefined;
  }
  return value as string;
}

/**
 * Reads a yes/no field.
 *
 * @internal
 */
export function readBoolean(field: BoundField, ctx: RowContext, fieldPath?: string): Read<boolean> {
  const spec = field.spec;
  if (spec.hasConstant) return spec.constant as boolean;
  const raw = ctx.cell(field);
  let value: unknown = spec.codes === undefined ? undefined : coded(field, raw);
  if (value === undefined) value = cellBoolean(raw, spec.missing, spec.booleans);
  if (value === MISSING) return ctx.blank(field, raw, fieldPath);
  if (value instanceof Failure) {
    ctx.fail(field, raw, value, fieldPath);
    return undefined;
  }
  return value as boolean;
}

/**
 * Reads a pay frequency: the code map first, then the names and their usual spellings, ignoring case.
 *
 * @internal
 */
export function readFrequency(field: BoundField, ctx: RowContext, fieldPath?: string): Read<PayFrequency> {
  const spec = field.spec;
  if (spec.hasConstant) return spec.constant as PayFrequency;
  const raw = ctx.cell(field);
  const text = cellText(raw, spec.missing);
  if (text === MISSING) return ctx.blank(field, raw, fieldPath);
  if (text instanceof Failure) {
    ctx.fail(field, raw, text, fieldPath);
    return undefined;
  }
  const lower = text.toLowerCase();
  const hit = (spec.codes?.get(lower) as PayFrequency | undefined) ?? FREQUENCY_ALIASES.get(lower);
  if (hit !== undefined) return hit;
  const codes = spec.codes === undefined ? '' : ` or a listed code (${listCodes(spec.codeNames)})`;
  ctx.fail(
    field,
    raw,
    new Failure('unknown_code', `${quote(text)} is not a pay frequency (${PAY_FREQUENCIES.join(', ')})${codes}`, `map the table's codes in "codes", e.g. { "M": "monthly", "W": "weekly", "B": "biweekly" }`),
    fieldPath,
  );
  return undefined;
}

/**
 * Reads a list field: split, trimmed, translated, empty items dropped, each item once (in the order first seen: a
 * site's `"camp;;Camp"` with codes mapping both to `camp` offers one program, as a household's categorical list
 * names each program once).
 *
 * @internal
 */
export function readList(field: BoundField, ctx: RowContext, fieldPath?: string): Read<string[]> {
  const spec = field.spec;
  if (spec.hasConstant) return [...new Set(spec.constant as readonly string[])];
  const raw = ctx.cell(field);
  const text = cellText(raw, spec.missing);
  if (text === MISSING) return ctx.blank(field, raw, fieldPath);
  if (text instanceof Failure) {
    ctx.fail(field, raw, text, fieldPath);
    return undefined;
  }
  const out: string[] = [];
  const add = (item: string): void => {
    if (!out.includes(item)) out.push(item);
  };
  for (const part of text.split(spec.separator)) {
    const item = part.trim();
    if (item === '') continue;
    if (spec.codes === undefined) {
      add(item);
      continue;
    }
    const hit = spec.codes.get(item.toLowerCase()) as string | undefined;
    if (hit !== undefined) add(hit);
    else if (spec.unlistedKeep) add(item);
    else {
      ctx.fail(field, raw, new Failure('unknown_code', `the item ${quote(item)} is not one of the listed codes (${listCodes(spec.codeNames)})`, 'add it to "codes", correct the cell, or set "unlistedCodes": "keep"'), fieldPath);
      return undefined;
    }
  }
  return out;
}
