// Households as columnar batches, for the columnar tests and the columnar benchmark.
import type { Household } from '../../src/internal/records.ts';
import type { HouseholdColumns } from '../../src/monitor/HouseholdColumns.ts';

/** Dictionary-encodes a string column: distinct values in first-seen order, −1 for a missing value. */
export function encode(values: readonly (string | undefined)[]): { dictionary: string[]; indices: Int32Array } {
  const dictionary: string[] = [];
  const position = new Map<string, number>();
  const indices = Int32Array.from(values, (value) => {
    if (value === undefined) return -1;
    let k = position.get(value);
    if (k === undefined) position.set(value, (k = dictionary.push(value) - 1));
    return k;
  });
  return { dictionary, indices };
}

/** The households as columns: attributes dictionary-encoded or plain, numbers in typed arrays, members and incomes as they are. */
export function toColumns(households: readonly Household[], dictionary: boolean): HouseholdColumns {
  const names = [...new Set(households.flatMap((h) => Object.keys(h.attributes)))];
  const attribute = (name: string): readonly (string | undefined)[] => households.map((h) => h.attributes[name]);
  return {
    length: households.length,
    id: households.map((h) => h.id),
    size: Int32Array.from(households, (h) => h.size),
    annualIncome: Float64Array.from(households, (h) => h.annualIncome ?? Number.NaN),
    location: { lng: Float64Array.from(households, (h) => h.location?.[0] ?? Number.NaN), lat: households.map((h) => h.location?.[1] ?? null) },
    incomes: households.map((h) => h.incomes),
    members: households.map((h) => h.members ?? null),
    categorical: households.map((h) => h.categorical),
    attributes: Object.fromEntries(names.map((name) => [name, dictionary ? encode(attribute(name)) : attribute(name)])),
  };
}
