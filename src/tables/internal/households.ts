/**
 * The households table: binding its section to a header, and mapping its rows to {@link Household} records.
 *
 * @internal
 * @module
 */
import type { Household, HouseholdMember, IncomeSource } from '../../internal/records.ts';
import { cellText } from './cells.ts';
import type { ColumnIndex } from './columns.ts';
import type { HouseholdsSpec } from './compileMapping.ts';
import type { FieldSpec } from './spec.ts';
import { Failure, MISSING } from './failure.ts';
import { bindIncomes, readIncomes, type BoundIncome } from './incomes.ts';
import type { MappingIssues } from './issues.ts';
import { bindLocation, readLocation, type BoundLocation } from './location.ts';
import { bindField, bindOptional, readBoolean, readDate, readList, readNumber, readText, type BoundField, type RowContext } from './read.ts';
import type { MapperState, PendingPersons } from './state.ts';

interface MemberSlot {
  readonly n: number;
  readonly birthDate: BoundField;
  readonly disability: BoundField | undefined;
}

type BoundCategorical = { readonly kind: 'flag'; readonly program: string; readonly flag: BoundField } | { readonly kind: 'list'; readonly list: BoundField };

/** The households section bound to a header. */
export interface BoundHouseholds {
  readonly id: BoundField;
  readonly size: BoundField | 'countMembers';
  readonly annualIncome: BoundField | undefined;
  readonly incomes: readonly BoundIncome[];
  readonly blankIncomeSource: 'skip' | 'incomeUnknown';
  readonly location: BoundLocation | undefined;
  readonly members: 'persons' | readonly MemberSlot[] | undefined;
  readonly attributes: readonly (readonly [string, BoundField])[];
  readonly other: readonly { readonly name: string; readonly key: string; readonly index: number }[];
  readonly categorical: readonly BoundCategorical[];
}

/**
 * Binds the households section; undefined when a column is missing (issues recorded).
 *
 * @internal
 */
export function bindHouseholds(spec: HouseholdsSpec, columns: ColumnIndex, issues: MappingIssues, isFeatureCollection: boolean): BoundHouseholds | undefined {
  const before = issues.list.length;
  // A field whose column is missing has recorded an issue, and then the section is not bound (below): the fields
  // bound here are read only when every column was found.
  const bind = (field: FieldSpec, name?: string): BoundField => bindField(field, columns, issues, name) as BoundField;
  const id = bind(spec.id);
  const size = spec.size === 'countMembers' ? 'countMembers' : bind(spec.size);
  const annualIncome = bindOptional(spec.annualIncome, columns, issues);
  const incomes = bindIncomes(spec.incomes, columns, issues);
  const location = bindLocation(spec.location, false, columns, issues, isFeatureCollection);
  let members: BoundHouseholds['members'];
  if (spec.members === 'persons') members = 'persons';
  else if (spec.members !== undefined) {
    const template = spec.members.birthDate.column as string;
    const found = columns.template(template);
    if (found.length === 0) {
      const closest = columns.closest(template.replace('{n}', '1'));
      issues.add(
        'not_found',
        spec.members.birthDate.path,
        `is the template ${JSON.stringify(template)}, which matches no column of households (looked for ${JSON.stringify(template.replace('{n}', '1'))}, ${JSON.stringify(template.replace('{n}', '2'))} …)${closest === undefined ? '' : `; the closest column is ${JSON.stringify(closest)}`}.`,
        closest === undefined ? undefined : `did you mean a template matching "${closest}"?`,
      );
    }
    const slots: MemberSlot[] = [];
    for (const { n, name } of found) {
      const birthDate = bind(spec.members.birthDate, name);
      const disabilitySpec = spec.members.disability;
      let disability: BoundField | undefined;
      if (disabilitySpec !== undefined) {
        const disabilityName = (disabilitySpec.column as string).replace('{n}', String(n));
        if (columns.has(disabilityName)) disability = bind(disabilitySpec, disabilityName);
      }
      slots.push({ n, birthDate, disability });
    }
    members = slots;
  }
  const attributes: (readonly [string, BoundField])[] = [];
  for (const [name, attributeSpec] of spec.attributes) attributes.push([name, bind(attributeSpec)]);
  const categorical: BoundCategorical[] = [];
  for (const entry of spec.categorical) {
    if (entry.kind === 'flag') categorical.push({ kind: 'flag', program: entry.program, flag: bind(entry.flag) });
    // Stryker disable next-line StringLiteral: equivalent — readCategorical tells the kinds apart by kind === 'flag' alone
    else categorical.push({ kind: 'list', list: bind(entry.list) });
  }
  if (issues.list.length > before) return undefined;
  const named = new Set(attributes.map(([name]) => name));
  const other: { name: string; key: string; index: number }[] = [];
  if (spec.otherColumns === 'attributes') {
    columns.keys.forEach((key, index) => {
      const name = key.replace(/^\uFEFF/, '').trim();
      if (!columns.used.has(index) && name !== '' && !named.has(name)) other.push({ name, key, index });
    });
  }
  return { id, size, annualIncome, incomes, blankIncomeSource: spec.blankIncomeSource, location, members, attributes, other, categorical };
}

