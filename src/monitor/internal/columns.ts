/**
 * Reading columnar household batches ({@link HouseholdColumns}, Apache Arrow record batches) for the accumulator:
 * columns are checked once per batch, values read per record into the accumulator's reused row, and groups of a
 * dictionary-encoded attribute assigned once per dictionary entry. No object is built per record.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { Household, HouseholdMember, IncomeSource } from '../../internal/records.ts';
import { householdSize, position } from '../../internal/validate.ts';
import type { ArrowRecordBatchLike, ArrowVectorLike, DictionaryColumn, HouseholdColumnNames, HouseholdColumns } from '../HouseholdColumns.ts';
import type { EquityGoal } from '../../goals/EquityGoalSchema.ts';
import type { ColumnReader, PartialAccumulator, Plan, Row } from './accumulate.ts';
import type { DimensionAssigner } from './dimensions.ts';
import { householdAnnualIncome } from './prepare.ts';

/** A column as read: a value per record (`undefined` when missing) and, when dictionary-encoded, the dictionary. */
interface Column {
  readonly length: number;
  get(h: number): unknown;
  /** The distinct values (dictionary-encoded columns only). */
  readonly dictionary?: unknown[];
  /** Record `h`'s position in `dictionary`, −1 when missing. */
  index?(h: number): number;
}

const missing = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'number' && value !== value);

/** A plain column (array or typed array); `bigint` values read as numbers. */
function plainColumn(values: ArrayLike<unknown>): Column {
  return {
    length: values.length,
    get(h: number): unknown {
      const value = values[h];
      if (typeof value === 'bigint') return Number(value);
      return missing(value) ? undefined : value;
    },
  };
}

/** A dictionary-encoded column; `convert` maps each dictionary value once (numbers to text for attributes). */
function dictionaryColumn(
  dictionary: unknown[],
  indices: ArrayLike<unknown>,
  valid: ((h: number) => boolean) | null,
  path: string,
  fn: string,
): Column {
  const D = dictionary.length;
  const index = (h: number): number => {
    const raw = indices[h];
    if (raw === null || raw === undefined || (valid !== null && !valid(h))) return -1;
    const k = typeof raw === 'bigint' ? Number(raw) : raw;
    if (typeof k !== 'number' || !Number.isInteger(k) || k >= D) {
      fail('out_of_range', `${path}.indices[${h}]`, `${fn}: ${path}.indices[${h}] is ${describe(k)}; an index must be a whole number below the dictionary's length ${D} (or negative or null for a missing value).`);
    }
    return k < 0 || missing(dictionary[k]) ? -1 : k;
  };
  return {
    length: indices.length,
    dictionary,
    index,
    get(h: number): unknown {
      const k = index(h);
      return k < 0 ? undefined : dictionary[k];
    },
  };
}

function isDictionaryColumn(value: unknown): value is DictionaryColumn<unknown> {
  return value !== null && typeof value === 'object' && 'dictionary' in value && 'indices' in value;
}

