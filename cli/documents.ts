/**
 * The JSON documents a city edits — goal, eligibility rules, parameter tables, table mapping — read and validated
 * with the library's own validators. A document that fails is unusable input: every problem is listed with the
 * file and the path inside it.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type EligibilityRule,
  type EligibilityRuleSet,
  EligibilityRuleSchema,
  EligibilityRuleSetSchema,
  type EquityGoal,
  type EvaluateEligibilityOptions,
  HudLimitsTableSchema,
  PovertyGuidelineTableSchema,
  SmiCeilingTableSchema,
  defineGoal,
  isEquityLensError,
} from 'equity-lens';
import { type TableMapping, defineTableMapping } from 'equity-lens/tables';
import { InputError } from './errors.ts';

/** Parameter tables that replace the bundled ones. */
export type ParameterTables = NonNullable<EvaluateEligibilityOptions['tables']>;

/** Line and column of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Reads and parses a JSON file; a broken file is an {@link InputError} naming the line and column. */
export async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position === null ? '' : ` (${lineColumn(text, Number(position[1]))})`;
    throw new InputError(`${basename(path)} is not valid JSON${where}: ${message}. JSON allows no comments and no trailing commas; see the README of the starter kit.`);
  }
}

/** Turns a library validation error into an {@link InputError} that lists every problem under the file's name. */
function documentError(file: string, what: string, error: unknown): InputError {
  if (isEquityLensError(error)) {
    const lines = error.issues.map((issue) => `  - ${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`);
    return new InputError(`${file}: the ${what} is not valid (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
  return new InputError(`${file}: ${(error as Error).message}`);
}

/** Zod issues as lines under a file's name. */
function zodError(file: string, what: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): InputError {
  const lines = issues.slice(0, 20).map((issue) => `  - ${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`);
  if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
  return new InputError(`${file}: the ${what} is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
}

/** The goal (validated with `defineGoal`). */
export async function readGoal(path: string): Promise<EquityGoal> {
  const json = await readJson(path);
  try {
    return defineGoal(json);
  } catch (error) {
    throw documentError(basename(path), 'goal', error);
  }
}

/** An eligibility rule or a versioned rule set. */
export async function readRules(path: string): Promise<EligibilityRule | EligibilityRuleSet> {
  let json = await readJson(path);
  // "$schema" tells editors which JSON Schema to check the file with; it is not part of the rule.
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && '$schema' in json) {
    const { $schema: _schema, ...rest } = json as Record<string, unknown>;
    json = rest;
  }
  const isSet = json !== null && typeof json === 'object' && 'versions' in json;
  const parsed = isSet ? EligibilityRuleSetSchema.safeParse(json) : EligibilityRuleSchema.safeParse(json);
  if (!parsed.success) throw zodError(basename(path), isSet ? 'eligibility rule set' : 'eligibility rule', parsed.error.issues);
  return parsed.data;
}

/** Parameter tables: `{ "poverty": [...], "hud": [...], "smi": [...] }`, each optional. */
export async function readParameterTables(path: string): Promise<ParameterTables> {
  const json = await readJson(path);
  const file = basename(path);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError(`${file} must hold an object such as { "hud": [ … ] } with the tables that replace the bundled ones (keys poverty, hud, smi).`);
  }
  const schemas = { poverty: PovertyGuidelineTableSchema, hud: HudLimitsTableSchema, smi: SmiCeilingTableSchema } as const;
  const out: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === '$schema' || key === 'description') continue;
    const schema = schemas[key as keyof typeof schemas];
    if (schema === undefined) throw new InputError(`${file}: "${key}" is not a kind of parameter table; use poverty, hud or smi.`);
    if (!Array.isArray(value)) throw new InputError(`${file}: ${key} must be an array of tables.`);
    out[key] = value.map((table: unknown, i: number) => {
      const parsed = schema.safeParse(table);
      if (!parsed.success) throw zodError(file, `${key}[${i}] table`, parsed.error.issues.map((issue) => ({ ...issue, path: [key, i, ...issue.path] })));
      return parsed.data;
    });
  }
  return out as ParameterTables;
}

/** The table mapping (validated with `defineTableMapping`). */
export async function readMapping(path: string): Promise<TableMapping> {
  const json = await readJson(path);
  try {
    return defineTableMapping(json);
  } catch (error) {
    throw documentError(basename(path), 'table mapping', error);
  }
}
