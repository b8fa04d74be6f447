/**
 * The exact null distribution of Kendall's S for a series in time order, conditional on its pattern of tied
 * values, and the exact two-sided p-value.
 *
 * Under no trend every ordering of the observed values is equally likely, so every distinct arrangement of the
 * multiset of values is. S = P − T − 2D, where P = n(n−1)/2 pairs, T tied pairs and D the number of discordant
 * (strictly inverted) pairs, and the number of arrangements with D inversions is the coefficient of q^D in the
 * q-multinomial coefficient [n; t₁, …, t_g]_q (MacMahon 1916), a product of Gaussian binomials
 * [T_j; t_j]_q with T_j = t₁ + … + t_j. Without ties this is Kendall's (1975) recursion for the distribution of
 * S (the Mahonian numbers), the distribution scipy.stats.kendalltau(method="exact") and R's
 * cor.test(method = "kendall", exact = TRUE) use. Everything is computed as probabilities — sums of positive
 * terms only — so tail probabilities keep their relative precision and nothing overflows.
 *
 * @internal
 * @module
 */

/** Largest series for which the exact distribution is computed (cost grows as n⁴ in the worst case). */
export const EXACT_MAX_N = 100;

/**
 * The distribution of the number of inversions of a uniformly random arrangement of `m` items of which `k` are
 * of one kind and `m − k` of another: the Gaussian binomial [m; k]_q divided by C(m, k) (the null distribution
 * of the Mann–Whitney U). Recursion [m; k] = [m−1; k−1] + q^k [m−1; k], in probabilities.
 */
function gaussianBinomial(m: number, k: number): Float64Array {
  const small = Math.min(k, m - k);
  let rows: Float64Array[] = [Float64Array.of(1)];
  for (let size = 1; size <= m; size++) {
    const next: Float64Array[] = [];
    const top = Math.min(small, size);
    for (let j = 0; j <= top; j++) {
      const out = new Float64Array(j * (size - j) + 1);
      if (j === 0) {
        out[0] = 1;
      } else {
        // One of `size` places holds the last item; it is of the first kind with probability j/size.
        const withFirst = rows[j - 1] as Float64Array;
        const share = j / size;
        for (let d = 0; d < withFirst.length; d++) out[d] = share * (withFirst[d] as number);
        if (j < size) {
          const withSecond = rows[j] as Float64Array;
          const rest = (size - j) / size;
          for (let d = 0; d < withSecond.length; d++) out[d + j] = (out[d + j] as number) + rest * (withSecond[d] as number);
        }
      }
      next.push(out);
    }
    rows = next;
  }
  return rows[small] as Float64Array;
}

function convolve(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    if (ai === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] as number) + ai * (b[j] as number);
  }
  return out;
}

/**
 * Probabilities of 0, 1, 2 … inversions among all distinct arrangements of a multiset whose tied groups have
 * the given sizes (a group of 1 is an untied value).
 *
 * @internal
 */
export function inversionDistribution(groupSizes: readonly number[]): Float64Array {
  let distribution: Float64Array = Float64Array.of(1);
  let placed = 0;
  for (const size of groupSizes) {
    if (placed > 0) distribution = convolve(distribution, gaussianBinomial(placed + size, size));
    placed += size;
  }
  return distribution;
}

/** Sizes of the groups of equal values (untied values are groups of 1). */
export function tieGroupSizes(values: Float64Array): number[] {
  const sorted = Float64Array.from(values).sort();
  const sizes: number[] = [];
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run++;
    } else {
      sizes.push(run);
      run = 1;
    }
  }
  return sizes;
}

/**
 * The exact two-sided p-value P(|S| ≥ |s|) of Kendall's S for `values` (in time order) with score `s`, under
 * the permutation null conditional on the observed ties. The distribution is symmetric (reversing an
 * arrangement negates S), so the p-value is 2·P(S ≥ |s|), capped at 1 (it is 1 for s = 0).
 *
 * @internal
 */
export function exactKendallPValue(values: Float64Array, s: number): number {
  if (s === 0) return 1;
  const sizes = tieGroupSizes(values);
  const distribution = inversionDistribution(sizes);
  // S ≥ |s| ⇔ D ≤ (P − T − |s|)/2, with P − T the number of untied pairs (the largest D).
  const untiedPairs = distribution.length - 1;
  const limit = Math.floor((untiedPairs - Math.abs(s)) / 2);
  let tail = 0;
  for (let d = 0; d <= limit; d++) tail += distribution[d] as number;
  return Math.min(1, 2 * tail);
}
