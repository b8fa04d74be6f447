import { fail } from '../../internal/errors.ts';
import { finiteNumber } from '../../internal/validate.ts';

/**
 * Checks a list of p-values (each in [0, 1]) and returns them with the permutation that sorts them ascending
 * (stable: equal p-values keep input order).
 *
 * @internal
 */
export function sortedPValues(pValues: unknown, fn: string): { values: Float64Array; order: Int32Array } {
  if (!Array.isArray(pValues) && !ArrayBuffer.isView(pValues)) {
    fail('invalid_type', 'pValues', `${fn}: pValues is ${typeof pValues}; expected an array of p-values.`);
  }
  const source = pValues as ArrayLike<unknown>;
  if (source.length === 0) fail('empty', 'pValues', `${fn}: pValues is empty; pass at least one p-value.`);
  const values = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const p = finiteNumber(source[i], `pValues[${i}]`, fn);
    if (p < 0 || p > 1) fail('out_of_range', `pValues[${i}]`, `${fn}: pValues[${i}] is ${p}; a p-value lies in [0, 1].`);
    values[i] = p;
  }
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  return { values, order };
}
