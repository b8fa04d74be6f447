// The explanation records of the criteria that read no parameter table (attributeCompare, attributeIn, categorical,
// householdSize, memberDisability, memberAge), field by field, and their codes in screenHouseholds.
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, screenHouseholds, type EligibilityNode, type EligibilityRule, type Household } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

const asOf = '2025-07-01';

function rule(criteria: EligibilityNode): EligibilityRule {
  return { id: 'r', label: 'R', version: '1', criteria };
}

function explain(h: Household, node: EligibilityNode) {
  const result = evaluateEligibility(h, rule(node), { asOf });
  return result.criteria[0];
}

function codes(households: Household[], node: EligibilityNode): number[] {
  return Array.from(screenHouseholds(households, rule(node), { asOf }).criteria);
}

function withAttributes(attributes: Record<string, string>): Household {
  return { id: 'h', size: 2, attributes };
}

const header = (node: EligibilityNode) => ({ id: node.kind === 'all' || node.kind === 'any' || node.kind === 'not' ? '' : node.id, label: 'L', kind: node.kind, legalRef: null });

describe('attributeCompare', () => {
  const compare = (op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte', value: string | number): EligibilityNode => ({ kind: 'attributeCompare', id: 'c', label: 'L', attribute: 'x', op, value });

  it('eq and ne compare the raw strings: observed stays the string, no margin', () => {
    const eq = compare('eq', '5');
    expect(explain(withAttributes({ x: '5' }), eq)).toEqual({
      ...header(eq),
      passed: true,
      observed: '5', // a string comparison: "5" is not read as the number 5
      threshold: '5',
      comparator: '==',
      margin: null,
      unit: null,
      table: null,
      missing: [],
      detail: 'x "5" == "5"',
    });
    expect(explain(withAttributes({ x: '6' }), eq)).toMatchObject({ passed: false, observed: '6', margin: null, detail: 'x "6" == "5"' });
    const ne = compare('ne', 'renter');
    expect(explain(withAttributes({ x: 'owner' }), ne)).toMatchObject({ passed: true, observed: 'owner', comparator: '!=', margin: null, detail: 'x "owner" != "renter"' });
    expect(explain(withAttributes({ x: 'renter' }), ne)).toMatchObject({ passed: false, comparator: '!=', margin: null, missing: [] });
    // Codes through the screening path: eq pass, eq fail, ne fail, ne pass.
    expect(codes([withAttributes({ x: '5' }), withAttributes({ x: '6' })], eq)).toEqual([1, 0]);
    expect(codes([withAttributes({ x: 'renter' }), withAttributes({ x: 'owner' })], ne)).toEqual([0, 1]);
  });

  it('a missing attribute is indeterminate for every operator, and says so', () => {
    for (const [op, comparator] of [
      ['eq', '=='],
      ['ne', '!='],
      ['lt', '<'],
      ['gte', '>='],
    ] as const) {
      const node = compare(op, op === 'eq' || op === 'ne' ? 'a' : 3);
      expect(explain(withAttributes({ other: '1' }), node)).toEqual({
        ...header(node),
        passed: null,
        observed: null,
        threshold: op === 'eq' || op === 'ne' ? 'a' : 3,
        comparator,
        margin: null,
        unit: null,
        table: null,
        missing: ['attributes.x'],
        detail: 'attribute "x" unknown',
      });
    }
    expect(codes([withAttributes({})], compare('eq', 'a'))).toEqual([2]);
  });

  it('lt and lte: margin is threshold − value; equal fails lt and passes lte', () => {
    const lt = compare('lt', 10);
    // 7 < 10: margin 10 − 7 = 3.
    expect(explain(withAttributes({ x: '7' }), lt)).toEqual({
      ...header(lt),
      passed: true,
      observed: 7,
      threshold: 10,
      comparator: '<',
      margin: 3,
      unit: null,
      table: null,
      missing: [],
      detail: 'x "7" < 10',
    });
    expect(explain(withAttributes({ x: '10' }), lt)).toMatchObject({ passed: false, observed: 10, margin: 0 });
    expect(explain(withAttributes({ x: '12' }), lt)).toMatchObject({ passed: false, margin: -2 });
    const lte = compare('lte', 10);
    expect(explain(withAttributes({ x: '10' }), lte)).toMatchObject({ passed: true, comparator: '<=', margin: 0, detail: 'x "10" <= 10' });
    expect(explain(withAttributes({ x: '4' }), lte)).toMatchObject({ passed: true, margin: 6 });
    expect(explain(withAttributes({ x: '11' }), lte)).toMatchObject({ passed: false, margin: -1 });
    expect(codes([withAttributes({ x: '9' }), withAttributes({ x: '10' }), withAttributes({ x: '11' })], lt)).toEqual([1, 0, 0]);
    expect(codes([withAttributes({ x: '9' }), withAttributes({ x: '10' }), withAttributes({ x: '11' })], lte)).toEqual([1, 1, 0]);
  });

  it('gt and gte: margin is value − threshold; equal fails gt and passes gte', () => {
    const gt = compare('gt', 10);
    // 13 > 10: margin 13 − 10 = 3.
    expect(explain(withAttributes({ x: '13' }), gt)).toEqual({
      ...header(gt),
      passed: true,
      observed: 13,
      threshold: 10,
      comparator: '>',
      margin: 3,
      unit: null,
      table: null,
      missing: [],
      detail: 'x "13" > 10',
    });
    expect(explain(withAttributes({ x: '10' }), gt)).toMatchObject({ passed: false, margin: 0 });
    expect(explain(withAttributes({ x: '8' }), gt)).toMatchObject({ passed: false, margin: -2 });
    const gte = compare('gte', 10);
    expect(explain(withAttributes({ x: '10' }), gte)).toMatchObject({ passed: true, comparator: '>=', margin: 0, detail: 'x "10" >= 10' });
    expect(explain(withAttributes({ x: '9' }), gte)).toMatchObject({ passed: false, margin: -1 });
    expect(codes([withAttributes({ x: '9' }), withAttributes({ x: '10' }), withAttributes({ x: '11' })], gt)).toEqual([0, 0, 1]);
    expect(codes([withAttributes({ x: '9' }), withAttributes({ x: '10' }), withAttributes({ x: '11' })], gte)).toEqual([0, 1, 1]);
  });

  it('a value that is no number is indeterminate for the numeric operators: empty, blank, text', () => {
    const gte = compare('gte', 0);
    // '' and '   ' would be 0 for Number(); the rule treats them as not a number (0 ≥ 0 would otherwise pass).
    expect(explain(withAttributes({ x: '' }), gte)).toEqual({
      ...header(gte),
      passed: null,
      observed: '',
      threshold: 0,
      comparator: '>=',
      margin: null,
      unit: null,
      table: null,
      missing: ['attributes.x'],
      detail: 'attribute "x" is "", not a number',
    });
    expect(explain(withAttributes({ x: '   ' }), gte)).toMatchObject({ passed: null, observed: '   ', margin: null, detail: 'attribute "x" is "   ", not a number' });
    expect(explain(withAttributes({ x: 'n/a' }), gte)).toMatchObject({ passed: null, observed: 'n/a', margin: null, missing: ['attributes.x'] });
    expect(codes([withAttributes({ x: '' }), withAttributes({ x: ' ' }), withAttributes({ x: '0' })], gte)).toEqual([2, 2, 1]);
  });

  it('the 0.1 operator names map to op: le → lte, ge → gte, lt unchanged, each with its warning', () => {
    const old = (operator: 'le' | 'ge' | 'lt' | 'gt' | 'eq' | 'ne', value: number | string): EligibilityNode =>
      ({ kind: 'attributeCompare', id: 'c', label: 'L', attribute: 'x', operator, value }) as EligibilityNode;
    const h = withAttributes({ x: '10' });
    const le = evaluateEligibility(h, rule(old('le', 10)), { asOf });
    expect([le.criteria[0]?.comparator, le.criteria[0]?.passed]).toEqual(['<=', true]);
    const ge = evaluateEligibility(h, rule(old('ge', 11)), { asOf });
    expect([ge.criteria[0]?.comparator, ge.criteria[0]?.passed, ge.criteria[0]?.margin]).toEqual(['>=', false, -1]);
    expect(ge.warnings).toEqual(['deprecated: evaluateEligibility: rule.criteria.operator "ge" is now rule.criteria.op "gte"; the old name is accepted until 0.3.0.']);
    const lt = evaluateEligibility(h, rule(old('lt', 10)), { asOf });
    expect([lt.criteria[0]?.comparator, lt.criteria[0]?.passed]).toEqual(['<', false]);
    expect(lt.warnings).toEqual(['deprecated: evaluateEligibility: rule.criteria.operator "lt" is now rule.criteria.op "lt"; the old name is accepted until 0.3.0.']);
    const gt = evaluateEligibility(h, rule(old('gt', 9)), { asOf });
    expect([gt.criteria[0]?.comparator, gt.criteria[0]?.passed, gt.criteria[0]?.margin]).toEqual(['>', true, 1]);
    expect(evaluateEligibility(h, rule(old('ne', '10')), { asOf }).criteria[0]).toMatchObject({ comparator: '!=', passed: false });
    expect(evaluateEligibility(h, rule(old('eq', '10')), { asOf }).criteria[0]).toMatchObject({ comparator: '==', passed: true });
  });

  it('the attribute it names is validated as a string', () => {
    const error = caught(() => evaluateEligibility({ id: 'h', size: 2, attributes: { x: 5 as unknown as string } }, rule(compare('eq', '5')), { asOf }));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_type',
      'household.attributes.x',
      'evaluateEligibility: household.attributes.x is 5; attribute values are strings (use String(value)).',
    ]);
  });
});

