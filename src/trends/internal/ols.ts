/**
 * Ordinary least squares of y on x with centred sums, as scipy.stats.linregress computes it.
 *
 * @internal
 * @module
 */
import { linearRegression } from 'simple-statistics';
import { rescale, rescaleFactor } from '../../internal/magnitude.ts';

/** An OLS fit with the quantities its inference needs. */
export interface OlsFit {
  /** Number of points. */
  readonly n: number;
  /** Slope b = Sxy / Sxx. */
  readonly slope: number;
  /** Intercept a = ȳ − b·x̄ (the fitted value at x = 0). */
  readonly intercept: number;
  /** Mean of x. */
  readonly xMean: number;
  /** Mean of y. */
  readonly yMean: number;
  /** Σ(x − x̄)². */
  readonly sxx: number;
  /** Σ(y − ȳ)² (`Infinity` when y is near 1.8e308; use `rSquared`). */
  readonly syy: number;
  /** Residual sum of squares Σ(y − a − b·x)². */
  readonly sse: number;
  /** Residual degrees of freedom, n − 2. */
  readonly df: number;
  /** Standard error of the slope, √(SSE/(n−2)/Sxx); `NaN` when n < 3. */
  readonly seSlope: number;
  /** Residual standard deviation √(SSE/(n−2)); `NaN` when n < 3. */
  readonly residualSd: number;
  /** R² = b²·Sxx / Syy, at most 1; `null` when every y is equal (0/0). Computed before any rescaling. */
  readonly rSquared: number | null;
}

/**
 * Fits y = a + b·x. Needs n ≥ 2 and at least two distinct x (callers guarantee both: years are unique).
 * The residual sum of squares is summed from the residuals rather than from Syy − b·Sxy, which loses digits
 * on near-perfect fits.
 *
 * @internal
 */
export function fitOls(x: Float64Array, values: Float64Array): OlsFit {
  // Values near 1.8e308 are fitted rescaled by a power of two (exact) and the fit scaled back: squares of such
  // values overflow, but the slope, its standard error and R² are usually representable.
  const factor = rescaleFactor(values);
  // With factor 1 (every ordinary input) the scaling back multiplies by 1, which changes no bit.
  const fit = fitScaled(x, rescale(values, factor));
  const back = 1 / factor;
  return {
    ...fit,
    slope: fit.slope * back,
    intercept: fit.intercept * back,
    yMean: fit.yMean * back,
    syy: fit.syy * back * back,
    sse: fit.sse * back * back,
    seSlope: fit.seSlope * back,
    residualSd: fit.residualSd * back,
  };
}

function fitScaled(x: Float64Array, y: Float64Array): OlsFit {
  const n = x.length;
  // Stryker disable next-line ArrayDeclaration: equivalent — every index 0…n−1 is assigned below
  const points: [number, number][] = new Array(n);
  let xSum = 0;
  let ySum = 0;
  for (let i = 0; i < n; i++) {
    points[i] = [x[i] as number, y[i] as number];
    xSum += x[i] as number;
    ySum += y[i] as number;
  }
  // simple-statistics (≥ 7.12.1) fits on sums centred at these same plain means, as scipy's linregress does, so
  // the slope and intercept are its own; the sums below are the ones the intervals and p-values need.
  const { m: slope, b: intercept } = linearRegression(points);
  const xMean = xSum / n;
  const yMean = ySum / n;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - xMean;
    const dy = (y[i] as number) - yMean;
    sxx += dx * dx;
    syy += dy * dy;
  }
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const residual = (y[i] as number) - yMean - slope * ((x[i] as number) - xMean);
    sse += residual * residual;
  }
  const df = n - 2;
  const rSquared = syy === 0 ? null : Math.min(1, (slope * slope * sxx) / syy);
  const residualSd = df > 0 ? Math.sqrt(sse / df) : Number.NaN;
  const seSlope = residualSd / Math.sqrt(sxx); // NaN with residualSd when df = 0
  return { n, slope, intercept, xMean, yMean, sxx, syy, sse, df, seSlope, residualSd, rSquared };
}
