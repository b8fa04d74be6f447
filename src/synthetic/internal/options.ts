/**
 * Validation and defaults of the synthetic city's options, shared by `syntheticCity` and `syntheticCityBatches`
 * (each passes its own name for the messages, its option keys and its largest household count).
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { finiteNumber, integer, knownKeys } from '../../internal/validate.ts';
import { MAX_SIZE, YEAR_COUNT, hhsGuideline2025 } from './generate.ts';
import type { PropensityParameters } from './generate.ts';
import { DEFAULT_LIMIT_DEFLATION, FIRST_PROGRAM_YEAR } from './sanJose.ts';
import type { SyntheticCityOptions } from '../syntheticCity.ts';

/** The enrolment model's default coefficients (documented on `SyntheticPropensity`). */
export const DEFAULT_PROPENSITY: PropensityParameters = {
  eligibleIntercept: -1.3,
  ineligibleIntercept: -4.7,
  distancePerKm: -0.35,
  nonEnglish: -0.8,
  retention: 1.5,
  pandemic: -1.1,
  trendPerYear: 0.03,
};

const PROPENSITY_KEYS: readonly string[] = Object.keys(DEFAULT_PROPENSITY);

/** Validated options with their defaults filled in. */
export interface ResolvedCityOptions {
  readonly seed: number;
  readonly households: number;
  readonly sites: number;
  readonly programId: string;
  readonly propensity: PropensityParameters;
  /** Income limits: `limits[yearIndex * (MAX_SIZE + 1) + size]`, sizes 1…MAX_SIZE. */
  readonly limits: Float64Array;
  /** The same limits by program year, for the truth. */
  readonly incomeLimits: { programYear: number; bySize: number[] }[];
}

/** 200 % of the HHS 2025 guideline, deflated 3 % a year before 2025 (see `defaultSyntheticIncomeLimit`). */
export function defaultIncomeLimit(householdSize: number, programYear: number): number {
  return 2 * hhsGuideline2025(householdSize) * Math.pow(1 + DEFAULT_LIMIT_DEFLATION, programYear - 2025);
}

/**
 * Checks a generator's options and fills in the defaults.
 *
 * @param options - The caller's options.
 * @param fn - The public function's name, for messages.
 * @param keys - The option keys the function accepts.
 * @param maxHouseholds - The largest `households` it accepts.
 * @throws {EquityLensError} As documented on `syntheticCity`.
 */
export function resolveCityOptions(options: unknown, fn: string, keys: readonly string[], maxHouseholds: number): ResolvedCityOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('invalid_type', 'options', `${fn}: options is ${describe(options)}; pass an options object such as { households: 2000 } or nothing.`);
  }
  knownKeys(options, keys, 'options', fn);
  const given = options as SyntheticCityOptions;
  const seed = given.seed === undefined ? 1 : integer(given.seed, 'options.seed', fn, { min: 0, max: 4294967295 });
  const households =
    given.households === undefined ? 330000 : integer(given.households, 'options.households', fn, { min: 1, max: maxHouseholds });
  const sites = given.sites === undefined ? 50 : integer(given.sites, 'options.sites', fn, { min: 1, max: 1000 });
  const programId = given.programId === undefined ? 'prns-youth-scholarship' : checkProgramId(given.programId, fn);
  const propensity = resolvePropensity(given.propensity, fn);
  const limitFunction: unknown = given.eligibilityIncomeLimit ?? defaultIncomeLimit;
  if (typeof limitFunction !== 'function') {
    fail(
      'invalid_type',
      'options.eligibilityIncomeLimit',
      `${fn}: options.eligibilityIncomeLimit is ${describe(limitFunction)}; pass a function (householdSize, programYear) => dollars.`,
    );
  }
  const limits = new Float64Array(YEAR_COUNT * (MAX_SIZE + 1));
  const incomeLimits: { programYear: number; bySize: number[] }[] = [];
  for (let y = 0; y < YEAR_COUNT; y++) {
    const programYear = FIRST_PROGRAM_YEAR + y;
    const bySize: number[] = [];
    for (let size = 1; size <= MAX_SIZE; size++) {
      const limit: unknown = (limitFunction as (householdSize: number, programYear: number) => unknown)(size, programYear);
      if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0) {
        fail(
          'invalid_value',
          'options.eligibilityIncomeLimit',
          `${fn}: options.eligibilityIncomeLimit(${size}, ${programYear}) returned ${describe(limit)}; it must return a finite income limit > 0 in dollars per year.`,
        );
      }
      limits[y * (MAX_SIZE + 1) + size] = limit;
      bySize.push(limit);
    }
    incomeLimits.push({ programYear, bySize });
  }
  return { seed, households, sites, programId, propensity, limits, incomeLimits };
}

function checkProgramId(value: unknown, fn: string): string {
  if (typeof value !== 'string') {
    fail('invalid_type', 'options.programId', `${fn}: options.programId is ${describe(value)}; pass a program id string such as "prns-youth-scholarship".`);
  }
  if (value.trim() === '') {
    fail('invalid_value', 'options.programId', `${fn}: options.programId is empty; pass a program id such as "prns-youth-scholarship".`);
  }
  return value;
}

function resolvePropensity(value: unknown, fn: string): PropensityParameters {
  if (value === undefined) return { ...DEFAULT_PROPENSITY };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(
      'invalid_type',
      'options.propensity',
      `${fn}: options.propensity is ${describe(value)}; pass an object of log-odds coefficients such as { distancePerKm: -0.5 }.`,
    );
  }
  knownKeys(value, PROPENSITY_KEYS, 'options.propensity', fn);
  const given = value as Record<string, unknown>;
  const resolved: Record<string, number> = {};
  for (const key of PROPENSITY_KEYS) {
    const v = given[key];
    resolved[key] = v === undefined ? (DEFAULT_PROPENSITY[key as keyof PropensityParameters] as number) : finiteNumber(v, `options.propensity.${key}`, fn);
  }
  return resolved as unknown as PropensityParameters;
}
