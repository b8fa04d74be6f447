import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../src/internal/records.ts';
import { createGoalSummarizer } from '../../src/monitor/createGoalSummarizer.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { evaluateGoalStream } from '../../src/monitor/evaluateGoalStream.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { summarizeGoalStream } from '../../src/monitor/summarizeGoalStream.ts';
import { caught } from '../helpers/caught.ts';
import { shared } from '../helpers/shared.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';
import { allMeasuresGoal, type SmallCity, smallCity } from './partialFixtures.ts';

const HOUSEHOLDS = 300;
const options = { asOf: '2025-06-30', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] };

/** Splits the households into consecutive batches at the given cut points (sorted, deduplicated). */
function split(households: readonly Household[], cuts: readonly number[]): Household[][] {
  const points = [...new Set(cuts)].sort((a, b) => a - b);
  const batches: Household[][] = [];
  let start = 0;
  for (const cut of [...points, households.length]) {
    batches.push(households.slice(start, cut));
    start = cut;
  }
  return batches;
}

async function* asyncBatches(batches: readonly Household[][]): AsyncGenerator<Household[]> {
  for (const batch of batches) yield batch;
}

describe('createGoalSummarizer: households in batches', () => {
  let city: () => SmallCity;
  let goal: () => object;
  beforeEach(() => {
    city = shared(() => smallCity(HOUSEHOLDS, 5));
    // Every cell published, so the comparison sees every value.
    goal = shared(() => ({ ...allMeasuresGoal(), suppression: { minimumCellSize: 1 } }));
  });

  it('gives summarizeGoal\'s partial state and evaluateGoal\'s scorecard for any split into batches (every measure kind, retention, record set)', async () => {
    const { households, ...data } = city();
    const whole = summarizeGoal(goal(), { households, ...data }, options);
    const card = evaluateGoal(goal(), { households, ...data }, options);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: HOUSEHOLDS }), { maxLength: 8 }), async (cuts) => {
        const batches = split(households, cuts);
        const summarizer = createGoalSummarizer(goal(), data, options);
        for (const batch of batches) summarizer.add(batch);
        expect(summarizer.households).toBe(HOUSEHOLDS);
        expect(summarizer.finish()).toEqual(whole);
        expect(await summarizeGoalStream(goal(), { households: asyncBatches(batches), ...data }, options)).toEqual(whole);
        expect(await evaluateGoalStream(goal(), { households: batches, ...data }, options)).toEqual(card);
      }),
      { numRuns: 10 },
    );
  });

  it('records the partition and counts the households added', () => {
    const summarizer = createGoalSummarizer(goalWith([shareByDistrict()]), { enrollments: [] }, { asOf: '2025-12-31', years: [2025], partition: '2/4' });
    expect(summarizer.households).toBe(0);
    summarizer.add([{ id: 'a', size: 1, attributes: { district: '1' } }]);
    summarizer.add([]);
    summarizer.add([{ id: 'b', size: 2, attributes: { district: '1' } }, { id: 'c', size: 2, attributes: { district: '2' } }]);
    expect(summarizer.households).toBe(3);
    const partial = summarizer.finish();
    expect(partial.partitions).toEqual([{ id: '2/4', households: 3, enrollments: 0 }]);
    expect(partial.records).toEqual({ households: 3, enrollments: 0, sites: 0, householdYears: 3 });
  });

  it('takes no batch after finish, and finishes once', () => {
    const summarizer = createGoalSummarizer(goalWith([shareByDistrict()]), { enrollments: [] }, { asOf: '2025-12-31', years: [2025] });
    summarizer.add([{ id: 'a', size: 1, attributes: { district: '1' } }]);
    summarizer.finish();
    expect(caught(() => summarizer.add([{ id: 'b', size: 1, attributes: { district: '1' } }]))).toMatchObject({
      code: 'invalid_value',
      message: expect.stringMatching(/^createGoalSummarizer: add\(\) was called after finish\(\); create a new summarizer/),
    });
    expect(caught(() => summarizer.finish())).toMatchObject({ code: 'invalid_value', message: expect.stringMatching(/finish\(\) was called after finish\(\)/) });
  });

  it('names a bad household by its position across batches, with the fix', () => {
    const summarizer = createGoalSummarizer(goalWith([shareByDistrict()]), { enrollments: [{ householdId: 'a', programId: 'youth', programYear: 2025 }] }, { asOf: '2025-12-31', years: [2025] });
    summarizer.add([{ id: 'a', size: 1, attributes: {} }, { id: 'b', size: 1, attributes: {} }]);
    expect(caught(() => summarizer.add([{ id: 'c', size: 1, attributes: {} }, { id: 'd', size: 0, attributes: {} }]))).toMatchObject({ code: 'out_of_range', path: 'data.households[3].size' });
    const fresh = createGoalSummarizer(goalWith([shareByDistrict()]), { enrollments: [{ householdId: 'a', programId: 'youth', programYear: 2025 }] }, { asOf: '2025-12-31', years: [2025] });
    fresh.add([{ id: 'a', size: 1, attributes: {} }, { id: 'b', size: 1, attributes: {} }]);
    // A household with an enrolment is remembered across batches; one without is caught within its batch only.
    expect(caught(() => fresh.add([{ id: 'c', size: 1, attributes: {} }, { id: 'a', size: 1, attributes: {} }]))).toMatchObject({
      code: 'duplicate',
      path: 'data.households[3].id',
      message: 'createGoalSummarizer: data.households[3].id "a" appears twice; household ids must be unique.',
    });
    expect(caught(() => fresh.add([{ id: 'e', size: 1, attributes: {} }, { id: 'e', size: 1, attributes: {} }]))).toMatchObject({ code: 'duplicate', path: 'data.households[3].id' });
    // Batches are counted even when they fail: this is the fourth.
    expect(caught(() => fresh.add({ id: 'x' } as never))).toMatchObject({
      code: 'invalid_type',
      path: 'data.households (batch 3).length',
      message: expect.stringMatching(/a columnar batch gives its number of records as length \(or pass an array of households\)/),
    });
  });

  it('checks its options and data: years required, households given to add, no summaries', () => {
    const g = goalWith([shareByDistrict()]);
    expect(caught(() => createGoalSummarizer(g, {}, { asOf: '2025-12-31' } as never))).toMatchObject({
      code: 'missing_field',
      path: 'options.years',
      message: expect.stringMatching(/^createGoalSummarizer: options\.years is missing; list the program years/),
    });
    expect(caught(() => createGoalSummarizer(g, {}, { asOf: '2025-12-31', years: [2025], partition: 1 } as never))).toMatchObject({ code: 'invalid_type', path: 'options.partition' });
    expect(caught(() => createGoalSummarizer(g, {}, null as never))).toMatchObject({ code: 'invalid_type', path: 'options' });
    expect(caught(() => createGoalSummarizer(g, { households: [] } as never, { asOf: '2025-12-31', years: [2025] }))).toMatchObject({
      code: 'invalid_value',
      path: 'data.households',
      message: expect.stringMatching(/add\(batch\)/),
    });
    expect(caught(() => createGoalSummarizer(g, { reach: new Map() } as never, { asOf: '2025-12-31', years: [2025] }))).toMatchObject({ code: 'invalid_value', path: 'data.reach' });
    expect(caught(() => createGoalSummarizer(g, { enrolments: [] } as never, { asOf: '2025-12-31', years: [2025] }))).toMatchObject({ code: 'unknown_key' });
    expect(caught(() => createGoalSummarizer(g, null as never, { asOf: '2025-12-31', years: [2025] }))).toMatchObject({ code: 'invalid_type', path: 'data' });
  });

  it('reads eligibility.statusByYear by position across batches', () => {
    const g = goalWith([shareByDistrict({ measure: { kind: 'share', numerator: { field: 'eligible', op: 'eq', value: true } } })], { suppression: { minimumCellSize: 1 } });
    const statusByYear = new Map([[2025, Uint8Array.from([1, 0, 1, 2])]]);
    const summarizer = createGoalSummarizer(g, { eligibility: { statusByYear } }, { asOf: '2025-12-31', years: [2025] });
    summarizer.add([{ id: 'a', size: 1, attributes: { district: '1' } }, { id: 'b', size: 1, attributes: { district: '1' } }]);
    summarizer.add([{ id: 'c', size: 1, attributes: { district: '2' } }, { id: 'd', size: 1, attributes: { district: '2' } }]);
    const partial = summarizer.finish();
    // Hand count: district 1 — a eligible (1), b not (0); district 2 — c eligible (1), d undecided (2: not "eligible eq true").
    expect(partial.indicators[0]?.dimensions[0]?.cells.map((cells) => cells[0])).toEqual([
      { records: 2, events: 1, num: 1, den: 2 },
      { records: 2, events: 1, num: 1, den: 2 },
    ]);
    // Swapping the first two statuses moves the eligible household within district 1 only; swapping b and c moves it across.
    const swapped = createGoalSummarizer(g, { eligibility: { statusByYear: new Map([[2025, Uint8Array.from([0, 1, 1, 0])]]) } }, { asOf: '2025-12-31', years: [2025] });
    swapped.add([{ id: 'a', size: 1, attributes: { district: '1' } }]);
    swapped.add([{ id: 'b', size: 1, attributes: { district: '1' } }, { id: 'c', size: 1, attributes: { district: '2' } }, { id: 'd', size: 1, attributes: { district: '2' } }]);
    expect(swapped.finish().indicators[0]?.dimensions[0]?.cells.map((cells) => cells[0]?.num)).toEqual([1, 1]);
    const short = createGoalSummarizer(g, { eligibility: { statusByYear } }, { asOf: '2025-12-31', years: [2025] });
    short.add([{ id: 'a', size: 1, attributes: { district: '1' } }]);
    expect(caught(() => short.finish())).toMatchObject({ code: 'length_mismatch', path: 'data.eligibility.statusByYear' });
  });
});

