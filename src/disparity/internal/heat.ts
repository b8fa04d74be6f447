import { renamedOption } from '../../internal/deprecation.ts';
import { describe, fail } from '../../internal/errors.ts';
import { GroupIndex } from '../../internal/groups.ts';
import { finiteNumber, knownKeys, nearestName, nonNegativeNumber } from '../../internal/validate.ts';
import type { HeatReferenceOptions } from '../heatTypes.ts';

/** @internal */
export interface CheckedHeatGroups {
  readonly names: string[];
  readonly estimate: Float64Array;
  /** Populations Nⱼ as given. */
  readonly population: Float64Array;
  /** ΣNⱼ. */
  readonly totalPopulation: number;
  /** Population shares pⱼ. */
  readonly share: Float64Array;
  /** μ = Σ pⱼ yⱼ. */
  readonly mean: number;
  /** Subgroup standard errors when every subgroup has one, else `null`. */
  readonly standardError: Float64Array | null;
  /** When `standardError` is `null`: the first subgroup without one. */
  readonly missingStandardError?: number;
}

/**
 * Checks HEAT subgroups: a non-empty array of `{ group, estimate, population, standardError? }` with unique
 * names, finite estimates, non-negative populations, a positive total population and, where given,
 * non-negative standard errors.
 *
 * @internal
 */
export function heatGroups(groups: unknown, fn: string): CheckedHeatGroups {
  if (!Array.isArray(groups)) fail('invalid_type', 'groups', `${fn}: groups is ${describe(groups)}; expected an array of { group, estimate, population }.`);
  if (groups.length === 0) fail('empty', 'groups', `${fn}: groups is empty; pass one { group, estimate, population } per subgroup.`);
  const index = new GroupIndex();
  const estimate = new Float64Array(groups.length);
  const population = new Float64Array(groups.length);
  const standardError = new Float64Array(groups.length);
  let missingStandardError: number | undefined;
  let total = 0;
  for (let i = 0; i < groups.length; i++) {
    const row: unknown = groups[i];
    if (row === null || typeof row !== 'object') fail('invalid_type', `groups[${i}]`, `${fn}: groups[${i}] is ${describe(row)}; expected { group, estimate, population }.`);
    const record = row as { group?: unknown; estimate?: unknown; population?: unknown; standardError?: unknown };
    const before = index.size;
    const id = index.idOf(record.group, `groups[${i}].group`, fn);
    if (index.size === before) {
      fail('duplicate', `groups[${i}].group`, `${fn}: groups[${i}].group is ${describe(record.group)}, already given at groups[${id}]; give each subgroup once.`);
    }
    estimate[i] = finiteNumber(record.estimate, `groups[${i}].estimate`, fn);
    population[i] = nonNegativeNumber(record.population, `groups[${i}].population`, fn);
    total += population[i] as number;
    if (record.standardError === undefined) {
      if (missingStandardError === undefined) missingStandardError = i;
    } else {
      standardError[i] = nonNegativeNumber(record.standardError, `groups[${i}].standardError`, fn);
    }
  }
  if (!(total > 0)) fail('invalid_value', 'groups', `${fn}: every subgroup has population 0; population shares are undefined — pass at least one positive population.`);
  const share = new Float64Array(groups.length);
  let mean = 0;
  for (let i = 0; i < groups.length; i++) {
    share[i] = (population[i] as number) / total;
    mean += (share[i] as number) * (estimate[i] as number);
  }
  const checked = { names: index.keys, estimate, population, totalPopulation: total, share, mean };
  return missingStandardError === undefined
    ? { ...checked, standardError }
    : { ...checked, standardError: null, missingStandardError };
}

/**
 * Reads `weighted` (default `fallback`).
 *
 * @internal
 */
export function weightedOption(value: unknown, fn: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail('invalid_type', 'options.weighted', `${fn}: options.weighted is ${describe(value)}; expected true or false.`);
  return value;
}

/**
 * Resolves the favourable direction and the reference subgroup (best or named; `named` says which).
 *
 * @internal
 */
export function heatReference(
  checked: CheckedHeatGroups,
  options: HeatReferenceOptions,
  fn: string,
): { higherIsBetter: boolean; index: number; named: boolean; deprecated: { warnings?: readonly string[] } } {
  const direction = options.direction ?? 'higherIsBetter';
  if (direction !== 'higherIsBetter' && direction !== 'lowerIsBetter') {
    fail('invalid_value', 'options.direction', `${fn}: options.direction is ${describe(direction)}; use 'higherIsBetter' or 'lowerIsBetter'.`);
  }
  const higherIsBetter = direction === 'higherIsBetter';
  const warnings: string[] = [];
  const reference = (renamedOption(options, 'referenceGroup', 'reference', 'options', fn, warnings) ?? 'best') as HeatReferenceOptions['referenceGroup'];
  const deprecated = warnings.length === 0 ? {} : { warnings };
  if (reference === 'best') {
    let best = 0;
    for (let i = 1; i < checked.estimate.length; i++) {
      const y = checked.estimate[i] as number;
      const b = checked.estimate[best] as number;
      if (higherIsBetter ? y > b : y < b) best = i;
    }
    return { higherIsBetter, index: best, named: false, deprecated };
  }
  if (reference === null || typeof reference !== 'object') {
    fail('invalid_value', 'options.referenceGroup', `${fn}: options.referenceGroup is ${describe(reference)}; use 'best' or { group: "name" }.`);
  }
  knownKeys(reference, ['group'], 'options.referenceGroup', fn);
  const name: unknown = reference.group;
  if (typeof name !== 'string') fail('invalid_type', 'options.referenceGroup.group', `${fn}: options.referenceGroup.group is ${describe(name)}; expected a subgroup name.`);
  const index = checked.names.indexOf(name);
  if (index < 0) {
    const nearest = nearestName(name, checked.names);
    fail(
      'not_found',
      'options.referenceGroup.group',
      `${fn}: options.referenceGroup.group is ${JSON.stringify(name)}, which is not among the subgroups; name one of the groups given.`,
      nearest === undefined ? undefined : `did you mean "${nearest}"?`,
    );
  }
  return { higherIsBetter, index, named: true, deprecated };
}
