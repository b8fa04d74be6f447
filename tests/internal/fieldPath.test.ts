import { describe, expect, it } from 'vitest';
import { PATH_CACHE_LIMIT, pathSegments } from '../../src/internal/fieldPath.ts';

describe('pathSegments', () => {
  it('splits a dotted path once and serves the same segments from its cache', () => {
    const first = pathSegments('attributes.district');
    expect(first).toEqual(['attributes', 'district']);
    expect(pathSegments('attributes.district')).toBe(first);
  });

  it(`starts the cache over when it holds ${PATH_CACHE_LIMIT} paths`, () => {
    // Insert new paths until one inserted earlier is evicted: that insert cleared the cache.
    const probe = 'probe.0';
    let cached = pathSegments(probe);
    let inserts = 0;
    for (; inserts <= PATH_CACHE_LIMIT; inserts++) {
      pathSegments(`fill.${inserts}`);
      if (pathSegments(probe) !== cached) break;
    }
    expect(inserts).toBeLessThan(PATH_CACHE_LIMIT);
    // Right after that clear the cache holds the path just inserted and the probe (re-inserted by the check); a new
    // probe makes 3. It survives until the cache holds PATH_CACHE_LIMIT paths, LIMIT − 3 inserts later: the next
    // insert clears it.
    const next = 'probe.1';
    cached = pathSegments(next);
    let survived = 0;
    for (let i = 0; i <= PATH_CACHE_LIMIT; i++) {
      pathSegments(`refill.${i}`);
      if (pathSegments(next) !== cached) break;
      survived++;
    }
    expect(survived).toBe(PATH_CACHE_LIMIT - 3);
  });
});
