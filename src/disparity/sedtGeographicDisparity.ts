import { describe, fail } from '../internal/errors.ts';
import { GroupIndex } from '../internal/groups.ts';
import { knownKeys, nonNegativeNumber, openUnitInterval } from '../internal/validate.ts';
import { acsProportion } from '../uncertainty/acsProportion.ts';
import { normalQuantile } from '../uncertainty/normalQuantile.ts';
import { roundHalfEven, SEDT_MOE_Z } from './internal/sedt.ts';

/** One sub-geography (tract, county) for {@link sedtGeographicDisparity}. */
export interface SedtArea {
  /** The area's identifier (tract GEOID, county name). */
  readonly area: string;
  /** Resources located in the area: points, or weighted points (seats, dollars), ≥ 0. */
  readonly resource: number;
  /** The baseline population in the area (ACS count: residents, low-income residents, children), ≥ 0. */
  readonly baseline: number;
  /** The baseline's published 90 % ACS margin of error; give it for every area or none. */
  readonly baselineMoe?: number;
}

/** Options of {@link sedtGeographicDisparity}. */
export interface SedtGeographicDisparityOptions {
  /** Confidence level of the interval around the baseline share, in (0, 1). Default 0.95 (z = 1.96, the appendix's value to 3 decimals). */
  confidence?: number;
  /** `'none'` (default): exact shares. `'sedt'`: round both shares to 3 decimals (half to even) before differencing, as the public SEDT code does. */
  rounding?: 'none' | 'sedt';
  /** Score areas that hold no resources. Default `false`: SEDT does not score them (their disparity is `null` with a reason). */
  scoreEmptyAreas?: boolean;
}

/** One area's geographic disparity. */
export interface SedtAreaDisparity {
  /** The area's identifier. */
  readonly area: string;
  /** The area's share of all resources. */
  readonly dataShare: number;
  /** The area's share of the baseline population. */
  readonly baselineShare: number;
  /** dataShare − baselineShare, in proportion points (positive: more resources than population); `null` when not scored. */
  readonly disparity: number | null;
  /** Standard error of the baseline share from the ACS MOEs; `null` without MOEs or when not scored. */
  readonly standardError: number | null;
  /** disparity − z·SE; `null` with `standardError`. */
  readonly lower: number | null;
  /** disparity + z·SE; `null` with `standardError`. */
  readonly upper: number | null;
  /** Whether the data share falls outside baselineShare ± z·SE; `null` with `standardError`. */
  readonly significant: boolean | null;
  /** The MOE formula used for the baseline share: the proportion formula, or the ratio fallback when its radicand is negative. */
  readonly seMethod: 'proportion' | 'ratioFallback' | null;
  /** Why values are `null`, when they are. */
  readonly reason?: string;
}

/** The result of {@link sedtGeographicDisparity}. */
export interface SedtGeographicDisparityResult {
  /** One entry per area, in input order. */
  readonly areas: SedtAreaDisparity[];
  /** Σ resource. */
  readonly totalResource: number;
  /** Σ baseline. */
  readonly totalBaseline: number;
  /** MOE of the baseline total, √(Σ MOE²); `null` without MOEs. */
  readonly totalBaselineMoe: number | null;
  /** The z value used for intervals and significance. */
  readonly z: number;
  /** The rounding policy used. */
  readonly rounding: 'none' | 'sedt';
  /** Conditions a reader should know about. */
  readonly warnings: string[];
}

/**
 * The Urban Institute Spatial Equity Data Tool's geographic disparity score (Narayanan, Stern & MacDonald,
 * *Spatial Equity Data Tool Technical Appendix*, updated 18 Nov 2021): for each sub-geography j,
 *
 * disparityⱼ = resourceⱼ/Σresource − baselineⱼ/Σbaseline,
 *
 * significant when the data share lies outside baselineShareⱼ ± z·SE, with the standard error of the baseline
 * share from the ACS margins of error by the Census proportion formula, SEs throughout (SE = MOE/1.645):
 *
 * SE(pⱼ) = √(SEⱼ² − pⱼ²·SE_Y²) / Y, SE_Y = √(Σₖ SEₖ²),
 *
 * falling back to the ratio formula when the radicand is negative (Census guidance). Appendix worked example:
 * A (20 people ± 10, 10 points) and B (25 ± 5, 10 points): disparity of A = +0.0556, SE 0.1172, 95 % interval
 * [−0.174, 0.285], not significant.
 *
 * @param areas - One `{ area, resource, baseline, baselineMoe? }` per sub-geography; names unique.
 * @param options - `confidence` (default 0.95), `rounding` (default `'none'`), `scoreEmptyAreas` (default `false`).
 * @returns Shares, disparity, interval and significance per area, with totals.
 * @throws {EquityLensError} when `areas` is empty or not an array, a name repeats or is not a string, a count
 *   or MOE is negative or not finite, MOEs are given for some areas only, or every resource or every baseline is 0.
 * @category Spatial equity (Urban Institute SEDT)
 * @example
 * ```ts
 * import { sedtGeographicDisparity } from "./sedtGeographicDisparity.ts";
 *
 * const result = sedtGeographicDisparity([
 *   { area: "A", resource: 10, baseline: 20, baselineMoe: 10 },
 *   { area: "B", resource: 10, baseline: 25, baselineMoe: 5 },
 * ]);
 * result.areas[0]?.disparity?.toFixed(4); // => "0.0556"
 * result.areas[0]?.standardError?.toFixed(4); // => "0.1172"
 * result.areas[0]?.significant; // => false
 * ```
 */
