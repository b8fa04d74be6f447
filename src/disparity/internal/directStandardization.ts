/**
 * Direct standardisation shared by {@link ageAdjustedRate} and {@link ageAdjustedRateRatio}: the standard's
 * weights, the weighted sum of Poisson counts and the quantities the gamma and F intervals need.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { finiteNumber, nonNegativeNumber } from '../../internal/validate.ts';
import { gammaQuantile } from '../../uncertainty/internal/incompleteGamma.ts';
import { tailProbabilities } from '../../uncertainty/internal/intervalInputs.ts';
import type { AgeAdjustedRate } from '../ageAdjustedRate.ts';
import { type StandardPopulation, US_2000_STANDARD_POPULATIONS, type UsStandardPopulationId } from '../standardPopulations.ts';

/** A standard resolved to weights that sum to 1. */
export interface ResolvedStandard {
  /** The bundled table's id, the custom table's id, or `'custom'` for a plain array. */
  readonly id: string;
  /** s_i = standard population of group i ÷ the standard's total. */
  readonly weights: Float64Array;
  /** Group labels, for messages. */
  readonly labels: readonly string[];
}

/**
 * Resolves `standard` — a bundled id, a {@link StandardPopulation} or an array of group populations (or weights)
 * — to weights summing to 1.
 */
export function resolveStandard(standard: unknown, fn: string): ResolvedStandard {
  if (typeof standard === 'string') {
    const table = Object.hasOwn(US_2000_STANDARD_POPULATIONS, standard) ? US_2000_STANDARD_POPULATIONS[standard as UsStandardPopulationId] : undefined;
    if (table === undefined) {
      fail(
        'invalid_value',
        'standard',
        `${fn}: standard is ${JSON.stringify(standard)}; use ${Object.keys(US_2000_STANDARD_POPULATIONS).map((id) => `'${id}'`).join(', ')}, a StandardPopulation or an array of group populations.`,
      );
    }
    // Stryker disable next-line StringLiteral: equivalent — the path only appears in errors, and the bundled tables are never empty nor sum to 0
    return fromPopulations(table.id, table.groups.map((g) => g.population), table.groups.map((g) => g.label), 'standard', fn);
  }
  if (Array.isArray(standard) || ArrayBuffer.isView(standard)) {
    const values = Array.from(standard as ArrayLike<unknown>, (value, i) => nonNegativeNumber(value, `standard[${i}]`, fn));
    return fromPopulations('custom', values, values.map((_, i) => `group ${i + 1}`), 'standard', fn);
  }
  if (standard !== null && typeof standard === 'object' && Array.isArray((standard as StandardPopulation).groups)) {
    const table = standard as StandardPopulation;
    const populations = table.groups.map((g, i) => nonNegativeNumber((g as { population?: unknown })?.population, `standard.groups[${i}].population`, fn));
    // Stryker disable next-line OptionalChaining: equivalent — a null group has already failed its population check on the line above
    const labels = table.groups.map((g, i) => (typeof g?.label === 'string' ? g.label : `group ${i + 1}`));
    return fromPopulations(typeof table.id === 'string' ? table.id : 'custom', populations, labels, 'standard.groups', fn);
  }
  return fail(
    'invalid_type',
    'standard',
    `${fn}: standard is ${describe(standard)}; expected an id such as 'us2000-11', a StandardPopulation or an array of group populations.`,
  );
}

function fromPopulations(id: string, populations: readonly number[], labels: readonly string[], path: string, fn: string): ResolvedStandard {
  if (populations.length === 0) fail('empty', path, `${fn}: ${path} is empty; a standard needs at least one age group.`);
  let total = 0;
  for (const p of populations) total += p;
  if (!(total > 0)) fail('out_of_range', path, `${fn}: ${path} sums to 0; at least one age group needs a positive standard population.`);
  return { id, weights: Float64Array.from(populations, (p) => p / total), labels };
}

/** The weighted sum of Poisson counts that a directly standardised rate is, with what its intervals need. */
export interface StandardizedRate {
  /** y = Σ sᵢ·cᵢ/Nᵢ, per person. */
  readonly rate: number;
  /** v = Σ (sᵢ/Nᵢ)²·cᵢ, the Poisson variance of y. */
  readonly variance: number;
  /** w_M = max sᵢ/Nᵢ over groups with a population (Fay & Feuer). */
  readonly maxWeight: number;
  /** The mean of wᵢ = sᵢ/Nᵢ over groups with a population (Tiwari et al.). */
  readonly meanWeight: number;
  /** The mean of wᵢ² over groups with a population (Tiwari et al.). */
  readonly meanSquaredWeight: number;
  /** Σ cᵢ. */
  readonly events: number;
  /** Σ Nᵢ. */
  readonly population: number;
  /** Indices of age groups with no population (and no events), whose rate is taken as 0. */
  readonly emptyGroups: readonly number[];
}

