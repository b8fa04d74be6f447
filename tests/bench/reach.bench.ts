/**
 * Benchmarks of the reach module (`npm run bench -- reach`).
 *
 * 1. `targetingErrors` on 1,000,000 household-year records grouped by three keys (district × language × size
 *    band) against a hand-written loop over the same records: three `Map` lookups per record, an integer cell id,
 *    counts in a `Float64Array` — the floor of any accessor-based implementation that must intern string keys.
 * 2. The same without grouping, against the same hand-written loop without keys.
 * 3. `mergeReach` of ten partition summaries against recomputing the whole.
 */
import { suite } from './harness.ts';
import { mergeReach, targetingErrors } from '../../src/reach/index.ts';

interface HouseholdYear {
  district: string;
  language: string;
  sizeBand: string;
  eligible: boolean | null;
  enrolled: boolean;
}

const N = 1_000_000;
const DISTRICTS = Array.from({ length: 10 }, (_, i) => `District ${i + 1}`);
const LANGUAGES = ['English', 'Spanish', 'Vietnamese', 'Chinese', 'Tagalog'];
const SIZE_BANDS = ['1-2', '3-4', '5-6', '7+'];

function makeRows(n: number): HouseholdYear[] {
  // A small xorshift generator: deterministic records without Math.random.
  let state = 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const rows: HouseholdYear[] = [];
  for (let i = 0; i < n; i++) {
    const u = next();
    rows.push({
      district: DISTRICTS[Math.floor(next() * DISTRICTS.length)] as string,
      language: LANGUAGES[Math.floor(next() * LANGUAGES.length)] as string,
      sizeBand: SIZE_BANDS[Math.floor(next() * SIZE_BANDS.length)] as string,
      eligible: u < 0.02 ? null : u < 0.45,
      enrolled: next() < (u < 0.45 ? 0.4 : 0.08),
    });
  }
  return rows;
}

/** The hand-written floor: one pass, three Map lookups, typed-array counters. */
function handWritten(rows: readonly HouseholdYear[], grouped: boolean): Float64Array {
  const FIELDS = 6;
  const radix = 64;
  const ids = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  const counts = new Float64Array((grouped ? radix * radix * radix : 1) * FIELDS);
  const intern = (map: Map<string, number>, key: string): number => {
    let id = map.get(key);
    if (id === undefined) {
      id = map.size;
      map.set(key, id);
    }
    return id;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as HouseholdYear;
    const cell = grouped ? intern(ids[0], r.district) + radix * (intern(ids[1], r.language) + radix * intern(ids[2], r.sizeBand)) : 0;
    const base = cell * FIELDS;
    counts[base] = (counts[base] as number) + 1;
    if (r.eligible === true) {
      counts[base + 1] = (counts[base + 1] as number) + 1;
      if (r.enrolled) counts[base + 2] = (counts[base + 2] as number) + 1;
    } else if (r.eligible === false) {
      counts[base + 3] = (counts[base + 3] as number) + 1;
      if (r.enrolled) counts[base + 4] = (counts[base + 4] as number) + 1;
    } else if (r.enrolled) counts[base + 5] = (counts[base + 5] as number) + 1;
  }
  return counts;
}

suite('reach', (ctx) => {
  const rows = makeRows(N);
  const by = { district: (r: HouseholdYear) => r.district, language: (r: HouseholdYear) => r.language, sizeBand: (r: HouseholdYear) => r.sizeBand };
  const eligible = (r: HouseholdYear): boolean | null => r.eligible;
  const enrolled = (r: HouseholdYear): boolean => r.enrolled;

  ctx.compare({
    name: 'targetingErrors, 3 grouping keys',
    run: () => targetingErrors(rows, { eligible, enrolled, by }),
    baselineName: 'hand-written typed-array loop with 3 Map lookups per record',
    baseline: () => handWritten(rows, true),
    goal: 2,
    options: { repeat: 7, warmup: 2, n: N },
  });

  ctx.compare({
    name: 'targetingErrors, no grouping',
    run: () => targetingErrors(rows, { eligible, enrolled }),
    baselineName: 'hand-written typed-array loop without keys',
    baseline: () => handWritten(rows, false),
    goal: 2,
    options: { repeat: 7, warmup: 2, n: N },
  });

  const parts = Array.from({ length: 10 }, (_, p) => targetingErrors(rows.slice(p * (N / 10), (p + 1) * (N / 10)), { eligible, enrolled, by }));
  ctx.compare({
    name: 'mergeReach of 10 partition summaries (200 groups each)',
    run: () => parts.reduce((a, b) => mergeReach(a, b)),
    baselineName: 'targetingErrors on all 1,000,000 records',
    baseline: () => targetingErrors(rows, { eligible, enrolled, by }),
    ratioIs: 'baseline/case',
    options: { repeat: 7, warmup: 1, n: N },
  });
});
