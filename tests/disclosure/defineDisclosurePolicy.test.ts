import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CMS_SUPPRESSION, DisclosurePolicySchema, SuppressionPolicySchema, defineDisclosurePolicy, suppressCounts, suppressRates, suppressTable } from '../../src/index.ts';
import { caught } from './helpers.ts';

describe('defineDisclosurePolicy', () => {
  it('defaults to the CMS policy: 1–10 withheld, zero allowed, complementary on; NCHS 20 events and 30 % RSE', () => {
    // CMS cell-size suppression policy (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy)
    expect(defineDisclosurePolicy()).toEqual(CMS_SUPPRESSION);
    expect(defineDisclosurePolicy({})).toEqual(CMS_SUPPRESSION);
    expect(CMS_SUPPRESSION).toMatchObject({
      threshold: { min: 1, max: 10 },
      allowZero: true,
      complementary: true,
      minEvents: 20,
      maxRelativeStandardError: 0.3,
      rounding: 'none',
    });
  });
  it('fills the omitted fields of a partial policy', () => {
    const policy = defineDisclosurePolicy({ name: 'strict', threshold: { max: 15 }, rounding: 'base5' });
    expect(policy).toEqual({ ...CMS_SUPPRESSION, name: 'strict', minimumCellSize: 16, threshold: { min: 1, max: 15 }, rounding: 'base5' });
  });
  it('is JSON-serialisable and round-trips', () => {
    const policy = defineDisclosurePolicy({ allowZero: false, complementaryPreference: 'margins' });
    expect(defineDisclosurePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });
  it('publishes as JSON Schema', () => {
    const schema = z.toJSONSchema(DisclosurePolicySchema, { io: 'input' }) as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['allowZero', 'appliesTo', 'complementary', 'complementaryPreference', 'maxRelativeStandardError', 'minEvents', 'minimumCellSize', 'name', 'rounding', 'suppressZero', 'threshold', 'unstableAtOrBelow'],
    );
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('defineDisclosurePolicy and the goals module\'s SuppressionPolicy', () => {
  it('accepts a goal\'s suppression policy as is: the default is the same CMS rule', () => {
    const fromGoal = defineDisclosurePolicy(SuppressionPolicySchema.parse({}));
    expect(fromGoal.threshold).toEqual(CMS_SUPPRESSION.threshold);
    expect(fromGoal.allowZero).toBe(true);
    expect(fromGoal.complementary).toBe(true);
    expect(fromGoal.appliesTo).toBe('both');
  });
  it('translates minimumCellSize, suppressZero and unstableAtOrBelow', () => {
    const policy = defineDisclosurePolicy({ minimumCellSize: 16, suppressZero: true, unstableAtOrBelow: 20, appliesTo: 'numerator' });
    expect(policy).toMatchObject({ threshold: { min: 1, max: 15 }, allowZero: false, minEvents: 21, appliesTo: 'numerator' });
    expect(suppressCounts([0, 15, 16, 40], { policy: { minimumCellSize: 16 } }).counts.map((c) => c.reason)).toEqual([null, 'primary', 'complementary', null]);
  });
  it('minimumCellSize 1 withholds nothing', () => {
    const policy = defineDisclosurePolicy({ minimumCellSize: 1 });
    expect(policy.threshold).toEqual({ min: 1, max: 0 });
    expect(suppressCounts([1, 2, 3]).primary).toBe(4); // the total 6 too
    expect(suppressCounts([1, 2, 3], { policy: { minimumCellSize: 1 } }).withheld).toEqual([]);
  });
  it('accepts aliases that agree with the field they stand for, and a threshold bound given beside minimumCellSize', () => {
    // minimumCellSize m = threshold.max m − 1; suppressZero = !allowZero; unstableAtOrBelow u = minEvents u + 1
    expect(defineDisclosurePolicy({ minimumCellSize: 11, threshold: { max: 10 } }).threshold).toEqual({ min: 1, max: 10 });
    expect(defineDisclosurePolicy({ suppressZero: true, allowZero: false })).toMatchObject({ suppressZero: true, allowZero: false });
    expect(defineDisclosurePolicy({ unstableAtOrBelow: 20, minEvents: 21 }).minEvents).toBe(21);
    // threshold.min kept beside minimumCellSize; a min above max 0 is allowed (max 0 withholds nothing)
    expect(defineDisclosurePolicy({ minimumCellSize: 5, threshold: { min: 2 } }).threshold).toEqual({ min: 2, max: 4 });
    expect(defineDisclosurePolicy({ minimumCellSize: 1, threshold: { min: 3 } }).threshold).toEqual({ min: 3, max: 0 });
    expect(defineDisclosurePolicy({ threshold: { min: 5, max: 0 } })).toMatchObject({ threshold: { min: 5, max: 0 }, minimumCellSize: 1 });
    // min = max withholds exactly that count
    expect(defineDisclosurePolicy({ threshold: { min: 5, max: 5 } })).toMatchObject({ threshold: { min: 5, max: 5 }, minimumCellSize: 6 });
    expect(suppressCounts([4, 5, 6], { policy: { threshold: { min: 5, max: 5 } }, total: false }).counts.map((c) => c.value)).toEqual([4, null, 6]);
  });
  it('rejects aliases that contradict the field they stand for', () => {
    const cell = caught(() => defineDisclosurePolicy({ minimumCellSize: 11, threshold: { max: 5 } }));
    expect([cell.code, cell.path]).toEqual(['invalid_value', 'minimumCellSize']);
    expect(cell.message).toBe(
      'defineDisclosurePolicy: minimumCellSize is 11 but threshold.max is 5; minimumCellSize m means threshold { min: 1, max: m − 1 } — give one of them.',
    );
    const zero = caught(() => defineDisclosurePolicy({ suppressZero: true, allowZero: true }));
    expect([zero.code, zero.path]).toEqual(['invalid_value', 'suppressZero']);
    expect(zero.message).toBe('defineDisclosurePolicy: suppressZero is true but allowZero is true; they say opposite things — give one of them.');
    const events = caught(() => defineDisclosurePolicy({ unstableAtOrBelow: 20, minEvents: 20 }));
    expect([events.code, events.path]).toEqual(['invalid_value', 'unstableAtOrBelow']);
    expect(events.message).toBe('defineDisclosurePolicy: unstableAtOrBelow is 20 but minEvents is 20; unstableAtOrBelow u means minEvents u + 1 — give one of them.');
  });
});

describe('defineDisclosurePolicy bad input', () => {
  it('rejects threshold min > max', () => {
    const error = caught(() => defineDisclosurePolicy({ threshold: { min: 12, max: 10 } }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('threshold');
    expect(error.message).toBe(
      'defineDisclosurePolicy: threshold has min 12 > max 10; counts min…max are withheld, so min must not exceed max (CMS: { min: 1, max: 10 }; max 0 withholds nothing).',
    );
  });
  it('rejects min > default max when only min is given', () => {
    const error = caught(() => defineDisclosurePolicy({ threshold: { min: 11 } }));
    expect(error.message).toContain('min 11 > max 10');
  });
  it('rejects a fractional or zero threshold', () => {
    const fractional = caught(() => defineDisclosurePolicy({ threshold: { min: 1, max: 10.5 } }));
    expect([fractional.code, fractional.path]).toEqual(['not_integer', 'threshold.max']);
    expect(fractional.message).toBe('defineDisclosurePolicy: threshold.max is 10.5; expected a whole number.');
    const zero = caught(() => defineDisclosurePolicy({ threshold: { min: 0 } }));
    expect([zero.code, zero.path]).toEqual(['out_of_range', 'threshold.min']);
    expect(zero.message).toBe('defineDisclosurePolicy: threshold.min is 0; expected a value ≥ 1.');
  });
  it('rejects unknown fields with a did-you-mean hint', () => {
    const error = caught(() => defineDisclosurePolicy({ alowZero: true } as never));
    expect(error.code).toBe('unknown_key');
    expect(error.path).toBe('alowZero');
    expect(error.hint).toBe('did you mean "allowZero"?');
    expect(error.message).toMatch(/^defineDisclosurePolicy: the policy has unknown field "alowZero"/);
  });
  it('reports every unknown field, each with its own path, and a hint only where a field is near', () => {
    // zod lists both keys in one issue (so do the plain checks); each is a problem of its own.
    const allowed = 'name, threshold, allowZero, complementary, complementaryPreference, minEvents, maxRelativeStandardError, rounding, appliesTo, minimumCellSize, suppressZero, unstableAtOrBelow';
    const error = caught(() => defineDisclosurePolicy({ alowZero: true, qqqqqqqq: 1 } as never));
    expect(error.issues).toStrictEqual([
      { code: 'unknown_key', path: 'alowZero', message: `defineDisclosurePolicy: the policy has unknown field "alowZero"; allowed: ${allowed}.`, hint: 'did you mean "allowZero"?' },
      { code: 'unknown_key', path: 'qqqqqqqq', message: `defineDisclosurePolicy: the policy has unknown field "qqqqqqqq"; allowed: ${allowed}.` },
    ]);
    const nested = caught(() => defineDisclosurePolicy({ threshold: { mn: 1, maxx: 5 } } as never));
    expect(nested.issues.map((i) => [i.path, i.hint])).toEqual([['threshold.mn', 'did you mean "min"?'], ['threshold.maxx', 'did you mean "max"?']]);
  });
  it('DisclosurePolicySchema reports a contradiction as a zod custom issue carrying its equity-lens code', () => {
    const result = DisclosurePolicySchema.safeParse({ threshold: { min: 5, max: 2 } });
    expect(result.error?.issues).toEqual([
      {
        code: 'custom',
        message: 'has min 5 > max 2; counts min…max are withheld, so min must not exceed max (CMS: { min: 1, max: 10 }; max 0 withholds nothing).',
        path: ['threshold'],
        params: { code: 'out_of_range' },
      },
    ]);
  });
  it('rejects unknown rounding and preference names', () => {
    const error = caught(() => defineDisclosurePolicy({ rounding: 'half-up' as never }));
    expect([error.code, error.path]).toEqual(['invalid_value', 'rounding']);
    expect(error.message).toContain('expected one of "none", "roundHalfEven", "base5", "base10", "percent1dp"');
  });
  it('says a maxRelativeStandardError above 1 is a fraction, and how to write a percent up to 100', () => {
    const message = (value: unknown): string => caught(() => defineDisclosurePolicy({ maxRelativeStandardError: value as number })).message;
    // 30 % written as a percent: 30 / 100 = 0.3; 100 is the last value read as a percent (100 / 100 = 1)
    expect(message(30)).toBe('defineDisclosurePolicy: maxRelativeStandardError is 30; a relative standard error is a fraction (0.3 = 30 %) — write 30 % as 0.3.');
    expect(message(100)).toBe('defineDisclosurePolicy: maxRelativeStandardError is 100; a relative standard error is a fraction (0.3 = 30 %) — write 100 % as 1.');
    // Issue 12: 1.5 may be 1.5 % or 150 %; the message gives both readings instead of guessing.
    expect(message(1.5)).toBe(
      'defineDisclosurePolicy: maxRelativeStandardError is 1.5; a relative standard error is a fraction (0.3 = 30 %) — if 1.5 means 1.5 %, write 0.015; 150 % is not allowed here: a limit above 1 would pass estimates whose standard error exceeds the estimate.',
    );
    expect(message(150)).toBe('defineDisclosurePolicy: maxRelativeStandardError is 150; a relative standard error is a fraction (0.3 = 30 %).');
    const error = caught(() => suppressCounts([40], { policy: { maxRelativeStandardError: 30 } }));
    expect([error.code, error.path]).toEqual(['out_of_range', 'options.policy.maxRelativeStandardError']);
    expect(defineDisclosurePolicy({ maxRelativeStandardError: 1 }).maxRelativeStandardError).toBe(1);
  });
  it('names each bad field, what it is and what it expects, in full', () => {
    const error = (input: unknown): [string, string, string, string | undefined] => {
      const e = caught(() => defineDisclosurePolicy(input as never));
      return [e.code, e.path, e.message, e.hint];
    };
    const fn = 'defineDisclosurePolicy';
    // the policy itself (path ''), then fields, then a field inside threshold
    expect(error(null)).toEqual(['invalid_type', '', `${fn}: the policy is null; expected object.`, undefined]);
    expect(error([])).toEqual(['invalid_type', '', `${fn}: the policy is an array of length 0; expected object.`, undefined]);
    expect(error({ allowZero: 'yes' })).toEqual(['invalid_type', 'allowZero', `${fn}: allowZero is "yes"; expected boolean.`, undefined]);
    expect(error({ threshold: 5 })).toEqual(['invalid_type', 'threshold', `${fn}: threshold is 5; expected object.`, undefined]);
    expect(error({ threshold: { min: 'a' } })).toEqual(['invalid_type', 'threshold.min', `${fn}: threshold.min is "a"; expected number.`, undefined]);
    // whole numbers: a fraction is not_integer, Infinity and NaN not_finite
    expect(error({ minEvents: 1.5 })).toEqual(['not_integer', 'minEvents', `${fn}: minEvents is 1.5; expected a whole number.`, undefined]);
    expect(error({ minEvents: Number.POSITIVE_INFINITY })).toEqual(['not_finite', 'minEvents', `${fn}: minEvents is Infinity; expected a finite number.`, undefined]);
    expect(error({ minEvents: Number.NaN })).toEqual(['not_finite', 'minEvents', `${fn}: minEvents is NaN; expected a finite number.`, undefined]);
    // bounds: minEvents ≥ 0 (inclusive), maxRelativeStandardError > 0 (exclusive: 0 is out)
    expect(error({ minEvents: -1 })).toEqual(['out_of_range', 'minEvents', `${fn}: minEvents is -1; expected a value ≥ 0.`, undefined]);
    expect(error({ maxRelativeStandardError: 0 })).toEqual(['out_of_range', 'maxRelativeStandardError', `${fn}: maxRelativeStandardError is 0; expected a value > 0.`, undefined]);
    // names: the 0.1 kebab-case roundings stay accepted but are not offered
    expect(error({ rounding: 'base7' })).toEqual(['invalid_value', 'rounding', `${fn}: rounding is "base7"; expected one of "none", "roundHalfEven", "base5", "base10", "percent1dp".`, undefined]);
    expect(error({ complementaryPreference: 'Cells' })).toEqual(['invalid_value', 'complementaryPreference', `${fn}: complementaryPreference is "Cells"; expected one of "cells", "margins".`, undefined]);
    // unknown keys: inside threshold its own keys are offered; a name near none gets no hint
    expect(error({ threshold: { mn: 1 } })).toEqual(['unknown_key', 'threshold.mn', `${fn}: threshold has unknown field "mn"; allowed: min, max. (did you mean "min"?)`, 'did you mean "min"?']);
    expect(error({ zzzzzzzz: 1 })).toEqual([
      'unknown_key',
      'zzzzzzzz',
      `${fn}: the policy has unknown field "zzzzzzzz"; allowed: name, threshold, allowZero, complementary, complementaryPreference, minEvents, maxRelativeStandardError, rounding, appliesTo, minimumCellSize, suppressZero, unstableAtOrBelow.`,
      undefined,
    ]);
    // under a function's options the path is rooted at options.policy
    const nested = caught(() => suppressCounts([40], { policy: { threshold: { mn: 1 } } as never }));
    expect([nested.path, nested.message]).toEqual(['options.policy.threshold.mn', 'suppressCounts: options.policy.threshold has unknown field "mn"; allowed: min, max. (did you mean "min"?)']);
  });
  it('reports every problem at once', () => {
    const error = caught(() => defineDisclosurePolicy({ minEvents: -1, maxRelativeStandardError: 0, allowZero: 'yes' as never }));
    expect(error.code).toBe('invalid_schema');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['allowZero', 'maxRelativeStandardError', 'minEvents']);
    expect(error.message).toMatch(/^defineDisclosurePolicy: 3 problems found:/);
  });
});

describe('disclosure policies: the goal JSON\'s names (docs/conventions.md §2)', () => {
  it('resolves minimumCellSize and suppressZero, and keeps the 0.1 threshold and allowZero beside them until 0.3', () => {
    expect(CMS_SUPPRESSION.minimumCellSize).toBe(11);
    expect(CMS_SUPPRESSION.suppressZero).toBe(false);
    const policy = defineDisclosurePolicy({ minimumCellSize: 5, suppressZero: true, rounding: 'base-10' as never });
    expect([policy.minimumCellSize, policy.suppressZero, policy.threshold, policy.allowZero, policy.rounding]).toEqual([5, true, { min: 1, max: 4 }, false, 'base10']);
    expect(defineDisclosurePolicy({ threshold: { max: 4 }, allowZero: false })).toEqual({ ...policy, rounding: 'none' });
  });

  it('suppressCounts, suppressTable and suppressRates name the 0.1 fields they were given in warnings', () => {
    const old = suppressCounts([3, 40, 50], { policy: { threshold: { max: 4 }, allowZero: false, rounding: 'percent-1dp' as never } });
    const current = suppressCounts([3, 40, 50], { policy: { minimumCellSize: 5, suppressZero: true, rounding: 'percent1dp' } });
    expect(old.counts).toEqual(current.counts);
    expect(current.warnings).toEqual([]);
    expect(old.warnings).toEqual([
      'deprecated: suppressCounts: options.policy.threshold is now options.policy.minimumCellSize (threshold { min: 1, max: m − 1 } is minimumCellSize m); the old name is accepted until 0.3.0.',
      'deprecated: suppressCounts: options.policy.allowZero is now options.policy.suppressZero (its negation); the old name is accepted until 0.3.0.',
      'deprecated: suppressCounts: options.policy.rounding "percent-1dp" is now "percent1dp"; the old name is accepted until 0.3.0.',
    ]);
    // A resolved policy passed back in carries both spellings: no deprecation.
    expect(suppressCounts([3, 40, 50], { policy: current.policy }).warnings).toEqual([]);
    expect(suppressTable([[3, 40], [50, 60]], { policy: { unstableAtOrBelow: 20 } }).warnings).toEqual([
      'deprecated: suppressTable: options.policy.unstableAtOrBelow is now options.policy.minEvents (unstableAtOrBelow u is minEvents u + 1); the old name is accepted until 0.3.0.',
    ]);
    expect(suppressRates([{ numerator: 3, denominator: 40 }, { numerator: 30, denominator: 50 }], { policy: { allowZero: true } }).warnings[0]).toMatch(/^deprecated: suppressRates: options\.policy\.allowZero/);
  });
});
