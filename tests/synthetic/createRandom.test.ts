import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquityLensError } from '../../src/index.ts';
import { createRandom } from '../../src/synthetic/index.ts';
import { Sfc32, cumulativeWeights, streamSeed } from '../../src/internal/random.ts';

const seedArb = fc.integer({ min: 0, max: 4294967295 });

describe('createRandom', () => {
  it('repeats its sequence for the same seed', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 20; i++) expect(a()).toBe(b());
      }),
      { numRuns: 50 },
    );
  });
  it('yields values in [0, 1) that are multiples of 2^-32', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const random = createRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = random();
          expect(x >= 0 && x < 1).toBe(true);
          expect(Number.isInteger(x * 2 ** 32)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
  it('gives unrelated sequences for neighbouring seeds', () => {
    const first = (seed: number): number[] => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random());
    };
    expect(first(1)).not.toEqual(first(2));
    expect(first(0)).not.toEqual(first(1));
  });
  it('is roughly uniform: mean ≈ 1/2 and variance ≈ 1/12 over 100,000 draws', () => {
    const random = createRandom(2025);
    let sum = 0;
    let squares = 0;
    const n = 100000;
    for (let i = 0; i < n; i++) {
      const x = random();
      sum += x;
      squares += x * x;
    }
    const mean = sum / n;
    // Standard error of the mean is sqrt(1/12 / n) ≈ 0.0009; 5 standard errors.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(squares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
  it('rejects seeds that are not whole numbers in [0, 2^32 − 1]', () => {
    for (const [seed, code] of [
      [-1, 'out_of_range'],
      [1.5, 'not_integer'],
      [2 ** 32, 'out_of_range'],
      [Number.NaN, 'not_finite'],
    ] as const) {
      let error: unknown;
      try {
        createRandom(seed);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EquityLensError);
      expect((error as EquityLensError).code).toBe(code);
      expect((error as EquityLensError).path).toBe('seed');
      expect((error as EquityLensError).message).toMatch(/^createRandom: seed is /);
    }
  });
});

describe('samplers', () => {
  it('sfc32 matches an independent BigInt transcription of the PractRand recurrence', () => {
    // PractRand's sfc32 (Doty-Humphrey), uint32 arithmetic: t = a + b + counter; counter += 1;
    // a = b ^ (b >> 9); b = c + (c << 3); c = rotl(c, 21) + t; return t. By hand from a=b=c=0, counter=1 the
    // first outputs are 1, 2 and 12 (the third is a + b + counter = 0 + 9 + 3).
    const mask = 0xffffffffn;
    function* reference(a0: bigint, b0: bigint, c0: bigint, d0: bigint): Generator<number> {
      let [a, b, c, d] = [a0, b0, c0, d0];
      for (;;) {
        const t = (a + b + d) & mask;
        d = (d + 1n) & mask;
        a = b ^ (b >> 9n);
        b = (c + (c << 3n)) & mask;
        c = (((c << 21n) | (c >> 11n)) & mask) + t;
        c &= mask;
        yield Number(t);
      }
    }
    const check = (state: [number, number, number, number], count: number): number[] => {
      const rng = new Sfc32(0) as unknown as { a: number; b: number; c: number; d: number; nextUint32(): number };
      [rng.a, rng.b, rng.c, rng.d] = state.map((x) => x | 0) as [number, number, number, number];
      const expected = reference(...(state.map((x) => BigInt(x)) as [bigint, bigint, bigint, bigint]));
      const ours: number[] = [];
      for (let i = 0; i < count; i++) {
        const value = rng.nextUint32();
        expect(value).toBe(expected.next().value);
        ours.push(value);
      }
      return ours;
    };
    expect(check([0, 0, 0, 1], 3)).toEqual([1, 2, 12]);
    fc.assert(
      fc.property(fc.tuple(seedArb, seedArb, seedArb, seedArb), (state) => {
        check(state, 200);
      }),
      { numRuns: 25 },
    );
  });
  it('keep draws in range for every seed', () => {
    fc.assert(
      fc.property(seedArb, fc.double({ min: 0, max: 20, noNaN: true }), fc.integer({ min: 1, max: 1000 }), (seed, lambda, n) => {
        const rng = new Sfc32(seed);
        for (let i = 0; i < 20; i++) {
          const k = rng.poisson(lambda);
          expect(Number.isInteger(k) && k >= 0).toBe(true);
          const m = rng.nextInt(n);
          expect(Number.isInteger(m) && m >= 0 && m < n).toBe(true);
          expect(Number.isFinite(rng.normal())).toBe(true);
          expect(rng.lognormal(Math.log(50000), 0.75)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 50 },
    );
  });
  it('categorical never returns a zero-weight category and returns each index in range', () => {
    fc.assert(
      fc.property(seedArb, fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 10 }), (seed, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const rng = new Sfc32(seed);
        const cumulative = cumulativeWeights(weights);
        for (let i = 0; i < 30; i++) {
          const k = rng.categorical(cumulative);
          expect(k >= 0 && k < weights.length).toBe(true);
          expect(weights[k]).toBeGreaterThan(0);
        }
      }),
      { numRuns: 50 },
    );
  });
  it('sample moments match their distributions (normal, lognormal median, Poisson mean and variance)', () => {
    const rng = new Sfc32(99);
    const n = 50000;
    let sum = 0;
    let squares = 0;
    let below = 0;
    let pSum = 0;
    let pSquares = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      squares += z * z;
      if (rng.lognormal(Math.log(100), 0.8) < 100) below++;
      const k = rng.poisson(3);
      pSum += k;
      pSquares += k * k;
    }
    // Tolerances are about 5 standard errors at n = 50,000.
    expect(Math.abs(sum / n)).toBeLessThan(0.023);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.032);
    expect(Math.abs(below / n - 0.5)).toBeLessThan(0.012);
    expect(Math.abs(pSum / n - 3)).toBeLessThan(0.04);
    expect(Math.abs(pSquares / n - (pSum / n) ** 2 - 3)).toBeLessThan(0.12);
  });
  it('derives distinct sub-stream seeds', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const seeds = new Set([streamSeed(seed, 1), streamSeed(seed, 2), streamSeed(seed, 3)]);
        expect(seeds.size).toBe(3);
      }),
      { numRuns: 100 },
    );
  });
});
