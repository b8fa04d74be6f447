/**
 * Kendall's S statistic and tie counts in O(n log n) (Knight 1966: count strict inversions with a merge sort).
 *
 * @internal
 * @module
 */

/** S and the tie terms of one series in time order. */
export interface KendallScore {
  /** S = Σ_{i<j} sign(x_j − x_i). */
  readonly s: number;
  /** Number of pairs, n(n−1)/2. */
  readonly pairs: number;
  /** Σ over tie groups of t(t−1)(2t+5), the tie term of var(S). */
  readonly tieVarianceTerm: number;
  /** Σ over tie groups of t(t−1)/2, the number of tied pairs (tau-b denominator). */
  readonly tiedPairs: number;
}

/**
 * Computes S for values given in time order. With D the number of strictly discordant pairs (inversions) and
 * T the number of tied pairs, S = n(n−1)/2 − T − 2D. The input is not modified.
 *
 * @internal
 */
export function kendallScore(values: Float64Array): KendallScore {
  const n = values.length;
  let a = Float64Array.from(values);
  let b = new Float64Array(n);
  let inversions = 0;
  // Stryker disable next-line EqualityOperator: equivalent — width = n adds one pass of a single block with mid = hi = n, which copies the sorted array and counts no inversion
  for (let width = 1; width < n; width *= 2) {
    // Stryker disable next-line EqualityOperator: equivalent — a block at lo = n has mid = hi = n: it copies nothing and counts no inversion
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const left = a[i] as number;
        const right = a[j] as number;
        if (right < left) {
          b[k++] = right;
          j++;
          inversions += mid - i;
        } else {
          b[k++] = left;
          i++;
        }
      }
      while (i < mid) b[k++] = a[i++] as number;
      // Stryker disable next-line EqualityOperator: equivalent — j = hi writes b[hi], which the next block overwrites (or which is past the end, where a typed-array write is dropped)
      while (j < hi) b[k++] = a[j++] as number;
    }
    const swap = a;
    a = b;
    b = swap;
  }
  let tieVarianceTerm = 0;
  let tiedPairs = 0;
  let run = 1;
  for (let i = 1; i <= n; i++) {
    // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — without i < n the last test reads a[n], undefined, which equals no number, so the run ends there as well
    if (i < n && a[i] === a[i - 1]) {
      run++;
    } else {
      // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — a run of 1 adds 1·0·7 = 0 and 1·0/2 = 0
      if (run > 1) {
        tieVarianceTerm += run * (run - 1) * (2 * run + 5);
        tiedPairs += (run * (run - 1)) / 2;
      }
      run = 1;
    }
  }
  if (n < 2) return { s: 0, pairs: 0, tieVarianceTerm: 0, tiedPairs: 0 };
  const pairs = (n * (n - 1)) / 2;
  return { s: pairs - tiedPairs - 2 * inversions, pairs, tieVarianceTerm, tiedPairs };
}

/**
 * var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, with the tie correction subtracted (pyMannKendall
 * `__variance_s`; mps9506/Mann-Kendall-Trend #1 had the sign wrong).
 *
 * @internal
 */
export function varianceOfS(n: number, tieVarianceTerm: number): number {
  return (n * (n - 1) * (2 * n + 5) - tieVarianceTerm) / 18;
}

/**
 * The Mann–Kendall z score: (S − 1)/√var for S > 0, (S + 1)/√var for S < 0, 0 for S = 0 with the continuity
 * correction; S/√var without it. 0 when var(S) is 0 (every value tied).
 *
 * @internal
 */
export function mannKendallZ(s: number, varS: number, continuityCorrection: boolean): number {
  if (s === 0) return 0;
  // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — every caller's var(S) is 0 only where S is 0 (every value tied; correlated sites whose pair signs cancel), returned above; a guard against dividing by 0
  if (!(varS > 0)) return 0;
  const sd = Math.sqrt(varS);
  if (!continuityCorrection) return s / sd;
  // Stryker disable next-line EqualityOperator: equivalent — S = 0 returned above, so s > 0 and s >= 0 agree
  return s > 0 ? (s - 1) / sd : (s + 1) / sd;
}
