/**
 * The seeded pseudo-random number generator shared by the modules that draw at random (the synthetic city, the
 * joinpoint permutation test) and the samplers the synthetic city draws from. Nothing here reads the clock or
 * `Math.random`: every stream is a pure function of its seed.
 *
 * @internal
 * @module
 */

const TWO_POW_32 = 4294967296;

/**
 * One step of splitmix32, a 32-bit variant of Steele, Lea & Flood's SplitMix ("Fast splittable pseudorandom
 * number generators", OOPSLA 2014): a Weyl counter (step 0x9e3779b9, the golden ratio in 32 bits) passed through
 * MurmurHash3's `fmix32` finaliser. Used only to expand a seed into the generator's 128-bit state, so that
 * nearby seeds (1, 2, 3 …) give unrelated streams.
 *
 * @internal
 */
export function splitmix32(state: number): { state: number; value: number } {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return { state: next, value: z >>> 0 };
}

/**
 * Chris Doty-Humphrey's sfc32 ("small fast chaotic", PractRand 0.94): 128 bits of state, a 32-bit counter that
 * guarantees a period of at least 2³², and no known statistical failures in PractRand up to terabytes. Each
 * call of {@link Sfc32.next} returns a double in [0, 1) with 32 bits of resolution.
 *
 * @internal
 */
export class Sfc32 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = 0;
  private hasSpare = false;

  /** @param seed - A whole number; only its low 32 bits matter. */
  constructor(seed: number) {
    let state = seed | 0;
    let step = splitmix32(state);
    this.a = step.value | 0;
    step = splitmix32((state = step.state));
    this.b = step.value | 0;
    step = splitmix32((state = step.state));
    this.c = step.value | 0;
    step = splitmix32(step.state);
    this.d = step.value | 0;
    // Discard the first outputs, as the author recommends, so the state is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** The next double, uniform on [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** A uniform whole number in [0, n), for n ≥ 1 (multiply-and-floor; bias below 2⁻³² · n, negligible here). */
  nextInt(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * A standard normal deviate by the Box–Muller transform (Box & Muller 1958): each pair of uniforms gives two
   * independent deviates, the second kept for the next call. `1 − u` keeps the logarithm's argument in (0, 1].
   */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    this.spare = radius * Math.sin(angle);
    this.hasSpare = true;
    return radius * Math.cos(angle);
  }

  /** A lognormal deviate: `exp(mu + sigma · Z)` with Z standard normal; its median is `exp(mu)`. */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal());
  }

  /**
   * A Poisson deviate with mean `lambda` (≥ 0) by Knuth's multiplication method (TAOCP vol. 2, 3.4.1), exact and
   * fast for the small means used here (its cost grows with `lambda`; keep `lambda` below about 30).
   */
  poisson(lambda: number): number {
    const limit = Math.exp(-lambda);
    let k = 0;
    let product = this.next();
    while (product > limit) {
      k++;
      product *= this.next();
    }
    return k;
  }

  /**
   * An index drawn from a categorical distribution given by cumulative weights (`cumulative[i]` = sum of the
   * weights of categories 0…i, the last entry the total). Linear search: the tables here have ≤ 10 entries.
   */
  categorical(cumulative: Float64Array): number {
    const last = cumulative.length - 1;
    const target = this.next() * (cumulative[last] as number);
    // Stryker disable next-line EqualityOperator: equivalent — at i = last the test either returns last or falls through to return last
    for (let i = 0; i < last; i++) {
      if (target < (cumulative[i] as number)) return i;
    }
    return last;
  }

  /** True with probability `p`. */
  bernoulli(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * Cumulative sums of non-negative weights, for {@link Sfc32.categorical}.
 *
 * @internal
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  // Stryker disable next-line EqualityOperator: equivalent — i = weights.length writes out[weights.length], past the end of the typed array, which JavaScript ignores
  for (let i = 0; i < weights.length; i++) {
    total += weights[i] as number;
    out[i] = total;
  }
  return out;
}

/**
 * A seed for an independent sub-stream (sites, households, enrolments) derived from the user's seed, so that
 * changing, say, the enrolment model leaves the households unchanged. The mixing is Chris Wellons' `lowbias32`
 * integer hash (hash-prospector).
 *
 * @internal
 */
export function streamSeed(seed: number, stream: number): number {
  let z = (seed ^ Math.imul(stream + 1, 0x85ebca6b)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}
