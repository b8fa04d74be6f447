import { describe, fail } from '../internal/errors.ts';
import { GroupIndex } from '../internal/groups.ts';
import { percentHint, SHARE_AT_MOST_ONE } from '../internal/percentHint.ts';
import { knownKeys, nonNegativeNumber, positiveNumber } from '../internal/validate.ts';
import { acsProportion } from '../uncertainty/acsProportion.ts';
import { acsSum } from '../uncertainty/acsSum.ts';
import { SEDT_MOE_Z } from './internal/sedt.ts';

/** One tract for {@link sedtDemographicDisparity}. */
export interface SedtTract {
  /** The tract's identifier. */
  readonly tract: string;
  /** Resources in the tract (points or weighted points), ≥ 0. */
  readonly resource: number;
  /** The tract's share of residents in the demographic group (0.75 = 75 % white), in [0, 1]. */
  readonly share: number;
  /** The 90 % ACS MOE of `share`, in the same units (0.02 = ±2 points). */
  readonly shareMoe: number;
  /** Tract population (for a geography-wide share computed from tracts). */
  readonly population?: number;
  /** 90 % MOE of `population`. */
  readonly populationMoe?: number;
  /** Tract count of the demographic group (for a geography-wide share computed from tracts). */
  readonly count?: number;
  /** 90 % MOE of `count`. */
  readonly countMoe?: number;
}

/** Options of {@link sedtDemographicDisparity}. */
export interface SedtDemographicDisparityOptions {
  /**
   * The geography-wide share with its 90 % MOE, as the Census reports it for a county, state or nation. When
   * absent it is computed from the tracts (city tool): Σcount/Σpopulation, with MOEs by the Census sum and
   * proportion formulas — every tract then needs `population`, `populationMoe`, `count` and `countMoe`.
   */
  geographyWide?: { readonly share: number; readonly moe: number };
  /** The critical |z| for significance. Default 1.96 (95 %, as the appendix). */
  criticalValue?: number;
}

/** The result of {@link sedtDemographicDisparity}. */
export interface SedtDemographicDisparityResult {
  /** Resource-weighted average of the tract shares, Σ dataShareₜ·shareₜ. */
  readonly dataImplied: number;
  /** The geography-wide share. */
  readonly geographyWide: number;
  /** dataImplied − geographyWide, in proportion points (negative: resources sit where the group is under-represented). */
  readonly disparity: number;
  /** SE of dataImplied, √(Σ (dataShareₜ·MOEₜ)²)/1.645. */
  readonly standardErrorDataImplied: number;
  /** SE of the geography-wide share, MOE/1.645. */
  readonly standardErrorGeographyWide: number;
  /** z = disparity/√(SE₁² + SE₂²); `null` when both SEs are 0. */
  readonly z: number | null;
  /** Whether |z| > criticalValue; when both SEs are 0, any non-zero disparity. */
  readonly significant: boolean;
  /** The critical value used. */
  readonly criticalValue: number;
  /** Where the geography-wide share came from. */
  readonly geographyWideSource: 'given' | 'tracts';
  /** Σ resource. */
  readonly totalResource: number;
  /** Conditions a reader should know about (MOE fallbacks). */
  readonly warnings: string[];
}

/**
 * The Urban Institute Spatial Equity Data Tool's demographic disparity score (*Technical Appendix*, updated
 * 18 Nov 2021): the share of a demographic group among the people the resources reach, implied by where the
 * resources are, minus the group's share of the whole geography,
 *
 * dataImplied = Σₜ dataShareₜ · shareₜ, disparity = dataImplied − geographyWide,
 *
 * with significance by the ACS difference test on **standard errors for both terms** (the appendix's formula;
 * the public SEDT code mixes a standard error with an unconverted margin of error, which this function does
 * not copy):
 *
 * SE₁ = √(Σₜ (dataShareₜ·MOEₜ)²)/1.645, SE₂ = MOE_geo/1.645, z = (X₁ − X₂)/√(SE₁² + SE₂²), significant when |z| > 1.96.
 *
 * Appendix worked example: tract A 15/20 white (share MOE 0.02), 30 % of points; tract B 5/25 white (MOE 0.05),
 * 70 % of points; population MOEs 5.5 and 5, white MOEs 3.5 and 1.5 → data-implied 0.365, city-wide 0.444,
 * SE₁ 0.021, SE₂ 0.0255, z ≈ −2.37 (the appendix's 2.391 uses rounded SEs): significant.
 *
 * @param tracts - One entry per tract; names unique.
 * @param options - `geographyWide` (default: computed from tracts), `criticalValue` (default 1.96).
 * @returns Data-implied and geography-wide shares, the disparity, z and significance.
 * @throws {EquityLensError} when `tracts` is empty or not an array, a name repeats, a value is negative or not
 *   finite, a share lies outside [0, 1], every resource is 0, or the tract counts needed for the
 *   geography-wide share are missing.
 * @category Spatial equity (Urban Institute SEDT)
 * @example
 * ```ts
 * import { sedtDemographicDisparity } from "./sedtDemographicDisparity.ts";
 *
 * const result = sedtDemographicDisparity([
 *   { tract: "A", resource: 30, share: 0.75, shareMoe: 0.02, population: 20, populationMoe: 5.5, count: 15, countMoe: 3.5 },
 *   { tract: "B", resource: 70, share: 0.2, shareMoe: 0.05, population: 25, populationMoe: 5, count: 5, countMoe: 1.5 },
 * ]);
 * result.dataImplied.toFixed(3); // => "0.365"
 * result.geographyWide.toFixed(3); // => "0.444"
 * result.z?.toFixed(3); // => "-2.373"
 * result.significant; // => true
 * ```
 */
