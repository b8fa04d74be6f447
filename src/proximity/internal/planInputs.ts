/**
 * Input handling shared by the site-planning functions.
 *
 * @internal
 * @module
 */
import { representable } from '../../internal/magnitude.ts';
import { describe, fail } from '../../internal/errors.ts';
import { integer, knownKeys, nonNegativeNumber } from '../../internal/validate.ts';
import { arrayOf } from './inputs.ts';
import { type ResolvedPairs, resolvePairs } from './pairs.ts';

/** Validated planning inputs. */
export interface PlanInputs {
  readonly resolved: ResolvedPairs;
  readonly candidateCount: number;
  readonly weights: Float64Array;
  readonly totalWeight: number;
  readonly required: number[];
  readonly isRequired: Uint8Array;
}

/** Validates demand, candidates, radius/costs, weights × priority and required sites. */
export function planInputs(
  fn: string,
  demand: unknown,
  candidates: unknown,
  options: Readonly<Record<string, unknown>>,
  allowedKeys: readonly string[],
  weightField: string | null,
  needCost: boolean,
  cutoffRequired: boolean,
): PlanInputs {
  if (options === null || typeof options !== 'object') {
    fail('missing_field', 'options', `${fn}: options is ${describe(options)}; pass { radiusKm, … } (or { costs, maxCost, … }).`);
  }
  knownKeys(options, allowedKeys, 'options', fn);
  const demandRows = arrayOf(demand, 'demand', fn, '{ location, weight }');
  const useCosts = options['costs'] !== undefined;
  let candidateRows: readonly unknown[];
  if (typeof candidates === 'number') {
    if (!useCosts) {
      fail('invalid_type', 'candidates', `${fn}: candidates is a number, which is only allowed with options.costs (the matrix columns are the candidates); pass candidate positions [lng, lat].`);
    }
    candidateRows = new Array<unknown>(integer(candidates, 'candidates', fn, { min: 1 }));
  } else {
    candidateRows = arrayOf(candidates, 'candidates', fn, '[lng, lat] positions');
  }
  if (candidateRows.length === 0) fail('empty', 'candidates', `${fn}: candidates is empty; pass at least one candidate site.`);
  const n = demandRows.length;
  const m = candidateRows.length;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = demandRows[i];
    if (row === null || typeof row !== 'object') {
      fail('invalid_type', `demand[${i}]`, `${fn}: demand[${i}] is ${describe(row)}; expected { location, weight }.`);
    }
    weights[i] = weightField === null ? 1 : nonNegativeNumber((row as Record<string, unknown>)[weightField], `demand[${i}].${weightField}`, fn);
  }
  const priority = options['priority'];
  if (priority !== undefined) {
    if (!Array.isArray(priority) && !ArrayBuffer.isView(priority)) {
      fail('invalid_type', 'options.priority', `${fn}: options.priority is ${describe(priority)}; expected one multiplier per demand location.`);
    }
    const p = priority as ArrayLike<unknown>;
    if (p.length !== n) {
      fail('length_mismatch', 'options.priority', `${fn}: options.priority has ${p.length} multipliers for ${n} demand locations; pass one per demand location.`);
    }
    for (let i = 0; i < n; i++) weights[i] = (weights[i] as number) * nonNegativeNumber(p[i], `options.priority[${i}]`, fn);
  }
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += weights[i] as number;
  representable(
    totalWeight,
    'demand',
    fn,
    `the sum of the demand weights${priority === undefined ? '' : ' × options.priority'}`,
    'divide every weight by a common factor (the sites chosen do not change)',
  );
  const requiredRaw = options['required'] ?? [];
  if (!Array.isArray(requiredRaw)) fail('invalid_type', 'options.required', `${fn}: options.required is ${describe(requiredRaw)}; expected an array of candidate indices.`);
  const isRequired = new Uint8Array(m);
  const required: number[] = [];
  requiredRaw.forEach((value: unknown, q: number) => {
    const j = integer(value, `options.required[${q}]`, fn, { min: 0, max: m - 1 });
    if (isRequired[j] === 1) fail('duplicate', `options.required[${q}]`, `${fn}: options.required[${q}] repeats candidate ${j}; list each required site once.`);
    isRequired[j] = 1;
    required.push(j);
  });
  const resolved = resolvePairs({
    fn,
    demand: demandRows,
    demandPath: 'demand',
    demandShape: '{ location, weight }',
    sites: candidateRows,
    sitesPath: 'candidates',
    siteShape: '[lng, lat]',
    sitesArePositions: true,
    options,
    cutoffKey: 'radiusKm',
    cutoffRequired,
    needCost,
  });
  return { resolved, candidateCount: m, weights, totalWeight, required, isRequired };
}