/** A column of a {@link HouseholdColumns} batch. */
function ownColumn(value: unknown, path: string, fn: string): Column {
  if (isDictionaryColumn(value)) {
    const { dictionary, indices } = value;
    if (dictionary === null || typeof dictionary !== 'object' || typeof dictionary.length !== 'number' || indices === null || typeof indices !== 'object' || typeof indices.length !== 'number') {
      fail('invalid_type', path, `${fn}: ${path} is a dictionary column without arrays; give { dictionary: values, indices: positions } (arrays or typed arrays).`);
    }
    return dictionaryColumn(Array.from(dictionary), indices, null, path, fn);
  }
  if (value === null || typeof value !== 'object' || typeof (value as ArrayLike<unknown>).length !== 'number') {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; a column is an array, a typed array or { dictionary, indices }.`);
  }
  return plainColumn(value as ArrayLike<unknown>);
}

/** A column of an Arrow record batch: dictionary chunks as dictionary + indices, values without nulls as one array. */
function arrowColumn(vector: ArrowVectorLike, path: string, fn: string): Column {
  const nulls = (vector.nullCount ?? 0) > 0;
  const valid = nulls && typeof vector.isValid === 'function' ? (h: number): boolean => (vector.isValid as (i: number) => boolean)(h) : null;
  const chunk = vector.data !== undefined && vector.data.length === 1 ? vector.data[0] : undefined;
  if (chunk?.dictionary !== undefined && chunk.values !== undefined) {
    const dictionary = chunk.dictionary;
    const values = Array.from({ length: dictionary.length }, (_, k) => dictionary.get(k));
    const column = dictionaryColumn(values, chunk.values, valid, path, fn);
    return column.length === vector.length ? column : { ...column, length: vector.length };
  }
  if (!nulls && typeof vector.toArray === 'function') {
    const values = vector.toArray();
    if (values.length === vector.length) return plainColumn(values);
  }
  return {
    length: vector.length,
    get(h: number): unknown {
      const value = vector.get(h);
      if (typeof value === 'bigint') return Number(value);
      return missing(value) ? undefined : value;
    },
  };
}

function isArrow(batch: unknown): batch is ArrowRecordBatchLike {
  return batch !== null && typeof batch === 'object' && typeof (batch as ArrowRecordBatchLike).numRows === 'number' && typeof (batch as ArrowRecordBatchLike).getChild === 'function';
}

/** The named columns of a batch, before their lengths are checked. */
interface Named {
  readonly length: number;
  readonly id: Column;
  readonly size: Column;
  readonly annualIncome: Column | null;
  readonly incomes: Column | null;
  readonly members: Column | null;
  readonly categorical: Column | null;
  readonly lng: Column | null;
  readonly lat: Column | null;
  readonly attributes: readonly (readonly [string, Column])[];
}

function arrowColumns(batch: ArrowRecordBatchLike, names: HouseholdColumnNames, label: string, fn: string): Named {
  const present = batch.schema?.fields.map((field) => field.name) ?? [];
  const listed = present.length > 0 ? ` (columns: ${present.join(', ')})` : '';
  const child = (field: string, name: string | undefined, required: boolean): Column | null => {
    const column = name ?? field;
    const vector = batch.getChild(column);
    if (vector === null || vector === undefined) {
      if (required || name !== undefined) {
        fail(
          required && name === undefined ? 'missing_field' : 'not_found',
          `${label}.${field}`,
          `${fn}: the batch has no column "${column}" for the household ${field}${listed}; name the column that holds it with options.columns.${field}.`,
        );
      }
      return null;
    }
    return arrowColumn(vector, `${label}.${field}`, fn);
  };
  const id = child('id', names.id, true) as Column;
  const size = child('size', names.size, true) as Column;
  const annualIncome = child('annualIncome', names.annualIncome, false);
  const lng = child('lng', names.lng, false);
  const lat = child('lat', names.lat, false);
  const used = new Set([names.id ?? 'id', names.size ?? 'size', names.annualIncome ?? 'annualIncome', names.lng ?? 'lng', names.lat ?? 'lat']);
  const attributeNames = names.attributes ?? Object.fromEntries(present.filter((name) => !used.has(name)).map((name) => [name, name]));
  const attributes = Object.entries(attributeNames).map(([attribute, column]) => {
    const vector = batch.getChild(column);
    if (vector === null || vector === undefined) {
      fail('not_found', `${label}.attributes.${attribute}`, `${fn}: the batch has no column "${column}" for the attribute "${attribute}"${listed}; fix options.columns.attributes.`);
    }
    return [attribute, arrowColumn(vector, `${label}.attributes.${attribute}`, fn)] as const;
  });
  return { length: batch.numRows, id, size, annualIncome, incomes: null, members: null, categorical: null, lng, lat, attributes };
}

function ownColumns(batch: HouseholdColumns, label: string, fn: string): Named {
  if (typeof batch.length !== 'number' || !Number.isInteger(batch.length) || batch.length < 0) {
    fail('invalid_type', `${label}.length`, `${fn}: ${label}.length is ${describe(batch.length)}; a columnar batch gives its number of records as length (or pass an array of households).`);
  }
  const optional = (value: unknown, field: string): Column | null => (value === undefined || value === null ? null : ownColumn(value, `${label}.${field}`, fn));
  for (const field of ['id', 'size'] as const) {
    if (batch[field] === undefined || batch[field] === null) {
      fail('missing_field', `${label}.${field}`, `${fn}: ${label} has no ${field} column; every columnar batch gives the households' ${field === 'id' ? 'ids' : 'sizes'} as ${field}.`);
    }
  }
  const location = batch.location;
  if (location !== undefined && (location === null || typeof location !== 'object')) {
    fail('invalid_type', `${label}.location`, `${fn}: ${label}.location is ${describe(location)}; give { lng, lat }, two number columns.`);
  }
  const attributes = batch.attributes ?? {};
  if (attributes === null || typeof attributes !== 'object') {
    fail('invalid_type', `${label}.attributes`, `${fn}: ${label}.attributes is ${describe(attributes)}; give an object of columns by attribute name.`);
  }
  return {
    length: batch.length,
    id: ownColumn(batch.id, `${label}.id`, fn),
    size: ownColumn(batch.size, `${label}.size`, fn),
    annualIncome: optional(batch.annualIncome, 'annualIncome'),
    incomes: optional(batch.incomes, 'incomes'),
    members: optional(batch.members, 'members'),
    categorical: optional(batch.categorical, 'categorical'),
    lng: location === undefined ? null : ownColumn(location.lng, `${label}.location.lng`, fn),
    lat: location === undefined ? null : ownColumn(location.lat, `${label}.location.lat`, fn),
    attributes: Object.entries(attributes).map(([name, column]) => [name, ownColumn(column, `${label}.attributes.${name}`, fn)] as const),
  };
}

