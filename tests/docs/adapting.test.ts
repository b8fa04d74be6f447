/**
 * docs/adapting.md runs: the Port Alder example (examples/second-city) is executed and every number the guide
 * quotes is checked against it, so the guide cannot drift from the code. Port Alder is fictional; its numbers
 * come from a seeded generator, so the expectations below are the guide's own text, not outside reference
 * values. Independent cross-checks (screening + targetingErrors on the city's own records against the monitor's
 * scorecard; the publication policy on every published cell) make sure the numbers are also right.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EquityLensError,
  HudLimitsTableSchema,
  defineGoal,
  distanceKm,
  goalJsonSchema,
  screenHouseholds,
  selectEligibilityRule,
  type IndicatorScore,
} from '../../src/index.ts';
import { type PortAlderAnalysis, analysePortAlder, portAlderIncomeLimits, portAlderRules } from '../../examples/second-city/analysis.ts';
import { strictValidator } from '../helpers/ajv.ts';
import { caught } from '../helpers/caught.ts';
import { shared } from '../helpers/shared.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const guide = readFileSync(join(root, 'docs/adapting.md'), 'utf8');
const goalJson = JSON.parse(readFileSync(join(root, 'examples/second-city/goal.json'), 'utf8')) as Record<string, unknown>;

const portAlder = shared(() => analysePortAlder());
let a: PortAlderAnalysis;
beforeEach(() => {
  a = portAlder();
});

const pct = (x: number | null): string => (x === null ? 'null' : `${(100 * x).toFixed(1)} %`);
const thousands = (x: number): string => x.toLocaleString('en-US');

function indicator(id: string): IndicatorScore {
  const found = a.scorecard.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
}

function latestGroups(id: string, dimension: string) {
  const dim = indicator(id).dimensions.find((d) => d.id === dimension);
  if (dim === undefined) throw new Error(`no dimension ${dimension}`);
  const latest = dim.years.at(-1);
  if (latest === undefined) throw new Error('no years');
  return new Map(latest.groups.map((g) => [g.group, g]));
}

describe('docs/adapting.md: the Port Alder worked example', () => {
  it('prints exactly the scorecard the guide shows', () => {
    const block = /<!-- port-alder-scorecard:start -->\n````markdown\n([\s\S]*?)\n````\n<!-- port-alder-scorecard:end -->/.exec(guide);
    expect(block).not.toBeNull();
    // The library version changes with releases; everything else must match to the character.
    const normalise = (s: string): string => s.replace(/equity-lens \d+\.\d+\.\d+\S*/, 'equity-lens <version>').trim();
    expect(normalise(block?.[1] ?? '')).toBe(normalise(a.markdown));
  });

  it('quotes the FY2026 screening counts', () => {
    expect(a.screening.counts).toEqual({ eligible: 1197, ineligible: 2721, indeterminate: 82 });
    expect(a.households).toHaveLength(4000);
    expect(guide).toContain(`**${thousands(a.screening.counts.eligible)}** of Port Alder's ${thousands(a.households.length)} accounts are eligible, ${thousands(a.screening.counts.ineligible)} are not, and **${a.screening.counts.indeterminate}** are undecided`);
  });

  it("explains family PA-000007 as the guide's table does", () => {
    const e = a.explanation;
    expect(e.status).toBe('eligible');
    expect(e.rule.version).toBe('2025');
    const byId = new Map(e.criteria.map((c) => [c.id, c]));
    expect(byId.get('resident')?.passed).toBe(true);
    expect(byId.get('child-0-17')?.observed).toEqual([43, 45, 10, 0, 19, 1, 14]);
    expect(byId.get('child-0-17')?.margin).toBe(3);
    expect(byId.get('snap-wic')?.passed).toBe(false);
    const income = byId.get('low-income');
    expect([income?.passed, income?.observed, income?.threshold, income?.margin]).toEqual([true, 31908, 99050, 67142]);
    expect(income?.table?.id).toBe('port-alder-il-fy2025');
    // The table in force on 1 October 2025 has that 7-person low limit.
    expect(portAlderIncomeLimits().find((t) => t.id === 'port-alder-il-fy2025')?.low[6]).toBe(99050);
    expect(guide).toContain('| low-income | true | $31,908 | $99,050 | $67,142 |');
    expect(guide).toContain('| child-0-17 | true | ages 43, 45, 10, 0, 19, 1, 14 | [0, 17] | 3 |');
  });

  it('shows the internal ward table computed with accessors on the own records', () => {
    for (const g of a.reach.groups) {
      const d = a.distance.groups.get(g.label);
      const row = `| ${g.label} | ${g.eligible} | ${g.eligibleEnrolled} | ${pct(g.coverage)} | ${g.ineligibleEnrolled} | ${pct(g.inclusionError)} | ${d?.medianKm?.toFixed(2)} |`;
      expect(guide).toContain(row);
    }
    expect(a.reach.groups.map((g) => g.label)).toEqual(['Ward 1', 'Ward 2', 'Ward 3', 'Ward 4', 'Ward 5', 'Ward 6']);
  });

  it('agrees with itself: the scorecard equals screening + targetingErrors on the own records', () => {
    const coverage = indicator('card-coverage');
    const fy2026 = coverage.overall.find((c) => c.year === 2026);
    expect(fy2026?.n).toBe(a.screening.counts.eligible);
    expect(fy2026?.numerator).toBe(a.reach.overall.eligibleEnrolled);
    const wards = latestGroups('card-coverage', 'ward');
    let compared = 0;
    for (const g of a.reach.groups) {
      const cell = wards.get(g.label.replace('Ward ', ''));
      expect(cell).toBeDefined();
      if (cell?.suppressed) continue;
      expect(cell?.value).toBeCloseTo(g.coverage as number, 12);
      expect(cell?.n).toBe(g.eligible);
      compared++;
    }
    expect(compared).toBe(4);
  });

  it('quotes the scorecard: eligible population, coverage, the language gap and the withheld wards', () => {
    const coverage = indicator('card-coverage');
    const n = new Map(coverage.overall.map((c) => [c.year, c]));
    expect([n.get(2024)?.n, n.get(2025)?.n]).toEqual([958, 1156]);
    expect(guide).toContain(`from **${thousands(958)}** families in FY2024 to **${thousands(1156)}** in FY2025`);
    expect([pct(n.get(2023)?.value ?? null), pct(n.get(2026)?.value ?? null)]).toEqual(['9.7 %', '21.4 %']);
    expect(guide).toContain('rose from **9.7 %** (FY2023) to **21.4 %** (FY2026)');
    expect(coverage.progress?.status).toBe('improving');
    expect(coverage.status).toBe('needsAttention');
    expect(a.scorecard.status).toBe('needsAttention');

    const language = latestGroups('card-coverage', 'homeLanguage');
    expect(pct(language.get('Spanish')?.value ?? null)).toBe('10.2 %');
    expect(pct(language.get('English')?.value ?? null)).toBe('25.8 %');
    expect(language.get('Spanish')?.comparison?.withinParityBand).toBe(false);
    expect(guide).toContain('Spanish-speaking families are at **10.2 %**\nagainst **25.8 %** for English speakers');

    const wards = latestGroups('card-coverage', 'ward');
    expect(wards.get('5')?.suppressionReason).toBe('primary');
    expect(wards.get('4')?.suppressionReason).toBe('complementary');
    expect(a.reach.groups.find((g) => g.label === 'Ward 5')?.eligibleEnrolled).toBe(10);
    for (const ward of ['1', '2', '3', '6']) expect(wards.get(ward)?.comparison?.withinParityBand).toBe(true);
    const near = latestGroups('near-a-branch', 'ward');
    expect([near.get('4')?.suppressionReason, near.get('5')?.suppressionReason]).toEqual(['primary', 'primary']);
    // Withheld because the count is 0 and the policy suppresses zeros: no eligible family in wards 4 and 5 lives
    // within 1.5 km of an issuing branch (checked directly on the own records).
    const issuing = a.records.branches.filter((b) => b.issuesFamilyCards);
    let farWards = 0;
    a.records.families.forEach((f, i) => {
      if (a.screening.status[i] !== 1 || (f.wardNo !== 4 && f.wardNo !== 5)) return;
      farWards++;
      const nearest = Math.min(...issuing.map((b) => distanceKm([f.lon, f.lat], [b.lon, b.lat])));
      expect(nearest).toBeGreaterThan(1.5);
    });
    expect(farWards).toBe(482);
    expect(guide).toContain('**none** of their 482 eligible families lives within 1.5 km');

    // Both rule versions, each on the first day of its fiscal years, and the four city tables.
    expect(a.scorecard.provenance.eligibilityRules.map((r) => [r.year, r.version, r.asOf])).toEqual([
      [2023, '2023', '2022-10-01'],
      [2024, '2023', '2023-10-01'],
      [2025, '2025', '2024-10-01'],
      [2026, '2025', '2025-10-01'],
    ]);
    expect(a.scorecard.provenance.tables.map((t) => t.id)).toEqual(['port-alder-il-fy2022', 'port-alder-il-fy2023', 'port-alder-il-fy2024', 'port-alder-il-fy2025']);
  });

  it('publishes nothing below the stricter threshold (counts 0–19 withheld)', () => {
    const policy = a.goal.suppression;
    expect([policy.minimumCellSize, policy.suppressZero]).toEqual([20, true]);
    let published = 0;
    for (const ind of a.scorecard.indicators) {
      for (const dim of ind.dimensions) {
        for (const year of dim.years) {
          for (const cell of year.groups) {
            if (cell.suppressed) {
              expect(cell.value).toBeNull();
              continue;
            }
            if (cell.numerator !== null) expect(cell.numerator).toBeGreaterThanOrEqual(20);
            if (cell.n !== null) expect(cell.n).toBeGreaterThanOrEqual(20);
            published++;
          }
        }
      }
    }
    expect(published).toBeGreaterThan(0);
    expect(a.scorecard.withheld.length).toBeGreaterThan(0);
  });

  it('validates the goal with defineGoal and with the JSON Schema, and reads its year basis and policy', () => {
    const goal = defineGoal(goalJson);
    expect(goal.yearBasis).toEqual({ startMonth: 10, label: 'end' });
    expect(goal.indicators[1]?.parityBand).toEqual({ absolute: 0.05 });
    const validate = strictValidator(goalJsonSchema());
    expect(validate(goalJson)).toBe(true);
    // The `$schema` the example points at is that schema, written out.
    expect(JSON.parse(readFileSync(join(root, 'examples/goals/equity-goal.schema.json'), 'utf8'))).toEqual(goalJsonSchema());
  });

  it('shows the errors the guide quotes', () => {
    const indicators = goalJson['indicators'] as Record<string, unknown>[];
    const bad = { ...goalJson, indicators: indicators.map((ind, i) => (i === 1 ? { ...ind, parityBand: { absolute: 5 } } : ind)) };
    const band = caught(() => defineGoal(bad));
    expect([band.code, band.path]).toEqual(['out_of_range', 'indicators[1].parityBand.absolute']);
    expect(band.message).toMatch(/^defineGoal: .*at most 1 — if 5 means 5 points, write 0\.05; 500 points is not allowed here: two shares differ by at most 1 \(100 points\)\.$/);
    expect(guide).toContain('`out_of_range` at `indicators[1].parityBand.absolute`');

    const table = portAlderIncomeLimits()[0];
    const reversed = HudLimitsTableSchema.safeParse({ ...table, veryLow: [...(table?.veryLow ?? [])].reverse() });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]).toMatchObject({ path: ['veryLow', 1], message: 'the limit for 2 persons is below the limit for 1' });

    const rules = portAlderRules();
    const few = a.households.slice(0, 20);
    const late = caught(() => screenHouseholds(few, selectEligibilityRule(rules, '2026-10-01'), { asOf: '2026-10-01', tables: { hud: a.tables } }));
    expect([late.code, late.path]).toEqual(['not_covered', 'options.asOf']);
    expect(late.message).toContain('which no HUD income limits (port-alder) table covers');
    expect(late.message).toContain('pass a table whose effective dates include it');

    const noTables = caught(() => screenHouseholds(few, selectEligibilityRule(rules, '2025-10-01'), { asOf: '2025-10-01' }));
    expect([noTables.code, noTables.path]).toEqual(['not_found', 'rule.criteria.criteria[2].criteria[1].area']);
    expect(noTables.message).toContain('names no HUD table area (areas: santa-clara-ca); pass options.tables.hud for it.');
    expect(guide).toContain('`not_found` at `rule.criteria.criteria[2].criteria[1].area`');
  });
});
