/**
 * Validated, compiled decay functions for hot loops.
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import { finiteNumber, nonNegativeNumber, positiveNumber } from '../../internal/validate.ts';
import type { Decay } from '../decayWeight.ts';

/** Decay kinds. */
export const BINARY = 0;
export const STEPS = 1;
export const GAUSSIAN = 2;
export const POWER = 3;
export const EXPONENTIAL = 4;
export const LINEAR = 5;
export const RAISED_COSINE = 6;
export const EPANECHNIKOV = 7;
export const LOGISTIC = 8;

/** A decay reduced to numbers. */
export interface CompiledDecay {
  readonly kind: number;
  /** Step bounds, ascending (steps only). */
  readonly bounds: Float64Array;
  /** Step weights in bound order (steps only). */
  readonly weights: Float64Array;
  /** σ (Gaussian), β (power), rate (exponential), scale (linear, raised cosine, Epanechnikov) or median (logistic). */
  readonly parameter: number;
  /** Logistic only: sd·√3, the scale of the logistic curve. */
  readonly spread?: number;
  /** Minimum distance (power). */
  readonly minimum: number;
  /** Whether the weight depends on the distance inside the catchment. */
  readonly needsDistance: boolean;
  /** Human-readable description for results. */
  readonly label: string;
}

/** Validates a {@link Decay}; `unit` says whether its `…Km` or `…Cost` fields apply. */
export function compileDecay(decay: unknown, unit: 'km' | 'cost', path: string, fn: string): CompiledDecay {
  const empty = new Float64Array(0);
  const suffix = unit === 'km' ? 'Km' : 'Cost';
  const other = unit === 'km' ? 'Cost' : 'Km';
  const pick = (record: Record<string, unknown>, stem: string, where: string): unknown => {
    const own = record[stem + suffix];
    if (own === undefined && record[stem + other] !== undefined) {
      fail(
        'invalid_value',
        `${where}.${stem}${other}`,
        `${fn}: ${where}.${stem}${other} is given but ${unit === 'km' ? 'distances are computed from coordinates' : 'a travel-cost matrix is used'}; write ${stem}${suffix} instead.`,
      );
    }
    return own;
  };
  if (decay === undefined || decay === 'binary') {
    return { kind: BINARY, bounds: empty, weights: empty, parameter: 0, minimum: 0, needsDistance: false, label: 'binary' };
  }
  if (decay === null || typeof decay !== 'object') {
    fail('invalid_value', path, `${fn}: ${path} is ${describe(decay)}; expected 'binary', { steps }, or { kernel: 'gaussian' | 'power' | 'exponential', … }.`);
  }
  const record = decay as Record<string, unknown>;
  if ('steps' in record) {
    const steps = record['steps'];
    if (!Array.isArray(steps) || steps.length === 0) {
      fail('empty', `${path}.steps`, `${fn}: ${path}.steps must hold at least one { max${suffix}, weight } step.`);
    }
    const order = steps.map((step: unknown, q: number) => {
      if (step === null || typeof step !== 'object') {
        fail('invalid_type', `${path}.steps[${q}]`, `${fn}: ${path}.steps[${q}] is ${describe(step)}; expected { max${suffix}, weight }.`);
      }
      const s = step as Record<string, unknown>;
      const bound = nonNegativeNumber(pick(s, 'max', `${path}.steps[${q}]`), `${path}.steps[${q}].max${suffix}`, fn);
      const weight = nonNegativeNumber(s['weight'], `${path}.steps[${q}].weight`, fn);
      return { bound, weight, q };
    });
    order.sort((a, b) => a.bound - b.bound);
    for (let q = 1; q < order.length; q++) {
      const previous = order[q - 1];
      const current = order[q];
      if (previous !== undefined && current !== undefined && previous.bound === current.bound) {
        fail('duplicate', `${path}.steps[${current.q}].max${suffix}`, `${fn}: two steps share the bound ${current.bound}; give each step its own upper bound.`);
      }
    }
    return {
      kind: STEPS,
      bounds: Float64Array.from(order, (s) => s.bound),
      weights: Float64Array.from(order, (s) => s.weight),
      parameter: 0,
      minimum: 0,
      needsDistance: true,
      label: `steps(${order.map((s) => `≤${s.bound}:${s.weight}`).join(', ')})`,
    };
  }
  const kernel = record['kernel'];
  if (kernel === 'gaussian') {
    const sigma = positiveNumber(pick(record, 'sigma', path), `${path}.sigma${suffix}`, fn);
    return { kind: GAUSSIAN, bounds: empty, weights: empty, parameter: sigma, minimum: 0, needsDistance: true, label: `gaussian(σ=${sigma})` };
  }
  if (kernel === 'power') {
    const beta = finiteNumber(record['beta'], `${path}.beta`, fn);
    const raw = pick(record, 'min', path);
    const minimum = raw === undefined ? 0 : nonNegativeNumber(raw, `${path}.min${suffix}`, fn);
    return { kind: POWER, bounds: empty, weights: empty, parameter: beta, minimum, needsDistance: true, label: `power(β=${beta}, min=${minimum})` };
  }
  if (kernel === 'exponential') {
    const rate = nonNegativeNumber(pick(record, 'ratePer', path), `${path}.ratePer${suffix}`, fn);
    return { kind: EXPONENTIAL, bounds: empty, weights: empty, parameter: rate, minimum: 0, needsDistance: true, label: `exponential(rate=${rate})` };
  }
  if (kernel === 'linear' || kernel === 'raisedCosine' || kernel === 'epanechnikov' || kernel === 'parabolic') {
    const scale = positiveNumber(pick(record, 'scale', path), `${path}.scale${suffix}`, fn);
    const kind = kernel === 'linear' ? LINEAR : kernel === 'raisedCosine' ? RAISED_COSINE : EPANECHNIKOV;
    const name = kernel === 'parabolic' ? 'epanechnikov' : kernel;
    return { kind, bounds: empty, weights: empty, parameter: scale, minimum: 0, needsDistance: true, label: `${name}(scale=${scale})` };
  }
  if (kernel === 'logistic') {
    const median = positiveNumber(pick(record, 'median', path), `${path}.median${suffix}`, fn);
    const sd = positiveNumber(pick(record, 'sd', path), `${path}.sd${suffix}`, fn);
    return {
      kind: LOGISTIC,
      bounds: empty,
      weights: empty,
      parameter: median,
      spread: sd * Math.sqrt(3),
      minimum: 0,
      needsDistance: true,
      label: `logistic(median=${median}, sd=${sd})`,
    };
  }
  return fail(
    'invalid_value',
    `${path}.kernel`,
    `${fn}: ${path}.kernel is ${describe(kernel)}; expected 'gaussian', 'power', 'exponential', 'linear', 'raisedCosine', 'epanechnikov' or 'logistic' (or pass { steps } or 'binary').`,
  );
}

