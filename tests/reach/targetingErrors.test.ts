import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { targetingErrors, type TargetingErrorsResult } from '../../src/reach/index.ts';
import { wilsonInterval } from '../../src/uncertainty/wilsonInterval.ts';
import { caught } from './helpers.ts';

interface Row {
  id: number;
  eligible: boolean | null;
  enrolled: boolean;
  district: string;
  language: string;
  weight: number;
}

const base = { eligible: (r: Row) => r.eligible, enrolled: (r: Row) => r.enrolled };

// A 10-record roster, counted by hand:
//   district A: E+enr, E+enr, E, I+enr, I      district B: E, E, I+enr, ?+enr, ?
const roster: Row[] = [
  { id: 1, eligible: true, enrolled: true, district: 'A', language: 'es', weight: 1 },
  { id: 2, eligible: true, enrolled: true, district: 'A', language: 'en', weight: 2 },
  { id: 3, eligible: true, enrolled: false, district: 'A', language: 'vi', weight: 1 },
  { id: 4, eligible: false, enrolled: true, district: 'A', language: 'en', weight: 3 },
  { id: 5, eligible: false, enrolled: false, district: 'A', language: 'en', weight: 1 },
  { id: 6, eligible: true, enrolled: false, district: 'B', language: 'es', weight: 1 },
  { id: 7, eligible: true, enrolled: false, district: 'B', language: 'vi', weight: 2 },
  { id: 8, eligible: false, enrolled: true, district: 'B', language: 'en', weight: 1 },
  { id: 9, eligible: null, enrolled: true, district: 'B', language: 'es', weight: 1 },
  { id: 10, eligible: null, enrolled: false, district: 'B', language: 'en', weight: 1 },
];

describe('targetingErrors: hand-computed roster', () => {
  let result: TargetingErrorsResult;
  beforeEach(() => {
    result = targetingErrors(roster, { ...base, by: (r) => r.district });
  });

  it('counts every cell of the eligible × enrolled table, indeterminate apart', () => {
    expect(result.overall).toMatchObject({
      records: 10,
      population: 10,
      eligible: 5,
      ineligible: 3,
      indeterminate: 2,
      enrolled: 5,
      eligibleEnrolled: 2,
      ineligibleEnrolled: 2,
      indeterminateEnrolled: 1,
      eligibleNotEnrolled: 3,
    });
  });
  it('derives coverage 2/5, exclusion error 3/5, inclusion error 2/4 (indeterminate enrolled left out)', () => {
    expect(result.overall.coverage).toBe(2 / 5);
    expect(result.overall.exclusionError).toBe(3 / 5);
    expect(result.overall.inclusionError).toBe(2 / 4);
    expect(result.overall.inclusionErrorBase).toBe(4);
    expect(result.inclusionErrorDenominator).toBe('enrolled');
  });
  it('puts the Wilson interval of 2 of 5 around the coverage', () => {
    const ci = wilsonInterval(2, 5);
    expect(result.overall.coverageInterval).toEqual({ lower: ci.lower, upper: ci.upper, confidence: 0.95, method: 'wilson', sampleSize: 5 });
    // Wilson 95 % interval for 2/5 is [0.1176, 0.7693] (Newcombe 1998 method 3; statsmodels proportion_confint).
    expect(result.overall.coverageInterval.lower).toBeCloseTo(0.1176, 4);
    expect(result.overall.coverageInterval.upper).toBeCloseTo(0.7693, 4);
  });
  it('gives each group its own table, sorted by key', () => {
    expect(result.dimensions).toEqual(['group']);
    expect(result.groups.map((g) => g.label)).toEqual(['A', 'B']);
    const [a, b] = result.groups;
    expect(a).toMatchObject({ keys: ['A'], eligible: 3, eligibleEnrolled: 2, coverage: 2 / 3, inclusionError: 1 / 3 });
    expect(b).toMatchObject({ keys: ['B'], eligible: 2, eligibleEnrolled: 0, coverage: 0, exclusionError: 1, inclusionError: 1 });
    expect(b?.indeterminate).toBe(2);
  });
  it('divides the inclusion error by ineligible households when asked, and says so', () => {
    const alt = targetingErrors(roster, { ...base, inclusionErrorDenominator: 'ineligible' });
    expect(alt.inclusionErrorDenominator).toBe('ineligible');
    expect(alt.overall.inclusionError).toBe(2 / 3);
    expect(alt.overall.inclusionErrorBase).toBe(3);
  });
  it('weights every count and uses Kish effective size for the interval', () => {
    const weighted = targetingErrors(roster, { ...base, weight: (r) => r.weight });
    expect(weighted.weighted).toBe(true);
    // eligible weights 1,2,1,1,2 = 7; enrolled among them 1+2 = 3; ineligible enrolled 3+1 = 4.
    expect(weighted.overall).toMatchObject({ records: 10, population: 14, eligible: 7, eligibleEnrolled: 3, ineligibleEnrolled: 4 });
    expect(weighted.overall.coverage).toBe(3 / 7);
    expect(weighted.overall.inclusionError).toBe(4 / 7);
    // Kish: (Σw)²/Σw² = 49 / (1+4+1+1+4) = 49/11.
    expect(weighted.overall.coverageInterval.sampleSize).toBeCloseTo(49 / 11, 12);
    const ci = wilsonInterval((3 / 7) * (49 / 11), 49 / 11);
    expect(weighted.overall.coverageInterval.lower).toBeCloseTo(ci.lower as number, 12);
  });
  it('reports the confidence level used', () => {
    const r90 = targetingErrors(roster, { ...base, confidence: 0.9 });
    expect(r90.confidence).toBe(0.9);
    expect(r90.overall.coverageInterval.confidence).toBe(0.9);
    expect((r90.overall.coverageInterval.upper as number) < (result.overall.coverageInterval.upper as number)).toBe(true);
  });
});