/**
 * Maps one batch of household rows. Problems go to `ctx.problems`; accepted and rejected ids to `state`.
 *
 * @internal
 */
export function mapHouseholdRows(
  bound: BoundHouseholds,
  rows: readonly unknown[],
  geometries: readonly unknown[] | undefined,
  firstRow: number,
  state: MapperState,
  ctx: RowContext,
): { records: Household[]; rejected: number } {
  const records: Household[] = [];
  let rejected = 0;
  const fromPersons = bound.members === 'persons';
  for (let i = 0; i < rows.length; i++) {
    if (!ctx.start(rows[i], firstRow + i)) {
      rejected++;
      continue;
    }
    const id = readText(bound.id, ctx);
    if (id !== undefined) ctx.id = id;
    let size = bound.size === 'countMembers' ? undefined : readNumber(bound.size, ctx);
    const annualIncome = bound.annualIncome === undefined ? undefined : readNumber(bound.annualIncome, ctx);
    const incomes: IncomeSource[] = [];
    let blankIncomes = readIncomes(bound.incomes, ctx, incomes);
    const location = bound.location === undefined ? undefined : readLocation(bound.location, ctx, geometries === undefined ? undefined : geometries[i]);
    let members: HouseholdMember[] | undefined;
    if (bound.members !== undefined && bound.members !== 'persons') members = readWideMembers(bound.members, ctx);
    const attributes: Record<string, string> = {};
    for (let k = 0; k < bound.attributes.length; k++) {
      const [name, field] = bound.attributes[k] as readonly [string, BoundField];
      const value = readText(field, ctx, field.spec.field);
      if (value !== undefined) attributes[name] = value;
    }
    readOtherColumns(bound, ctx, attributes);
    const categorical = readCategorical(bound.categorical, ctx);
    let pending: PendingPersons | null = null;
    let duplicate = false;
    const entry = id === undefined ? undefined : state.households.get(id);
    if (entry !== undefined) {
      if (entry.row > 0) {
        duplicate = true;
        ctx.report('duplicate_id', 'error', bound.id.column?.header ?? null, id, 'id', `household id ${JSON.stringify(id)} is already used by row ${entry.row}; give each household one row (remove the duplicate, or give it its own id).`);
      } else pending = entry.persons;
    }
    if (pending !== null) {
      members = pending.members;
      if (pending.incomes !== null) for (const income of pending.incomes) incomes.push(income);
      blankIncomes += pending.blankIncomes;
    }
    if (bound.size === 'countMembers' && !duplicate) {
      // Wide members are undefined rather than empty, and persons make an entry only with a member.
      if (members === undefined) {
        ctx.report('missing_value', 'error', null, null, 'size', `size is counted from the household's members, and ${fromPersons ? 'no person row names this household' : 'its member columns are all blank'}; add its members, or map a size column.`);
      } else size = members.length;
    }
    if (
      ctx.rejected ||
      // Stryker disable next-line ConditionalExpression: equivalent — a required id that cannot be read is an error, which set ctx.rejected
      id === undefined ||
      // Stryker disable next-line ConditionalExpression: equivalent — a size that cannot be read or counted is an error, which set ctx.rejected
      size === undefined
    ) {
      rejected++;
      if (id !== undefined) {
        if (entry === undefined) state.households.set(id, { row: 0, rejectedRow: ctx.row, persons: null });
        else if (
          entry.rejectedRow === 0 &&
          // Stryker disable next-line ConditionalExpression: equivalent — once a row is accepted (row > 0) nothing reads rejectedRow
          entry.row === 0
        )
          entry.rejectedRow = ctx.row;
      }
      continue;
    }
    if (members !== undefined && members.length > size) {
      // A counted size equals its members' count: only a size column or constant can fall below it.
      ctx.report('size_below_members', 'warning', (bound.size as BoundField).column?.header ?? null, String(size), 'size', `size is ${size} but the household lists ${members.length} members; check the size or the member rows (the size is kept as written).`);
    }
    const incomesKnown = incomes.length > 0 && !(blankIncomes > 0 && bound.blankIncomeSource === 'incomeUnknown');
    const record: {
      id: string;
      location?: readonly [number, number];
      size: number;
      annualIncome?: number;
      incomes?: readonly IncomeSource[];
      members?: readonly HouseholdMember[];
      attributes: Readonly<Record<string, string>>;
      categorical?: readonly string[];
    } = { id } as { id: string; size: number; attributes: Readonly<Record<string, string>> };
    // Fields in the order of the Household type, so records print (and serialise) as the library writes them.
    if (location !== undefined) record.location = location;
    record.size = size;
    if (annualIncome !== undefined) record.annualIncome = annualIncome;
    if (incomesKnown) record.incomes = incomes;
    if (members !== undefined) record.members = members;
    record.attributes = attributes;
    if (categorical !== undefined) record.categorical = categorical;
    records.push(record);
    state.households.set(id, { row: ctx.row, rejectedRow: 0, persons: null });
    if (pending !== null) state.personsAttached += pending.members.length;
  }
  return { records, rejected };
}

