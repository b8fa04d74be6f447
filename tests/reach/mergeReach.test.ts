import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReach, targetingErrors, type TargetingErrorsResult } from '../../src/reach/index.ts';
import { caught, expectError } from './helpers.ts';

interface Row {
  eligible: boolean | null;
  enrolled: boolean;
  district: string;
  language: string;
  weight: number;
  part: number;
}

const rowArb = fc.record({
  eligible: fc.constantFrom(true, false, null),
  enrolled: fc.boolean(),
  district: fc.constantFrom('1', '2', '3', '__proto__'),
  language: fc.constantFrom('en', 'es', 'vi'),
  weight: fc.integer({ min: 0, max: 5 }),
  part: fc.integer({ min: 0, max: 3 }),
});

const options = {
  eligible: (r: Row) => r.eligible,
  enrolled: (r: Row) => r.enrolled,
  by: { district: (r: Row) => r.district, language: (r: Row) => r.language },
  weight: (r: Row) => r.weight,
};

describe('mergeReach', () => {
  it('merging the summaries of any partition equals the summary of the whole', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const whole = targetingErrors(rows, options);
        const parts = [0, 1, 2, 3].map((p) => targetingErrors(rows.filter((r) => r.part === p), options));
        const merged = parts.reduce((a, b) => mergeReach(a, b));
        // Integer weights keep every sum exact, so equality is exact.
        expect(merged).toEqual(whole);
      }),
      { numRuns: 80 },
    );
  });
  it('merges fractional weights up to floating-point rounding', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rowArb, fc.double({ min: 0, max: 10, noNaN: true })), { maxLength: 40 }), (pairs) => {
        const rows = pairs.map(([r, w]) => ({ ...r, weight: w }));
        const whole = targetingErrors(rows, options);
        const merged = [0, 1, 2, 3].map((p) => targetingErrors(rows.filter((r) => r.part === p), options)).reduce((a, b) => mergeReach(a, b));
        expect(merged.groups.map((g) => g.keys)).toEqual(whole.groups.map((g) => g.keys));
        merged.groups.forEach((g, i) => {
          const w = whole.groups[i]!;
          expect(g.eligible).toBeCloseTo(w.eligible, 9);
          if (w.coverage === null) expect(g.coverage).toBeNull();
          else expect(g.coverage as number).toBeCloseTo(w.coverage, 9);
        });
      }),
      { numRuns: 40 },
    );
  });
  it('is commutative and associative', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const [a, b, c] = [0, 1, 2].map((p) => targetingErrors(rows.filter((r) => r.part % 3 === p), options)) as [
          TargetingErrorsResult,
          TargetingErrorsResult,
          TargetingErrorsResult,
        ];
        expect(mergeReach(a, b)).toEqual(mergeReach(b, a));
        expect(mergeReach(mergeReach(a, b), c)).toEqual(mergeReach(a, mergeReach(b, c)));
      }),
      { numRuns: 40 },
    );
  });
  it('survives a round trip through JSON (summaries are plain objects)', () => {
    const rows: Row[] = [
      { eligible: true, enrolled: true, district: '1', language: 'es', weight: 1, part: 0 },
      { eligible: false, enrolled: true, district: '2', language: 'en', weight: 1, part: 1 },
    ];
    const a = targetingErrors(rows.slice(0, 1), options);
    const b = targetingErrors(rows.slice(1), options);
    const remote = JSON.parse(JSON.stringify(b)) as TargetingErrorsResult;
    expect(mergeReach(a, remote)).toEqual(targetingErrors(rows, options));
  });
  it('recomputes rates from merged counts, not by averaging', () => {
    const o = { eligible: (r: { e: boolean }) => r.e, enrolled: (r: { n: boolean }) => r.n };
    // Partition 1: 1 of 1 eligible enrolled (coverage 1); partition 2: 1 of 3 (coverage 1/3). Whole: 2 of 4.
    const a = targetingErrors([{ e: true, n: true }], o);
    const b = targetingErrors([{ e: true, n: true }, { e: true, n: false }, { e: true, n: false }], o);
    expect(mergeReach(a, b).overall.coverage).toBe(0.5);
  });
  it('merges an empty partition as the identity', () => {
    const rows: Row[] = [{ eligible: true, enrolled: false, district: '1', language: 'vi', weight: 2, part: 0 }];
    const whole = targetingErrors(rows, options);
    expect(mergeReach(whole, targetingErrors([], options))).toEqual(whole);
  });
  it('refuses results computed under different conventions', () => {
    const a = targetingErrors([], options);
    const grouped = caught(() => mergeReach(a, targetingErrors([], { ...options, by: { district: options.by.district } })));
    expect(grouped.code).toBe('invalid_value');
    expect(grouped.path).toBe('b.dimensions');
    expect(grouped.message).toBe(
      'mergeReach: b is grouped by [district] but a by [district, language]; compute both with the same options.by.',
    );
    const { weight: _w, ...unweighted } = options;
    expect(caught(() => mergeReach(a, targetingErrors([], unweighted))).path).toBe('b.weighted');
    expect(caught(() => mergeReach(a, targetingErrors([], { ...options, confidence: 0.9 }))).path).toBe('b.confidence');
    expect(caught(() => mergeReach(a, targetingErrors([], { ...options, inclusionErrorDenominator: 'ineligible' }))).path).toBe(
      'b.inclusionErrorDenominator',
    );
  });
  it('refuses damaged counts', () => {
    const a = targetingErrors([], options);
    const damaged = JSON.parse(JSON.stringify(a)) as TargetingErrorsResult;
    damaged.overall.eligible = -1;
    const error = caught(() => mergeReach(a, damaged));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('b.overall.eligible');
    expect(caught(() => mergeReach(a, {} as TargetingErrorsResult)).message).toBe(
      'mergeReach: b is not a result of targetingErrors (it lacks dimensions, groups or overall).',
    );
  });
});

