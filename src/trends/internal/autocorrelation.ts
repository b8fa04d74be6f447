/**
 * Serial correlation helpers for the autocorrelation-corrected Mann–Kendall tests: the sample autocorrelation
 * function and average ranks.
 *
 * @internal
 * @module
 */

/**
 * Sample autocorrelations ρ₀ … ρ_maxLag of a series taken as equally spaced: with y the deviations from the
 * mean, c_k = (1/n) Σ_{t < n−k} y_t·y_{t+k} and ρ_k = c_k/c₀ (the biased estimator, as statsmodels' `acf` and
 * pyMannKendall's `__acf`). A constant series (c₀ = 0) has no autocorrelation: every ρ_k is returned as 0,
 * which leaves the variance corrections at 1 (pyMannKendall issue #32 returns c_k there, also 0).
 *
 * @internal
 */
export function autocorrelations(values: Float64Array, maxLag: number): Float64Array {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] as number;
  mean /= n;
  const deviations = new Float64Array(n);
  for (let i = 0; i < n; i++) deviations[i] = (values[i] as number) - mean;
  const out = new Float64Array(maxLag + 1);
  let c0 = 0;
  for (let t = 0; t < n; t++) c0 += (deviations[t] as number) * (deviations[t] as number);
  if (c0 === 0) return out;
  out[0] = 1;
  for (let k = 1; k <= maxLag; k++) {
    let ck = 0;
    for (let t = 0; t + k < n; t++) ck += (deviations[t] as number) * (deviations[t + k] as number);
    out[k] = ck / c0;
  }
  return out;
}

/**
 * Ranks 1 … n with tied values given the mean of the ranks they span (scipy.stats.rankdata's `'average'`).
 *
 * @internal
 */
export function averageRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end] as number] === values[order[start] as number]) end++;
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[order[i] as number] = rank;
    start = end;
  }
  return ranks;
}
