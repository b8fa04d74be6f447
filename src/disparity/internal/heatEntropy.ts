import { fail } from '../../internal/errors.ts';
import { knownKeys } from '../../internal/validate.ts';
import type { HeatGroup, HeatIntervalOptions, HeatMeasureResult } from '../heatTypes.ts';
import { optionsObject } from './distribution.ts';
import { heatGroups } from './heat.ts';
import { heatConfidence, missingStandardErrors, noInterval, normalInterval } from './heatInterval.ts';

/**
 * TI or MLD with its delta-method interval.
 *
 * @internal
 */
export function entropyMeasure(groups: readonly HeatGroup[], options: HeatIntervalOptions | undefined, fn: string, measure: 'TI' | 'MLD'): HeatMeasureResult {
  const opts = optionsObject(options, fn);
  knownKeys(opts, ['confidence'], 'options', fn);
  const confidence = heatConfidence(opts['confidence'], fn);
  const checked = heatGroups(groups, fn);
  const n = checked.names.length;
  for (let j = 0; j < n; j++) {
    const y = checked.estimate[j] as number;
    if (y < 0) fail('out_of_range', `groups[${j}].estimate`, `${fn}: groups[${j}].estimate is ${y}; the ${measure === 'TI' ? 'Theil index' : 'mean log deviation'} needs estimates ≥ 0.`);
  }
  const base = { measure, scale: 'relative' as const, ordered: false, weighted: true, mean: checked.mean, groups: n };
  if (!(checked.mean > 0)) {
    const reason = 'the population-weighted mean is 0: the index is undefined';
    return { ...base, value: null, reason, ...noInterval(confidence, reason) };
  }
  const mu = checked.mean;
  let value = 0;
  let centre = 0;
  for (let j = 0; j < n; j++) {
    const p = checked.share[j] as number;
    const r = (checked.estimate[j] as number) / mu;
    if (measure === 'MLD') {
      if (r === 0 && p > 0) {
        const reason = `groups[${j}].estimate is 0: the mean log deviation is infinite`;
        return { ...base, value: null, reason, ...noInterval(confidence, reason) };
      }
      if (p > 0) value -= p * Math.log(r);
    } else if (r > 0) {
      value += p * r * Math.log(r);
      centre += p * r * (1 + Math.log(r));
    }
  }
  value = Math.max(0, value);
  const missing = missingStandardErrors(checked);
  if (missing !== undefined) return { ...base, value, ...noInterval(confidence, missing) };
  let variance = 0;
  for (let j = 0; j < n; j++) {
    const p = checked.share[j] as number;
    const r = (checked.estimate[j] as number) / mu;
    const slope = measure === 'TI' ? 1 + (r > 0 ? Math.log(r) : 0) - centre : r > 0 ? 1 - 1 / r : 0;
    variance += slope * slope * p * p * ((checked.standardError as Float64Array)[j] as number) ** 2;
  }
  return { ...base, value, ...normalInterval(value, Math.sqrt(variance) / mu, 'subgroupStandardErrors', confidence) };
}
