/**
 * Benchmarks of the eligibility rule engine (`npm run bench -- eligibility`).
 *
 * 1. `screenHouseholds` with the PRNS scholarship rule (2022-23 version: residency, participant, need with a
 *    categorical path and 185 % FPL) on 1,000,000 synthetic households, against a hand-written loop that computes
 *    the same three-valued statuses for that one rule with the thresholds inlined and no input validation.
 *    Goal: within 3×. The two are checked to agree household for household before timing.
 * 2. An income-only rule (185 % FPL, HUD very low, 85 % SMI) against its hand-written loop.
 */
import { suite } from './harness.ts';
import {
  ELIGIBILITY_PRNS_SCHOLARSHIP_RULES,
  screenHouseholds,
  selectEligibilityRule,
  type EligibilityRule,
  type Household,
} from '../../src/eligibility/index.ts';
import { syntheticCity } from '../../src/synthetic/index.ts';

const ASOF = '2025-07-01';
const ASOF_KEY = 20250701;
const N = 1_000_000;

/** Year × 10000 + month × 100 + day of a valid `YYYY-MM-DD` string. */
function key(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 10000000 +
    (date.charCodeAt(1) - 48) * 1000000 +
    (date.charCodeAt(2) - 48) * 100000 +
    (date.charCodeAt(3) - 48) * 10000 +
    (date.charCodeAt(5) - 48) * 1000 +
    (date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    (date.charCodeAt(9) - 48)
  );
}

// Kleene logic on 0 (false), 1 (true), 2 (unknown).
const and = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1);
const or = (a: number, b: number): number => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0);

const DISTRICTS = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
const NEED_PROGRAMS = new Set(['CalFresh', 'Medi-Cal', 'WIC', 'CalWORKs', 'SSI', 'Head Start', 'PG&E CARE', 'Foster care']);
// 185 % of the 2025 HHS guideline (15,650 + 5,500 per extra person), × 100 to compare exactly.
const FPL185_X100 = new Float64Array(31);
for (let n = 1; n <= 30; n++) FPL185_X100[n] = 185 * (15650 + 5500 * (n - 1));

function incomeOf(h: Household): number {
  if (h.annualIncome !== undefined) return h.annualIncome;
  if (h.incomes === undefined) return -1;
  let total = 0;
  for (const s of h.incomes) total += s.amount * (s.frequency === 'weekly' ? 52 : s.frequency === 'biweekly' ? 26 : s.frequency === 'semimonthly' ? 24 : s.frequency === 'monthly' ? 12 : 1);
  return total;
}

/** The PRNS 2022-23 rule written by hand for these households. */
function handPrns(households: readonly Household[]): Uint8Array {
  const out = new Uint8Array(households.length);
  for (let i = 0; i < households.length; i++) {
    const h = households[i] as Household;
    const district = Object.prototype.hasOwnProperty.call(h.attributes, 'district') ? h.attributes['district'] : undefined;
    const resident = district === undefined ? 2 : DISTRICTS.has(district) ? 1 : 0;
    let young = 2;
    let old = 2;
    let disability = 2;
    const members = h.members;
    if (members !== undefined) {
      young = 0;
      old = 0;
      disability = 0;
      let unknownDisability = false;
      for (let k = 0; k < members.length; k++) {
        const m = members[k]!;
        const birth = key(m.birthDate);
        if (m.disability === true) disability = 1;
        else if (m.disability === undefined) unknownDisability = true;
        if (birth > ASOF_KEY) continue;
        const age = Math.floor((ASOF_KEY - birth) / 10000);
        if (age <= 49) young = 1;
        if (age >= 50) old = 1;
      }
      if (disability === 0 && unknownDisability) disability = 2;
    }
    const categorical = h.categorical;
    let qualified = 2;
    let need = 2;
    if (categorical !== undefined) {
      qualified = 0;
      need = 0;
      for (let k = 0; k < categorical.length; k++) {
        const program = categorical[k]!;
        if (program === 'PRNS Active Adults 50+') qualified = 1;
        if (NEED_PROGRAMS.has(program)) need = 1;
      }
    }
    const income = incomeOf(h);
    const incomeTest = income < 0 ? 2 : income * 100 <= (FPL185_X100[h.size] as number) ? 1 : 0;
    const participant = or(or(young, and(old, qualified)), disability);
    out[i] = and(and(resident, participant), or(need, incomeTest));
  }
  return out;
}