describe('mergeReach, errors in full', () => {
  interface R {
    e: boolean;
    n: boolean;
    d?: string;
    l?: string;
  }
  const o = { eligible: (r: R) => r.e, enrolled: (r: R) => r.n };
  const district = (r: R) => r.d as string;
  const language = (r: R) => r.l as string;
  const byDistrictOptions = { ...o, by: { district } };

  it('refuses results grouped by other dimensions: other names, more or fewer', () => {
    const byDistrict = targetingErrors([], byDistrictOptions);
    const both = targetingErrors([], { ...o, by: { district, language } });
    const swapped = targetingErrors([], { ...o, by: { language, district } });
    expectError(() => mergeReach(byDistrict, both), 'invalid_value', 'b.dimensions',
      'mergeReach: b is grouped by [district, language] but a by [district]; compute both with the same options.by.');
    expectError(() => mergeReach(both, swapped), 'invalid_value', 'b.dimensions',
      'mergeReach: b is grouped by [language, district] but a by [district, language]; compute both with the same options.by.');
    const byLanguage = targetingErrors([], { ...o, by: { language } });
    expectError(() => mergeReach(byDistrict, byLanguage), 'invalid_value', 'b.dimensions',
      'mergeReach: b is grouped by [language] but a by [district]; compute both with the same options.by.');
  });

  it('refuses other weighting, confidence or inclusion-error denominator, saying which', () => {
    const a = targetingErrors([{ e: true, n: true }], o);
    expectError(() => mergeReach(a, targetingErrors([], { ...o, weight: () => 1 })), 'invalid_value', 'b.weighted',
      'mergeReach: one result is weighted and the other is not; compute both with the same options.weight.');
    expectError(() => mergeReach(a, targetingErrors([], { ...o, confidence: 0.9 })), 'invalid_value', 'b.confidence',
      'mergeReach: b has confidence 0.9 but a has 0.95; compute both with the same options.confidence.');
    expectError(() => mergeReach(a, targetingErrors([], { ...o, inclusionErrorDenominator: 'ineligible' })), 'invalid_value', 'b.inclusionErrorDenominator',
      'mergeReach: b divides the inclusion error by "ineligible" but a by "enrolled"; compute both with the same options.inclusionErrorDenominator.');
  });

  it('refuses what is not a result, naming a or b', () => {
    const a = targetingErrors([{ e: true, n: true, d: 'x' }], byDistrictOptions);
    expectError(() => mergeReach(a, null as never), 'invalid_type', 'b', 'mergeReach: b is null; pass a result of targetingErrors.');
    expectError(() => mergeReach(5 as never, a), 'invalid_type', 'a', 'mergeReach: a is 5; pass a result of targetingErrors.');
    const lacks = 'mergeReach: b is not a result of targetingErrors (it lacks dimensions, groups or overall).';
    expectError(() => mergeReach(a, { ...a, dimensions: undefined } as never), 'invalid_type', 'b', lacks);
    expectError(() => mergeReach(a, { ...a, groups: undefined } as never), 'invalid_type', 'b', lacks);
    expectError(() => mergeReach(a, { ...a, overall: null } as never), 'invalid_type', 'b', lacks);
    expectError(() => mergeReach(a, { ...a, overall: 3 } as never), 'invalid_type', 'b', lacks);
  });

  it('refuses damaged groups and counts, naming the field', () => {
    const a = targetingErrors([{ e: true, n: true, d: 'x' }], byDistrictOptions);
    const damaged = (change: (copy: TargetingErrorsResult) => void): TargetingErrorsResult => {
      const copy = JSON.parse(JSON.stringify(a)) as TargetingErrorsResult;
      change(copy);
      return copy;
    };
    const keys = 'mergeReach: b.groups[0].keys must hold one key per dimension.';
    expectError(() => mergeReach(a, damaged((c) => void ((c.groups[0] as { keys: unknown }).keys = []))), 'invalid_value', 'b.groups[0].keys', keys);
    expectError(() => mergeReach(a, damaged((c) => void ((c.groups[0] as { keys: unknown }).keys = 'x'))), 'invalid_value', 'b.groups[0].keys', keys);
    expectError(() => mergeReach(a, damaged((c) => void ((c.groups[0] as { eligible: unknown }).eligible = '1'))), 'invalid_type', 'b.groups[0].eligible',
      'mergeReach: b.groups[0].eligible is "1"; expected a count (a finite number ≥ 0).');
    expectError(() => mergeReach(a, damaged((c) => void (c.overall.enrolled = Number.POSITIVE_INFINITY))), 'not_finite', 'b.overall.enrolled',
      'mergeReach: b.overall.enrolled is Infinity; expected a count (a finite number ≥ 0).');
    expectError(() => mergeReach(a, damaged((c) => void ((c.groups[0] as { enrolled: number }).enrolled = -2))), 'out_of_range', 'b.groups[0].enrolled',
      'mergeReach: b.groups[0].enrolled is -2; expected a count (a finite number ≥ 0).');
  });

  it('refuses weighted sums that overflow when added, naming b', () => {
    const w = { ...o, weight: () => 1 };
    const huge = JSON.parse(JSON.stringify(targetingErrors([{ e: false, n: false }], w))) as TargetingErrorsResult;
    huge.overall.population = 1e308;
    expectError(() => mergeReach(huge, huge), 'out_of_range', 'b.overall.population',
      'mergeReach: a.overall.population + b.overall.population exceeds 1.8e308, the largest number JavaScript can hold; compute both results with every weight divided by a common factor (shares do not change), then merge.');
    const squares = JSON.parse(JSON.stringify(targetingErrors([{ e: true, n: false }], w))) as TargetingErrorsResult;
    squares.overall.eligibleWeightSquares = 1e308;
    expectError(() => mergeReach(squares, squares), 'out_of_range', 'b.overall.eligibleWeightSquares',
      'mergeReach: a.overall.eligibleWeightSquares + b.overall.eligibleWeightSquares exceeds 1.8e308, the largest number JavaScript can hold; compute both results with every weight divided by a common factor (shares do not change), then merge.');
  });

  it('refuses unweighted counts that overflow when added (damaged results), not only weighted ones', () => {
    const huge = JSON.parse(JSON.stringify(targetingErrors([{ e: false, n: false }], o))) as TargetingErrorsResult;
    huge.overall.population = 1e308;
    huge.overall.records = 1e308;
    expect(huge.weighted).toBe(false);
    expectError(() => mergeReach(huge, huge), 'out_of_range', 'b.overall.population',
      'mergeReach: a.overall.population + b.overall.population exceeds 1.8e308, the largest number JavaScript can hold; compute both results with every weight divided by a common factor (shares do not change), then merge.');
  });
});
