import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressRates } from '../../src/index.ts';
import { caught } from './helpers.ts';

describe('suppressRates', () => {
  it('withholds a rate whose numerator is small, and its complement', () => {
    const rates = suppressRates([
      { numerator: 120, denominator: 300 },
      { numerator: 8, denominator: 100 },
      { numerator: 52, denominator: 200 },
    ]);
    expect(rates.rows.map((r) => r.rate)).toEqual([0.4, null, null]);
    expect(rates.rows.map((r) => r.reason)).toEqual([null, 'primary', 'complementary']);
    // denominators are large: all published
    expect(rates.rows.map((r) => r.denominator.value)).toEqual([300, 100, 200]);
    expect(rates.total?.rate).toBe(0.3);
    expect(rates.withheld.map((w) => `${w.path}:${w.reason}`)).toEqual(['numerators[1]:primary', 'numerators[2]:complementary']);
    expect(rates.withheld[0]?.note).toMatch(/^numerators\[1\] withheld/);
  });

  it('withholds a rate whose denominator is small, since the rate would give it back', () => {
    const rates = suppressRates([
      { numerator: 0, denominator: 9 },
      { numerator: 40, denominator: 200 },
      { numerator: 30, denominator: 150 },
    ]);
    expect(rates.rows[0]).toMatchObject({ rate: null, suppressed: true, reason: 'primary', reliability: null });
    expect(rates.rows[0]?.numerator.value).toBe(0);
  });

  it('tests only the counts policy.appliesTo names', () => {
    const rows = [
      { numerator: 5, denominator: 500 },
      { numerator: 50, denominator: 8 },
      { numerator: 40, denominator: 600 },
    ];
    expect(suppressRates(rows, { policy: { appliesTo: 'numerator' } }).rows.map((r) => r.suppressed)).toEqual([true, false, true]);
    expect(suppressRates(rows, { policy: { appliesTo: 'denominator' } }).rows.map((r) => r.suppressed)).toEqual([true, true, false]);
  });

  it('reports a zero denominator as undefined, not as a number', () => {
    const rates = suppressRates([{ numerator: 0, denominator: 0 }, { numerator: 30, denominator: 100 }, { numerator: 40, denominator: 100 }]);
    expect(rates.rows[0]).toMatchObject({ rate: null, suppressed: false, undefinedReason: 'denominator is 0' });
  });

  it('flags published rates on few events as unreliable', () => {
    const rates = suppressRates([{ numerator: 15, denominator: 40 }, { numerator: 300, denominator: 900 }, { numerator: 200, denominator: 800 }]);
    expect(rates.rows[0]?.reliability?.flags).toEqual(['fewEvents']);
    expect(rates.rows[1]?.reliability?.reliable).toBe(true);
  });

  it('property: a published rate never sits beside a withheld count, and no small count is published', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 11, max: 500 }));
    fc.assert(
      fc.property(fc.array(fc.record({ numerator: count, denominator: count }), { minLength: 1, maxLength: 8 }), (rows) => {
        const rates = suppressRates(rows);
        rates.rows.forEach((r, i) => {
          const row = rows[i]!;
          if (r.rate !== null) {
            expect(r.numerator.suppressed || r.denominator.suppressed).toBe(false);
            expect(r.rate).toBe(row.numerator / row.denominator);
          }
          for (const c of [r.numerator, r.denominator]) if (c.value !== null) expect(c.value === 0 || c.value > 10).toBe(true);
          if (r.suppressed) expect(r.reliability).toBeNull();
        });
        for (const line of ['numerator', 'denominator'] as const) {
          const withheld = rates.rows.filter((r) => r[line].suppressed).length + (rates.total?.[line].suppressed ? 1 : 0);
          expect(withheld).not.toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names withheld denominators by their line, with the note renamed too', () => {
    // CMS policy (https://www.hhs.gov/guidance/document/cms-cell-suppression-policy): the denominator 9 is in 1–10;
    // its line (9, 200, 150, total 359) then needs a second withheld value, the smallest non-zero published one.
    const cms = 'CMS cell-size suppression (1–10) with NCHS reliability flags';
    const rates = suppressRates([
      { numerator: 0, denominator: 9 },
      { numerator: 40, denominator: 200 },
      { numerator: 30, denominator: 150 },
    ]);
    expect(rates.withheld).toEqual([
      { path: 'denominators[0]', reason: 'primary', note: `denominators[0] withheld: it is in 1–10 (${cms}).` },
      { path: 'denominators[2]', reason: 'complementary', note: `denominators[2] withheld so that a withheld count cannot be recovered from published totals (${cms}).` },
    ]);
    expect(rates.rows.map((r) => [r.rate, r.reason])).toEqual([
      [null, 'primary'],
      [0.2, null],
      [null, 'complementary'],
    ]);
    expect(rates.total).toMatchObject({ rate: 70 / 359, suppressed: false, reason: null, undefinedReason: null });
    expect(rates.total?.numerator).toEqual({ value: 70, suppressed: false, reason: null });
    // a withheld total is named "<line>.total"
    const small = suppressRates([{ numerator: 3, denominator: 400 }, { numerator: 0, denominator: 500 }]);
    expect(small.withheld.map((w) => [w.path, w.reason])).toEqual([
      ['numerators[0]', 'primary'],
      ['numerators.total', 'primary'],
    ]);
    expect(small.withheld[1]?.note).toBe(`numerators.total withheld: it is in 1–10 (${cms}).`);
  });

  it('names a withheld count that the total gives back by its line, as the withheld entries do', () => {
    // Without complementary suppression a lone small numerator is the total minus the published ones.
    const rates = suppressRates(
      [
        { numerator: 120, denominator: 300 },
        { numerator: 8, denominator: 100 },
        { numerator: 52, denominator: 200 },
      ],
      { policy: { complementary: false } },
    );
    expect(rates.withheld.map((w) => w.path)).toEqual(['numerators[1]']);
    expect(rates.warnings).toEqual([
      'numerators[1] is withheld but can be recovered from the total and the published counts; turn complementary suppression on.',
    ]);
  });

  it('names a recoverable withheld denominator by its line too', () => {
    const rates = suppressRates(
      [
        { numerator: 40, denominator: 300 },
        { numerator: 20, denominator: 400 },
        { numerator: 0, denominator: 7 },
      ],
      { policy: { complementary: false, appliesTo: 'denominator' } },
    );
    expect(rates.withheld.map((w) => w.path)).toEqual(['denominators[2]']);
    expect(rates.warnings).toEqual([
      'denominators[2] is withheld but can be recovered from the total and the published counts; turn complementary suppression on.',
    ]);
  });

  it('calls a rate primary when either of its counts is primary, complementary only when neither is', () => {
    // numerators 5 (primary) and 40 (its complement); denominators 8 (primary) and 500 (its complement)
    const rates = suppressRates([
      { numerator: 5, denominator: 500 },
      { numerator: 50, denominator: 8 },
      { numerator: 40, denominator: 600 },
    ]);
    expect(rates.rows.map((r) => [r.numerator.reason, r.denominator.reason, r.reason])).toEqual([
      ['primary', 'complementary', 'primary'],
      [null, 'primary', 'primary'],
      ['complementary', null, 'complementary'],
    ]);
    expect(rates.rows.map((r) => r.undefinedReason)).toEqual([null, null, null]);
  });

  it('publishes rates without a total, and flags reliability by Poisson when there is no proportion', () => {
    const rates = suppressRates([{ numerator: 7, denominator: 400 }, { numerator: 30, denominator: 20 }, { numerator: 0, denominator: 0 }], { total: false });
    expect(rates.total).toBeNull();
    // without a published total, one withheld count cannot be recovered: no complement
    expect(rates.rows.map((r) => r.reason)).toEqual(['primary', null, null]);
    // 30 events over 20 people is not a proportion: RSE 1/√30 (Poisson, NCHS), reliable (≥ 20 events, RSE 18.3 %)
    expect(rates.rows[1]).toMatchObject({ rate: 1.5, suppressed: false, reliability: { rseMethod: 'poisson', reliable: true } });
    expect(rates.rows[1]?.reliability?.relativeStandardError).toBeCloseTo(1 / Math.sqrt(30), 15);
    // a zero denominator: no rate, and no events to judge it on
    expect(rates.rows[2]?.reliability).toMatchObject({ flags: ['fewEvents', 'highRse'], rseMethod: 'poisson', relativeStandardError: null });
  });

  it('judges a rate whose events equal its population as a proportion (binomial RSE 0)', () => {
    // √((1 − p)/events) = 0 at p = 1 (NCHS binomial RSE)
    const rates = suppressRates([{ numerator: 30, denominator: 30 }, { numerator: 40, denominator: 80 }], { total: false });
    expect(rates.rows[0]?.reliability).toMatchObject({ rseMethod: 'binomial', relativeStandardError: 0, reliable: true });
    expect(caught(() => suppressRates([{ numerator: 30, denominator: 30 }], { totl: false } as never)).path).toBe('options.totl');
  });

  it('rejects rows, options and a total flag of the wrong type, naming how to fix them', () => {
    const row = caught(() => suppressRates([{ numerator: 1, denominator: 20 }, 3 as never]));
    expect([row.code, row.path]).toEqual(['invalid_type', 'rows[1]']);
    expect(row.message).toMatch(/^suppressRates: rows\[1\] is .*; expected \{ numerator, denominator \}\.$/);
    const notArray = caught(() => suppressRates({ numerator: 1, denominator: 2 } as never));
    expect([notArray.code, notArray.path]).toEqual(['invalid_type', 'rows']);
    expect(notArray.message).toMatch(/^suppressRates: rows is .*; expected an array of \{ numerator, denominator \}\.$/);
    expect(caught(() => suppressRates([])).message).toBe('suppressRates: rows is empty; pass at least one group.');
    const options = caught(() => suppressRates([{ numerator: 1, denominator: 2 }], null as never));
    expect([options.code, options.path]).toEqual(['invalid_type', 'options']);
    expect(options.message).toMatch(/^suppressRates: options is .*; expected an object\.$/);
    const total = caught(() => suppressRates([{ numerator: 1, denominator: 2 }], { total: 1 as never }));
    expect([total.code, total.path]).toEqual(['invalid_type', 'options.total']);
    expect(total.message).toMatch(/^suppressRates: options\.total is .*; expected true or false\.$/);
  });

  it('rejects a null row, an empty table at its path, and options that are a number', () => {
    const nullRow = caught(() => suppressRates([{ numerator: 40, denominator: 200 }, null as never]));
    expect([nullRow.code, nullRow.path, nullRow.message]).toEqual(['invalid_type', 'rows[1]', 'suppressRates: rows[1] is null; expected { numerator, denominator }.']);
    const empty = caught(() => suppressRates([]));
    expect([empty.code, empty.path]).toEqual(['empty', 'rows']);
    // knownKeys alone would read 5 as an options bag with no keys
    const options = caught(() => suppressRates([{ numerator: 40, denominator: 200 }], 5 as never));
    expect([options.code, options.path, options.message]).toEqual(['invalid_type', 'options', 'suppressRates: options is 5; expected an object.']);
  });

  it('does not say a withheld rate\'s denominator is 0: that would publish the withheld count', () => {
    // suppressZero: the zero numerator and denominator of row 0 are withheld (primary); the row's rate is withheld
    // with no undefinedReason (a published row with denominator 0 gets 'denominator is 0').
    const rates = suppressRates([{ numerator: 0, denominator: 0 }, { numerator: 30, denominator: 100 }, { numerator: 40, denominator: 100 }], { policy: { suppressZero: true } });
    expect(rates.rows[0]).toMatchObject({ rate: null, suppressed: true, reason: 'primary', undefinedReason: null, reliability: null });
    expect(rates.rows[0]?.denominator).toEqual({ value: null, suppressed: true, reason: 'primary' });
  });

  it('judges the reliability of a published rate by the policy given, not the CMS default', () => {
    const rows = [{ numerator: 15, denominator: 40 }, { numerator: 300, denominator: 900 }, { numerator: 200, denominator: 800 }];
    // Binomial RSE (NCHS): √((1 − p)/events) with p = 15/40 = 0.375 → √(0.625/15) = 0.2041 (20.4 %).
    // CMS default: 15 events < minEvents 20 → fewEvents; RSE 20.4 % ≤ 30 %.
    expect(suppressRates(rows).rows[0]?.reliability?.flags).toEqual(['fewEvents']);
    // minEvents 10 and RSE limit 20 %: 15 events are enough, 20.4 % is above 20 %.
    const strict = suppressRates(rows, { policy: { minEvents: 10, maxRelativeStandardError: 0.2 } });
    expect(strict.rows[0]?.reliability).toMatchObject({
      flags: ['highRse'],
      reasons: ['relative standard error 20.4 % is above 20.0 %: unreliable.'],
      thresholds: { minEvents: 10, maxRelativeStandardError: 0.2 },
    });
    expect(strict.rows[0]?.reliability?.relativeStandardError).toBeCloseTo(Math.sqrt(0.625 / 15), 15);
    // the total too: 515 events of 1740, RSE √((1 − 515/1740)/515) = 0.0370
    expect(strict.total?.reliability).toMatchObject({ reliable: true, thresholds: { minEvents: 10, maxRelativeStandardError: 0.2 } });
  });

  it('publishes the line the policy does not apply to as it is: small counts and zeros shown, no warning', () => {
    // appliesTo 'numerator': the denominators 8 and 0 are below the CMS minimum cell size 11 (or zero) and shown.
    const rows = [{ numerator: 0, denominator: 0 }, { numerator: 50, denominator: 8 }, { numerator: 30, denominator: 100 }, { numerator: 40, denominator: 100 }];
    const rates = suppressRates(rows, { policy: { appliesTo: 'numerator' } });
    expect(rates.rows.map((r) => r.denominator.value)).toEqual([0, 8, 100, 100]);
    expect(rates.rows.map((r) => r.suppressed)).toEqual([false, false, false, false]);
    expect(rates.rows[0]?.undefinedReason).toBe('denominator is 0');
    expect(rates.total?.denominator.value).toBe(208);
    expect(rates.withheld).toEqual([]);
    expect(rates.warnings).toEqual([]);
    // The same with a policy that withholds zeros: it applies to the numerators only (numerator 0 withheld,
    // denominator 0 shown), and the complement of the withheld 0 is the smallest non-zero numerator, 30.
    const noZeros = suppressRates(rows, { policy: { appliesTo: 'numerator', suppressZero: true } });
    expect(noZeros.rows.map((r) => [r.numerator.value, r.denominator.value])).toEqual([[null, 0], [50, 8], [null, 100], [40, 100]]);
    expect(noZeros.warnings).toEqual([]);
  });

  it('rejects bad input with the row and field', () => {
    const negative = caught(() => suppressRates([{ numerator: -1, denominator: 10 }]));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'rows[0].numerator']);
    expect(negative.message).toMatch(/^suppressRates: rows\[0\]\.numerator is -1/);
    const fractional = caught(() => suppressRates([{ numerator: 1, denominator: 10.5 }]));
    expect([fractional.code, fractional.path]).toEqual(['not_integer', 'rows[0].denominator']);
    expect(caught(() => suppressRates([])).code).toBe('empty');
    const policy = caught(() => suppressRates([{ numerator: 1, denominator: 1 }], { policy: { threshold: { min: 3, max: 2 } } }));
    expect([policy.code, policy.path]).toEqual(['out_of_range', 'options.policy.threshold']);
  });
});
