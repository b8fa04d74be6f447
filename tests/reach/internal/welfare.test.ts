/**
 * The welfare ranking behind beneficiaryIncidence and coadyGroshHoddinott (src/reach/internal/welfare.ts): finite
 * numbers only, rows ordered by increasing welfare with ties in input order.
 */
import { describe, expect, it } from 'vitest';
import { readWelfare, welfareOrder } from '../../../src/reach/internal/welfare.ts';
import { caught } from '../helpers.ts';

describe('readWelfare', () => {
  it('reads one finite number per row', () => {
    expect(Array.from(readWelfare([{ w: 3 }, { w: -1.5 }], (r) => r.w, 'fn'))).toEqual([3, -1.5]);
  });
  it('names the record and says what to do with a missing or non-finite welfare', () => {
    const text = caught(() => readWelfare([{ w: 1 }, { w: '2' }], (r) => r.w as number, 'fn'));
    expect([text.code, text.path, text.message]).toEqual([
      'invalid_type',
      'rows[1]',
      'fn: options.welfare returned "2" for rows[1]; expected a finite number (filter out rows with unknown income first).',
    ]);
    const infinite = caught(() => readWelfare([{ w: 1 }, { w: Number.NEGATIVE_INFINITY }], (r) => r.w, 'fn'));
    expect([infinite.code, infinite.path, infinite.message]).toEqual(['not_finite', 'rows[1]', 'fn: options.welfare returned -Infinity for rows[1]; expected a finite number.']);
  });
});

describe('welfareOrder', () => {
  it('orders rows by increasing welfare, ties in input order', () => {
    expect(Array.from(welfareOrder(Float64Array.of(5, 5, 5, 1, 5, 2, 5)))).toEqual([3, 5, 0, 1, 2, 4, 6]);
    expect(Array.from(welfareOrder(Float64Array.of(7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(welfareOrder(new Float64Array(0))).toEqual(new Uint32Array(0));
  });
});