/** Checks counts and populations against the standard and forms the standardised rate. */
export function standardize(
  counts: unknown,
  populations: unknown,
  standard: ResolvedStandard,
  paths: { counts: string; populations: string },
  fn: string,
): StandardizedRate {
  const groups = standard.weights.length;
  const c = numberArray(counts, paths.counts, fn);
  const n = numberArray(populations, paths.populations, fn);
  for (const [values, path] of [
    [c, paths.counts],
    [n, paths.populations],
  ] as const) {
    if (values.length !== groups) {
      const shown = standard.labels.length > 4 ? `${standard.labels.slice(0, 3).join(', ')}, …, ${standard.labels[groups - 1]}` : standard.labels.join(', ');
      fail(
        'length_mismatch',
        path,
        `${fn}: ${path} has ${values.length} entries but the standard ${standard.id === 'custom' ? '' : `'${standard.id}' `}has ${groups} age groups (${shown}); aggregate the counts and populations to the standard's groups, or pass a standard with ${values.length} groups.`,
      );
    }
  }
  let rate = 0;
  let variance = 0;
  let maxWeight = 0;
  let weightSum = 0;
  let squaredWeightSum = 0;
  let populated = 0;
  let events = 0;
  let population = 0;
  const emptyGroups: number[] = [];
  for (let i = 0; i < groups; i++) {
    const count = nonNegativeNumber(c[i], `${paths.counts}[${i}]`, fn);
    const people = nonNegativeNumber(n[i], `${paths.populations}[${i}]`, fn);
    events += count;
    population += people;
    if (people === 0) {
      if (count > 0) {
        fail(
          'out_of_range',
          `${paths.populations}[${i}]`,
          `${fn}: ${paths.counts}[${i}] is ${count} but ${paths.populations}[${i}] is 0 (age group ${standard.labels[i]}); events need a population at risk — check that counts and populations use the same age groups.`,
        );
      }
      emptyGroups.push(i);
      continue;
    }
    const w = (standard.weights[i] as number) / people;
    rate += w * count;
    variance += w * w * count;
    maxWeight = Math.max(maxWeight, w);
    weightSum += w;
    squaredWeightSum += w * w;
    populated++;
  }
  return {
    rate,
    variance,
    maxWeight,
    meanWeight: populated > 0 ? weightSum / populated : 0,
    meanSquaredWeight: populated > 0 ? squaredWeightSum / populated : 0,
    events,
    population,
    emptyGroups,
  };
}

function numberArray(value: unknown, path: string, fn: string): ArrayLike<unknown> {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(value)}; expected an array with one number per age group.`);
  }
  return value as ArrayLike<unknown>;
}

/** The quantities that move the upper limit up: (y + w_M, v + w_M²) for Fay–Feuer, (y + mean w, v + mean w²) for Tiwari. */
export function upperLimitMoments(s: StandardizedRate, method: 'fayFeuer' | 'tiwari'): { rate: number; variance: number } {
  return method === 'fayFeuer'
    ? { rate: s.rate + s.maxWeight, variance: s.variance + s.maxWeight * s.maxWeight }
    : { rate: s.rate + s.meanWeight, variance: s.variance + s.meanSquaredWeight };
}

/** Checks the interval method option. */
export function intervalMethod(value: unknown, fn: string): 'fayFeuer' | 'tiwari' {
  const method = value ?? 'fayFeuer';
  if (method !== 'fayFeuer' && method !== 'tiwari') {
    fail('invalid_value', 'options.method', `${fn}: options.method is ${JSON.stringify(method)}; use 'fayFeuer' or 'tiwari'.`);
  }
  return method;
}

/** Checks the `per` option. */
export function perOption(value: unknown, fn: string): number {
  if (value === undefined) return 1;
  const per = finiteNumber(value, 'options.per', fn);
  if (!(per > 0)) fail('out_of_range', 'options.per', `${fn}: options.per is ${per}; expected a positive multiplier such as 100000 for a rate per 100,000.`);
  return per;
}

/** Turns a standardised rate into {@link ageAdjustedRate}'s result (shared with {@link ageAdjustedRateRatio}). */
export function ageAdjustedRateResult(
  s: StandardizedRate,
  labels: readonly string[],
  standard: string,
  method: 'fayFeuer' | 'tiwari',
  confidence: number,
  per: number,
): AgeAdjustedRate {
  const warnings = s.emptyGroups.map(
    (i) => `age group ${labels[i]} has no population: its rate is taken as 0 (SEER*Stat's convention), which lowers the adjusted rate by its standard weight's share`,
  );
  const base = { events: s.events, population: s.population, per, confidence, method, standard, warnings };
  if (s.population === 0) {
    return { ...base, rate: null, lower: null, upper: null, standardError: null, crudeRate: null, reason: 'no age group has a population: the rate is undefined' };
  }
  const { tail, body } = tailProbabilities(confidence);
  // Fay & Feuer: the rate is approximately gamma with mean y and variance v; the lower limit is its α/2 quantile,
  // the upper limit the 1 − α/2 quantile of the gamma with mean y + w and variance v + w² (w = w_M, or Tiwari's means).
  const lower = s.rate > 0 ? gammaQuantile((s.rate * s.rate) / s.variance, tail, body) * (s.variance / s.rate) : 0;
  const star = upperLimitMoments(s, method);
  const upper = gammaQuantile((star.rate * star.rate) / star.variance, body, tail) * (star.variance / star.rate);
  return {
    ...base,
    rate: s.rate * per,
    lower: lower * per,
    upper: upper * per,
    standardError: Math.sqrt(s.variance) * per,
    crudeRate: (s.events / s.population) * per,
  };
}