export function sedtGeographicDisparity(areas: readonly SedtArea[], options: SedtGeographicDisparityOptions = {}): SedtGeographicDisparityResult {
  const fn = 'sedtGeographicDisparity';
  knownKeys(options, ['confidence', 'rounding', 'scoreEmptyAreas'], 'options', fn);
  const confidence = options.confidence === undefined ? 0.95 : openUnitInterval(options.confidence, 'options.confidence', fn);
  const rounding = options.rounding ?? 'none';
  if (rounding !== 'none' && rounding !== 'sedt') fail('invalid_value', 'options.rounding', `${fn}: options.rounding is ${describe(rounding)}; use 'none' or 'sedt'.`);
  const scoreEmpty = options.scoreEmptyAreas ?? false;
  if (typeof scoreEmpty !== 'boolean') fail('invalid_type', 'options.scoreEmptyAreas', `${fn}: options.scoreEmptyAreas is ${describe(scoreEmpty)}; expected true or false.`);
  if (!Array.isArray(areas)) fail('invalid_type', 'areas', `${fn}: areas is ${describe(areas)}; expected an array of { area, resource, baseline, baselineMoe? }.`);
  if (areas.length === 0) fail('empty', 'areas', `${fn}: areas is empty; pass one { area, resource, baseline } per sub-geography.`);
  const index = new GroupIndex();
  const n = areas.length;
  const resource = new Float64Array(n);
  const baseline = new Float64Array(n);
  const moe = new Float64Array(n);
  let withMoe = 0;
  let totalResource = 0;
  let totalBaseline = 0;
  let moeSquares = 0;
  for (let i = 0; i < n; i++) {
    const row: unknown = areas[i];
    if (row === null || typeof row !== 'object') fail('invalid_type', `areas[${i}]`, `${fn}: areas[${i}] is ${describe(row)}; expected { area, resource, baseline, baselineMoe? }.`);
    const record = row as { area?: unknown; resource?: unknown; baseline?: unknown; baselineMoe?: unknown };
    const before = index.size;
    const id = index.idOf(record.area, `areas[${i}].area`, fn);
    if (index.size === before) fail('duplicate', `areas[${i}].area`, `${fn}: areas[${i}].area is ${describe(record.area)}, already given at areas[${id}]; give each area once.`);
    resource[i] = nonNegativeNumber(record.resource, `areas[${i}].resource`, fn);
    baseline[i] = nonNegativeNumber(record.baseline, `areas[${i}].baseline`, fn);
    totalResource += resource[i] as number;
    totalBaseline += baseline[i] as number;
    if (record.baselineMoe !== undefined) {
      moe[i] = nonNegativeNumber(record.baselineMoe, `areas[${i}].baselineMoe`, fn);
      moeSquares += (moe[i] as number) ** 2;
      withMoe++;
    }
  }
  if (withMoe !== 0 && withMoe !== n) {
    const missing = areas.findIndex((a) => a.baselineMoe === undefined);
    fail('missing_field', `areas[${missing}].baselineMoe`, `${fn}: areas[${missing}].baselineMoe is missing but other areas have one; give the baseline MOE for every area or for none.`);
  }
  if (!(totalResource > 0)) fail('invalid_value', 'areas', `${fn}: every area has resource 0; the resource shares are undefined — pass at least one resource.`);
  if (!(totalBaseline > 0)) fail('invalid_value', 'areas', `${fn}: every area has baseline 0; the baseline shares are undefined — pass at least one positive baseline.`);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const totalMoe = withMoe === n ? Math.sqrt(moeSquares) : null;
  const warnings: string[] = [];
  if (totalMoe === null) warnings.push('no baseline MOEs given: significance is not computed');
  const round = rounding === 'sedt' ? (x: number) => roundHalfEven(x, 3) : (x: number) => x;
  const out = index.keys.map((area, i): SedtAreaDisparity => {
    const dataShare = round((resource[i] as number) / totalResource);
    const baselineShare = round((baseline[i] as number) / totalBaseline);
    const empty = { area, dataShare, baselineShare, disparity: null, standardError: null, lower: null, upper: null, significant: null, seMethod: null };
    if (resource[i] === 0 && !scoreEmpty) return { ...empty, reason: 'no resources in this area: SEDT does not score it (pass scoreEmptyAreas: true to score it)' };
    const disparity = dataShare - baselineShare;
    if (totalMoe === null) return { ...empty, disparity, reason: 'no baseline MOEs: significance not computed' };
    const share = acsProportion({ estimate: baseline[i] as number, moe: moe[i] as number }, { estimate: totalBaseline, moe: totalMoe });
    const standardError = (share.moe as number) / SEDT_MOE_Z;
    const half = z * standardError;
    return {
      area,
      dataShare,
      baselineShare,
      disparity,
      standardError,
      lower: disparity - half,
      upper: disparity + half,
      // With a zero standard error half is 0 too, so exactly the nonzero disparities are significant.
      significant: Math.abs(disparity) > half,
      seMethod: share.method === 'ratioFallback' ? 'ratioFallback' : 'proportion',
    };
  });
  return { areas: out, totalResource, totalBaseline, totalBaselineMoe: totalMoe, z, rounding, warnings };
}
