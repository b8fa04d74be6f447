/**
 * R's default random number generator, reproduced bit for bit so that a seeded simulation gives the numbers R
 * gives after `set.seed(seed)`: the Mersenne Twister (Matsumoto & Nishimura 1998) seeded as R's `RNG_Init`
 * does it, `unif_rand()` with R's `fixup`, and `norm_rand()` by inversion (R's default `normal.kind`,
 * `"Inversion"`: two uniforms make a 2⁻²⁷-resolution probability, passed to the normal quantile). Sources:
 * R's `src/main/RNG.c` and `src/nmath/snorm.c`, `src/nmath/rnorm.c` (R 4.x).
 *
 * @internal
 * @module
 */

import { normalQuantile } from '../normalQuantile.ts';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const TEMPERING_MASK_B = 0x9d2c5680;
const TEMPERING_MASK_C = 0xefc60000;
/** 1/(2³² − 1): R's `i2_32m1`, the smallest value `fixup` lets out. */
const I2_32M1 = 2.328306437080797e-10;
/** 2⁻³², MT_genrand's scaling to [0, 1). */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
/** 2²⁷, R's `BIG` in `norm_rand`'s inversion. */
const BIG = 134217728;

/**
 * R's Mersenne Twister after `set.seed(seed)` (with R ≥ 3.6 defaults: `kind = "Mersenne-Twister"`,
 * `normal.kind = "Inversion"`).
 *
 * @internal
 */
export class RMersenneTwister {
  private readonly mt = new Uint32Array(N);
  private mti = N;

  /** @param seed - The integer given to R's `set.seed` (its low 32 bits). */
  constructor(seed: number) {
    // RNG_Init: 50 rounds of the LCG scramble the seed, then the LCG fills the seed vector (625 words for the
    // Mersenne Twister, the first being the position `mti`, which FixupSeeds resets to 624).
    let s = seed >>> 0;
    for (let j = 0; j < 50; j++) s = (Math.imul(69069, s) + 1) >>> 0;
    s = (Math.imul(69069, s) + 1) >>> 0; // dummy[0], overwritten by mti = 624
    // Stryker disable next-line EqualityOperator: equivalent — j = N would write mt[624], past the end of the typed array (ignored), and s is not read afterwards
    for (let j = 0; j < N; j++) {
      s = (Math.imul(69069, s) + 1) >>> 0;
      this.mt[j] = s;
    }
    this.mti = N;
  }

  private genrand(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
        mt[kk] = (mt[kk + M] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
        mt[kk] = (mt[kk + (M - N)] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
      mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & TEMPERING_MASK_B;
    y ^= (y << 15) & TEMPERING_MASK_C;
    y ^= y >>> 18;
    return (y >>> 0) * TWO_POW_MINUS_32;
  }

  /**
   * R's `unif_rand()`: uniform on (0, 1), never 0 or 1. R's `fixup` also maps 1 to 1 − ½·i2_32m1, but the
   * Mersenne Twister's output is at most (2³² − 1)·2⁻³² < 1, so only its 0 needs the fix.
   */
  unifRand(): number {
    const x = this.genrand();
    if (x <= 0) return 0.5 * I2_32M1;
    return x;
  }

  /** R's `norm_rand()` by inversion: a standard normal deviate. */
  normRand(): number {
    let u = this.unifRand();
    u = Math.trunc(BIG * u) + this.unifRand();
    return normalQuantile(u / BIG);
  }

  /** R's `rnorm(1, mean, sd)`: `mean` itself, without drawing, when `sd` is 0. */
  rnorm(mean: number, sd: number): number {
    if (sd === 0) return mean;
    return mean + sd * this.normRand();
  }
}