/** The weight of a compiled decay at distance (or cost) `d`. */
export function decayValue(decay: CompiledDecay, d: number): number {
  switch (decay.kind) {
    case BINARY:
      return 1;
    case STEPS: {
      const bounds = decay.bounds;
      for (let q = 0; q < bounds.length; q++) {
        if (d <= (bounds[q] as number)) return decay.weights[q] as number;
      }
      return 0;
    }
    case GAUSSIAN: {
      const sigma = decay.parameter;
      return Math.exp((-d * d) / (2 * sigma * sigma));
    }
    case POWER:
      return Math.pow(Math.max(d, decay.minimum), -decay.parameter);
    case EXPONENTIAL:
      return Math.exp(-decay.parameter * d);
    case LINEAR: {
      const w = 1 - d / decay.parameter;
      return w > 0 ? w : 0;
    }
    case RAISED_COSINE: {
      const scale = decay.parameter;
      return d >= scale ? 0 : (1 + Math.cos((d / scale) * Math.PI)) / 2;
    }
    case EPANECHNIKOV: {
      const scale = decay.parameter;
      const w = (scale * scale - d * d) / (scale * scale);
      return w > 0 ? w : 0;
    }
    default: {
      // ipea accessibility::decay_logistic: g(0) / g(d), g(d) = 1 + exp((d − median)·π / (sd·√3)).
      const spread = decay.spread as number;
      return (1 + Math.exp(((0 - decay.parameter) * Math.PI) / spread)) / (1 + Math.exp(((d - decay.parameter) * Math.PI) / spread));
    }
  }
}
