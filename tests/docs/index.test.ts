// The figures docs/index.md quotes from the demo (40,000 households, seed 1) are what the analysis computes.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAnalysis } from '../../examples/san-jose-prns/analysis.ts';
import { shared } from '../helpers/shared.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Line breaks in the Markdown source are insignificant: compare with whitespace collapsed.
const guide = readFileSync(join(root, 'docs/index.md'), 'utf8').replace(/\s+/g, ' ');
const demo = shared(() => runAnalysis({ households: 40_000, seed: 1 }));
let analysis: ReturnType<typeof runAnalysis>;
beforeEach(() => {
  analysis = demo();
});
const pct = (x: number | null | undefined): string => `${((x ?? Number.NaN) * 100).toFixed(1)} %`;

describe('docs/index.md: the method on the pilot', () => {
  it('quotes the eligibility counts', () => {
    const first = analysis.eligibleCounts[0];
    const last = analysis.eligibleCounts[analysis.eligibleCounts.length - 1];
    expect(guide).toContain(`**${last?.eligible.toLocaleString('en-US')} eligible households in 2025**`);
    expect(guide).toContain(`(${first?.eligible.toLocaleString('en-US')} in 2016); ${last?.indeterminate} cannot be decided`);
  });

  it('quotes coverage, undercoverage, leakage and the language gap', () => {
    const overall = analysis.reach.overall;
    expect(guide).toContain(`In 2025 **${pct(overall.coverage)}** of eligible households enrolled (undercoverage ${pct(overall.exclusionError)})`);
    expect(guide).toContain(`**${pct(overall.inclusionError)}** of enrolled households`);
    const language = analysis.reach.byDimension.find((d) => d.dimension === 'language')?.groups ?? [];
    const english = language.find((g) => g.label === 'English');
    const others = language.filter((g) => g.label !== 'English').map((g) => g.coverage as number);
    expect(guide).toContain(`Coverage is ${pct(english?.coverage)} for English-speaking households against ${pct(Math.min(...others)).replace(' %', '')} %–${pct(Math.max(...others))}`);
  });

  it('quotes distance, coverage within 2 km and the plan', () => {
    expect(guide).toContain(`**${(analysis.distance.overall.medianKm as number).toFixed(2)} km**`);
    expect(guide).toContain(`**${pct(analysis.within2km.share)}** live`);
    expect(guide).toContain(`cover ${analysis.plan.coveredWeight.toFixed(0)} weighted households, ${pct(analysis.plan.coveredShare)} of that demand`);
  });

  it('quotes the parity range, the trend and the goal status', () => {
    const rates = analysis.parity.groups.map((g) => g.rate as number);
    expect(guide).toContain(`penetration varies from ${pct(Math.min(...rates))} to ${pct(Math.max(...rates))}`);
    const ts = analysis.trend.theilSen;
    expect(guide).toContain(`**${(ts.slope * 100).toFixed(2)} points a year** (Theil–Sen, 95 % CI ${(ts.lower * 100).toFixed(2)} to ${(ts.upper * 100).toFixed(2)}; Mann–Kendall p = ${analysis.trend.mannKendall.pValue.toFixed(3)})`);
    expect(analysis.scorecard.status).toBe('needsAttention');
    expect(guide).toContain('**needs attention** for the goal');
  });
});

describe('the demo prints groups in a reader’s order', () => {
  it('districts 1, 2, …, 10, not 1, 10, 2 (issue 12)', () => {
    const district = analysis.reach.byDimension.find((d) => d.dimension === 'district')?.groups.map((g) => g.label);
    expect(district).toEqual(Array.from({ length: 10 }, (_, i) => `District ${i + 1}`));
    expect(analysis.access.map((a) => a.district)).toEqual(Array.from({ length: 10 }, (_, i) => `District ${i + 1}`));
  });
});
