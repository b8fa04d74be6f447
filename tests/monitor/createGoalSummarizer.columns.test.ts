import { Dictionary, Float64, Int32, Int64, Table, tableFromArrays, Utf8, vectorFromArray, type RecordBatch } from 'apache-arrow';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from '../../src/eligibility/prnsScholarshipRules.ts';
import type { Household } from '../../src/internal/records.ts';
import { createGoalSummarizer } from '../../src/monitor/createGoalSummarizer.ts';
import { evaluateGoal } from '../../src/monitor/evaluateGoal.ts';
import { evaluateGoalStream } from '../../src/monitor/evaluateGoalStream.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { caught } from '../helpers/caught.ts';
import { shared } from '../helpers/shared.ts';
import { toColumns } from './columnFixtures.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';
import { allMeasuresGoal, type SmallCity, smallCity } from './partialFixtures.ts';

const HOUSEHOLDS = 300;
const options = { asOf: '2025-06-30', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] };

/** The households as Arrow record batches of `size` rows, string attributes dictionary-encoded (Arrow's own encoder). */
function toArrow(households: readonly Household[], size: number): RecordBatch[] {
  const names = [...new Set(households.flatMap((h) => Object.keys(h.attributes)))];
  const batches: RecordBatch[] = [];
  for (let start = 0; start < households.length; start += size) {
    const part = households.slice(start, start + size);
    const table = tableFromArrays({
      id: part.map((h) => h.id),
      size: Int32Array.from(part, (h) => h.size),
      annualIncome: Float64Array.from(part, (h) => h.annualIncome ?? Number.NaN),
      lng: Float64Array.from(part, (h) => h.location?.[0] ?? Number.NaN),
      lat: Float64Array.from(part, (h) => h.location?.[1] ?? Number.NaN),
      ...Object.fromEntries(names.map((name) => [name, vectorFromArray(part.map((h) => h.attributes[name] ?? null), new Dictionary(new Utf8(), new Int32()))])),
    });
    batches.push(...table.batches);
  }
  return batches;
}