describe('attributeIn', () => {
  const city: EligibilityNode = { kind: 'attributeIn', id: 'city', label: 'L', attribute: 'city', values: ['San José', 'Campbell'] };

  it('explains a match, a miss and an unknown attribute', () => {
    expect(explain(withAttributes({ city: 'Campbell' }), city)).toEqual({
      ...header(city),
      passed: true,
      observed: 'Campbell',
      threshold: ['San José', 'Campbell'],
      comparator: 'in',
      margin: null,
      unit: null,
      table: null,
      missing: [],
      detail: 'city is "Campbell"; accepted: "San José", "Campbell"',
    });
    expect(explain(withAttributes({ city: 'Milpitas' }), city)).toMatchObject({ passed: false, observed: 'Milpitas', missing: [], detail: 'city is "Milpitas"; accepted: "San José", "Campbell"' });
    expect(explain(withAttributes({}), city)).toEqual({
      ...header(city),
      passed: null,
      observed: null,
      threshold: ['San José', 'Campbell'],
      comparator: 'in',
      margin: null,
      unit: null,
      table: null,
      missing: ['attributes.city'],
      detail: 'attribute "city" unknown',
    });
  });
});

describe('categorical', () => {
  const programs: EligibilityNode = { kind: 'categorical', id: 'cat', label: 'L', programs: ['CalFresh', 'Medi-Cal'] };
  const enrolled = (categorical?: string[]): Household => (categorical === undefined ? { id: 'h', size: 2, attributes: {} } : { id: 'h', size: 2, attributes: {}, categorical });

  it('names the programs matched, in the household’s order, or all it accepts', () => {
    expect(explain(enrolled(['WIC', 'Medi-Cal', 'CalFresh']), programs)).toEqual({
      ...header(programs),
      passed: true,
      observed: ['WIC', 'Medi-Cal', 'CalFresh'],
      threshold: ['CalFresh', 'Medi-Cal'],
      comparator: 'anyOf',
      margin: null,
      unit: null,
      table: null,
      missing: [],
      detail: 'enrolled in Medi-Cal, CalFresh', // WIC is not one of the programs
    });
    expect(explain(enrolled(['WIC']), programs)).toMatchObject({ passed: false, observed: ['WIC'], missing: [], detail: 'enrolled in none of CalFresh, Medi-Cal' });
    expect(explain(enrolled([]), programs)).toMatchObject({ passed: false, observed: [], detail: 'enrolled in none of CalFresh, Medi-Cal' });
    expect(explain(enrolled(), programs)).toEqual({
      ...header(programs),
      passed: null,
      observed: null,
      threshold: ['CalFresh', 'Medi-Cal'],
      comparator: 'anyOf',
      margin: null,
      unit: null,
      table: null,
      missing: ['categorical'],
      detail: 'program enrolments unknown',
    });
    expect(codes([enrolled(['WIC', 'CalFresh']), enrolled(['WIC']), enrolled()], programs)).toEqual([1, 0, 2]);
  });

  it('validates the program list only for rules that read it', () => {
    const bad = { id: 'h', size: 2, attributes: {}, categorical: 'CalFresh' } as unknown as Household;
    const error = caught(() => evaluateEligibility(bad, rule(programs), { asOf }));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_type',
      'household.categorical',
      'evaluateEligibility: household.categorical is "CalFresh"; expected an array of program names.',
    ]);
    // A size-only rule does not read categorical: the same record is evaluated.
    expect(evaluateEligibility(bad, rule({ kind: 'householdSize', id: 's', label: 'L', min: 1 }), { asOf }).status).toBe('eligible');
  });
});