describe('summarizeGoalStream and evaluateGoalStream', () => {
  const g = (): object => goalWith([shareByDistrict()], { suppression: { minimumCellSize: 1 } });
  const enrollments = [
    { householdId: 'a', programId: 'youth', programYear: 2024 },
    { householdId: 'c', programId: 'youth', programYear: 2025 },
  ];

  it('reads sync and async iterables of batches', async () => {
    const households = [
      { id: 'a', size: 1, attributes: { district: '1' } },
      { id: 'b', size: 1, attributes: { district: '1' } },
      { id: 'c', size: 1, attributes: { district: '2' } },
    ];
    const card = evaluateGoal(g(), { households, enrollments }, { asOf: '2025-12-31' });
    expect(card.years).toEqual([2024, 2025]);
    expect(await evaluateGoalStream(g(), { households: [households.slice(0, 1), households.slice(1)], enrollments }, { asOf: '2025-12-31' })).toEqual(card);
    expect(await evaluateGoalStream(g(), { households: asyncBatches([households]), enrollments }, { asOf: '2025-12-31' })).toEqual(card);
    const partial = await summarizeGoalStream(g(), { households: new Set([households]), enrollments }, { asOf: '2025-12-31', years: [2025], partition: 'p' });
    expect(partial.partitions).toEqual([{ id: 'p', households: 3, enrollments: 2 }]);
    expect(partial.indicators[0]?.overall).toEqual([{ records: 3, events: 1, num: 1, den: 3 }]);
  });

  it('infers the years from the enrolments and warns when an absent household\'s enrolment widened them', async () => {
    const households = [{ id: 'a', size: 1, attributes: { district: '1' } }];
    const withAbsent = [...enrollments, { householdId: 'gone', programId: 'youth', programYear: 2022 }];
    const inMemory = evaluateGoal(g(), { households, enrollments: withAbsent }, { asOf: '2025-12-31' });
    // evaluateGoal counts only enrolments of the households given: a's 2024.
    expect(inMemory.years).toEqual([2024]);
    const streamed = await evaluateGoalStream(g(), { households: [households], enrollments: withAbsent }, { asOf: '2025-12-31' });
    expect(streamed.years).toEqual([2022, 2023, 2024, 2025]);
    expect(streamed.warnings.at(-1)).toBe(
      'evaluateGoalStream: the program years 2022–2025 were inferred from every enrolment, including enrolments of households not in data.households; evaluateGoal, which counts only the households given, would evaluate 2024. Pass options.years to choose the years.',
    );
    // No household enrolled: evaluateGoal evaluates the as-of year alone.
    const none = await evaluateGoalStream(g(), { households: [[{ id: 'z', size: 1, attributes: { district: '1' } }]], enrollments }, { asOf: '2025-12-31' });
    expect(none.warnings.at(-1)).toMatch(/would evaluate 2025\. Pass options\.years/);
    // Given years: no inference, no warning.
    const given = await evaluateGoalStream(g(), { households: [households], enrollments: withAbsent }, { asOf: '2025-12-31', years: [2024] });
    expect(given).toEqual(evaluateGoal(g(), { households, enrollments: withAbsent }, { asOf: '2025-12-31', years: [2024] }));
  });

  it('rejects what is not a stream of batches, naming the batch', async () => {
    await expect(evaluateGoalStream(g(), { households: 3 as never, enrollments }, { asOf: '2025-12-31' })).rejects.toMatchObject({ code: 'invalid_type', path: 'data.households' });
    await expect(summarizeGoalStream(g(), { households: undefined as never }, { asOf: '2025-12-31', years: [2025] })).rejects.toMatchObject({ code: 'invalid_type', path: 'data.households' });
    await expect(
      evaluateGoalStream(g(), { households: [[{ id: 'a', size: 1, attributes: {} }], { id: 'b', size: 1, attributes: {} }] as never, enrollments }, { asOf: '2025-12-31' }),
    ).rejects.toMatchObject({ code: 'invalid_type', path: 'data.households (batch 1)', message: expect.stringMatching(/each item must be a batch — an array of households/) });
    await expect(evaluateGoalStream(g(), { households: [[{ id: 'a', size: 1, attributes: {} }], [{ id: 'b', size: 2.5, attributes: {} }]], enrollments }, { asOf: '2025-12-31' })).rejects.toMatchObject({
      path: 'data.households[1].size',
    });
    await expect(evaluateGoalStream(g(), { households: [[]], enrollments }, { asOf: '2025-12-31' })).rejects.toMatchObject({ code: 'empty', path: 'data.households' });
    await expect(evaluateGoalStream(g(), null as never, { asOf: '2025-12-31' })).rejects.toMatchObject({ code: 'invalid_type', path: 'data' });
    await expect(summarizeGoalStream(g(), null as never, { asOf: '2025-12-31', years: [2025] })).rejects.toMatchObject({ code: 'invalid_type', path: 'data' });
    await expect(summarizeGoalStream(g(), { households: [] }, { asOf: '2025-12-31' } as never)).rejects.toMatchObject({ code: 'missing_field', path: 'options.years' });
    // An error the stream throws passes through.
    async function* broken(): AsyncGenerator<Household[]> {
      yield [{ id: 'a', size: 1, attributes: {} }];
      throw new Error('disk read failed');
    }
    await expect(evaluateGoalStream(g(), { households: broken(), enrollments }, { asOf: '2025-12-31' })).rejects.toThrow('disk read failed');
  });
});
