import { fail } from '../internal/errors.ts';
import { optionsObject } from '../internal/validate.ts';
import { compileDecay, decayValue } from './internal/decay.ts';

/**
 * One step of a step (E2SFCA) decay: distances up to and **including** `maxKm` (or `maxCost` with a travel-cost
 * matrix) get `weight`, as PySAL `access.weights.step_fn` (`x <= k`).
 *
 * @category Proximity
 */
export interface DecayStep {
  /** Upper bound of the step in km (inclusive); use with coordinates. */
  readonly maxKm?: number;
  /** Upper bound of the step in the cost matrix's unit (inclusive); use with `costs`. */
  readonly maxCost?: number;
  /** Weight within the step, ≥ 0. */
  readonly weight: number;
}

/**
 * Step decay (enhanced 2SFCA, Luo & Qi 2009): w(d) = weight of the first step (sorted by bound) whose bound is
 * ≥ d; 0 beyond the last step.
 *
 * @category Proximity
 */
export interface StepDecay {
  /** The steps, in any order; bounds must be distinct. */
  readonly steps: readonly DecayStep[];
}

/**
 * Gaussian decay w(d) = exp(−d² / (2σ²)), not normalised (w(0) = 1), as PySAL `access.weights.gaussian` and
 * aceso `gaussian_decay`.
 *
 * @category Proximity
 */
export interface GaussianDecay {
  /** Kernel name. */
  readonly kernel: 'gaussian';
  /** σ in km (coordinates). */
  readonly sigmaKm?: number;
  /** σ in the cost matrix's unit (with `costs`). */
  readonly sigmaCost?: number;
}

/**
 * Power (gravity) decay w(d) = max(d, min)^−β, as PySAL `access.weights.gravity(scale = 1, alpha = −β,
 * min_dist)`. A distance of 0 with no minimum gives an infinite weight, which is reported as an error.
 *
 * @category Proximity
 */
export interface PowerDecay {
  /** Kernel name. */
  readonly kernel: 'power';
  /** Exponent β (weight d^−β); finite. */
  readonly beta: number;
  /** Minimum distance in km (coordinates), default 0. */
  readonly minKm?: number;
  /** Minimum cost in the matrix's unit (with `costs`), default 0. */
  readonly minCost?: number;
}

/**
 * Exponential decay w(d) = exp(−rate · d), as ipea `accessibility::decay_exponential`.
 *
 * @category Proximity
 */
export interface ExponentialDecay {
  /** Kernel name. */
  readonly kernel: 'exponential';
  /** Rate per km (coordinates), ≥ 0. */
  readonly ratePerKm?: number;
  /** Rate per unit of cost (with `costs`), ≥ 0. */
  readonly ratePerCost?: number;
}

/**
 * Linear decay w(d) = max(1 − d / scale, 0), as ipea `accessibility::decay_linear(cutoff = scale)` and R
 * `catchment` (`"linear"`).
 *
 * @category Proximity
 */
export interface LinearDecay {
  /** Kernel name. */
  readonly kernel: 'linear';
  /** Distance in km where the weight reaches 0 (coordinates), > 0. */
  readonly scaleKm?: number;
  /** Cost where the weight reaches 0 (with `costs`), > 0. */
  readonly scaleCost?: number;
}

/**
 * Raised-cosine decay w(d) = (1 + cos(π·min(d, scale)/scale)) / 2, as aceso `decay.raised_cosine_decay`: 1 at 0,
 * ½ at scale/2, 0 from scale on.
 *
 * @category Proximity
 */
export interface RaisedCosineDecay {
  /** Kernel name. */
  readonly kernel: 'raisedCosine';
  /** Distance in km where the weight reaches 0 (coordinates), > 0. */
  readonly scaleKm?: number;
  /** Cost where the weight reaches 0 (with `costs`), > 0. */
  readonly scaleCost?: number;
}

/**
 * Epanechnikov (parabolic) decay w(d) = max((scale² − d²) / scale², 0), as aceso `decay.parabolic_decay`
 * (aceso accepts both names; so does this library).
 *
 * @category Proximity
 */
export interface EpanechnikovDecay {
  /** Kernel name (`'parabolic'` is the same kernel). */
  readonly kernel: 'epanechnikov' | 'parabolic';
  /** Distance in km where the weight reaches 0 (coordinates), > 0. */
  readonly scaleKm?: number;
  /** Cost where the weight reaches 0 (with `costs`), > 0. */
  readonly scaleCost?: number;
}