function readWideMembers(slots: readonly MemberSlot[], ctx: RowContext): HouseholdMember[] | undefined {
  let members: HouseholdMember[] | undefined;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k] as MemberSlot;
    const path = `members[${slot.n}]`;
    const birthDate = readDate(slot.birthDate, ctx, `${path}.birthDate`);
    const birthMissing = ctx.wasMissing;
    const disability = slot.disability === undefined ? undefined : readBoolean(slot.disability, ctx, `${path}.disability`);
    if (birthDate === undefined) {
      if (birthMissing && disability !== undefined) {
        ctx.report(
          'member_without_birth_date',
          'warning',
          // Stryker disable next-line OptionalChaining: equivalent — a member template is always a column, never a constant
          slot.birthDate.column?.header ?? null,
          null,
          `${path}.birthDate`,
          `member ${slot.n} has a disability value but no birth date, so it is left out of the members; add the birth date (the household's size is kept).`,
        );
      }
      continue;
    }
    if (members === undefined) members = [];
    members.push(disability === undefined ? { birthDate } : { birthDate, disability });
  }
  // No member read: members unknown (undefined), never an empty household.
  return members;
}

function readOtherColumns(bound: BoundHouseholds, ctx: RowContext, attributes: Record<string, string>): void {
  const row = ctx.current;
  const missing = bound.id.spec.missing;
  for (let k = 0; k < bound.other.length; k++) {
    const column = bound.other[k] as { name: string; key: string; index: number };
    const raw = ctx.isArray ? (row as readonly unknown[])[column.index] : (row as Readonly<Record<string, unknown>>)[column.key];
    const text = cellText(raw, missing);
    if (text === MISSING) continue;
    if (text instanceof Failure) {
      ctx.report(text.code, 'warning', column.name, raw, `attributes.${column.name}`, `attributes.${column.name}: ${text.detail}; the value was left out (an attribute must be text).`);
      continue;
    }
    attributes[column.name] = text;
  }
}

function readCategorical(entries: readonly BoundCategorical[], ctx: RowContext): string[] | undefined {
  let out: string[] | undefined;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k] as BoundCategorical;
    if (entry.kind === 'flag') {
      const flag = readBoolean(entry.flag, ctx);
      if (flag === undefined) continue;
      if (out === undefined) out = [];
      if (flag && !out.includes(entry.program)) out.push(entry.program);
    } else {
      const list = readList(entry.list, ctx);
      if (list === undefined) continue;
      if (out === undefined) out = [];
      for (const program of list) if (!out.includes(program)) out.push(program);
    }
  }
  return out;
}