export function sedtDemographicDisparity(tracts: readonly SedtTract[], options: SedtDemographicDisparityOptions = {}): SedtDemographicDisparityResult {
  const fn = 'sedtDemographicDisparity';
  knownKeys(options, ['geographyWide', 'criticalValue'], 'options', fn);
  const criticalValue = options.criticalValue === undefined ? 1.96 : positiveNumber(options.criticalValue, 'options.criticalValue', fn);
  if (!Array.isArray(tracts)) fail('invalid_type', 'tracts', `${fn}: tracts is ${describe(tracts)}; expected an array of { tract, resource, share, shareMoe }.`);
  if (tracts.length === 0) fail('empty', 'tracts', `${fn}: tracts is empty; pass one entry per tract.`);
  const index = new GroupIndex();
  let totalResource = 0;
  for (let i = 0; i < tracts.length; i++) {
    const row: unknown = tracts[i];
    if (row === null || typeof row !== 'object') fail('invalid_type', `tracts[${i}]`, `${fn}: tracts[${i}] is ${describe(row)}; expected { tract, resource, share, shareMoe }.`);
    const record = row as Record<string, unknown>;
    const before = index.size;
    const id = index.idOf(record['tract'], `tracts[${i}].tract`, fn);
    if (index.size === before) fail('duplicate', `tracts[${i}].tract`, `${fn}: tracts[${i}].tract is ${describe(record['tract'])}, already given at tracts[${id}]; give each tract once.`);
    totalResource += nonNegativeNumber(record['resource'], `tracts[${i}].resource`, fn);
    const share = nonNegativeNumber(record['share'], `tracts[${i}].share`, fn);
    if (share > 1) fail('out_of_range', `tracts[${i}].share`, `${fn}: tracts[${i}].share is ${share}; a share lies in [0, 1]`, percentHint(share, SHARE_AT_MOST_ONE));
    nonNegativeNumber(record['shareMoe'], `tracts[${i}].shareMoe`, fn);
  }
  if (!(totalResource > 0)) fail('invalid_value', 'tracts', `${fn}: every tract has resource 0; the data-implied share is undefined — pass at least one resource.`);
  let dataImplied = 0;
  let varianceSum = 0;
  for (const tract of tracts) {
    const dataShare = tract.resource / totalResource;
    dataImplied += dataShare * tract.share;
    varianceSum += (dataShare * tract.shareMoe) ** 2;
  }
  const standardErrorDataImplied = Math.sqrt(varianceSum) / SEDT_MOE_Z;
  const warnings: string[] = [];
  let geographyWide: number;
  let geographyMoe: number;
  let geographyWideSource: 'given' | 'tracts';
  if (options.geographyWide !== undefined) {
    const given: unknown = options.geographyWide;
    if (given === null || typeof given !== 'object') fail('invalid_type', 'options.geographyWide', `${fn}: options.geographyWide is ${describe(given)}; expected { share, moe }.`);
    knownKeys(given, ['share', 'moe'], 'options.geographyWide', fn);
    geographyWide = nonNegativeNumber((given as { share?: unknown }).share, 'options.geographyWide.share', fn);
    if (geographyWide > 1) fail('out_of_range', 'options.geographyWide.share', `${fn}: options.geographyWide.share is ${geographyWide}; a share lies in [0, 1].`);
    geographyMoe = nonNegativeNumber((given as { moe?: unknown }).moe, 'options.geographyWide.moe', fn);
    geographyWideSource = 'given';
  } else {
    const counts = tracts.map((t, i) => {
      for (const key of ['population', 'populationMoe', 'count', 'countMoe'] as const) {
        if (t[key] === undefined) {
          fail('missing_field', `tracts[${i}].${key}`, `${fn}: tracts[${i}].${key} is missing; to compute the geography-wide share from tracts every tract needs population, populationMoe, count and countMoe — or pass options.geographyWide.`);
        }
        nonNegativeNumber(t[key], `tracts[${i}].${key}`, fn);
      }
      return t;
    });
    const people = acsSum(counts.map((t) => ({ estimate: t.population as number, moe: t.populationMoe as number })));
    const members = acsSum(counts.map((t) => ({ estimate: t.count as number, moe: t.countMoe as number })));
    for (const [i, t] of counts.entries()) {
      if ((t.count as number) > (t.population as number)) {
        fail('out_of_range', `tracts[${i}].count`, `${fn}: tracts[${i}].count exceeds its population; the group is a subset of the population — check that count and population are not swapped and come from the same table and year.`);
      }
    }
    const share = acsProportion({ estimate: members.estimate as number, moe: members.moe as number }, { estimate: people.estimate as number, moe: people.moe as number });
    if (share.estimate === null) fail('invalid_value', 'tracts', `${fn}: every tract has population 0; the geography-wide share is undefined.`);
    geographyWide = share.estimate;
    geographyMoe = share.moe as number;
    warnings.push(...share.warnings);
    geographyWideSource = 'tracts';
  }
  const standardErrorGeographyWide = geographyMoe / SEDT_MOE_Z;
  const disparity = dataImplied - geographyWide;
  const se = Math.sqrt(standardErrorDataImplied ** 2 + standardErrorGeographyWide ** 2);
  const z = se === 0 ? null : disparity / se;
  return {
    dataImplied,
    geographyWide,
    disparity,
    standardErrorDataImplied,
    standardErrorGeographyWide,
    z,
    significant: z === null ? disparity !== 0 : Math.abs(z) > criticalValue,
    criticalValue,
    geographyWideSource,
    totalResource,
    warnings,
  };
}