describe('householdSize', () => {
  const sized = (size: number): Household => ({ id: 'h', size, attributes: {} });
  const range: EligibilityNode = { kind: 'householdSize', id: 's', label: 'L', min: 2, max: 4 };

  it('bounds are inclusive; margin is the distance to the nearest bound', () => {
    expect(explain(sized(3), range)).toEqual({
      ...header(range),
      passed: true,
      observed: 3,
      threshold: [2, 4],
      comparator: 'between',
      margin: 1, // min(3 − 2, 4 − 3)
      unit: 'persons',
      table: null,
      missing: [],
      detail: 'household of 3; accepted 2–4',
    });
    expect(explain(sized(2), range)).toMatchObject({ passed: true, margin: 0 });
    expect(explain(sized(4), range)).toMatchObject({ passed: true, margin: 0 });
    expect(explain(sized(1), range)).toMatchObject({ passed: false, margin: -1 }); // min(1 − 2, 4 − 1)
    expect(explain(sized(6), range)).toMatchObject({ passed: false, margin: -2, detail: 'household of 6; accepted 2–4' }); // min(6 − 2, 4 − 6)
    expect(codes([sized(1), sized(2), sized(4), sized(5)], range)).toEqual([0, 1, 1, 0]);
  });

  it('open bounds default to 1 and 30 (the largest household accepted)', () => {
    const atLeast5: EligibilityNode = { kind: 'householdSize', id: 's', label: 'L', min: 5 };
    expect(explain(sized(30), atLeast5)).toMatchObject({ passed: true, threshold: [5, 30], margin: 0, detail: 'household of 30; accepted 5–30' });
    const atMost2: EligibilityNode = { kind: 'householdSize', id: 's', label: 'L', max: 2 };
    expect(explain(sized(1), atMost2)).toMatchObject({ passed: true, threshold: [1, 2], margin: 0 });
  });
});

