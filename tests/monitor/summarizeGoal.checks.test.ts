// The input checks of the summary path (summarizeGoal, summarizeGoalStream, createGoalSummarizer): each bad input
// gets its own code, path and message, and the valid neighbours of a bad input are accepted.
import { beforeEach, describe, expect, it } from 'vitest';
import { createGoalSummarizer } from '../../src/monitor/createGoalSummarizer.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { summarizeGoalStream } from '../../src/monitor/summarizeGoalStream.ts';
import { caught } from '../helpers/caught.ts';
import { goalWith, shareByDistrict } from './fixtures.ts';

async function rejected(promise: Promise<unknown>): Promise<{ code: string; path: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, path, message } = error as { code: string; path: string; message: string };
    return { code, path, message };
  }
  throw new Error('expected a rejection');
}

const brief = (error: { code: string; path: string; message: string }) => ({ code: error.code, path: error.path, message: error.message });

describe('summarizeGoal checks', () => {
  let goal: object;
  const households = [{ id: 'a', size: 2, attributes: { district: '1' } }];
  const options = { asOf: '2025-12-31', years: [2025] };
  beforeEach(() => {
    goal = goalWith([shareByDistrict()]);
  });

  it('asks for the households when data has none (and no reach summaries)', () => {
    expect(brief(caught(() => summarizeGoal(goal, { enrollments: [] } as never, options)))).toEqual({
      code: 'missing_field',
      path: 'data.households',
      message: "summarizeGoal: data.households is undefined; pass this partition's households as an array.",
    });
    expect(caught(() => summarizeGoal(goal, { households: 'a,b' } as never, options)).message).toBe(
      'summarizeGoal: data.households is "a,b"; pass this partition\'s households as an array.',
    );
  });

  it('rejects reach summaries before it looks for households', () => {
    expect(brief(caught(() => summarizeGoal(goal, { reach: new Map() } as never, options)))).toEqual({
      code: 'invalid_value',
      path: 'data.reach',
      message: "summarizeGoal: data.reach summaries cannot be summarised again; pass this partition's households and enrolments.",
    });
  });

  it('says what data is when it is not an object', () => {
    for (const [data, shown] of [
      [null, 'null'],
      ['households.csv', '"households.csv"'],
      [7, '7'],
    ] as const) {
      expect(brief(caught(() => summarizeGoal(goal, data as never, options)))).toEqual({
        code: 'invalid_type',
        path: 'data',
        message: `summarizeGoal: data is ${shown}; pass { enrollments, sites, eligibility }.`,
      });
    }
  });

  it('says what options is when it is not an object', () => {
    expect(brief(caught(() => summarizeGoal(goal, { households }, '2025-12-31' as never)))).toEqual({
      code: 'invalid_type',
      path: 'options',
      message: 'summarizeGoal: options is "2025-12-31"; pass { asOf: "YYYY-MM-DD", years: [...] }.',
    });
    expect(caught(() => summarizeGoal(goal, { households }, null as never)).message).toBe(
      'summarizeGoal: options is null; pass { asOf: "YYYY-MM-DD", years: [...] }.',
    );
  });

  it('lists the data keys it takes, povertyTables and reach among them, and accepts an absent reach', () => {
    expect(brief(caught(() => summarizeGoal(goal, { households, workers: 2 } as never, options)))).toMatchObject({
      code: 'unknown_key',
      path: 'data.workers',
      message: 'summarizeGoal: data has unknown option "workers"; allowed: households, enrollments, sites, eligibility, povertyTables, reach.',
    });
    const partial = summarizeGoal(goal, { households, enrollments: [], povertyTables: undefined, reach: undefined } as never, options);
    expect(partial.records.households).toBe(1);
  });
});

describe('summarizeGoalStream checks', () => {
  let goal: object;
  const options = { asOf: '2025-12-31', years: [2025] };
  beforeEach(() => {
    goal = goalWith([shareByDistrict()]);
  });

  it('says what data is when it is not an object', async () => {
    expect(await rejected(summarizeGoalStream(goal, 'households.csv' as never, options))).toEqual({
      code: 'invalid_type',
      path: 'data',
      message: 'summarizeGoalStream: data is "households.csv"; pass { households, enrollments, sites, eligibility }.',
    });
    expect((await rejected(summarizeGoalStream(goal, null as never, options))).message).toBe(
      'summarizeGoalStream: data is null; pass { households, enrollments, sites, eligibility }.',
    );
  });

  it('lists the data keys it takes besides the households, povertyTables among them', async () => {
    expect(await rejected(summarizeGoalStream(goal, { households: [], reachh: 1 } as never, options))).toMatchObject({
      code: 'unknown_key',
      path: 'data.reachh',
      message: 'summarizeGoalStream: data has unknown option "reachh"; allowed: enrollments, sites, eligibility, povertyTables.',
    });
    const partial = await summarizeGoalStream(goal, { households: [[{ id: 'a', size: 1, attributes: { district: '1' } }]], enrollments: [], povertyTables: undefined }, options);
    expect(partial.records.households).toBe(1);
  });
});

describe('createGoalSummarizer: options.columns', () => {
  let goal: object;
  beforeEach(() => {
    goal = goalWith([shareByDistrict()]);
  });
  const summarizer = (columns: unknown) => createGoalSummarizer(goal, { enrollments: [] }, { asOf: '2025-12-31', years: [2025], columns } as never);
  const hint = 'give { id: "household_id", size: "size", attributes: { district: "district" } } (column names by field).';

  it('takes an object of column names', () => {
    for (const [columns, shown] of [
      [null, 'null'],
      ['household_id', '"household_id"'],
      [['id'], 'an array of length 1'],
      [3, '3'],
    ] as const) {
      expect(brief(caught(() => summarizer(columns)))).toEqual({
        code: 'invalid_type',
        path: 'options.columns',
        message: `createGoalSummarizer: options.columns is ${shown}; ${hint}`,
      });
    }
  });

  it('takes each field column name as a string', () => {
    expect(brief(caught(() => summarizer({ size: 2 })))).toEqual({
      code: 'invalid_type',
      path: 'options.columns.size',
      message: "createGoalSummarizer: options.columns.size is 2; give the column's name as a string.",
    });
    expect(caught(() => summarizer({ colour: 'c' })).path).toBe('options.columns.colour');
  });

  it('takes attributes as an object of column names, every one a string', () => {
    for (const [attributes, shown] of [
      [null, 'null'],
      ['district', '"district"'],
      [['district'], 'an array of length 1'],
      [{ district: 'district', tenure: 4 }, 'an object'],
      [{ tenure: 4 }, 'an object'],
    ] as const) {
      expect(brief(caught(() => summarizer({ attributes })))).toEqual({
        code: 'invalid_type',
        path: 'options.columns.attributes',
        message: `createGoalSummarizer: options.columns.attributes is ${shown}; give { attributeName: "column name", … }.`,
      });
    }
    expect(summarizer({ id: 'household_id', attributes: { district: 'district_code' } }).households).toBe(0);
  });
});