/**
 * The group reader of a disaggregation over a dictionary-encoded attribute column: each dictionary entry's group
 * (and the missing value's) is assigned when first met, then read per record; `undefined` for any other column.
 */
function dictionaryGroups(column: Column | undefined, field: string, dimension: DimensionAssigner): ((h: number) => number) | undefined {
  const { group, hasField, count } = dimension;
  if (!field.startsWith('attributes.') || column?.dictionary === undefined || group === undefined || hasField === undefined || count === undefined) return undefined;
  const dictionary = column.dictionary;
  const index = column.index as (h: number) => number;
  // Per dictionary entry (the last slot: a missing value), its group; −2 until first met.
  const groups = new Int32Array(dictionary.length + 1).fill(-2);
  const has = new Uint8Array(dictionary.length + 1);
  return (h: number): number => {
    const k = index(h);
    const slot = k < 0 ? dictionary.length : k;
    let g = groups[slot] as number;
    if (g === -2) {
      const value = k < 0 ? undefined : dictionary[k];
      g = group(value);
      groups[slot] = g;
      has[slot] = hasField(value) ? 1 : 0;
    }
    count(has[slot] === 1);
    return g;
  };
}

/** Adds a columnar batch to the accumulator: the same as `add` on the equivalent households. */
export function addColumnBatch(accumulator: PartialAccumulator, reader: ColumnReader): void {
  const H = reader.length;
  if (H === 0) return;
  const offset = accumulator.households;
  accumulator.markSeen(H, offset, reader.id);
  const names = accumulator.attributeNames;
  if (names.size < 1000 && offset < 1000) for (const name of reader.attributeNames(1000 - offset)) names.add(`attributes.${name}`);
  accumulator.households += H;
  accumulator.accumulate(reader.view(), offset, reader);
}

/** Attribute values are text: numbers (and booleans) read as their text, once per dictionary entry. */
function textColumn(column: Column): Column {
  const text = (value: unknown): unknown => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);
  if (column.dictionary !== undefined) {
    const dictionary = column.dictionary.map(text);
    const index = column.index as (h: number) => number;
    return { length: column.length, dictionary, index, get: (h) => { const k = index(h); return k < 0 ? undefined : dictionary[k]; } };
  }
  return { length: column.length, get: (h) => text(column.get(h)) };
}

/**
 * A reader over one columnar batch: the columns found (Arrow by `names`), their lengths checked against the batch's,
 * every id (text, unique in the batch) and size checked, paths counting records from `offset`.
 */