/**
 * Logistic decay, as ipea `accessibility::decay_logistic(cutoff = median, sd)`: w(d) = g(0) / g(d) with
 * g(d) = 1 + exp((d − median)·π / (sd·√3)) — 1 at 0, about ½ at the median, an S-curve whose width is set by
 * the standard deviation of the logistic distribution.
 *
 * @category Proximity
 */
export interface LogisticDecay {
  /** Kernel name. */
  readonly kernel: 'logistic';
  /** Inflection point (median) in km (coordinates), > 0. */
  readonly medianKm?: number;
  /** Inflection point in the cost unit (with `costs`), > 0. */
  readonly medianCost?: number;
  /** Standard deviation of the logistic distribution in km (coordinates), > 0. */
  readonly sdKm?: number;
  /** Standard deviation in the cost unit (with `costs`), > 0. */
  readonly sdCost?: number;
}

/**
 * How the weight of a supply–demand pair falls with distance (or travel cost) inside the catchment. `'binary'`
 * (weight 1 within the catchment) is the classic 2SFCA of Luo & Wang (2003).
 *
 * @category Proximity
 */
export type Decay =
  | 'binary'
  | StepDecay
  | GaussianDecay
  | PowerDecay
  | ExponentialDecay
  | LinearDecay
  | RaisedCosineDecay
  | EpanechnikovDecay
  | LogisticDecay;

/** Options of {@link decayWeight}. */
export interface DecayWeightOptions {
  /** Read the decay's `…Cost` fields instead of its `…Km` fields (for travel-cost matrices). Default false. */
  readonly cost?: boolean;
}

/**
 * The weight a {@link Decay} gives to one distance (or cost). Use it to check a decay before running an
 * accessibility score, or to plot it.
 *
 * Formulas: binary 1; steps — the first step (by bound) with d ≤ bound, else 0 (PySAL `step_fn`); Gaussian
 * exp(−d²/2σ²) (PySAL `gaussian`); power max(d, min)^−β (PySAL `gravity`); exponential exp(−rate·d) (ipea);
 * linear max(1 − d/scale, 0) (ipea, R `catchment`); raised cosine (1 + cos(π·min(d, scale)/scale))/2 and
 * Epanechnikov max(1 − d²/scale², 0) (aceso); logistic g(0)/g(d), g(d) = 1 + exp((d − median)·π/(sd·√3))
 * (ipea).
 *
 * @param decay - The decay.
 * @param distance - Distance in km (or cost in the matrix unit with `options.cost`), ≥ 0.
 * @param options - Whether the decay is read in cost units.
 * @returns The weight, ≥ 0.
 * @throws {EquityLensError} `out_of_range` for a negative distance or weight, `invalid_value` for a malformed
 * decay or an infinite weight (power decay at distance 0 with no minimum).
 * @category Proximity
 * @example
 * ```ts
 * import { decayWeight } from "./decayWeight.ts";
 *
 * // PySAL step_fn({20: 1, 40: 0.68, 60: 0.22}): upper bounds inclusive
 * const steps = { steps: [{ maxKm: 20, weight: 1 }, { maxKm: 40, weight: 0.68 }, { maxKm: 60, weight: 0.22 }] };
 * decayWeight(steps, 20); // => 1
 * decayWeight(steps, 30); // => 0.68
 * decayWeight(steps, 70); // => 0
 * decayWeight({ kernel: "gaussian", sigmaKm: 20 }, 20); // => 0.6065306597126334
 * // aceso tests/test_decay.py (scale 2, distance 1); ipea tests (linear cutoff 30; logistic cutoff 30, sd 10 ≈ 0.502)
 * decayWeight({ kernel: "raisedCosine", scaleKm: 2 }, 1); // => 0.5
 * decayWeight({ kernel: "epanechnikov", scaleKm: 2 }, 1); // => 0.75
 * decayWeight({ kernel: "linear", scaleKm: 30 }, 15); // => 0.5
 * decayWeight({ kernel: "logistic", medianKm: 30, sdKm: 10 }, 30); // => 0.5021667102549916
 * ```
 */
export function decayWeight(decay: Decay, distance: number, options: DecayWeightOptions = {}): number {
  const fn = 'decayWeight';
  optionsObject(options, ['cost'], fn);
  const compiled = compileDecay(decay, options.cost === true ? 'cost' : 'km', 'decay', fn);
  if (typeof distance !== 'number' || !Number.isFinite(distance) || distance < 0) {
    fail('out_of_range', 'distance', `${fn}: distance is ${String(distance)}; expected a finite distance ≥ 0.`);
  }
  const w = decayValue(compiled, distance);
  if (!Number.isFinite(w)) {
    fail('invalid_value', 'decay', `${fn}: the power decay is infinite at distance ${distance}; set decay.minKm (or minCost) > 0.`);
  }
  return w;
}