describe('memberDisability', () => {
  const disabled: EligibilityNode = { kind: 'memberDisability', id: 'd', label: 'L' };
  const two: EligibilityNode = { kind: 'memberDisability', id: 'd', label: 'L', atLeast: 2 };
  const people = (...flags: (boolean | undefined)[]): Household => ({
    id: 'h',
    size: Math.max(1, flags.length),
    attributes: {},
    members: flags.map((d) => (d === undefined ? { birthDate: '1980-01-01' } : { birthDate: '1980-01-01', disability: d })),
  });

  it('passes with enough members, with unknown members left out of missing', () => {
    expect(explain(people(true, undefined), disabled)).toEqual({
      ...header(disabled),
      passed: true,
      observed: 1,
      threshold: 1,
      comparator: '>=',
      margin: 0, // 1 − 1
      unit: 'persons',
      table: null,
      missing: [],
      detail: '1 member(s) with a disability, 1 unknown; 1 needed',
    });
    expect(explain(people(true, true, false), disabled)).toMatchObject({ passed: true, observed: 2, margin: 1, detail: '2 member(s) with a disability; 1 needed' });
  });

  it('fails when even the unknown members could not make up the count; all known false is a fail', () => {
    expect(explain(people(false, false), disabled)).toEqual({
      ...header(disabled),
      passed: false,
      observed: 0,
      threshold: 1,
      comparator: '>=',
      margin: -1,
      unit: 'persons',
      table: null,
      missing: [],
      detail: '0 member(s) with a disability; 1 needed',
    });
    // 1 yes + 0 unknown < 2 needed.
    expect(explain(people(true, false), two)).toMatchObject({ passed: false, margin: -1, missing: [] });
  });

  it('is indeterminate when unknown members could make up the count, and lists them', () => {
    // 1 yes + 1 unknown ≥ 2 needed, 1 yes < 2.
    expect(explain(people(true, false, undefined), two)).toEqual({
      ...header(two),
      passed: null,
      observed: 1,
      threshold: 2,
      comparator: '>=',
      margin: null,
      unit: 'persons',
      table: null,
      missing: ['members[2].disability'],
      detail: '1 member(s) with a disability, 1 unknown; 2 needed',
    });
    expect(codes([people(true, false, undefined), people(true, true), people(true, false), people(false)], two)).toEqual([2, 1, 0, 0]);
    expect(codes([people(true), people(false), people(undefined)], disabled)).toEqual([1, 0, 2]);
  });

  it('no member list is indeterminate', () => {
    expect(explain({ id: 'h', size: 2, attributes: {} }, disabled)).toEqual({
      ...header(disabled),
      passed: null,
      observed: null,
      threshold: 1,
      comparator: '>=',
      margin: null,
      unit: 'persons',
      table: null,
      missing: ['members'],
      detail: 'members unknown',
    });
    expect(codes([{ id: 'h', size: 2, attributes: {} }], disabled)).toEqual([2]);
  });

  it('validates members only for rules that read them; a birth date is not read by a disability rule', () => {
    const bad = { id: 'h', size: 2, attributes: {}, members: 'two' } as unknown as Household;
    const error = caught(() => evaluateEligibility(bad, rule(disabled), { asOf }));
    expect([error.code, error.path, error.message]).toEqual([
      'invalid_type',
      'household.members',
      'evaluateEligibility: household.members is "two"; expected an array of { birthDate }.',
    ]);
    expect(evaluateEligibility(bad, rule({ kind: 'householdSize', id: 's', label: 'L' }), { asOf }).status).toBe('eligible');
    // Screening does not parse birth dates for a rule without an age criterion.
    const noDate = { id: 'h', size: 1, attributes: {}, members: [{ birthDate: 'unknown', disability: true }] } as Household;
    expect(codes([noDate], disabled)).toEqual([1]);
  });
});

