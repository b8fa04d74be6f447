// Urban Institute Spatial Equity Data Tool, Technical Appendix (Narayanan, Stern & MacDonald, updated 18 Nov 2021),
// demographic disparity; the appendix example as in sedt.test.ts (|z| = 2.373 with unrounded SEs).
import { describe, expect, it } from 'vitest';
import { sedtDemographicDisparity } from '../../src/disparity/sedtDemographicDisparity.ts';
import { caught } from './caught.ts';

const APPENDIX_TRACTS = [
  { tract: 'A', resource: 30, share: 0.75, shareMoe: 0.02, population: 20, populationMoe: 5.5, count: 15, countMoe: 3.5 },
  { tract: 'B', resource: 70, share: 0.2, shareMoe: 0.05, population: 25, populationMoe: 5, count: 5, countMoe: 1.5 },
];

describe('sedtDemographicDisparity significance', () => {
  it('compares |z| with options.criticalValue strictly: 2.373 is significant at 1.96, not at 2.5 nor at exactly |z|', () => {
    const standard = sedtDemographicDisparity(APPENDIX_TRACTS);
    expect([standard.criticalValue, standard.significant, standard.warnings]).toEqual([1.96, true, []]);
    const strict = sedtDemographicDisparity(APPENDIX_TRACTS, { criticalValue: 2.5 });
    expect([strict.criticalValue, strict.significant]).toEqual([2.5, false]);
    const edge = Math.abs(standard.z as number);
    const atEdge = sedtDemographicDisparity(APPENDIX_TRACTS, { criticalValue: edge });
    expect(atEdge.z).toBe(standard.z);
    expect(atEdge.significant).toBe(false);
  });

  it('has no z when both standard errors are 0: significant exactly when the disparity is not 0', () => {
    // all MOEs 0: data-implied 0.5·0.2 + 0.5·0.6 = 0.4
    const exact = [
      { tract: 'a', resource: 1, share: 0.2, shareMoe: 0 },
      { tract: 'b', resource: 1, share: 0.6, shareMoe: 0 },
    ];
    const apart = sedtDemographicDisparity(exact, { geographyWide: { share: 0.3, moe: 0 } });
    expect([apart.z, apart.significant, apart.geographyWideSource, apart.warnings]).toEqual([null, true, 'given', []]);
    expect(apart.disparity).toBeCloseTo(0.1, 15);
    const equal = sedtDemographicDisparity(exact, { geographyWide: { share: 0.4, moe: 0 } });
    expect([equal.z, equal.disparity, equal.significant]).toEqual([null, 0, false]);
  });

  it('accepts a share of exactly 1, a given geography-wide share of exactly 1, and a count equal to its population', () => {
    // data-implied 1·1 = 1; geography-wide from tracts 10/10 = 1
    const whole = sedtDemographicDisparity([{ tract: 'a', resource: 3, share: 1, shareMoe: 0, population: 10, populationMoe: 0, count: 10, countMoe: 0 }]);
    expect([whole.dataImplied, whole.geographyWide, whole.disparity, whole.z, whole.significant]).toEqual([1, 1, 0, null, false]);
    const given = sedtDemographicDisparity([{ tract: 'a', resource: 3, share: 1, shareMoe: 0 }], { geographyWide: { share: 1, moe: 0 } });
    expect(given.geographyWide).toBe(1);
  });
});

