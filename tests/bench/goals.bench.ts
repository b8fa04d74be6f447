/**
 * goals: filter evaluation over many records, and goal validation.
 * Run with `npm run bench -- goals`.
 */
import { readFileSync } from 'node:fs';
import { compileFilter, defineGoal, EquityGoalSchema, evaluateFilter, type Filter } from '../../src/index.ts';
import { createRandom } from '../../src/synthetic/index.ts';
import { suite } from './harness.ts';

interface Row {
  size: number;
  eligible: boolean | null;
  enrolled: boolean;
  fplPercent: number;
  attributes: { councilDistrict: string; language: string };
  categorical: string[];
}

suite('goals', (ctx) => {
  const n = 200_000;
  const random = createRandom(7);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      size: 1 + Math.floor(random() * 7),
      eligible: random() < 0.05 ? null : random() < 0.4,
      enrolled: random() < 0.2,
      fplPercent: random() * 400,
      attributes: { councilDistrict: String(1 + Math.floor(random() * 10)), language: random() < 0.5 ? 'English' : 'Spanish' },
      categorical: random() < 0.3 ? ['CalFresh'] : [],
    });
  }
  const districts = ['1', '3', '5', '7', '9', '10', '2', '4', '6', '8', '11', '12'];
  const filter: Filter = {
    all: [
      { field: 'eligible', op: 'eq', value: true },
      { any: [{ field: 'fplPercent', op: 'lt', value: 200 }, { field: 'categorical', op: 'contains', value: 'CalFresh' }] },
      { field: 'attributes.councilDistrict', op: 'in', value: districts },
      { not: { field: 'size', op: 'between', value: [6, 7] } },
    ],
  };
  const districtSet = new Set(districts);
  const handWritten = (r: Row): boolean =>
    r.eligible === true &&
    (r.fplPercent < 200 || r.categorical.includes('CalFresh')) &&
    districtSet.has(r.attributes.councilDistrict) &&
    !(r.size >= 6 && r.size <= 7);

  const countWith = (predicate: (r: Row) => boolean): number => {
    let count = 0;
    for (let i = 0; i < rows.length; i++) if (predicate(rows[i] as Row)) count++;
    return count;
  };
  const compiled = compileFilter(filter);
  if (countWith(compiled) !== countWith(handWritten)) throw new Error('goals bench: compiled filter disagrees with the hand-written predicate');

  ctx.compare({
    name: 'compileFilter predicate over records',
    run: () => countWith(compiled),
    baselineName: 'hand-written predicate',
    baseline: () => countWith(handWritten),
    goal: 4,
    options: { n, repeat: 9 },
  });
  ctx.compare({
    name: 'evaluateFilter per record (validates every call)',
    run: () => countWith((r) => evaluateFilter(filter, r)),
    baselineName: 'compileFilter predicate',
    baseline: () => countWith(compiled),
    // evaluateFilter re-validates the filter on every call (a structural check, no allocation); loops compile.
    goal: 6,
    options: { n, repeat: 5 },
  });

  const text = readFileSync(new URL('../../examples/goals/prns-youth-scholarship.json', import.meta.url), 'utf8');
  const goal: unknown = JSON.parse(text);
  const times = 200;
  ctx.compare({
    name: 'defineGoal (schema + semantic checks), PRNS goal',
    run: () => {
      for (let i = 0; i < times; i++) defineGoal(goal);
    },
    baselineName: 'EquityGoalSchema.parse alone',
    baseline: () => {
      for (let i = 0; i < times; i++) EquityGoalSchema.parse(goal);
    },
    goal: 1.5,
    options: { n: times, repeat: 5 },
  });
});