describe('memberAge', () => {
  const adults = (birthDates: string[]): Household => ({ id: 'h', size: Math.max(1, birthDates.length), attributes: {}, members: birthDates.map((birthDate) => ({ birthDate })) });

  it('a closed range: ages on asOf, both ends inclusive, with margin = matching − needed', () => {
    const child: EligibilityNode = { kind: 'memberAge', id: 'a', label: 'L', minAge: 5, maxAge: 12 };
    // On 2025-07-01: born 2013-07-01 → 12, 2013-06-30 → 12, 2012-07-01 → 13, 2020-07-01 → 5, 2020-07-02 → 4.
    const h = adults(['2013-07-01', '2012-07-01', '2020-07-01', '2020-07-02']);
    expect(explain(h, child)).toEqual({
      ...header(child),
      passed: true,
      observed: [12, 13, 5, 4],
      threshold: [5, 12],
      comparator: 'between',
      margin: 1, // 2 matching (12 and 5) − 1 needed
      unit: 'years',
      table: null,
      missing: [],
      detail: '2 of 4 members aged 5–12 on 2025-07-01; 1 needed',
    });
    expect(codes([adults(['2013-07-01']), adults(['2012-07-01']), adults(['2020-07-01']), adults(['2020-07-02'])], child)).toEqual([1, 0, 1, 0]);
    expect(explain(adults(['2012-07-01', '2020-07-02']), child)).toMatchObject({ passed: false, margin: -1, detail: '0 of 2 members aged 5–12 on 2025-07-01; 1 needed' });
  });

  it('an open range and a count: members born on the age date are 0, those born after are left out', () => {
    const two: EligibilityNode = { kind: 'memberAge', id: 'a', label: 'L', atLeast: 2, ageOn: '2025-12-01' };
    // On 2025-12-01: 2025-12-01 → 0 (counted), 2025-12-02 → not yet born (left out), 1990-01-01 → 35.
    const h = adults(['2025-12-01', '2025-12-02', '1990-01-01']);
    expect(explain(h, two)).toEqual({
      ...header(two),
      passed: true,
      observed: [0, 35],
      threshold: [0, null],
      comparator: 'between',
      margin: 0,
      unit: 'years',
      table: null,
      missing: [],
      detail: '2 of 2 members aged 0 or over on 2025-12-01; 2 needed',
    });
    expect(codes([h, adults(['2025-12-02', '1990-01-01'])], two)).toEqual([1, 0]);
    const newborn: EligibilityNode = { kind: 'memberAge', id: 'a', label: 'L', minAge: 0, maxAge: 0 };
    expect(codes([adults(['2025-07-01']), adults(['2025-07-02'])], newborn)).toEqual([1, 0]);
    expect(explain(adults(['2025-07-01']), newborn)).toMatchObject({ passed: true, observed: [0], margin: 0 });
  });

  it('a minimum age only: 65 or over', () => {
    const senior: EligibilityNode = { kind: 'memberAge', id: 'a', label: 'L', minAge: 65 };
    // On 2025-07-01: 1960-07-01 → 65, 1960-07-02 → 64.
    expect(explain(adults(['1960-07-02', '1960-07-01']), senior)).toMatchObject({ passed: true, observed: [64, 65], threshold: [65, null], margin: 0, detail: '1 of 2 members aged 65 or over on 2025-07-01; 1 needed' });
    expect(explain(adults(['1960-07-02']), senior)).toMatchObject({ passed: false, margin: -1 });
  });

  it('no member list is indeterminate', () => {
    const child: EligibilityNode = { kind: 'memberAge', id: 'a', label: 'L', minAge: 5, maxAge: 12 };
    const result = evaluateEligibility({ id: 'h', size: 2, attributes: {} }, rule(child), { asOf });
    expect(result.criteria[0]).toEqual({
      ...header(child),
      passed: null,
      observed: null,
      threshold: [5, 12],
      comparator: 'between',
      margin: null,
      unit: 'years',
      table: null,
      missing: ['members'],
      detail: 'members unknown: the household lists no members with birth dates',
    });
    expect(result.warnings).toEqual([]);
  });

  it('an impossible birth date is reported at its member', () => {
    const child: EligibilityNode = { kind: 'memberAge', id: 'a', label: 'L', minAge: 5 };
    const h = adults(['2010-01-01', '2015-02-30']);
    const error = caught(() => evaluateEligibility(h, rule(child), { asOf }));
    expect([error.code, error.path]).toEqual(['invalid_date', 'household.members[1].birthDate']);
    const screened = caught(() => screenHouseholds([adults(['2010-01-01']), h], rule(child), { asOf }));
    expect(screened.path).toBe('households[1].members[1].birthDate');
  });

  it('members are validated for an age rule; screening checks birth dates before any criterion', () => {
    const child: EligibilityNode = { kind: 'memberAge', id: 'a', label: 'L', minAge: 5 };
    const bad = { id: 'h', size: 2, attributes: {}, members: 'two' } as unknown as Household;
    const error = caught(() => evaluateEligibility(bad, rule(child), { asOf }));
    expect([error.code, error.path]).toEqual(['invalid_type', 'household.members']);
    // all(a limit for 1 person only, an age test) on a household of 2 with an impossible birth date: screening parses
    // the birth dates first (invalid_date); explaining evaluates criteria in order (the limit's not_covered first).
    const both = rule({ kind: 'all', criteria: [{ kind: 'incomeLimit', id: 'i', label: 'L', annualLimits: [40000] }, child] });
    const h = { id: 'h', size: 2, annualIncome: 1000, attributes: {}, members: [{ birthDate: '2015-02-30' }] } as Household;
    expect([caught(() => screenHouseholds([h], both, { asOf })).code, caught(() => screenHouseholds([h], both, { asOf })).path]).toEqual(['invalid_date', 'households[0].members[0].birthDate']);
    expect(caught(() => evaluateEligibility(h, both, { asOf })).code).toBe('not_covered');
  });

  it('an invalid ageOn is reported at the rule', () => {
    const child = { kind: 'memberAge', id: 'a', label: 'L', minAge: 5, ageOn: '2025-02-30' } as EligibilityNode;
    const error = caught(() => evaluateEligibility(adults(['2010-01-01']), rule({ kind: 'all', criteria: [child] }), { asOf }));
    expect(error.path).toBe('rule.criteria.criteria[0].ageOn');
  });

  it('the 0.1 leap-day names warn; the current ones do not', () => {
    const leap = (leapDayBirthday: string) => ({ kind: 'memberAge', id: 'a', label: 'L', minAge: 9, leapDayBirthday }) as EligibilityNode;
    const h = adults(['2016-02-29']);
    // On 2025-02-28 (not a leap year): 8 under march1, 9 under february28.
    const march = evaluateEligibility(h, rule(leap('march-1')), { asOf: '2025-02-28' });
    expect([march.status, march.warnings]).toEqual(['ineligible', ['deprecated: evaluateEligibility: rule.criteria.leapDayBirthday "march-1" is now "march1"; the old name is accepted until 0.3.0.']]);
    const feb = evaluateEligibility(h, rule(leap('february-28')), { asOf: '2025-02-28' });
    expect(feb.status).toBe('eligible');
    expect(evaluateEligibility(h, rule(leap('march1')), { asOf: '2025-02-28' }).warnings).toEqual([]);
  });
});