export function columnReader(batch: unknown, names: HouseholdColumnNames, offset: number, label: string, fn: string): ColumnReader {
  if (batch === null || typeof batch !== 'object') {
    fail('invalid_type', label, `${fn}: ${label} is ${describe(batch)}; a batch is an array of households, a columnar batch { length, id, size, … } or an Arrow record batch.`);
  }
  const named = isArrow(batch) ? arrowColumns(batch, names, label, fn) : ownColumns(batch as HouseholdColumns, label, fn);
  const H = named.length;
  const check = (column: Column | null, field: string): void => {
    if (column !== null && column.length !== H) {
      fail('length_mismatch', `${label}.${field}`, `${fn}: ${label}.${field} has ${column.length} values for a batch of ${H} records; every column holds one value per record.`);
    }
  };
  check(named.id, 'id');
  check(named.size, 'size');
  check(named.annualIncome, 'annualIncome');
  check(named.incomes, 'incomes');
  check(named.members, 'members');
  check(named.categorical, 'categorical');
  check(named.lng, 'location.lng');
  check(named.lat, 'location.lat');
  for (const [name, column] of named.attributes) check(column, `attributes.${name}`);
  if ((named.lng === null) !== (named.lat === null)) {
    fail('missing_field', `${label}.${named.lng === null ? 'lng' : 'lat'}`, `${fn}: ${label} has a ${named.lng === null ? 'latitude' : 'longitude'} column without the other; give both lng and lat, or neither.`);
  }
  const ids: string[] = new Array<string>(H);
  const sizes = new Int32Array(H);
  const seen = new Set<string>();
  for (let h = 0; h < H; h++) {
    const path = `data.households[${offset + h}]`;
    const id = named.id.get(h);
    if (typeof id !== 'string') {
      fail('invalid_type', `${path}.id`, `${fn}: ${path}.id is ${describe(id)}; household ids are text — give the id column as strings (cast a number column to text).`);
    }
    if (seen.has(id)) fail('duplicate', `${path}.id`, `${fn}: ${path}.id "${id}" appears twice; household ids must be unique.`);
    seen.add(id);
    ids[h] = id;
    sizes[h] = householdSize(named.size.get(h), `${path}.size`, fn);
  }
  const attributes = named.attributes.map(([name, column]) => [name, textColumn(column)] as const);
  const byName = new Map(attributes);
  const { annualIncome, incomes, members, categorical, lng, lat } = named;
  const incomeOf = (h: number): number | undefined => {
    const value = annualIncome?.get(h);
    return typeof value === 'number' ? value : undefined;
  };
  const pair: [number, number] = [0, 0];
  const locationOf = (h: number): [number, number] | undefined => {
    if (lng === null || lat === null) return undefined;
    const x = lng.get(h);
    const y = lat.get(h);
    if (x === undefined || y === undefined) return undefined;
    pair[0] = x as number;
    pair[1] = y as number;
    return pair;
  };
  const fillHousehold = (target: Row | Record<string, unknown>, fields: Record<string, unknown>, h: number): void => {
    target.id = ids[h] as string;
    target.size = sizes[h] as number;
    target.annualIncome = incomeOf(h);
    target.incomes = incomes?.get(h) as readonly IncomeSource[] | undefined;
    target.members = members?.get(h) as readonly HouseholdMember[] | undefined;
    target.categorical = categorical?.get(h) as readonly string[] | undefined;
    target.location = locationOf(h);
    for (let a = 0; a < attributes.length; a++) {
      const [name, column] = attributes[a] as readonly [string, Column];
      const value = column.get(h);
      // A missing attribute is absent, as on a household record.
      if (value === undefined) {
        if (name in fields) delete fields[name];
      } else fields[name] = value;
    }
    target.attributes = fields as Household['attributes'];
  };
  const rowFields: Record<string, unknown> = {};
  return {
    length: H,
    id: (h) => ids[h] as string,
    fill: (row, h) => fillHousehold(row, rowFields, h),
    incomes() {
      const income = new Float64Array(H);
      const probe: { annualIncome: number | undefined; incomes: readonly IncomeSource[] | undefined } = { annualIncome: undefined, incomes: undefined };
      for (let h = 0; h < H; h++) {
        probe.annualIncome = incomeOf(h);
        probe.incomes = incomes?.get(h) as readonly IncomeSource[] | undefined;
        const value = householdAnnualIncome(probe as unknown as Household);
        income[h] = value === null ? Number.NaN : value;
      }
      return { income, sizes };
    },
    positions(from) {
      const located: number[] = [];
      const points: number[] = [];
      for (let h = 0; h < H; h++) {
        const location = locationOf(h);
        if (location === undefined) continue;
        const [x, y] = position(location, `data.households[${from + h}].location`, fn);
        located.push(h);
        points.push(x, y);
      }
      return { located, points };
    },
    groupReaders(plan: Plan, goal: EquityGoal): readonly (((h: number) => number) | undefined)[] {
      const disaggregations = (goal.indicators[plan.index] as EquityGoal['indicators'][number]).disaggregations;
      return disaggregations.map((disaggregation, d) =>
        plan.yearDependent[d] ? undefined : dictionaryGroups(byName.get(disaggregation.field.slice('attributes.'.length)), disaggregation.field, plan.dimensions[d] as DimensionAssigner),
      );
    },
    attributeNames(limit: number): string[] {
      const n = Math.min(H, limit);
      return attributes.filter(([, column]) => {
        for (let h = 0; h < n; h++) if (column.get(h) !== undefined) return true;
        return false;
      }).map(([name]) => name);
    },
    view(): readonly Household[] {
      const household: Record<string, unknown> = {};
      const fields: Record<string, unknown> = {};
      return new Proxy(new Array<Household>(H), {
        get(target, key, receiver): unknown {
          if (typeof key === 'string') {
            const h = Number(key);
            if (Number.isInteger(h) && h >= 0 && h < H && String(h) === key) {
              fillHousehold(household, fields, h);
              return household;
            }
          }
          return Reflect.get(target, key, receiver);
        },
      });
    },
  };
}
