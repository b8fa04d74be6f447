/**
 * Benchmark of the columnar targeting table (`npm run bench -- reach-columnar`), issue 17's measurement: 1,000,000
 * household-years grouped by district × language × year (10 × 5 × 12 = 600 groups).
 *
 * 1. `targetingErrorsColumnar` on integer-coded columns against a hand-written `Map` loop over row objects (three
 *    string lookups per record, typed-array counters: the floor of any row-object implementation).
 * 2. The same against NumPy's `ravel_multi_index` + `bincount` on the same codes in a python3 child process
 *    (`peers/bincount.py`; skipped with a note without python3 and NumPy — `apt-get install python3-numpy`).
 *    Issue 17's goal: within 1× of NumPy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './harness.ts';
import { targetingErrorsColumnar } from '../../src/reach/index.ts';

const N = 1_000_000;
const DISTRICTS = Array.from({ length: 10 }, (_, i) => `District ${i + 1}`);
const LANGUAGES = ['English', 'Spanish', 'Vietnamese', 'Chinese', 'Tagalog'];
const YEARS = Array.from({ length: 12 }, (_, i) => String(2014 + i));

interface Columns {
  district: Int32Array;
  language: Int32Array;
  year: Int32Array;
  eligible: Uint8Array;
  enrolled: Uint8Array;
}

function makeColumns(n: number): Columns {
  // A small xorshift generator: deterministic records without Math.random.
  let state = 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const c: Columns = { district: new Int32Array(n), language: new Int32Array(n), year: new Int32Array(n), eligible: new Uint8Array(n), enrolled: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const u = next();
    c.district[i] = Math.floor(next() * DISTRICTS.length);
    c.language[i] = Math.floor(next() * LANGUAGES.length);
    c.year[i] = Math.floor(next() * YEARS.length);
    c.eligible[i] = u < 0.02 ? 2 : u < 0.45 ? 1 : 0;
    c.enrolled[i] = next() < (u < 0.45 ? 0.4 : 0.08) ? 1 : 0;
  }
  return c;
}

interface Row {
  district: string;
  language: string;
  year: string;
  eligible: boolean | null;
  enrolled: boolean;
}

/** The hand-written row-object floor: three Map lookups per record, typed-array counters. */
function mapLoop(rows: readonly Row[]): Float64Array {
  const FIELDS = 6;
  const radix = 64;
  const ids = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  const counts = new Float64Array(radix * radix * radix * FIELDS);
  const intern = (map: Map<string, number>, key: string): number => {
    let id = map.get(key);
    if (id === undefined) {
      id = map.size;
      map.set(key, id);
    }
    return id;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    const base = (intern(ids[0], r.district) + radix * (intern(ids[1], r.language) + radix * intern(ids[2], r.year))) * FIELDS;
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

/** NumPy on the same codes in a python3 child process; null (with a note) when unavailable. */
function numpyBincount(c: Columns, repeat: number): { cpuMinMs: number; medianMs: number } | null {
  const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(JSON.stringify({ note: 'NumPy bincount comparison skipped: python3 with NumPy not found (apt-get install python3-numpy)' }));
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'equity-lens-bench-'));
  try {
    for (const name of ['district', 'language', 'year', 'eligible', 'enrolled'] as const) {
      writeFileSync(join(dir, `${name}.${name === 'eligible' || name === 'enrolled' ? 'u8' : 'i32'}`), new Uint8Array(c[name].buffer));
    }
    const script = fileURLToPath(new URL('peers/bincount.py', import.meta.url));
    const sizes = [DISTRICTS.length, LANGUAGES.length, YEARS.length].join(',');
    const run = spawnSync('python3', [script, dir, String(N), sizes, String(repeat)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bincount.py failed: ${run.stderr}`);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { cpu?: number; wall?: number; checksum?: number });
    const reps = lines.filter((line) => line.cpu !== undefined);
    if (lines.at(-1)?.checksum !== N) throw new Error('bincount.py counted a different number of records');
    const walls = reps.map((line) => (line.wall as number) * 1000).sort((x, y) => x - y);
    return { cpuMinMs: Math.min(...reps.map((line) => (line.cpu as number) * 1000)), medianMs: walls[walls.length >> 1] as number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

suite('reach-columnar', (ctx) => {
  const c = makeColumns(N);
  const columns = {
    eligible: c.eligible,
    enrolled: c.enrolled,
    by: {
      district: { codes: c.district, dictionary: DISTRICTS },
      language: { codes: c.language, dictionary: LANGUAGES },
      year: { codes: c.year, dictionary: YEARS },
    },
  };
  const rows: Row[] = Array.from({ length: N }, (_, i) => ({
    district: DISTRICTS[c.district[i] as number] as string,
    language: LANGUAGES[c.language[i] as number] as string,
    year: YEARS[c.year[i] as number] as string,
    eligible: c.eligible[i] === 2 ? null : c.eligible[i] === 1,
    enrolled: c.enrolled[i] === 1,
  }));

  ctx.compare({
    name: 'targetingErrorsColumnar, district × language × year (600 groups), integer codes',
    run: () => targetingErrorsColumnar(columns),
    baselineName: 'hand-written Map loop over row objects (3 string lookups per record)',
    baseline: () => mapLoop(rows),
    options: { repeat: 9, warmup: 2, n: N },
  });

  const peer = numpyBincount(c, 9);
  if (peer !== null) {
    ctx.compare({
      name: 'targetingErrorsColumnar, 600 groups, against NumPy',
      run: () => targetingErrorsColumnar(columns),
      baselineName: 'NumPy ravel_multi_index + bincount on the same codes (python3, one process)',
      external: peer,
      goal: 1,
      options: { repeat: 9, warmup: 2, n: N },
    });
  }
});