describe('sedtDemographicDisparity input errors', () => {
  it('rejects a bad options bag, critical value or geography-wide share, naming the field', () => {
    const typo = caught(() => sedtDemographicDisparity(APPENDIX_TRACTS, { criticalvalue: 2 } as never));
    expect([typo.code, typo.path]).toEqual(['unknown_key', 'options.criticalvalue']);
    const critical = caught(() => sedtDemographicDisparity(APPENDIX_TRACTS, { criticalValue: -1 }));
    expect([critical.code, critical.path, critical.message]).toEqual(['out_of_range', 'options.criticalValue', 'sedtDemographicDisparity: options.criticalValue is -1; expected a number > 0.']);
    for (const given of [null, 0.4]) {
      const wrong = caught(() => sedtDemographicDisparity(APPENDIX_TRACTS, { geographyWide: given } as never));
      expect([wrong.code, wrong.path, wrong.message]).toEqual([
        'invalid_type',
        'options.geographyWide',
        `sedtDemographicDisparity: options.geographyWide is ${String(given)}; expected { share, moe }.`,
      ]);
    }
    const key = caught(() => sedtDemographicDisparity(APPENDIX_TRACTS, { geographyWide: { share: 0.4, moe: 0.01, mo: 1 } } as never));
    expect([key.code, key.path]).toEqual(['unknown_key', 'options.geographyWide.mo']);
    const negative = caught(() => sedtDemographicDisparity(APPENDIX_TRACTS, { geographyWide: { share: -0.4, moe: 0.01 } }));
    expect([negative.code, negative.path]).toEqual(['out_of_range', 'options.geographyWide.share']);
    const above = caught(() => sedtDemographicDisparity(APPENDIX_TRACTS, { geographyWide: { share: 1.2, moe: 0.01 } }));
    expect([above.code, above.path, above.message]).toEqual([
      'out_of_range',
      'options.geographyWide.share',
      'sedtDemographicDisparity: options.geographyWide.share is 1.2; a share lies in [0, 1].',
    ]);
    const moe = caught(() => sedtDemographicDisparity(APPENDIX_TRACTS, { geographyWide: { share: 0.4, moe: -0.01 } }));
    expect([moe.code, moe.path]).toEqual(['out_of_range', 'options.geographyWide.moe']);
  });

  it('rejects tracts that are not an array, empty, or hold a non-object, with the exact message', () => {
    const notArray = caught(() => sedtDemographicDisparity({} as never));
    expect([notArray.code, notArray.path, notArray.message]).toEqual([
      'invalid_type',
      'tracts',
      'sedtDemographicDisparity: tracts is an object; expected an array of { tract, resource, share, shareMoe }.',
    ]);
    const empty = caught(() => sedtDemographicDisparity([]));
    expect([empty.code, empty.path, empty.message]).toEqual(['empty', 'tracts', 'sedtDemographicDisparity: tracts is empty; pass one entry per tract.']);
    for (const [row, shown] of [
      [null, 'null'],
      [5, '5'],
    ] as const) {
      const bad = caught(() => sedtDemographicDisparity([APPENDIX_TRACTS[0], row] as never));
      expect([bad.code, bad.path, bad.message]).toEqual([
        'invalid_type',
        'tracts[1]',
        `sedtDemographicDisparity: tracts[1] is ${shown}; expected { tract, resource, share, shareMoe }.`,
      ]);
    }
  });

  it('names the field of a bad tract id, a duplicate, a negative resource, share or MOE, and a share above 1', () => {
    const a = APPENDIX_TRACTS[0] as (typeof APPENDIX_TRACTS)[number];
    const id = caught(() => sedtDemographicDisparity([a, { ...a, tract: 7 }] as never));
    expect([id.code, id.path]).toEqual(['invalid_type', 'tracts[1].tract']);
    const duplicate = caught(() => sedtDemographicDisparity([a, APPENDIX_TRACTS[1], a] as never));
    expect([duplicate.code, duplicate.path, duplicate.message]).toEqual([
      'duplicate',
      'tracts[2].tract',
      'sedtDemographicDisparity: tracts[2].tract is "A", already given at tracts[0]; give each tract once.',
    ]);
    for (const field of ['resource', 'share', 'shareMoe'] as const) {
      const negative = caught(() => sedtDemographicDisparity([a, { ...a, tract: 'C', [field]: -1 }]));
      expect([negative.code, negative.path]).toEqual(['out_of_range', `tracts[1].${field}`]);
    }
    const percent = caught(() => sedtDemographicDisparity([a, { ...a, tract: 'C', share: 45 }]));
    expect(percent.message).toBe('sedtDemographicDisparity: tracts[1].share is 45; a share lies in [0, 1] (write 45 % as 0.45)');
  });

  it('rejects tracts without resources, a count above its population, and tracts without population', () => {
    const none = caught(() => sedtDemographicDisparity([{ tract: 'a', resource: 0, share: 0.4, shareMoe: 0.1 }], { geographyWide: { share: 0.4, moe: 0.01 } }));
    expect(none.message).toBe('sedtDemographicDisparity: every tract has resource 0; the data-implied share is undefined — pass at least one resource.');
    const swapped = caught(() => sedtDemographicDisparity([APPENDIX_TRACTS[0], { ...APPENDIX_TRACTS[1], population: 5, count: 25 }] as never));
    expect([swapped.code, swapped.path, swapped.message]).toEqual([
      'out_of_range',
      'tracts[1].count',
      'sedtDemographicDisparity: tracts[1].count exceeds its population; the group is a subset of the population — check that count and population are not swapped and come from the same table and year.',
    ]);
    const empty = caught(() =>
      sedtDemographicDisparity([
        { tract: 'a', resource: 1, share: 0.4, shareMoe: 0.1, population: 0, populationMoe: 0, count: 0, countMoe: 0 },
        { tract: 'b', resource: 1, share: 0.4, shareMoe: 0.1, population: 0, populationMoe: 0, count: 0, countMoe: 0 },
      ]),
    );
    expect([empty.code, empty.path, empty.message]).toEqual([
      'invalid_value',
      'tracts',
      'sedtDemographicDisparity: every tract has population 0; the geography-wide share is undefined.',
    ]);
  });
});
