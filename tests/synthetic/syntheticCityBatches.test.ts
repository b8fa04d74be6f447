import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticCity, syntheticCityBatches } from '../../src/synthetic/index.ts';
import type { SyntheticCity, SyntheticCityBatch } from '../../src/synthetic/index.ts';
import type { Enrollment } from '../../src/index.ts';
import { caught } from '../helpers/caught.ts';
import { shared } from '../helpers/shared.ts';

/** The batches' households and enrolments concatenated, enrolments sorted by program year (stable). */
function concatenate(batches: Iterable<SyntheticCityBatch>): { households: SyntheticCity['households']; enrollments: Enrollment[]; firsts: number[] } {
  const households: SyntheticCity['households'] = [];
  const enrollments: Enrollment[] = [];
  const firsts: number[] = [];
  for (const batch of batches) {
    firsts.push(batch.first);
    households.push(...batch.households);
    enrollments.push(...batch.enrollments);
  }
  enrollments.sort((a, b) => (a.programYear as number) - (b.programYear as number));
  return { households, enrollments, firsts };
}

const buildCity = shared(() => syntheticCity({ seed: 9, households: 3000 }));

describe('syntheticCityBatches yields syntheticCity’s records', () => {
  let city: SyntheticCity;
  beforeEach(() => {
    city = buildCity();
  });
  it('the same households, sites and enrolments for the same seed and size, whatever the batch size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3500 }), (batchSize) => {
        const stream = syntheticCityBatches({ seed: 9, households: 3000, batchSize });
        const all = concatenate(stream.batches());
        expect(stream.sites).toEqual(city.sites);
        expect(all.households).toEqual(city.households);
        expect(all.enrollments).toEqual(city.enrollments);
        expect(all.firsts).toEqual(Array.from({ length: Math.ceil(3000 / batchSize) }, (_, i) => i * batchSize));
      }),
      { numRuns: 6 },
    );
  });
  it('each batch holds exactly its own households’ enrolments, ordered by program year then household', () => {
    const batches = [...syntheticCityBatches({ seed: 9, households: 3000, batchSize: 1000 }).batches()];
    expect(batches.map((b) => b.households.length)).toEqual([1000, 1000, 1000]);
    for (const batch of batches) {
      const ids = new Set(batch.households.map((h) => h.id));
      expect(batch.enrollments.every((e) => ids.has(e.householdId))).toBe(true);
      const expected = city.enrollments.filter((e) => ids.has(e.householdId));
      expect(batch.enrollments).toEqual(expected);
    }
  });
  it('the same model options change the enrolments the same way', () => {
    const options = { seed: 4, households: 1500, sites: 7, programId: 'camp', propensity: { pandemic: -3, retention: 2.5 }, eligibilityIncomeLimit: (size: number) => 40000 + 9000 * size };
    const inMemory = syntheticCity(options);
    const stream = syntheticCityBatches({ ...options, batchSize: 400 });
    const all = concatenate(stream.batches());
    expect(stream.sites).toEqual(inMemory.sites);
    expect(all.households).toEqual(inMemory.households);
    expect(all.enrollments).toEqual(inMemory.enrollments);
    expect(stream.programId).toBe('camp');
    expect(all.enrollments.every((e) => e.programId === 'camp')).toBe(true);
  });
  it('starts afresh on every call of batches() and never mutates its options', () => {
    const options = { seed: 2, households: 500, batchSize: 200, propensity: { retention: 2 } };
    const copy = structuredClone(options);
    const stream = syntheticCityBatches(options);
    const first = concatenate(stream.batches());
    const again = concatenate(stream.batches());
    expect(again).toEqual(first);
    expect(options).toEqual(copy);
  });
});

describe('syntheticCityBatches options', () => {
  it('defaults: 330,000 households, 50 sites, batches of 10,000, ten program years, without generating anything yet', () => {
    const stream = syntheticCityBatches();
    expect(stream.households).toBe(330000);
    expect(stream.sites).toHaveLength(50);
    expect(stream.programId).toBe('prns-youth-scholarship');
    expect(stream.programYears).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const first = stream.batches().next();
    expect(first.done).toBe(false);
    expect(first.value?.households).toHaveLength(10000);
    expect(first.value?.households[9999]?.id).toBe('hh-010000');
  });
  it('accepts up to 20 million households (ids widen to 8 digits) and refuses more', () => {
    expect(syntheticCityBatches({ households: 20000000 }).households).toBe(20000000);
    const error = caught(() => syntheticCityBatches({ households: 20000001 }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('options.households');
    expect(error.message).toContain('syntheticCityBatches');
  });
  it('refuses a bad batchSize, an unknown key and a bad shared option, naming itself', () => {
    let error = caught(() => syntheticCityBatches({ batchSize: 0 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.batchSize']);
    error = caught(() => syntheticCityBatches({ batchSize: 1000001 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.batchSize']);
    error = caught(() => syntheticCityBatches({ batchSize: 2.5 }));
    expect([error.code, error.path]).toEqual(['not_integer', 'options.batchSize']);
    error = caught(() => syntheticCityBatches({ batchSise: 10 } as never));
    expect([error.code, error.path]).toEqual(['unknown_key', 'options.batchSise']);
    expect(error.message).toContain('batchSize');
    error = caught(() => syntheticCityBatches({ seed: -1 }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.seed']);
    expect(error.message).toContain('syntheticCityBatches');
    error = caught(() => syntheticCityBatches(null as never));
    expect([error.code, error.path]).toEqual(['invalid_type', 'options']);
    error = caught(() => syntheticCityBatches({ eligibilityIncomeLimit: () => -1 }));
    expect([error.code, error.path]).toEqual(['invalid_value', 'options.eligibilityIncomeLimit']);
  });
});