describe('targetingErrors: World Bank definitions', () => {
  // Grosh, Leite, Wai-Poi & Tesliuc (2022), Revisiting Targeting in Social Assistance, Table 7.3: a 10-person
  // economy with incomes 6, 8, 11, 15, 21, 25, 30, 40, 50, 100 and a poverty line of 20 (persons 1–4 poor);
  // the poorest 20 % are persons 1–2. Published: schemes S1 = {1,2}, S2 = {2,3}, S3 = {3,4} have, against the
  // poverty line, exclusion error 50 % and inclusion error 0 %; against the poorest 20 %, S1 has EE 0 and IE 0,
  // S2 EE 50 % and IE 50 %, S3 EE 100 % and IE 100 %. S4 (everyone) has EE 0 and IE 60 % / 80 % (derived from the
  // published inputs, methodology.md §9 row 5).
  const incomes = [6, 8, 11, 15, 21, 25, 30, 40, 50, 100];
  const people = incomes.map((income, i) => ({ person: i + 1, income }));
  const schemes: Record<string, number[]> = { S1: [1, 2], S2: [2, 3], S3: [3, 4], S4: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
  const cases: [string, 'line' | 'p20', number, number][] = [
    ['S1', 'line', 0.5, 0],
    ['S2', 'line', 0.5, 0],
    ['S3', 'line', 0.5, 0],
    ['S4', 'line', 0, 0.6],
    ['S1', 'p20', 0, 0],
    ['S2', 'p20', 0.5, 0.5],
    ['S3', 'p20', 1, 1],
    ['S4', 'p20', 0, 0.8],
  ];
  it.each(cases)('%s against the %s target: EE %d, IE %d', (scheme, target, ee, ie) => {
    const recipients = new Set(schemes[scheme]);
    const result = targetingErrors(people, {
      eligible: (p) => (target === 'line' ? p.income < 20 : p.person <= 2),
      enrolled: (p) => recipients.has(p.person),
    });
    expect(result.overall.exclusionError).toBeCloseTo(ee, 12);
    expect(result.overall.inclusionError).toBeCloseTo(ie, 12);
  });
});

describe('targetingErrors: several grouping keys', () => {
  let result: TargetingErrorsResult;
  beforeEach(() => {
    result = targetingErrors(roster, { ...base, by: { district: (r) => r.district, language: (r) => r.language } });
  });
  it('makes one group per combination seen, with keys in dimension order', () => {
    expect(result.dimensions).toEqual(['district', 'language']);
    expect(result.groups.map((g) => g.keys)).toEqual([
      ['A', 'en'],
      ['A', 'es'],
      ['A', 'vi'],
      ['B', 'en'],
      ['B', 'es'],
      ['B', 'vi'],
    ]);
    expect(result.groups.find((g) => g.label === 'A × en')).toMatchObject({ records: 3, eligible: 1, ineligibleEnrolled: 1 });
  });
  it('reports each dimension alone, equal to grouping by it directly', () => {
    const byLanguage = targetingErrors(roster, { ...base, by: (r) => r.language });
    const margin = result.byDimension.find((m) => m.dimension === 'language');
    expect(margin?.groups).toEqual(byLanguage.groups);
  });
  it('accepts an array of accessors, naming dimensions by index', () => {
    const array = targetingErrors(roster, { ...base, by: [(r) => r.district, (r) => r.language] });
    expect(array.dimensions).toEqual(['0', '1']);
    expect(array.groups.map((g) => [g.keys, g.eligible, g.enrolled])).toEqual(result.groups.map((g) => [g.keys, g.eligible, g.enrolled]));
  });
  it('handles more than three grouping keys (two-pass path) with the same counts as fewer', () => {
    const four = targetingErrors(roster, {
      ...base,
      by: { district: (r) => r.district, language: (r) => r.language, parity: (r) => (r.id % 2 === 0 ? 'even' : 'odd'), all: () => 'x' },
    });
    expect(four.dimensions).toEqual(['district', 'language', 'parity', 'all']);
    expect(four.groups.reduce((s, g) => s + g.records, 0)).toBe(10);
    const byDistrict = targetingErrors(roster, { ...base, by: { district: (r) => r.district } });
    expect(four.byDimension.find((m) => m.dimension === 'district')?.groups).toEqual(byDistrict.groups);
    expect(four.overall).toEqual(byDistrict.overall);
  });
  it('treats __proto__ and constructor as ordinary group names', () => {
    const odd = targetingErrors(roster, { ...base, by: (r) => (r.id % 2 === 0 ? '__proto__' : 'constructor') });
    expect(odd.groups.map((g) => g.label)).toEqual(['__proto__', 'constructor']);
    expect(odd.groups[0]?.records).toBe(5);
  });
  it('grows its dense table as new keys appear, with the same counts as a brute-force count', () => {
    // 50 × 20 × 3 keys, appearing over time, force each capacity to double several times.
    const rows = Array.from({ length: 3000 }, (_, i) => ({ a: `a${(i * 7) % 50}`, b: `b${(i * 11) % 20}`, c: `c${i % 3}`, e: i % 4 === 0 ? null : i % 5 < 3, n: i % 7 < 3 }));
    const result = targetingErrors(rows, { eligible: (r) => r.e, enrolled: (r) => r.n, by: [(r) => r.a, (r) => r.b, (r) => r.c] });
    const brute = new Map<string, { records: number; eligible: number; eligibleEnrolled: number; indeterminate: number }>();
    for (const r of rows) {
      const key = JSON.stringify([r.a, r.b, r.c]);
      const entry = brute.get(key) ?? { records: 0, eligible: 0, eligibleEnrolled: 0, indeterminate: 0 };
      entry.records++;
      if (r.e === true) entry.eligible++;
      if (r.e === true && r.n) entry.eligibleEnrolled++;
      if (r.e === null) entry.indeterminate++;
      brute.set(key, entry);
    }
    expect(result.groups).toHaveLength(brute.size);
    for (const g of result.groups) {
      expect({ records: g.records, eligible: g.eligible, eligibleEnrolled: g.eligibleEnrolled, indeterminate: g.indeterminate }).toEqual(
        brute.get(JSON.stringify(g.keys)),
      );
    }
  });
  it('compacts when the product of dimension sizes is large, with the same counts', () => {
    // 300 × 300 × 2 possible combinations exceed the dense limit; only 600 occur.
    const rows = Array.from({ length: 600 }, (_, i) => ({ a: `a${i % 300}`, b: `b${(i * 7) % 300}`, c: i % 2 === 0 ? 'x' : 'y', e: i % 3 === 0 }));
    const result3 = targetingErrors(rows, { eligible: (r) => r.e, enrolled: (r) => r.e, by: { a: (r) => r.a, b: (r) => r.b, c: (r) => r.c } });
    const total = result3.groups.reduce((s, g) => s + g.records, 0);
    expect(total).toBe(600);
    for (const g of result3.groups.slice(0, 20)) {
      const members = rows.filter((r) => r.a === g.keys[0] && r.b === g.keys[1] && r.c === g.keys[2]);
      expect(g.records).toBe(members.length);
      expect(g.eligible).toBe(members.filter((r) => r.e).length);
    }
  });
});

describe('targetingErrors: empty and undefined rates', () => {
  it('returns zero counts and null rates with reasons for an empty input, never NaN', () => {
    const result = targetingErrors([] as Row[], { ...base, by: (r) => r.district });
    expect(result.overall.records).toBe(0);
    expect(result.overall.eligible).toBe(0);
    expect(result.overall.coverage).toBeNull();
    expect(result.overall.exclusionError).toBeNull();
    expect(result.overall.inclusionError).toBeNull();
    expect(result.overall.coverageInterval.lower).toBeNull();
    expect(result.overall.reasons).toEqual([
      'coverage and exclusion error are undefined: no records',
      'inclusion error is undefined: no enrolled households with determined eligibility',
    ]);
    expect(result.groups).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('NaN');
  });
  it('makes coverage null in a group with no eligible household, and says why', () => {
    const rows = [{ eligible: false, enrolled: true }];
    const result = targetingErrors(rows, { eligible: (r) => r.eligible, enrolled: (r) => r.enrolled });
    expect(result.overall.coverage).toBeNull();
    expect(result.overall.inclusionError).toBe(1);
    expect(result.overall.reasons).toEqual(['coverage and exclusion error are undefined: no eligible households (eligible count is 0)']);
  });
  it('makes coverage null when eligible weights sum to 0', () => {
    const result = targetingErrors([{ w: 0 }], { eligible: () => true, enrolled: () => true, weight: (r) => r.w });
    expect(result.overall.records).toBe(1);
    expect(result.overall.coverage).toBeNull();
  });
  it('does not mutate its input', () => {
    const copy = structuredClone(roster);
    targetingErrors(roster, { ...base, by: (r) => r.district, weight: (r) => r.weight });
    expect(roster).toEqual(copy);
  });
});

describe('targetingErrors: bad input', () => {
  it('rejects an eligible accessor returning something other than true/false/null', () => {
    const error = caught(() => targetingErrors([{ e: 'yes' }], { eligible: (r) => r.e as unknown as boolean, enrolled: () => true }));
    expect(error.code).toBe('invalid_type');
    expect(error.path).toBe('rows[0]');
    expect(error.message).toBe(
      'targetingErrors: options.eligible returned "yes" for rows[0]; expected true, false or null (null = eligibility cannot be determined).',
    );
    expect(caught(() => targetingErrors([{}], { eligible: () => undefined as unknown as null, enrolled: () => true })).code).toBe(
      'invalid_type',
    );
  });
  it('rejects an enrolled accessor returning a non-boolean', () => {
    const error = caught(() => targetingErrors([{}, {}], { eligible: () => true, enrolled: (_, i) => (i === 1 ? (1 as unknown as boolean) : true) }));
    expect(error.code).toBe('invalid_type');
    expect(error.path).toBe('rows[1]');
    expect(error.message).toBe('targetingErrors: options.enrolled returned 1 for rows[1]; expected true or false.');
  });
  it('rejects negative and non-finite weights', () => {
    const negative = caught(() => targetingErrors([{ w: 1 }, { w: -2 }], { eligible: () => true, enrolled: () => true, weight: (r) => r.w }));
    expect(negative.code).toBe('out_of_range');
    expect(negative.path).toBe('rows[1]');
    expect(negative.message).toBe('targetingErrors: options.weight returned -2 for rows[1]; weights must be finite numbers ≥ 0.');
    const nan = caught(() => targetingErrors([{ w: Number.NaN }], { eligible: () => true, enrolled: () => true, weight: (r) => r.w }));
    expect(nan.code).toBe('not_finite');
    expect(nan.message).toMatch(/^targetingErrors: options\.weight returned NaN for rows\[0\]/);
    const text = caught(() => targetingErrors([{ w: '2' }], { eligible: () => true, enrolled: () => true, weight: (r) => r.w as unknown as number }));
    expect(text.code).toBe('invalid_type');
  });
  it('rejects a group accessor returning a non-string', () => {
    const error = caught(() =>
      targetingErrors([{ d: 3 }], { eligible: () => true, enrolled: () => true, by: { district: (r) => r.d as unknown as string } }),
    );
    expect(error.code).toBe('invalid_type');
    expect(error.path).toBe('rows[0]');
    expect(error.message).toBe(
      'targetingErrors: options.by.district returned 3 for rows[0]; a group key must be a string (use String(value)).',
    );
  });
  it('rejects bad options', () => {
    expect(caught(() => targetingErrors('rows' as unknown as [], base)).path).toBe('rows');
    const missing = caught(() => targetingErrors([], { enrolled: () => true } as unknown as typeof base));
    expect(missing.code).toBe('missing_field');
    expect(missing.path).toBe('options.eligible');
    expect(missing.message).toMatch(/^targetingErrors: options\.eligible is missing/);
    const typo = caught(() => targetingErrors([], { ...base, wieght: () => 1 } as unknown as typeof base));
    expect(typo.code).toBe('unknown_key');
    expect(typo.hint).toBe('did you mean "weight"?');
    expect(caught(() => targetingErrors([], { ...base, confidence: 95 })).path).toBe('options.confidence');
    const denominator = caught(() => targetingErrors([], { ...base, inclusionErrorDenominator: 'all' as 'enrolled' }));
    expect(denominator.code).toBe('invalid_value');
    expect(denominator.path).toBe('options.inclusionErrorDenominator');
    const by = caught(() => targetingErrors([], { ...base, by: 'district' as unknown as () => string }));
    expect(by.code).toBe('invalid_type');
    expect(by.path).toBe('options.by');
  });
});

describe('targetingErrors: invariants', () => {
  const rowArb = fc.record({
    eligible: fc.constantFrom(true, false, null),
    enrolled: fc.boolean(),
    group: fc.constantFrom('a', 'b', 'c'),
    weight: fc.integer({ min: 0, max: 4 }),
  });
  it('weighted counts equal the counts of the data with each row repeated weight times', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const options = { eligible: (r: (typeof rows)[number]) => r.eligible, enrolled: (r: (typeof rows)[number]) => r.enrolled, by: (r: (typeof rows)[number]) => r.group };
        const weighted = targetingErrors(rows, { ...options, weight: (r) => r.weight });
        const expanded = targetingErrors(rows.flatMap((r) => Array.from({ length: r.weight }, () => r)), options);
        expect(weighted.overall.eligible).toBe(expanded.overall.eligible);
        expect(weighted.overall.coverage).toBe(expanded.overall.coverage);
        expect(weighted.overall.inclusionError).toBe(expanded.overall.inclusionError);
      }),
      { numRuns: 60 },
    );
  });
  it('rates stay in [0, 1], coverage + exclusion error = 1, and group counts add up to the total', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const result = targetingErrors(rows, { eligible: (r) => r.eligible, enrolled: (r) => r.enrolled, by: (r) => r.group });
        for (const s of [result.overall, ...result.groups]) {
          for (const rate of [s.coverage, s.exclusionError, s.inclusionError]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
          if (s.coverage !== null) expect((s.coverage + (s.exclusionError as number))).toBeCloseTo(1, 12);
          expect(s.eligible + s.ineligible + s.indeterminate).toBe(s.population);
        }
        expect(result.groups.reduce((t, g) => t + g.records, 0)).toBe(rows.length);
      }),
      { numRuns: 60 },
    );
  });
  it('enrolling one more eligible household never lowers coverage', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.nat(), (rows, pick) => {
        const options = { eligible: (r: (typeof rows)[number]) => r.eligible, enrolled: (r: (typeof rows)[number]) => r.enrolled };
        const before = targetingErrors(rows, options);
        const i = pick % rows.length;
        const after = targetingErrors(rows.map((r, j) => (j === i ? { ...r, enrolled: true } : r)), options);
        if (before.overall.coverage !== null) expect((after.overall.coverage as number) >= before.overall.coverage).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('targetingErrors: every count of every cell, on every tally path', () => {
  interface Record4 {
    keys: [string, string, string, string];
    e: boolean | null;
    n: boolean;
    w: number;
  }
  const FIELDS = ['records', 'population', 'eligible', 'ineligible', 'indeterminate', 'enrolled', 'eligibleEnrolled', 'ineligibleEnrolled', 'indeterminateEnrolled', 'eligibleWeightSquares'] as const;
  type Counts = Record<(typeof FIELDS)[number], number>;

  /** The definitions, row by row (World Bank targeting-error tables: eligible × enrolled, indeterminate apart). */
  function bruteForce(rows: readonly Record4[], dims: readonly number[]): Map<string, Counts> {
    const cells = new Map<string, Counts>();
    for (const r of rows) {
      const key = JSON.stringify(dims.map((d) => r.keys[d]));
      const c = cells.get(key) ?? (Object.fromEntries(FIELDS.map((f) => [f, 0])) as Counts);
      c.records += 1;
      c.population += r.w;
      const status = r.e === true ? 'eligible' : r.e === false ? 'ineligible' : 'indeterminate';
      c[status] += r.w;
      if (r.n) {
        c.enrolled += r.w;
        c[`${status}Enrolled`] += r.w;
      }
      if (r.e === true) c.eligibleWeightSquares += r.w * r.w;
      cells.set(key, c);
    }
    return cells;
  }

  const countsOf = (g: Counts): Counts => Object.fromEntries(FIELDS.map((f) => [f, g[f]])) as Counts;
  const sortedKeys = (cells: Map<string, Counts>): string[][] => [...cells.keys()].map((k) => JSON.parse(k) as string[]).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

  function rowsOf(n: number, sizes: readonly number[]): Record4[] {
    // Deterministic, with keys first seen out of sorted order and every status and weight combination.
    return Array.from({ length: n }, (_, i) => ({
      keys: sizes.map((size, d) => `${String.fromCharCode(122 - d)}${(i * ([7, 11, 13, 17][d] as number) + d) % size}`) as [string, string, string, string],
      e: i % 5 === 0 ? null : i % 3 !== 1,
      n: i % 4 < 2,
      w: 1 + (i % 3),
    }));
  }

  it('counts each cell of four grouping keys (two-pass path) exactly, weighted, with every field', () => {
    const rows = rowsOf(500, [3, 4, 2, 5]);
    const result = targetingErrors(rows, {
      eligible: (r) => r.e,
      enrolled: (r) => r.n,
      weight: (r) => r.w,
      by: { d: (r) => r.keys[0], c: (r) => r.keys[1], b: (r) => r.keys[2], a: (r) => r.keys[3] },
    });
    const brute = bruteForce(rows, [0, 1, 2, 3]);
    expect(result.groups.map((g) => g.keys)).toEqual(sortedKeys(brute));
    for (const g of result.groups) expect(countsOf(g as unknown as Counts), g.label).toEqual(brute.get(JSON.stringify(g.keys)));
    expect(countsOf(result.overall as unknown as Counts)).toEqual(bruteForce(rows, []).get('[]'));
  });

  it('counts each cell exactly when four keys have too many combinations for a dense table (compact renumbering)', () => {
    // 300 × 300 × 2 × 2 = 360,000 possible cells, far above the dense limit of 65,536.
    const rows = rowsOf(900, [300, 300, 2, 2]);
    const result = targetingErrors(rows, {
      eligible: (r) => r.e,
      enrolled: (r) => r.n,
      weight: (r) => r.w,
      by: [(r) => r.keys[0], (r) => r.keys[1], (r) => r.keys[2], (r) => r.keys[3]],
    });
    const brute = bruteForce(rows, [0, 1, 2, 3]);
    expect(result.groups).toHaveLength(brute.size);
    for (const g of result.groups) expect(countsOf(g as unknown as Counts), g.label).toEqual(brute.get(JSON.stringify(g.keys)));
    // Three keys over the dense limit take the same compacting path.
    const three = targetingErrors(rows, { eligible: (r) => r.e, enrolled: (r) => r.n, weight: (r) => r.w, by: [(r) => r.keys[0], (r) => r.keys[1], (r) => r.keys[2]] });
    const brute3 = bruteForce(rows, [0, 1, 2]);
    expect(three.groups.map((g) => g.keys)).toEqual(sortedKeys(brute3));
    for (const g of three.groups) expect(countsOf(g as unknown as Counts), g.label).toEqual(brute3.get(JSON.stringify(g.keys)));
  });

  it('lists byDimension in the order the dimensions are given, each with its groups sorted by key', () => {
    const rows = rowsOf(200, [3, 4, 2, 5]);
    // Dimensions named against alphabetical order, keys first seen against sorted order.
    const by = { zone: (r: Record4) => r.keys[0], age: (r: Record4) => r.keys[1], mode: (r: Record4) => r.keys[2], band: (r: Record4) => r.keys[3] };
    const result = targetingErrors(rows, { eligible: (r) => r.e, enrolled: (r) => r.n, weight: (r) => r.w, by });
    expect(result.dimensions).toEqual(['zone', 'age', 'mode', 'band']);
    expect(result.byDimension.map((m) => m.dimension)).toEqual(['zone', 'age', 'mode', 'band']);
    expect(result.byDimension.map((m) => m.groups.map((g) => g.label))).toEqual([
      ['z0', 'z1', 'z2'],
      ['y0', 'y1', 'y2', 'y3'],
      ['x0', 'x1'],
      ['w0', 'w1', 'w2', 'w3', 'w4'],
    ]);
    result.byDimension.forEach((margin, d) => {
      const brute = bruteForce(rows, [d]);
      for (const g of margin.groups) expect(countsOf(g as unknown as Counts), `${margin.dimension} ${g.label}`).toEqual(brute.get(JSON.stringify(g.keys)));
    });
    // One dimension: no margins (they would repeat the groups).
    expect(targetingErrors(rows, { eligible: (r) => r.e, enrolled: (r) => r.n, by: { zone: by.zone } }).byDimension).toEqual([]);
  });
});

describe('targetingErrors: every bad option and accessor result is named, with how to fix it', () => {
  const ok = { eligible: () => true, enrolled: () => true };
  const expectError = (error: { code: string; path: string | undefined; message: string }, code: string, path: string, message: string) =>
    expect({ code: error.code, path: error.path, message: error.message }).toEqual({ code, path, message });

  it('rejects rows that are not an array', () => {
    expectError(caught(() => targetingErrors('rows' as never, ok)), 'invalid_type', 'rows', 'targetingErrors: rows is "rows"; expected an array of records.');
  });
  it('rejects accessors that are not functions, saying what to pass', () => {
    expectError(
      caught(() => targetingErrors([], { ...ok, eligible: 'yes' as never })),
      'invalid_type',
      'options.eligible',
      'targetingErrors: options.eligible is "yes"; pass a function (row) => true | false | null.',
    );
    expectError(
      caught(() => targetingErrors([], { ...ok, enrolled: true as never })),
      'invalid_type',
      'options.enrolled',
      'targetingErrors: options.enrolled is true; pass a function (row) => boolean.',
    );
    expectError(
      caught(() => targetingErrors([], { ...ok, weight: 2 as never })),
      'invalid_type',
      'options.weight',
      'targetingErrors: options.weight is 2; pass a function (row) => number ≥ 0.',
    );
  });
  it('rejects an unknown inclusion-error denominator, explaining both', () => {
    expectError(
      caught(() => targetingErrors([], { ...ok, inclusionErrorDenominator: 'all' as never })),
      'invalid_value',
      'options.inclusionErrorDenominator',
      'targetingErrors: options.inclusionErrorDenominator is "all"; use "enrolled" (share of beneficiaries who are ineligible) or "ineligible" (share of ineligible households enrolled).',
    );
  });
  it('names the grouping accessor as it was given: options.by, options.by[d] or options.by.name', () => {
    const key = 'a group key must be a string (use String(value)).';
    expectError(caught(() => targetingErrors([{}], { ...ok, by: () => 3 as never })), 'invalid_type', 'rows[0]', `targetingErrors: options.by returned 3 for rows[0]; ${key}`);
    expectError(
      caught(() => targetingErrors([{}, {}], { ...ok, by: [() => 'a', (_, i) => (i === 1 ? (3 as never) : 'b')] })),
      'invalid_type',
      'rows[1]',
      `targetingErrors: options.by[1] returned 3 for rows[1]; ${key}`,
    );
    const fn = 'each grouping key must be a function (row) => string.';
    expectError(caught(() => targetingErrors([{}], { ...ok, by: [() => 'a', 'b' as never] })), 'invalid_type', 'options.by[1]', `targetingErrors: options.by[1] is "b"; ${fn}`);
    expectError(caught(() => targetingErrors([{}], { ...ok, by: { zone: 'b' as never } })), 'invalid_type', 'options.by.zone', `targetingErrors: options.by.zone is "b"; ${fn}`);
    const by = 'pass a function (row) => string, an array of them or an object of named ones.';
    expectError(caught(() => targetingErrors([{}], { ...ok, by: 'district' as never })), 'invalid_type', 'options.by', `targetingErrors: options.by is "district"; ${by}`);
    expectError(caught(() => targetingErrors([{}], { ...ok, by: 7 as never })), 'invalid_type', 'options.by', `targetingErrors: options.by is 7; ${by}`);
    expectError(caught(() => targetingErrors([{}], { ...ok, by: null as never })), 'invalid_type', 'options.by', `targetingErrors: options.by is null; ${by}`);
  });
  it('rejects a weight that is not a finite number, on the grouped and the ungrouped path', () => {
    const weights = 'weights must be finite numbers ≥ 0.';
    for (const grouping of [{}, { by: () => 'g' }]) {
      expectError(
        caught(() => targetingErrors([{}, {}], { ...ok, ...grouping, weight: (_, i) => (i === 1 ? ('2' as never) : 1) })),
        'invalid_type',
        'rows[1]',
        `targetingErrors: options.weight returned "2" for rows[1]; ${weights}`,
      );
      expectError(
        caught(() => targetingErrors([{}, {}], { ...ok, ...grouping, weight: (_, i) => (i === 1 ? Number.POSITIVE_INFINITY : 1) })),
        'not_finite',
        'rows[1]',
        `targetingErrors: options.weight returned Infinity for rows[1]; ${weights}`,
      );
    }
  });
});
