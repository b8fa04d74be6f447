/**
 * docs/disparity.md's age-adjustment example runs: the guide's script is repeated here on the same synthetic city
 * and every number its table and text quote is checked, so the guide cannot drift from the code. The formulas
 * behind the numbers are pinned against R and epitools in tests/disparity/ageAdjustedRate.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type AgeAdjustedRate,
  type AgeAdjustedRateRatio,
  US_2000_STANDARD_POPULATIONS,
  ageAdjustedRate,
  ageAdjustedRateRatio,
  ageOn,
  syntheticCity,
} from '../../src/index.ts';
import { shared } from '../helpers/shared.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let guide = '';
let mediCal: AgeAdjustedRate;
let others: AgeAdjustedRate;
let ratio: AgeAdjustedRateRatio;
let tiwariRate: AgeAdjustedRate;
let tiwariRatio: AgeAdjustedRateRatio;
let youngShares: [number, number];

const guideScript = shared(() => {
  const guide = readFileSync(join(root, 'docs/disparity.md'), 'utf8').replace(/\s+/g, ' ');
  // The guide's script, with src imports.
  const city = syntheticCity({ households: 60000, seed: 2025 });
  const served = new Set(city.enrollments.filter((e) => e.programYear === 2025).map((e) => e.householdId));
  const groups = US_2000_STANDARD_POPULATIONS['us2000-11'].groups;
  const groupOf = (age: number): number => groups.findIndex((g) => age >= g.ageFrom && (g.ageTo === null || age <= g.ageTo));
  const tally = (): { counts: number[]; populations: number[] } => ({ counts: groups.map(() => 0), populations: groups.map(() => 0) });
  const a = tally();
  const b = tally();
  for (const h of city.households) {
    const t = (h.categorical ?? []).includes('Medi-Cal') ? a : b;
    for (const m of h.members ?? []) {
      if (m.birthDate > '2024-07-01') continue;
      const age = ageOn(m.birthDate, '2024-07-01');
      const i = groupOf(age);
      t.populations[i] = (t.populations[i] as number) + 1;
      if (served.has(h.id) && age >= 5 && age <= 17) t.counts[i] = (t.counts[i] as number) + 1;
    }
  }
  const mediCal = ageAdjustedRate(a.counts, a.populations, 'us2000-11', { per: 1000 });
  const others = ageAdjustedRate(b.counts, b.populations, 'us2000-11', { per: 1000 });
  const tiwariRate = ageAdjustedRate(a.counts, a.populations, 'us2000-11', { per: 1000, method: 'tiwari' });
  const ratio = ageAdjustedRateRatio(a, b, 'us2000-11');
  const tiwariRatio = ageAdjustedRateRatio(a, b, 'us2000-11', { method: 'tiwari' });
  const youngShares: [number, number] = [(a.populations[2] as number) / mediCal.population, (b.populations[2] as number) / others.population];
  return { guide, mediCal, others, ratio, tiwariRate, tiwariRatio, youngShares };
});
beforeEach(() => {
  ({ guide, mediCal, others, ratio, tiwariRate, tiwariRatio, youngShares } = guideScript());
});

const one = (x: number | null): string => (x as number).toFixed(1);
const two = (x: number | null): string => (x as number).toFixed(2);

describe('docs/disparity.md: age-adjusted rates on the synthetic city', () => {
  it('quotes the age structures', () => {
    expect(guide).toContain(`(${Math.round(100 * youngShares[0])} % of their members are aged 5–14, against ${Math.round(100 * youngShares[1])} %)`);
  });

  it('quotes residents, participants, crude and adjusted rates with their intervals', () => {
    for (const [label, r] of [
      ['Medi-Cal households', mediCal],
      ['other households', others],
    ] as const) {
      const row = `| ${label} | ${r.population.toLocaleString('en-US')} | ${r.events.toLocaleString('en-US')} | ${one(r.crudeRate)} | ${one(r.rate)} (${one(r.lower)}–${one(r.upper)}) |`;
      expect(guide).toContain(row);
    }
    const crudeRatio = (mediCal.crudeRate as number) / (others.crudeRate as number);
    expect(guide).toContain(`| ratio, Medi-Cal ÷ other | | | ${two(crudeRatio)} | ${two(ratio.ratio)} (${two(ratio.lower)}–${two(ratio.upper)}) |`);
    expect(guide).toContain(`are served at ${two(crudeRatio)} times the rate`);
    expect(guide).toContain(`the ratio is ${two(ratio.ratio)} (95 % interval ${two(ratio.lower)}–${two(ratio.upper)})`);
  });

  it('quotes the Tiwari limits', () => {
    expect(guide).toContain(`gives ${one(tiwariRate.upper)} instead of ${one(mediCal.upper)} for the Medi-Cal upper limit, and ${two(tiwariRatio.lower)}–${two(tiwariRatio.upper)} for the ratio`);
  });
});
