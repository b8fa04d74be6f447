import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CMS_SUPPRESSION, suppressCounts } from '../../src/index.ts';
import { caught } from './helpers.ts';

const values = (cells: { value: number | null }[]): (number | null)[] => cells.map((c) => c.value);

describe('suppressCounts', () => {
  it('matches the CMS policy vector: 0 shown, 5 and 10 withheld, 11 shown', () => {
    // methodology.md §9 vector 14 (CMS cell-size suppression policy, https://www.hhs.gov/guidance/document/cms-cell-suppression-policy)
    const table = suppressCounts([0, 5, 10, 11]);
    expect(values(table.counts)).toEqual([0, null, null, 11]);
    expect(table.counts.map((c) => c.reason)).toEqual([null, 'primary', 'primary', null]);
    // two withheld values in the line: the total (26) cannot give either one back
    expect(table.total).toEqual({ value: 26, suppressed: false, reason: null });
    expect(table.primary).toBe(2);
    expect(table.complementary).toBe(0);
    expect(table.derivable).toEqual([]);
    expect(table.policy).toEqual(CMS_SUPPRESSION);
  });

  it('withholds the next-smallest non-zero count when one count alone is withheld beside the total', () => {
    const table = suppressCounts([40, 7, 0, 25, 60]);
    expect(values(table.counts)).toEqual([40, null, 0, null, 60]);
    expect(table.withheld).toEqual([
      { path: 'counts[1]', reason: 'primary', note: expect.stringContaining('in 1–10') },
      { path: 'counts[3]', reason: 'complementary', note: expect.stringContaining('cannot be recovered') },
    ]);
    expect(table.total?.value).toBe(132);
    expect([table.primary, table.complementary]).toEqual([1, 1]);
  });

  it('breaks ties between equal complements by order', () => {
    expect(values(suppressCounts([30, 3, 30]).counts)).toEqual([null, null, 30]);
  });

  it('withholds the total instead under complementaryPreference "margins"', () => {
    const table = suppressCounts([40, 7, 25, 60], { policy: { complementaryPreference: 'margins' } });
    expect(values(table.counts)).toEqual([40, null, 25, 60]);
    expect(table.total).toEqual({ value: null, suppressed: true, reason: 'complementary' });
    expect([table.primary, table.complementary]).toEqual([1, 1]);
    expect(table.withheld.map((w) => [w.path, w.reason])).toEqual([
      ['counts[1]', 'primary'],
      ['total', 'complementary'],
    ]);
  });

  it('withholds a small total as a primary cell', () => {
    const table = suppressCounts([0, 4, 0]);
    expect(values(table.counts)).toEqual([0, null, 0]);
    expect(table.total?.reason).toBe('primary');
    expect(table.complementary).toBe(0);
  });

  it('uses a zero as the complement only when no non-zero count is left', () => {
    const table = suppressCounts([0, 12], { policy: { threshold: { min: 1, max: 12 } } });
    // 12 withheld (primary), total 12 withheld (primary): two unknowns, nothing more needed
    expect(values(table.counts)).toEqual([0, null]);
    const zeros = suppressCounts([0, 5, 0, 30], { policy: { complementaryPreference: 'cells' } });
    expect(values(zeros.counts)).toEqual([0, null, 0, null]);
  });

  it('withholds zeros when the policy does not allow them', () => {
    const table = suppressCounts([0, 50, 60], { policy: { allowZero: false } });
    expect(values(table.counts)).toEqual([null, null, 60]);
    expect(table.withheld[0]?.note).toContain('it is 0 and the policy does not allow zeros');
  });

  it('applies a custom threshold, inclusive at both ends', () => {
    const table = suppressCounts([4, 5, 15, 16, 100], { policy: { threshold: { min: 5, max: 15 } } });
    expect(table.counts.map((c) => c.reason)).toEqual([null, 'primary', 'primary', null, null]);
  });

  it('needs no complement without a published total', () => {
    const table = suppressCounts([40, 7, 25], { total: false });
    expect(values(table.counts)).toEqual([40, null, 25]);
    expect(table.total).toBeNull();
    expect(table.derivable).toEqual([]);
  });

  it('reports values left recoverable when complementary suppression is off', () => {
    const table = suppressCounts([40, 7, 25], { policy: { complementary: false } });
    expect(values(table.counts)).toEqual([40, null, 25]);
    expect(table.derivable).toEqual(['counts[1]']);
    expect(table.warnings[0]).toMatch(/^counts\[1\] is withheld but can be recovered/);
  });

  it('explains each withheld value in a full sentence that names the policy', () => {
    // The notes are the audit trail the CMS policy asks for (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy):
    // the reason (in the range, or a forbidden zero) and the policy's name, verbatim.
    const cms = 'CMS cell-size suppression (1–10) with NCHS reliability flags';
    expect(suppressCounts([40, 7, 25, 60]).withheld).toEqual([
      { path: 'counts[1]', reason: 'primary', note: `counts[1] withheld: it is in 1–10 (${cms}).` },
      { path: 'counts[2]', reason: 'complementary', note: `counts[2] withheld so that a withheld count cannot be recovered from published totals (${cms}).` },
    ]);
    const zeros = suppressCounts([0, 50, 60], { policy: { allowZero: false, name: 'no zeros' } });
    expect(zeros.withheld[0]).toEqual({ path: 'counts[0]', reason: 'primary', note: 'counts[0] withheld: it is 0 and the policy does not allow zeros (no zeros).' });
    // a withheld total is named "total"
    expect(suppressCounts([0, 4, 0]).withheld).toEqual([
      { path: 'counts[1]', reason: 'primary', note: `counts[1] withheld: it is in 1–10 (${cms}).` },
      { path: 'total', reason: 'primary', note: `total withheld: it is in 1–10 (${cms}).` },
    ]);
  });

  it('publishes zeros and counts beside each other in input order, with and without a total', () => {
    // Below the threshold nothing is withheld; 0 is published under the CMS policy (it allows zeros).
    const table = suppressCounts([0, 11, 250]);
    expect(table.counts).toEqual([
      { value: 0, suppressed: false, reason: null },
      { value: 11, suppressed: false, reason: null },
      { value: 250, suppressed: false, reason: null },
    ]);
    expect(table.total).toEqual({ value: 261, suppressed: false, reason: null });
    expect([table.withheld, table.primary, table.complementary, table.warnings]).toEqual([[], 0, 0, []]);
    // Without a total the same counts give the same cells, and a lone small count needs no complement.
    const alone = suppressCounts([0, 7, 250], { total: false, policy: { complementaryPreference: 'margins' } });
    expect(alone.counts.map((c) => c.reason)).toEqual([null, 'primary', null]);
    expect([alone.total, alone.primary, alone.complementary, alone.derivable]).toEqual([null, 1, 0, []]);
  });

  it('does not mutate its input', () => {
    const counts = [40, 7, 25];
    suppressCounts(counts);
    expect(counts).toEqual([40, 7, 25]);
  });

  it('property: publishes every count outside the range unchanged unless it is a complement, and none inside it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 })), { minLength: 1, maxLength: 12 }), (counts) => {
        const table = suppressCounts(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        const entries = [...counts, total];
        const shown = [...table.counts, table.total];
        entries.forEach((v, e) => {
          const cell = shown[e];
          if (v >= 1 && v <= 10) expect(cell?.reason).toBe('primary');
          if (cell?.suppressed === false) expect(cell.value).toBe(v);
          if (cell?.reason === 'complementary') expect(v >= 1 && v <= 10).toBe(false);
        });
        // no suppressed value is derivable: the line "counts + total" never holds exactly one withheld value
        const withheld = shown.filter((c) => c?.suppressed).length;
        expect(withheld).not.toBe(1);
        expect(table.derivable).toEqual([]);
        expect(table.withheld.length).toBe(withheld);
      }),
      { numRuns: 300 },
    );
  });
});