describe('createGoalSummarizer: columnar batches', () => {
  let city: () => SmallCity;
  let goal: () => object;
  beforeEach(() => {
    city = shared(() => smallCity(HOUSEHOLDS, 7));
    goal = shared(() => ({ ...allMeasuresGoal(), suppression: { minimumCellSize: 1 } }));
  });

  it('gives the partial state of the same households as records, for any split into row, column and dictionary batches', () => {
    const { households, ...data } = city();
    const whole = summarizeGoal(goal(), { households, ...data }, options);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: HOUSEHOLDS }), fc.integer({ min: 0, max: 2 })), { maxLength: 6 }), (cuts) => {
        const points = [...new Set(cuts.map(([cut]) => cut))].sort((a, b) => a - b);
        const kinds = new Map(cuts);
        const summarizer = createGoalSummarizer(goal(), data, options);
        let start = 0;
        for (const cut of [...points, HOUSEHOLDS]) {
          const part = households.slice(start, cut);
          const kind = kinds.get(start) ?? 1;
          summarizer.add(kind === 0 ? part : toColumns(part, kind === 2));
          start = cut;
        }
        expect(summarizer.finish()).toEqual(whole);
      }),
      { numRuns: 8 },
    );
  });

  it('gives evaluateGoal\'s scorecard from Apache Arrow record batches with dictionary-encoded attributes', async () => {
    const { households, ...data } = city();
    const batches = toArrow(households, 64);
    expect(batches.length).toBe(5);
    expect(batches[0]?.getChild('district')?.data[0]?.dictionary).toBeDefined();
    const card = await evaluateGoalStream(goal(), { households: batches, ...data }, options);
    expect(card).toEqual(evaluateGoal(goal(), { households, ...data }, options));
  });

  it('decides eligibility with rules on columnar batches (each household read through one reused view)', async () => {
    const { households, enrollments } = city();
    const ruled = goalWith([shareByDistrict({ measure: { kind: 'share', numerator: { field: 'eligible', op: 'eq', value: true } } })], {
      program: { id: 'prns-youth-scholarship', name: 'Youth scholarships', department: 'PRNS' },
      yearBasis: { startMonth: 7, label: 'end' },
      suppression: { minimumCellSize: 1 },
    });
    const data = { enrollments, eligibility: { rules: ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } };
    const expected = evaluateGoal(ruled, { households, ...data }, { asOf: '2025-06-30', years: [2023, 2024, 2025] });
    // Arrow batches carry no members (their birth dates decide the age criteria): columns here.
    const card = await evaluateGoalStream(ruled, { households: [toColumns(households.slice(0, 100), true), toColumns(households.slice(100), false)], ...data }, { asOf: '2025-06-30', years: [2023, 2024, 2025] });
    expect(card).toEqual(expected);
    expect(card.indicators[0]?.overall.map((cell) => cell.value)).not.toContain(null);
  });

  it('maps Arrow columns by name with options.columns, attributes by default every other column', () => {
    const g = goalWith([shareByDistrict()], { suppression: { minimumCellSize: 1 } });
    const table = tableFromArrays({ household_id: ['a', 'b', 'c'], persons: Int32Array.of(1, 2, 3), council: ['1', '1', '2'], note: ['x', 'y', 'z'] });
    const enrollments = [{ householdId: 'b', programId: 'youth', programYear: 2025 }];
    const summarizer = createGoalSummarizer(g, { enrollments }, { asOf: '2025-12-31', years: [2025], columns: { id: 'household_id', size: 'persons', attributes: { district: 'council' } } });
    for (const batch of table.batches) summarizer.add(batch);
    const partial = summarizer.finish();
    expect(partial.attributeNames).toEqual(['attributes.district']);
    expect(partial.indicators[0]?.dimensions[0]?.groups).toEqual([['1'], ['2']]);
    // Hand count: district 1 — b enrolled of a, b; district 2 — c not enrolled.
    expect(partial.indicators[0]?.dimensions[0]?.cells.map((cells) => cells[0])).toEqual([
      { records: 2, events: 1, num: 1, den: 2 },
      { records: 1, events: 0, num: 0, den: 1 },
    ]);
    const byDefault = createGoalSummarizer(g, { enrollments }, { asOf: '2025-12-31', years: [2025] });
    byDefault.add(tableFromArrays({ id: ['a'], size: Int32Array.of(2), district: ['1'], language: ['es'] }).batches[0] as RecordBatch);
    expect(byDefault.finish().attributeNames).toEqual(['attributes.district', 'attributes.language']);
  });

  it('assigns a dictionary column\'s groups once per entry, and reads numbers as text', () => {
    const g = goalWith([shareByDistrict({ disaggregations: [{ id: 'district', field: 'attributes.district', unmatched: 'group' }] })], { suppression: { minimumCellSize: 1 } });
    const summarizer = createGoalSummarizer(g, { enrollments: [{ householdId: 'a', programId: 'youth', programYear: 2025 }] }, { asOf: '2025-12-31', years: [2025] });
    // An unused entry ("9") makes no group; a missing index falls in the unmatched group.
    summarizer.add({ length: 4, id: { dictionary: ['a', 'b', 'c', 'd'], indices: [0, 1, 2, 3] }, size: [1, 1, 1, 1], attributes: { district: { dictionary: [3, 9, 4], indices: Int8Array.of(0, 0, 2, -1) } } });
    const partial = summarizer.finish();
    expect(partial.indicators[0]?.dimensions[0]?.groups).toEqual([['3'], ['4'], ['Unknown or other']]);
    expect(partial.indicators[0]?.dimensions[0]?.seen).toEqual({ records: 4, withField: 3 });
  });

  it('reads Arrow columns with nulls, 64-bit integers and several chunks, and passes eligibility functions a view by id', () => {
    const g = goalWith([shareByDistrict(), shareByDistrict({ id: 'mean-income', name: 'Mean income', measure: { kind: 'mean', field: 'annualIncome' }, unit: 'dollars' })], { suppression: { minimumCellSize: 1 } });
    const households: Household[] = [
      { id: 'a', size: 1, annualIncome: 1000, attributes: { district: '1' } },
      { id: 'b', size: 2, attributes: { district: '1' } },
      { id: 'c', size: 3, annualIncome: 4000, attributes: { district: '2' } },
      { id: 'd', size: 4, annualIncome: 5000, attributes: {} },
    ];
    const enrollments = [{ householdId: 'c', programId: 'youth', programYear: 2025 }];
    const first = new Table({
      id: vectorFromArray(['a', 'b'], new Utf8()),
      size: vectorFromArray([1n, 2n], new Int64()),
      annualIncome: vectorFromArray([1000, null], new Float64()),
      district: vectorFromArray(['1', '1'], new Utf8()),
    });
    const second = new Table({
      id: vectorFromArray(['c', 'd'], new Utf8()),
      size: vectorFromArray([3n, 4n], new Int64()),
      annualIncome: vectorFromArray([4000, 5000], new Float64()),
      district: vectorFromArray(['2', null], new Utf8()),
    });
    const expected = summarizeGoal(g, { households, enrollments }, { asOf: '2025-12-31', years: [2025] });
    const summarizer = createGoalSummarizer(g, { enrollments }, { asOf: '2025-12-31', years: [2025] });
    // One table of two chunks: its columns are read through get(i), or as one array when they have no null.
    const table = first.concat(second);
    expect(table.getChild('annualIncome')?.data.length).toBe(2);
    summarizer.add(table);
    expect(summarizer.finish()).toEqual(expected);
    // An eligibility function sees each household of a columnar batch (a reused view: read it by id).
    const seen: string[] = [];
    const eligibility = (household: Household): boolean => {
      seen.push(`${household.id}:${household.size}:${household.attributes['district'] ?? '-'}`);
      return household.size > 2;
    };
    const eg = goalWith([shareByDistrict({ measure: { kind: 'share', numerator: { field: 'eligible', op: 'eq', value: true } } })], { suppression: { minimumCellSize: 1 } });
    const viaView = createGoalSummarizer(eg, { eligibility }, { asOf: '2025-12-31', years: [2025] });
    viaView.add(toColumns(households, true));
    expect(viaView.finish()).toEqual(summarizeGoal(eg, { households, eligibility }, { asOf: '2025-12-31', years: [2025] }));
    expect(seen).toEqual(['a:1:1', 'b:2:1', 'c:3:2', 'd:4:-', 'a:1:1', 'b:2:1', 'c:3:2', 'd:4:-']);
  });

  it('lists only attributes with a value among the first 1,000 households, and sums incomes when annualIncome is missing', () => {
    const g = goalWith([shareByDistrict({ id: 'poor', measure: { kind: 'share', numerator: { field: 'fplPercent', op: 'lt', value: 100 } } })], { suppression: { minimumCellSize: 1 } });
    const summarizer = createGoalSummarizer(g, { enrollments: [] }, { asOf: '2025-12-31', years: [2025] });
    summarizer.add({
      length: 2,
      id: ['a', 'b'],
      size: [1, 1],
      annualIncome: [null, 50_000],
      incomes: [[{ amount: 500, frequency: 'monthly' }], null],
      attributes: { district: ['1', '2'], empty: [null, undefined] },
    });
    const partial = summarizer.finish();
    expect(partial.attributeNames).toEqual(['attributes.district']);
    expect(partial.counts.householdsWithIncome).toBe(2);
    // a: 500 × 12 = 6,000 a year, under the guideline for one person; b: 50,000, over it.
    expect(partial.indicators[0]?.overall[0]).toEqual({ records: 2, events: 1, num: 1, den: 2 });
  });

  it('bins a dictionary-encoded attribute as the records would be binned', () => {
    const g = goalWith(
      [shareByDistrict({ disaggregations: [{ id: 'area', field: 'attributes.district', bins: [{ label: 'North', values: ['1', '2'] }, { label: 'South', values: ['3'] }], unmatched: 'group' }] })],
      { suppression: { minimumCellSize: 1 } },
    );
    const districts = ['1', '2', '3', '9', undefined, '3'];
    const households: Household[] = districts.map((district, i) => ({ id: `h${i}`, size: 1, attributes: district === undefined ? {} : { district } }));
    const enrollments = [{ householdId: 'h2', programId: 'youth', programYear: 2025 }];
    const expected = summarizeGoal(g, { households, enrollments }, { asOf: '2025-12-31', years: [2025] });
    const summarizer = createGoalSummarizer(g, { enrollments }, { asOf: '2025-12-31', years: [2025] });
    summarizer.add(toColumns(households, true));
    const partial = summarizer.finish();
    expect(partial).toEqual(expected);
    // Hand count: North h0, h1; South h2 (enrolled), h5; unmatched h3 ("9", in no bin) and h4 (no district).
    expect(partial.indicators[0]?.dimensions[0]?.groups).toEqual([['North'], ['South'], ['Unknown or other']]);
    expect(partial.indicators[0]?.dimensions[0]?.cells.map((cells) => cells[0]?.records)).toEqual([2, 2, 2]);
    expect(partial.indicators[0]?.dimensions[0]?.seen).toEqual({ records: 6, withField: 5 });
  });

  it('rejects bad columns with the path and the fix', () => {
    const g = goalWith([shareByDistrict()]);
    const make = (): ReturnType<typeof createGoalSummarizer> => createGoalSummarizer(g, { enrollments: [] }, { asOf: '2025-12-31', years: [2025] });
    const s = make();
    s.add([{ id: 'r', size: 1, attributes: { district: '1' } }]);
    expect(caught(() => s.add({ length: 2, id: ['a', 'b'], size: [1], attributes: {} }))).toMatchObject({
      code: 'length_mismatch',
      path: 'data.households (batch 1).size',
      message: 'createGoalSummarizer: data.households (batch 1).size has 1 values for a batch of 2 records; every column holds one value per record.',
    });
    expect(caught(() => make().add({ length: 1, size: [1] } as never))).toMatchObject({ code: 'missing_field', path: 'data.households (batch 0).id' });
    expect(caught(() => make().add(tableFromArrays({ household: ['a'], size: Int32Array.of(1) }).batches[0] as RecordBatch))).toMatchObject({
      code: 'missing_field',
      path: 'data.households (batch 0).id',
      message: 'createGoalSummarizer: the batch has no column "id" for the household id (columns: household, size); name the column that holds it with options.columns.id.',
    });
    const named = createGoalSummarizer(g, { enrollments: [] }, { asOf: '2025-12-31', years: [2025], columns: { size: 'persons' } });
    expect(caught(() => named.add(tableFromArrays({ id: ['a'], size: Int32Array.of(1) }).batches[0] as RecordBatch))).toMatchObject({ code: 'not_found', path: 'data.households (batch 0).size' });
    const t = make();
    t.add({ length: 1, id: ['x'], size: [1] });
    expect(caught(() => t.add({ length: 2, id: ['a', 'b'], size: ['2', 'three'] } as never))).toMatchObject({ code: 'invalid_type', path: 'data.households[1].size' });
    expect(caught(() => make().add(tableFromArrays({ id: Int32Array.of(7), size: Int32Array.of(1) }).batches[0] as RecordBatch))).toMatchObject({
      code: 'invalid_type',
      path: 'data.households[0].id',
      message: expect.stringMatching(/household ids are text — give the id column as strings/),
    });
    expect(caught(() => make().add({ length: 2, id: ['a', 'a'], size: [1, 1] }))).toMatchObject({ code: 'duplicate', path: 'data.households[1].id' });
    expect(caught(() => make().add({ length: 1, id: { dictionary: ['a'], indices: [3] }, size: [1] }))).toMatchObject({ code: 'out_of_range', path: 'data.households (batch 0).id.indices[0]' });
    // Positions are checked when distances are measured (as on records).
    const distance = goalWith([shareByDistrict({ measure: { kind: 'distance', statistic: 'mean' }, unit: 'km', direction: 'lowerIsBetter' })]);
    const located = createGoalSummarizer(distance, { sites: [{ id: 's', location: [0, 0] }] }, { asOf: '2025-12-31', years: [2025] });
    located.add({ length: 1, id: ['a'], size: [1], location: { lng: [0.01], lat: [0] } });
    expect(caught(() => located.add({ length: 2, id: ['b', 'c'], size: [1, 1], location: { lng: [0, 0], lat: [null, 95] } }))).toMatchObject({
      code: 'invalid_position',
      path: 'data.households[2].location',
    });
    expect(caught(() => make().add({ length: 1, id: ['a'], size: [1], location: { lng: [0] } } as never))).toMatchObject({ code: 'invalid_type', path: 'data.households (batch 0).location.lat' });
    expect(caught(() => make().add({ length: 1, id: ['a'], size: 3 } as never))).toMatchObject({ code: 'invalid_type', path: 'data.households (batch 0).size' });
    expect(caught(() => make().add(7 as never))).toMatchObject({ code: 'invalid_type', path: 'data.households (batch 0)' });
    expect(caught(() => createGoalSummarizer(g, {}, { asOf: '2025-12-31', years: [2025], columns: { id: 3 } } as never))).toMatchObject({ code: 'invalid_type', path: 'options.columns.id' });
    expect(caught(() => createGoalSummarizer(g, {}, { asOf: '2025-12-31', years: [2025], columns: { ids: 'x' } } as never))).toMatchObject({ code: 'unknown_key', path: 'options.columns.ids' });
    expect(caught(() => summarizeGoal(g, { households: [], enrollments: [] }, { asOf: '2025-12-31', years: [2025], columns: {} } as never))).toMatchObject({ code: 'unknown_key', path: 'options.columns' });
  });
});
