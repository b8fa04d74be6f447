import { sum as compensatedSum } from 'simple-statistics';
import { describe, fail } from '../internal/errors.ts';
import { knownKeys, nonNegativeNumber, positiveNumber } from '../internal/validate.ts';

/** Options of {@link providerToPopulationRatio}. */
export interface ProviderToPopulationRatioOptions {
  /** Population base of the ratio: providers per `per` people. Default 1000. */
  readonly per?: number;
}

/** Result of {@link providerToPopulationRatio}. */
export interface ProviderToPopulationRatioResult {
  /** totalCapacity ÷ totalPopulation × per; `null` when the population is 0. */
  readonly ratio: number | null;
  /** The population base used. */
  readonly per: number;
  /** Sum of the capacities (or the count of providers). */
  readonly totalCapacity: number;
  /** Sum of the population. */
  readonly totalPopulation: number;
  /** Why `ratio` is null, when it is. */
  readonly warnings: string[];
}

function sum(values: number | ArrayLike<number>, path: string, fn: string): number {
  if (typeof values === 'number') return nonNegativeNumber(values, path, fn);
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    fail('invalid_type', path, `${fn}: ${path} is ${describe(values)}; expected a number or an array of numbers.`);
  }
  const checked: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) checked[i] = nonNegativeNumber(values[i], `${path}[${i}]`, fn);
  // Compensated (Kahan–Babuška–Neumaier) summation: a city-wide total of many fractional capacities (acres)
  // keeps its last digits, where a plain running sum drifts.
  return compensatedSum(checked);
}

/**
 * The provider-to-population ratio of an area: total capacity (providers, places, acres) per `per` people
 * (default per 1000), e.g. San José's Greenprint goal of 3.5 acres of parkland per 1000 residents. The
 * simplest accessibility measure: it ignores where inside the area people and providers are (use
 * {@link twoStepFCA} for that).
 *
 * @param capacity - Total capacity, or one capacity per provider (≥ 0).
 * @param population - Total population, or one count per area unit (≥ 0).
 * @param options - `per` (default 1000).
 * @returns The ratio (null when the population is 0) with its parts.
 * @throws {EquityLensError} `out_of_range` for a negative amount or a `per` ≤ 0, `not_finite` for NaN.
 * @category Proximity
 * @example
 * ```ts
 * import { providerToPopulationRatio } from "./providerToPopulationRatio.ts";
 *
 * providerToPopulationRatio([120, 80, 100], 60000).ratio; // => 5
 * providerToPopulationRatio(3, [1500, 1500], { per: 1 }).ratio; // => 0.001
 * providerToPopulationRatio(3, 0).ratio; // => null
 * ```
 */
export function providerToPopulationRatio(
  capacity: number | ArrayLike<number>,
  population: number | ArrayLike<number>,
  options: ProviderToPopulationRatioOptions = {},
): ProviderToPopulationRatioResult {
  const fn = 'providerToPopulationRatio';
  knownKeys(options, ['per'], 'options', fn);
  const per = options.per === undefined ? 1000 : positiveNumber(options.per, 'options.per', fn);
  const totalCapacity = sum(capacity, 'capacity', fn);
  const totalPopulation = sum(population, 'population', fn);
  if (totalPopulation === 0) {
    return { ratio: null, per, totalCapacity, totalPopulation, warnings: [`${fn}: the population is 0, so the ratio is undefined (null).`] };
  }
  return { ratio: (totalCapacity / totalPopulation) * per, per, totalCapacity, totalPopulation, warnings: [] };
}
