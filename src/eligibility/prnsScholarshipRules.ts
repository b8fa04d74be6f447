/**
 * The San José PRNS Citywide Scholarship rule written as data, in versions around California's universal school
 * meals.
 *
 * @module
 */
import type { EligibilityNode, EligibilityRuleSet } from './eligibilityRuleSchema.ts';
import { deepFreeze } from './internal/freeze.ts';

const PRNS_PAGE =
  'sanjoseca.gov, Parks, Recreation and Neighborhood Services, "Scholarship for Classes & Activities"';

const resident: EligibilityNode = {
  kind: 'attributeIn',
  id: 'resident',
  label: 'San José resident (home in one of the ten council districts)',
  attribute: 'district',
  values: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  legalRef: `${PRNS_PAGE}: open to San José residents; proof of residency is a utility bill dated within 60 days`,
};

const participant: EligibilityNode = {
  kind: 'any',
  id: 'participant',
  label: 'A participant the scholarship serves',
  criteria: [
    { kind: 'memberAge', id: 'age-0-49', label: 'A member aged 0–49', minAge: 0, maxAge: 49, legalRef: `${PRNS_PAGE}: ages 0–49` },
    {
      kind: 'all',
      id: 'active-adult',
      label: 'A qualified Active Adult (50+)',
      criteria: [
        { kind: 'memberAge', id: 'age-50-plus', label: 'A member aged 50 or over', minAge: 50 },
        { kind: 'categorical', id: 'active-adult-qualified', label: 'Qualified for the Active Adults 50+ program', programs: ['PRNS Active Adults 50+'] },
      ],
    },
    { kind: 'memberDisability', id: 'all-access', label: 'A member with a disability (All Access)', legalRef: `${PRNS_PAGE}: person with a disability` },
  ],
};

const incomeTest: EligibilityNode = {
  kind: 'fplPercent',
  id: 'income-185-fpl',
  label: 'Household income at or below 185 % of the HHS poverty guideline (configuration)',
  maxPercent: 185,
  legalRef:
    'Configuration, not a published PRNS threshold: 185 % FPL is what a reduced-price-meal letter used to prove (USDA income eligibility guidelines)',
};

const CATEGORICAL_PROGRAMS = ['CalFresh', 'Medi-Cal', 'WIC', 'CalWORKs', 'SSI', 'Head Start', 'PG&E CARE', 'Foster care'];

/** Residency, a participant the program serves and need; `mealLetters` says whether a school-meal letter proves need. */
function needCriteria(mealLetters: boolean): EligibilityNode {
  return {
    kind: 'all',
    criteria: [
      resident,
      participant,
      {
        kind: 'any',
        id: 'need',
        label: 'Financial need',
        criteria: [
          mealLetters
            ? {
                kind: 'categorical',
                id: 'categorical',
                label: 'Enrolled in a means-tested program, or holds a free or reduced-price meal letter',
                programs: [...CATEGORICAL_PROGRAMS, 'Free or Reduced-Price Meals'],
              }
            : { kind: 'categorical', id: 'categorical', label: 'Enrolled in a means-tested program', programs: CATEGORICAL_PROGRAMS },
          incomeTest,
        ],
      },
    ],
  };
}

/**
 * The San José PRNS Citywide Scholarship rule as data, in three versions: before and after California's universal
 * school meals (Meals for All, from school year 2022-23), and the pre-2022 rule assumed back to 2015-16.
 *
 * What is published (sanjoseca.gov "Scholarship for Classes & Activities"): open to San José residents; ages
 * 0–49, qualified Active Adults 50+, or a person with a disability; proof of residency; awards valid for the
 * program year and subject to funding. What is **configuration** (the public page does not state it): the
 * income threshold and the list of accepted proofs. This example uses enrolment in CalFresh, Medi-Cal, WIC,
 * CalWORKs, SSI, Head Start, PG&E CARE or foster care (documents comparable Bay Area programs accept) or income at
 * or below 185 % of the poverty guideline — what a reduced-price-meal letter used to prove. Residency is read from
 * the household's `district` attribute (a San José council district `"1"`–`"10"`), as in the synthetic city.
 *
 * - `2015-16` (1 Jul 2015 – 30 Jun 2021): **configuration** — the 2021-22 rule assumed for earlier program years,
 *   so the bundled synthetic city (program years 2016–2025) is covered from its first year and `evaluateGoal` on
 *   the library's own data needs no local extension. A city with its own history replaces this version.
 * - `2021-22` (1 Jul 2021 – 30 Jun 2022): a free or reduced-price school-meal letter is accepted as proof of need.
 * - `2022-23` (from 1 Jul 2022): universal school meals mean meal letters no longer reflect income, so the
 *   categorical list drops them; the income test remains the fallback ("Scholarship Eligibility Change 2024
 *   Statement" regarding the California Universal Meals program).
 *
 * The income test uses the poverty guideline in force on the evaluation date: the bundled tables cover
 * 2015–2026 (2015–2023 from 1 January, from secondary sources); dates outside them need `options.tables.poverty`
 * (an error, not a silent fallback, reminds you).
 *
 * @category Eligibility rules
 * @example
 * ```ts
 * import { ELIGIBILITY_PRNS_SCHOLARSHIP_RULES } from "./prnsScholarshipRules.ts";
 *
 * ELIGIBILITY_PRNS_SCHOLARSHIP_RULES.versions.map((v) => v.version); // => ["2015-16", "2021-22", "2022-23"]
 * ```
 */
export const ELIGIBILITY_PRNS_SCHOLARSHIP_RULES: EligibilityRuleSet = /* @__PURE__ */ deepFreeze({
  id: 'prns-citywide-scholarship',
  label: 'San José PRNS Citywide Scholarship (example rule; income threshold is configuration)',
  description:
    'Residency, a participant the program serves (0–49, qualified Active Adult 50+, or a person with a disability) and need: categorical enrolment or income at or below a configurable share of the poverty guideline. From 2022-23, school-meal letters no longer count as proof of need.',
  versions: [
    {
      id: 'prns-citywide-scholarship',
      label: 'PRNS Citywide Scholarship 2015-16 to 2020-21 (assumed: the 2021-22 rule)',
      version: '2015-16',
      programYear: '2015-16',
      effectiveFrom: '2015-07-01',
      effectiveTo: '2021-06-30',
      legalRef: `${PRNS_PAGE} (describes the rule from 2021-22; earlier years assume the same rule — configuration)`,
      description:
        'Configuration, not a published rule: program years before 2021-22 apply the 2021-22 rule (meal letters accepted), so the bundled synthetic city (2016–2025) can be evaluated from its first year.',
      criteria: needCriteria(true),
    },
    {
      id: 'prns-citywide-scholarship',
      label: 'PRNS Citywide Scholarship 2021-22',
      version: '2021-22',
      programYear: '2021-22',
      effectiveFrom: '2021-07-01',
      effectiveTo: '2022-06-30',
      legalRef: PRNS_PAGE,
      criteria: needCriteria(true),
    },
    {
      id: 'prns-citywide-scholarship',
      label: 'PRNS Citywide Scholarship from 2022-23 (universal school meals)',
      version: '2022-23',
      programYear: '2022-23',
      effectiveFrom: '2022-07-01',
      legalRef: `${PRNS_PAGE}; Scholarship Eligibility Change 2024 Statement (California Universal Meals)`,
      description: 'Universal school meals (2022-23) make meal letters useless as proof of income: they are no longer accepted.',
      criteria: needCriteria(false),
    },
  ],
});
