// screenHouseholds' own paths: the flat all / any loop against the postfix program, inlined income tests,
// birth dates parsed once per household, counts and errors.
import { describe, expect, it } from 'vitest';
import { screenHouseholds, type EligibilityNode, type EligibilityRule, type Household } from '../../src/eligibility/index.ts';
import { caught } from './helpers.ts';

const asOf = '2025-07-01';

function rule(criteria: EligibilityNode): EligibilityRule {
  return { id: 'screen-rule', label: 'R', version: '7', criteria };
}

// a: size ≤ 2; b: attribute y = "1"; c: attribute z = "1" (unknown when the attribute is absent).
const a: EligibilityNode = { kind: 'householdSize', id: 'a', label: 'A', max: 2 };
const b: EligibilityNode = { kind: 'attributeIn', id: 'b', label: 'B', attribute: 'y', values: ['1'] };
const c: EligibilityNode = { kind: 'attributeIn', id: 'c', label: 'C', attribute: 'z', values: ['1'] };

function hh(size: number, attributes: Record<string, string>): Household {
  return { id: `h${size}`, size, attributes };
}

describe('screenHouseholds combinations', () => {
  it('all(a, any(b, c)) is not a flat any: a failing a fails the household', () => {
    // Household of 3 (a fails) with y = "1" (b passes): all(fail, any(pass, …)) = fail.
    const s = screenHouseholds([hh(3, { y: '1', z: '0' }), hh(2, { y: '0', z: '1' })], rule({ kind: 'all', criteria: [a, { kind: 'any', criteria: [b, c] }] }), { asOf });
    expect(Array.from(s.status)).toEqual([0, 1]);
    expect(Array.from(s.criteria)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('not(a) is not a flat group of one: it inverts', () => {
    const s = screenHouseholds([hh(2, {}), hh(3, {})], rule({ kind: 'not', criterion: a }), { asOf });
    expect(Array.from(s.status)).toEqual([0, 1]);
    expect(Array.from(s.criteria)).toEqual([1, 0]);
  });

  it('a flat all: a failing criterion decides even after an unknown one; a flat any: a passing one does', () => {
    // all(c unknown, a fails) = fail; all(a passes, c unknown) = unknown; any(c unknown, b passes) = pass; any(c unknown, b fails) = unknown.
    const all = screenHouseholds([hh(3, {}), hh(2, {})], rule({ kind: 'all', criteria: [c, a] }), { asOf });
    expect(Array.from(all.status)).toEqual([0, 2]);
    // The failing criterion first: all(a fails, c unknown) = fail, counted as ineligible (twice), not indeterminate.
    const failFirst = screenHouseholds([hh(3, {}), hh(4, {}), hh(2, {})], rule({ kind: 'all', criteria: [a, c] }), { asOf });
    expect(Array.from(failFirst.status)).toEqual([0, 0, 2]);
    expect(failFirst.counts).toEqual({ eligible: 0, ineligible: 2, indeterminate: 1 });
    const any = screenHouseholds([hh(2, { y: '1' }), hh(2, { y: '0' }), hh(2, { y: '0', z: '0' })], rule({ kind: 'any', criteria: [c, b] }), { asOf });
    expect(Array.from(any.status)).toEqual([1, 2, 0]);
    expect(any.counts).toEqual({ eligible: 1, ineligible: 1, indeterminate: 1 });
    expect(any.rule).toEqual({ id: 'screen-rule', version: '7' });
    expect(any.criterionIds).toEqual(['c', 'b']);
  });

  it('an income limit that does not cover a size throws for that household', () => {
    const limit: EligibilityNode = { kind: 'incomeLimit', id: 'i', label: 'I', annualLimits: [40000] };
    const error = caught(() => screenHouseholds([{ id: 'x', size: 1, annualIncome: 1, attributes: {} }, { id: 'y', size: 2, annualIncome: 1, attributes: {} }], rule(limit), { asOf }));
    expect([error.code, error.path, error.message]).toEqual([
      'not_covered',
      'rule.criteria.annualLimits',
      'screenHouseholds: rule.criteria.annualLimits covers sizes 1–1, but a household has 2 persons; add limits or an additionalPerson amount.',
    ]);
  });

  it('households with more members than the first buffer holds are read to the last member', () => {
    // 17 adults born 1980 and one child born 2020-01-01 last (5 on 2025-07-01): the child is the 18th member.
    const members = [...Array.from({ length: 17 }, () => ({ birthDate: '1980-01-01' })), { birthDate: '2020-01-01' }];
    const child: EligibilityNode = { kind: 'memberAge', id: 'k', label: 'K', maxAge: 5 };
    const s = screenHouseholds([{ id: 'big', size: 18, attributes: {}, members }, { id: 'small', size: 1, attributes: {}, members: [{ birthDate: '1980-01-01' }] }], rule(child), { asOf });
    expect(Array.from(s.status)).toEqual([1, 0]);
    // 33 members (more than twice the first buffer): the child is the 33rd.
    const many = [...Array.from({ length: 32 }, () => ({ birthDate: '1980-01-01' })), { birthDate: '2020-01-01' }];
    expect(Array.from(screenHouseholds([{ id: 'huge', size: 30, attributes: {}, members: many }], rule(child), { asOf }).status)).toEqual([1]);
  });

  it('households must be an array', () => {
    const error = caught(() => screenHouseholds('none' as unknown as Household[], rule(a), { asOf }));
    expect([error.code, error.path, error.message]).toEqual(['invalid_type', 'households', 'screenHouseholds: households is "none"; expected an array of household records.']);
  });
});
