/**
 * Small dense least squares by Gram–Schmidt QR with re-orthogonalisation, for the joinpoint model's final fit.
 *
 * @internal
 * @module
 */

/** A least-squares fit of y on the columns of X. */
export interface LeastSquaresFit {
  /** Coefficients, one per column. */
  readonly coefficients: Float64Array;
  /** Residuals y − Xβ. */
  readonly residuals: Float64Array;
  /** Residual sum of squares. */
  readonly sse: number;
}

/**
 * Fits y = Xβ by least squares. `columns` are the columns of X (each of length n, linearly independent: the
 * caller's grid search only proposes such models). Weighted fits pass columns and y already multiplied by √w.
 *
 * @internal
 */
export function leastSquares(columns: readonly Float64Array[], y: Float64Array): LeastSquaresFit {
  const n = y.length;
  const p = columns.length;
  const q: Float64Array[] = [];
  const r = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    const v = Float64Array.from(columns[j] as Float64Array);
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        const qk = q[k] as Float64Array;
        let c = 0;
        for (let i = 0; i < n; i++) c += (qk[i] as number) * (v[i] as number);
        r[k * p + j] = (r[k * p + j] as number) + c;
        for (let i = 0; i < n; i++) v[i] = (v[i] as number) - c * (qk[i] as number);
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (v[i] as number) * (v[i] as number);
    norm = Math.sqrt(norm);
    r[j * p + j] = norm;
    for (let i = 0; i < n; i++) v[i] = (v[i] as number) / norm;
    q.push(v);
  }
  const qty = new Float64Array(p);
  const residuals = Float64Array.from(y);
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < p; k++) {
      const qk = q[k] as Float64Array;
      let c = 0;
      for (let i = 0; i < n; i++) c += (qk[i] as number) * (residuals[i] as number);
      qty[k] = (qty[k] as number) + c;
      for (let i = 0; i < n; i++) residuals[i] = (residuals[i] as number) - c * (qk[i] as number);
    }
  }
  const coefficients = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    let sum = qty[j] as number;
    for (let k = j + 1; k < p; k++) sum -= (r[j * p + k] as number) * (coefficients[k] as number);
    coefficients[j] = sum / (r[j * p + j] as number);
  }
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (residuals[i] as number) * (residuals[i] as number);
  return { coefficients, residuals, sse };
}
