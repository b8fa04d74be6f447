/**
 * Welfare ranking shared by `beneficiaryIncidence` and `coadyGroshHoddinott`.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';

/**
 * Reads the welfare (income, consumption …) of every row: finite numbers only.
 *
 * @internal
 */
export function readWelfare<T>(rows: readonly T[], accessor: (row: T, index: number) => number, fn: string): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value: unknown = accessor(rows[i] as T, i);
    if (typeof value !== 'number') {
      fail('invalid_type', `rows[${i}]`, `${fn}: options.welfare returned ${describe(value)} for rows[${i}]; expected a finite number (filter out rows with unknown income first).`);
    }
    if (!Number.isFinite(value)) {
      fail('not_finite', `rows[${i}]`, `${fn}: options.welfare returned ${describe(value)} for rows[${i}]; expected a finite number.`);
    }
    out[i] = value;
  }
  return out;
}

/**
 * Row indices sorted by increasing welfare; equal welfare keeps input order, so the order is deterministic.
 *
 * @internal
 */
export function welfareOrder(welfare: Float64Array): Uint32Array {
  const order = new Uint32Array(welfare.length);
  // Stryker disable next-line EqualityOperator: equivalent — at i = order.length the write is out of range, which a typed array ignores
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (welfare[a] as number) - (welfare[b] as number) || a - b);
  return order;
}
