/**
 * Input handling shared by the floating-catchment functions built on `fca.ts` and `fcaSteps.ts`: demand and
 * supply rows, options object, decay, unreachable policy.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { knownKeys } from '../../internal/validate.ts';
import { type CompiledDecay, compileDecay } from './decay.ts';
import { arrayOf, nonEmpty, readAmounts } from './inputs.ts';

/** Validated accessibility inputs. */
export interface AccessSetup {
  readonly demandRows: readonly unknown[];
  readonly supplyRows: readonly unknown[];
  readonly population: Float64Array;
  readonly capacity: Float64Array;
  readonly useCosts: boolean;
  readonly decay: CompiledDecay;
  /** Path of the decay's minimum (for the infinite-power-weight error). */
  readonly minPath: string;
  readonly unreachable: 'zero' | 'nan';
}

/** Validates the common inputs of a floating-catchment function. */
export function accessSetup(fn: string, demand: unknown, supply: unknown, options: unknown, keys: readonly string[]): AccessSetup {
  const demandRows = arrayOf(demand, 'demand', fn, '{ location, population }');
  const supplyRows = arrayOf(supply, 'supply', fn, '{ location, capacity }');
  nonEmpty(supplyRows, 'supply', fn, 'site { location, capacity }');
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options', `${fn}: options is ${describe(options)}; pass { catchmentKm } (or { costs, maxCost }).`);
  }
  knownKeys(options, keys, 'options', fn);
  const record = options as Record<string, unknown>;
  const unreachable = record['unreachable'] ?? 'zero';
  if (unreachable !== 'zero' && unreachable !== 'nan') {
    fail('invalid_value', 'options.unreachable', `${fn}: options.unreachable is ${describe(unreachable)}; expected 'zero' or 'nan'.`);
  }
  const population = readAmounts(demandRows, 'population', 'demand', fn, '{ location, population }');
  const capacity = readAmounts(supplyRows, 'capacity', 'supply', fn, '{ location, capacity }');
  const useCosts = record['costs'] !== undefined;
  const decay = compileDecay(record['decay'], useCosts ? 'cost' : 'km', 'options.decay', fn);
  return {
    demandRows,
    supplyRows,
    population,
    capacity,
    useCosts,
    decay,
    minPath: useCosts ? 'options.decay.minCost' : 'options.decay.minKm',
    unreachable,
  };
}