// Income-only: 185 % FPL 2025, HUD FY2025 very low (Santa Clara), 85 % SMI 2025-26 monthly.
const VLI = [0, 70350, 80400, 90450, 100450, 108500, 116550, 124600, 132600];
const SMI_MONTHLY = [6860, 6860, 7785, 9020, 10463, 11906, 12177, 12447, 12718, 12988, 13259, 13530];
const HUD_VLI = new Float64Array(31);
const SMI_X12 = new Float64Array(31);
for (let n = 1; n <= 30; n++) {
  HUD_VLI[n] = n <= 8 ? (VLI[n] as number) : Math.ceil(((132 + 8 * (n - 8)) * 100450) / 5000) * 50;
  SMI_X12[n] = 12 * (SMI_MONTHLY[Math.min(n, 12) - 1] as number);
}

function handIncomeOnly(households: readonly Household[]): Uint8Array {
  const out = new Uint8Array(households.length);
  for (let i = 0; i < households.length; i++) {
    const h = households[i] as Household;
    const income = incomeOf(h);
    if (income < 0) {
      out[i] = 2;
      continue;
    }
    const n = h.size;
    out[i] = income * 100 <= (FPL185_X100[n] as number) && income <= (HUD_VLI[n] as number) && income <= (SMI_X12[n] as number) ? 1 : 0;
  }
  return out;
}

function check(name: string, a: Uint8Array, b: Uint8Array): void {
  if (a.length !== b.length) throw new Error(`${name}: lengths differ`);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) throw new Error(`${name}: household ${i} differs (${a[i]} vs ${b[i]})`);
}

suite('eligibility', (ctx) => {
  const households = syntheticCity({ households: N, seed: 7 }).households as readonly Household[];
  const prns = selectEligibilityRule(ELIGIBILITY_PRNS_SCHOLARSHIP_RULES, ASOF);
  check('prns', screenHouseholds(households, prns, { asOf: ASOF }).status, handPrns(households));
  ctx.compare({
    name: 'screenHouseholds PRNS scholarship rule (7 criteria)',
    run: () => screenHouseholds(households, prns, { asOf: ASOF }),
    baselineName: 'hand-written loop, same statuses, no validation',
    baseline: () => handPrns(households),
    goal: 3,
    options: { n: N, repeat: 3, warmup: 0 }, // the agreement check above is the warm-up
  });
  const incomeOnly: EligibilityRule = {
    id: 'income-only',
    label: 'Income tests',
    version: '1',
    criteria: {
      kind: 'all',
      criteria: [
        { kind: 'fplPercent', id: 'fpl', label: '185 % FPL', maxPercent: 185 },
        { kind: 'hudIncomeCategory', id: 'hud', label: 'HUD very low', atMost: 'veryLow' },
        { kind: 'smiCeiling', id: 'smi', label: '85 % SMI' },
      ],
    },
  };
  check('income-only', screenHouseholds(households, incomeOnly, { asOf: ASOF }).status, handIncomeOnly(households));
  ctx.compare({
    name: 'screenHouseholds income-only rule (FPL, HUD, SMI)',
    run: () => screenHouseholds(households, incomeOnly, { asOf: ASOF }),
    baselineName: 'hand-written loop, same statuses, no validation',
    baseline: () => handIncomeOnly(households),
    goal: 3,
    options: { n: N, repeat: 9, warmup: 1 }, // the agreement check above is the warm-up
  });
});
