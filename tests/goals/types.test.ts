import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  defineGoal,
  type EquityGoal,
  type EquityGoalInput,
  type Filter,
  type Indicator,
  type IndicatorMeasure,
  type ParityBand,
  type ReferenceGroup,
} from '../../src/index.ts';
import type { ParityBand as SharedParityBand } from '../../src/internal/parity.ts';

// A goal written in TypeScript: `satisfies EquityGoalInput` type-checks it while defaults stay optional.
const draft = {
  id: 'typed-goal',
  version: 1,
  title: 'Typed goal',
  program: { id: 'youth', name: 'Youth programs', department: 'PRNS' },
  department: 'PRNS',
  owner: 'Analyst',
  objective: 'Equal penetration.',
  populationOfFocus: { description: 'Eligible households', filter: { field: 'eligible', op: 'eq', value: true } },
  indicators: [
    {
      id: 'share',
      name: 'Share enrolled',
      rbaKind: 'howWell',
      recordSet: 'householdYears',
      measure: { kind: 'share', numerator: { field: 'enrolled', op: 'eq', value: true } },
      unit: 'proportion',
      direction: 'higherIsBetter',
      parityBand: { relative: 0.1, absolute: 0.1 },
      dataSource: { name: 'Registrations', steward: 'PRNS' },
    },
  ],
  reviewCadence: 'annual',
} satisfies EquityGoalInput;

describe('goal types', () => {
  it('infers the parsed goal with defaults filled in', () => {
    const goal = defineGoal(draft);
    expectTypeOf(goal).toEqualTypeOf<EquityGoal>();
    expectTypeOf(goal.indicators).toEqualTypeOf<Indicator[]>();
    expectTypeOf<Indicator['trend']>().toEqualTypeOf<'yearOverYear' | 'linear' | 'theilSen' | 'mannKendall' | 'mannKendallExact' | 'annualPercentChange' | 'joinpoint'>();
    expectTypeOf<Indicator['referenceGroup']>().toEqualTypeOf<ReferenceGroup>();
    expectTypeOf<Indicator['measure']>().toEqualTypeOf<IndicatorMeasure>();
    expect(goal.indicators[0]?.trend).toBe('theilSen');
  });

  it('a parity band is exactly a tolerance compareToReference accepts (exact optional properties)', () => {
    expectTypeOf<ParityBand>().toExtend<SharedParityBand>();
    expectTypeOf<ParityBand>().toEqualTypeOf<{ relative?: number; absolute?: number }>();
  });

  it('filters nest to any depth', () => {
    const nested: Filter = { all: [{ any: [{ not: { field: 'a', op: 'exists' } }] }, { field: 'b', op: 'between', value: ['2024-01-01', '2024-12-31'] }] };
    expectTypeOf(nested).toExtend<Filter>();
    // @ts-expect-error a between value is a pair of one type
    const mixed: Filter = { field: 'b', op: 'between', value: [1, '2'] };
    expect(mixed).toBeDefined();
  });
});
