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

  it('draws nothing for rnorm with sd 0, as R returns the mean without consuming the stream', () => {
    const a = new RMersenneTwister(7);
    const b = new RMersenneTwister(7);
    expect(a.rnorm(3, 0)).toBe(3);
    expect(a.unifRand()).toBe(b.unifRand());
    expect(a.rnorm(1, 2)).toBe(1 + 2 * b.normRand());
  });
});