describe('suppressCounts bad input', () => {
  it('rejects negative counts', () => {
    const error = caught(() => suppressCounts([4, -1]));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('counts[1]');
    expect(error.message).toMatch(/^suppressCounts: counts\[1\] is -1; counts cannot be negative/);
  });
  it('rejects fractional counts', () => {
    const error = caught(() => suppressCounts([4, 2.5]));
    expect(error.code).toBe('not_integer');
    expect(error.path).toBe('counts[1]');
    expect(error.message).toMatch(/^suppressCounts: counts\[1\] is 2.5; suppression rules apply to whole counts/);
  });
  it('names the bad count and says how to fix it', () => {
    // The messages of the shared count check (src/disclosure/internal/result.ts), as a user reads them.
    const text = caught(() => suppressCounts([4, '3' as unknown as number]));
    expect([text.code, text.path]).toEqual(['invalid_type', 'counts[1]']);
    expect(text.message).toMatch(/^suppressCounts: counts\[1\] is .*; expected a count \(a whole number ≥ 0\)\.$/);
    const nan = caught(() => suppressCounts([4, 5, Number.POSITIVE_INFINITY]));
    expect([nan.code, nan.path]).toEqual(['not_finite', 'counts[2]']);
    expect(nan.message).toMatch(/^suppressCounts: counts\[2\] is .*; expected a count \(a whole number ≥ 0\)\.$/);
    expect(caught(() => suppressCounts([-3])).message).toBe(
      'suppressCounts: counts[0] is -3; counts cannot be negative — pass the number of people or events, ≥ 0.',
    );
    expect(caught(() => suppressCounts([0.5])).message).toBe(
      'suppressCounts: counts[0] is 0.5; suppression rules apply to whole counts — pass unweighted counts, not weighted estimates or rates.',
    );
  });
  it('rejects NaN, strings and empty tables', () => {
    expect(caught(() => suppressCounts([Number.NaN])).code).toBe('not_finite');
    const typed = caught(() => suppressCounts(['3' as unknown as number]));
    expect([typed.code, typed.path]).toEqual(['invalid_type', 'counts[0]']);
    const empty = caught(() => suppressCounts([]));
    expect([empty.code, empty.path, empty.message]).toEqual(['empty', 'counts', 'suppressCounts: counts is empty; pass at least one count.']);
    expect(caught(() => suppressCounts(null as unknown as number[])).code).toBe('invalid_type');
  });
  it('rejects options that are not an object, a total that is not true or false, and counts that are not an array', () => {
    const total = caught(() => suppressCounts([1, 2], { total: 'yes' as never }));
    expect([total.code, total.path]).toEqual(['invalid_type', 'options.total']);
    expect(total.message).toMatch(/^suppressCounts: options\.total is .*yes.*; expected true or false\.$/);
    const options = caught(() => suppressCounts([1, 2], null as never));
    expect([options.code, options.path]).toEqual(['invalid_type', 'options']);
    expect(options.message).toMatch(/^suppressCounts: options is .*; expected an object\.$/);
    const notArray = caught(() => suppressCounts('1,2' as never));
    expect([notArray.code, notArray.path]).toEqual(['invalid_type', 'counts']);
    expect(notArray.message).toMatch(/^suppressCounts: counts is .*; expected an array of counts\.$/);
  });
  it('withholds the first count as the complement when it is the smallest, and the count of a one-count table\'s total', () => {
    // [12, 5, 30] + total 47: 5 is primary; the smallest published non-zero count is 12, entry 0.
    expect(suppressCounts([12, 5, 30]).counts.map((c) => c.reason)).toEqual(['complementary', 'primary', null]);
    // [40, 3] + total 43: 3 alone beside the total → 40, the only other count, withheld; the total shown.
    expect(suppressCounts([40, 3]).counts.map((c) => c.reason)).toEqual(['complementary', 'primary']);
  });
  it('under complementaryPreference "margins", withholds a count when the total is the one withheld value', () => {
    // threshold 5–10: the total 3 + 4 = 7 is primary and alone in its line; the margin preferred is the withheld
    // one, so the smallest count, 3, is withheld with it (else 3 + 4 would give the total back).
    const t = suppressCounts([3, 4], { policy: { threshold: { min: 5, max: 10 }, complementaryPreference: 'margins' } });
    expect(t.counts.map((c) => c.reason)).toEqual(['complementary', null]);
    expect(t.total).toEqual({ value: null, suppressed: true, reason: 'primary' });
    expect(t.derivable).toEqual([]);
  });
  it('reports a withheld total that the published counts add up to', () => {
    // threshold 5–10 (complementary off): 3 and 4 are shown, their total 7 is withheld — yet 3 + 4 = 7.
    const t = suppressCounts([3, 4], { policy: { threshold: { min: 5, max: 10 }, complementary: false } });
    expect(t.counts.map((c) => c.value)).toEqual([3, 4]);
    expect(t.total).toEqual({ value: null, suppressed: true, reason: 'primary' });
    expect(t.derivable).toEqual(['total']);
    expect(t.warnings.at(-1)).toBe('total is withheld but can be recovered from the total and the published counts; turn complementary suppression on.');
  });
  it('rejects options that are a number, not only null (knownKeys would read a number as an empty options bag)', () => {
    const error = caught(() => suppressCounts([1, 2], 5 as never));
    expect([error.code, error.path, error.message]).toEqual(['invalid_type', 'options', 'suppressCounts: options is 5; expected an object.']);
  });
  it('says why a count that is not a whole number ≥ 0 is rejected, whatever else is wrong with it', () => {
    // A negative fraction is first of all not a whole count (a weighted estimate or a difference of rates).
    const negativeFraction = caught(() => suppressCounts([4, -1.5]));
    expect([negativeFraction.code, negativeFraction.path, negativeFraction.message]).toEqual([
      'not_integer',
      'counts[1]',
      'suppressCounts: counts[1] is -1.5; suppression rules apply to whole counts — pass unweighted counts, not weighted estimates or rates.',
    ]);
    // A numeric string is not a count even though it is a whole number ≥ 0 once parsed.
    const text = caught(() => suppressCounts([4, '3' as never]));
    expect(text.message).toBe('suppressCounts: counts[1] is "3"; expected a count (a whole number ≥ 0).');
    expect(caught(() => suppressCounts([Number.NaN])).message).toBe('suppressCounts: counts[0] is NaN; expected a count (a whole number ≥ 0).');
    // Zeros and -0 are counts: published under the CMS policy (0 is allowed), not rejected.
    expect(suppressCounts([0, -0, 40, 50]).counts.map((c) => c.value)).toEqual([0, -0, 40, 50]);
  });
  it('rejects a threshold whose min exceeds its max', () => {
    const error = caught(() => suppressCounts([1, 2], { policy: { threshold: { min: 11, max: 10 } } }));
    expect(error.code).toBe('out_of_range');
    expect(error.path).toBe('options.policy.threshold');
    expect(error.message).toMatch(/^suppressCounts: options\.policy\.threshold has min 11 > max 10; .*min must not exceed max/);
  });
  it('rejects unknown options with a hint', () => {
    const error = caught(() => suppressCounts([1], { totl: true } as never));
    expect(error.code).toBe('unknown_key');
    expect(error.path).toBe('options.totl');
    expect(error.hint).toBe('did you mean "total"?');
    expect(error.message).toMatch(/^suppressCounts: options has unknown option "totl"/);
  });
});
