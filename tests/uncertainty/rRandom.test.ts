// R's generator, reproduced so seeded simulations give R's numbers. Reference values printed by R 4.2
// (Debian r-base-core): `set.seed(s); runif(3)` / `set.seed(s); rnorm(3)` with options(digits = 17).
import { describe, expect, it } from 'vitest';
import { RMersenneTwister } from '../../src/uncertainty/internal/rRandom.ts';

describe('RMersenneTwister', () => {
  it('gives R runif after set.seed(123456)', () => {
    const rng = new RMersenneTwister(123456);
    const expected = [0.79778432077728212, 0.75356509489938617, 0.39125568419694901];
    for (const value of expected) expect(rng.unifRand()).toBe(value);
  });

  it('gives R rnorm (inversion) after set.seed(123456) and set.seed(1), to the accuracy of the normal quantile', () => {
    const rng = new RMersenneTwister(123456);
    for (const value of [0.83373317075513842, -0.27604777321486657, -0.35500183803340557]) {
      expect(Math.abs(rng.normRand() - value)).toBeLessThan(1e-14);
    }
    const one = new RMersenneTwister(1);
    for (const value of [-0.62645381074233242, 0.18364332422208224]) expect(Math.abs(one.normRand() - value)).toBeLessThan(1e-14);
  });

  it('regenerates its state after 624 words as R does (set.seed(42); runif(700)[c(624, 625, 700)])', () => {
    const rng = new RMersenneTwister(42);
    const draws: number[] = [];
    for (let i = 0; i < 700; i++) draws.push(rng.unifRand());
    expect([draws[623], draws[624], draws[699]]).toEqual([0.7340297200717032, 0.15048409905284643, 0.45597851648926735]);
  });

  it('regenerates every 624 words as R does, over five regenerations and three seeds', () => {
    // R 4.2.2: set.seed(s); sprintf("%.17g", runif(3120)[c(624, 852, 1248, 1872, 2496, 3120)]). Draw 852 is word 227,
    // the first of the second regeneration loop; draws 624·k are word 623, which the last step of each regeneration sets.
    const expected: Record<number, number[]> = {
      42: [0.7340297200717032, 0.76462284242734313, 0.79851508140563965, 0.67899789870716631, 0.01999494107440114, 0.10029956069774926],
      1: [0.13648758619092405, 0.74310650723055005, 0.79259536415338516, 0.52804345590993762, 0.97369032120332122, 0.61844804510474205],
      2026: [0.67723057721741498, 0.030950190266594291, 0.40984109975397587, 0.92367227887734771, 0.7622998037841171, 0.54263625876046717],
    };
    for (const [seed, values] of Object.entries(expected)) {
      const rng = new RMersenneTwister(Number(seed));
      const draws: number[] = [];
      for (let i = 0; i < 3120; i++) draws.push(rng.unifRand());
      expect([624, 852, 1248, 1872, 2496, 3120].map((n) => draws[n - 1]), `seed ${seed}`).toEqual(values);
    }
  });

  it("maps a zero word to ½·(2³² − 1)⁻¹ as R's fixup does, never returning 0", () => {
    // An all-zero state regenerates to all zeros (every term of the recurrence is 0) and tempers to 0, the one output
    // R's fixup changes: unif_rand() then returns 0.5 * i2_32m1, with R's literal `#define i2_32m1
    // 2.328306437080797e-10` (src/main/RNG.c; one ulp-level digit short of 1/(2³² − 1)).
    const rng = new RMersenneTwister(1);
    (rng as unknown as { mt: Uint32Array }).mt.fill(0);
    expect(rng.unifRand()).toBe(0.5 * 2.328306437080797e-10);
    expect(rng.unifRand()).toBe(0.5 * 2.328306437080797e-10);
  });

  it('draws nothing for rnorm with sd 0, as R returns the mean without consuming the stream', () => {
    const a = new RMersenneTwister(7);
    const b = new RMersenneTwister(7);
    expect(a.rnorm(3, 0)).toBe(3);
    expect(a.unifRand()).toBe(b.unifRand());
    expect(a.rnorm(1, 2)).toBe(1 + 2 * b.normRand());
  });
});
