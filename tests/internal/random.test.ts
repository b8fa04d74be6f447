// Exact values of the seeded generator behind createRandom, the synthetic city and joinpoint's permutation test.
// Where an algorithm has published outputs they are the reference; the rest were computed by an independent
// Python transcription of the same steps (arbitrary-precision integers masked to 32 bits, math.log/cos/sin).
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/synthetic/index.ts';
import { Sfc32, cumulativeWeights, splitmix32, streamSeed } from '../../src/internal/random.ts';

interface Sfc32State {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** A generator whose uniforms are the given values, in order, to test the samplers at their boundaries. */
function scripted(uniforms: readonly number[]): Sfc32 {
  const rng = new Sfc32(0);
  let i = 0;
  rng.next = (): number => {
    const value = uniforms[i++];
    if (value === undefined) throw new Error('scripted: ran out of uniforms');
    return value;
  };
  return rng;
}

/** |actual − expected| ≤ 1e-14 · |expected|: the same number up to the last bits of libm. */
function near(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-14 * Math.abs(expected));
}

describe('splitmix32', () => {
  it("is MurmurHash3's fmix32 of the Weyl counter: the published empty-key vectors", () => {
    // MurmurHash3_x86_32("", seed) is fmix32(seed) (no blocks, no tail, length 0); the SMHasher test vectors give
    // 0x514E28B7 for seed 1 and 0x81F16F39 for seed 0xFFFFFFFF. The counter steps by 0x9E3779B9 first.
    expect(splitmix32((1 - 0x9e3779b9) | 0)).toEqual({ state: 1, value: 0x514e28b7 });
    expect(splitmix32((0xffffffff - 0x9e3779b9) | 0)).toEqual({ state: -1, value: 0x81f16f39 });
  });
});

describe('Sfc32', () => {
  it('follows the sfc32 recurrence: the reference outputs from state (0, 12345, 0, 1)', () => {
    // Outputs 13–22 of sfc32 started from a = 0, b = 12345, c = 0, counter = 1 (the first 12 discarded), as
    // listed in the test of the Go port maloquacious/prng (sfc32_test.go, after Amit Patel's "Upgrading my PRNG",
    // Red Blob Games 2022) and reproduced by the Python transcription.
    const rng = new Sfc32(0);
    Object.assign(rng as unknown as Sfc32State, { a: 0, b: 12345, c: 0, d: 1 });
    for (let i = 0; i < 12; i++) rng.nextUint32();
    const outputs = Array.from({ length: 10 }, () => rng.nextUint32());
    expect(outputs).toEqual([
      235160590, 2967261163, 116171463, 2882324903, 362604721, 4227106926, 1933307004, 1608300071, 2256615412,
      2701957640,
    ]);
  });

  it('seeds its state with four splitmix32 outputs and discards 12 outputs', () => {
    // Seed 1: state (2527132011, 314344336, 2535364964, 2041432039), then outputs 13–18.
    const one = new Sfc32(1);
    expect(Array.from({ length: 6 }, () => one.nextUint32())).toEqual([
      1828152527, 3394835397, 2967886022, 2251045104, 4148684523, 4055680838,
    ]);
    const answer = new Sfc32(42);
    expect(Array.from({ length: 3 }, () => answer.nextUint32())).toEqual([1028872839, 2516511472, 400437680]);
  });

  it('is the stream createRandom hands out: each uniform is the 32-bit output over 2^32', () => {
    const random = createRandom(42);
    expect([random(), random()]).toEqual([1028872839 / 2 ** 32, 2516511472 / 2 ** 32]);
    // nextInt(n) = floor(u · n): 1028872839 / 2^32 · 10 = 2.395…
    expect(new Sfc32(42).nextInt(10)).toBe(2);
  });

  it('normal() gives Box–Muller pairs, cosine first and the sine kept for the next call', () => {
    const rng = new Sfc32(7);
    const draws = Array.from({ length: 4 }, () => rng.normal());
    const expected = [-0.4233037089691308, 0.5049835746249026, 1.0588512394347394, -1.5971369968976994];
    for (let i = 0; i < 4; i++) near(draws[i] as number, expected[i] as number);
  });

  it('lognormal(mu, sigma) is exp(mu + sigma · Z)', () => {
    // Z = −0.42330… (seed 7's first normal): 100 · exp(0.5 · Z) = 80.9246…
    near(new Sfc32(7).lognormal(Math.log(100), 0.5), 80.9246384029197);
  });

  it("poisson() counts Knuth's products until one is at or below exp(−lambda)", () => {
    // lambda = ln 4, limit 0.25: 0.9 > 0.25, 0.45 > 0.25, 0.135 ≤ 0.25 → 2.
    expect(scripted([0.9, 0.5, 0.3]).poisson(Math.log(4))).toBe(2);
    // A product equal to the limit stops the count (exp(−ln 2) is exactly 0.5).
    expect(scripted([0.5, 0.1]).poisson(Math.LN2)).toBe(0);
    expect(scripted([0.6, 0.9, 0.5]).poisson(Math.LN2)).toBe(2);
  });

  it('categorical() picks the first category whose cumulative weight exceeds u · total', () => {
    const cumulative = cumulativeWeights([1, 2, 3]);
    // u · 6 = 0, 1.5, 3 (a tie with category 1's upper end goes to category 2), 5.4.
    const rng = scripted([0, 0.25, 0.5, 0.9]);
    expect([0, 1, 2, 3].map(() => rng.categorical(cumulative))).toEqual([0, 1, 2, 2]);
  });

  it('bernoulli(p) is true exactly when u < p', () => {
    const rng = scripted([0.2, 0.5, 0.7]);
    expect([rng.bernoulli(0.5), rng.bernoulli(0.5), rng.bernoulli(0.5)]).toEqual([true, false, false]);
  });
});

describe('cumulativeWeights', () => {
  it('returns the running sums', () => {
    expect(Array.from(cumulativeWeights([1, 2, 3, 0, 4]))).toEqual([1, 3, 6, 6, 10]);
  });
});

describe('streamSeed', () => {
  it("is lowbias32 of seed ^ (stream + 1) · 0x85EBCA6B", () => {
    expect(streamSeed(0, 0)).toBe(520022130);
    expect([streamSeed(2025, 1), streamSeed(2025, 2)]).toEqual([1746902782, 3585325701]);
    expect(streamSeed(0xffffffff, 3)).toBe(1176820882);
  });
});
