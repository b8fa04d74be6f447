/**
 * Compiles a whole mapping document once: every section's fields checked and their readers chosen, before any
 * table is seen. Binding to a table's header comes later (`bind*` in the table files).
 *
 * @internal
 * @module
 */
import { MAX_HOUSEHOLD_SIZE } from '../../internal/validate.ts';
import { describe } from '../../internal/errors.ts';
import { compileIncomes, type IncomeSpec } from './incomes.ts';
import { join, MappingIssues } from './issues.ts';
import { compileLocation, type LocationSpec } from './location.ts';
import { compileField, resolveDefaults, type FieldSpec, type ResolvedDefaults } from './spec.ts';

/** A compiled categorical entry. */
export type CategoricalSpec = { readonly kind: 'flag'; readonly program: string; readonly flag: FieldSpec } | { readonly kind: 'list'; readonly list: FieldSpec };

/** The compiled households section. */
export interface HouseholdsSpec {
  readonly id: FieldSpec;
  readonly size: FieldSpec | 'countMembers';
  readonly annualIncome: FieldSpec | undefined;
  readonly incomes: readonly IncomeSpec[];
  readonly blankIncomeSource: 'skip' | 'incomeUnknown';
  readonly location: LocationSpec | undefined;
  readonly members: 'persons' | { readonly birthDate: FieldSpec; readonly disability: FieldSpec | undefined } | undefined;
  readonly attributes: readonly (readonly [string, FieldSpec])[];
  readonly otherColumns: 'ignore' | 'attributes';
  readonly categorical: readonly CategoricalSpec[];
}

/** The compiled persons section. */
export interface PersonsSpec {
  readonly householdId: FieldSpec;
  readonly birthDate: FieldSpec;
  readonly disability: FieldSpec | undefined;
  readonly incomes: readonly IncomeSpec[];
}

/** The compiled enrolments section. */
export interface EnrollmentsSpec {
  readonly householdId: FieldSpec;
  readonly programId: FieldSpec;
  readonly siteId: FieldSpec | undefined;
  readonly programYear: FieldSpec | undefined;
  readonly date: FieldSpec | undefined;
}

/** The compiled sites section. */
export interface SitesSpec {
  readonly id: FieldSpec;
  readonly name: FieldSpec | undefined;
  readonly location: LocationSpec;
  readonly capacity: FieldSpec | undefined;
  readonly programs: FieldSpec | undefined;
}

/** A compiled mapping. */
export interface CompiledMapping {
  readonly defaults: ResolvedDefaults;
  readonly households: HouseholdsSpec | undefined;
  readonly persons: PersonsSpec | undefined;
  readonly enrollments: EnrollmentsSpec | undefined;
  readonly sites: SitesSpec | undefined;
}

const TOP_KEYS = ['$schema', 'version', 'description', 'defaults', 'households', 'persons', 'enrollments', 'sites'];
const MEMBER_COLUMNS = 'member columns must be column templates with {n}';
const HOUSEHOLD_KEYS = ['id', 'size', 'annualIncome', 'incomes', 'blankIncomeSource', 'location', 'members', 'attributes', 'otherColumns', 'categorical'];

function compileHouseholds(input: unknown, defaults: ResolvedDefaults, issues: MappingIssues): HouseholdsSpec | undefined {
  const h = issues.object(input, 'households', HOUSEHOLD_KEYS, 'the households section');
  if (h === undefined) return undefined;
  const id = compileField(h['id'], 'households.id', { kind: 'text', field: 'id', label: 'household id', advice: 'give every household row its id', required: true }, defaults, issues);
  let size: FieldSpec | 'countMembers' | undefined;
  const sizeInput = h['size'];
  if (sizeInput !== null && typeof sizeInput === 'object' && 'countMembers' in sizeInput) {
    const record = issues.object(sizeInput, 'households.size', ['countMembers'], '{ "countMembers": true }');
    if (record !== undefined && record['countMembers'] !== true) issues.add('invalid_value', 'households.size.countMembers', `is ${describe(record['countMembers'])}; write { "countMembers": true }, or name the size column.`);
    size = 'countMembers';
    if (h['members'] === undefined) issues.add('invalid_value', 'households.size', 'counts members, but the section maps no members; map "members" (the persons table or wide columns), or name the size column.');
  } else {
    size = compileField(sizeInput, 'households.size', {
      kind: 'number',
      field: 'size',
      label: 'size (persons in the household)',
      advice: `write the number of persons as a whole number from 1 to ${MAX_HOUSEHOLD_SIZE}`,
      required: true,
      integer: true,
      min: 1,
      max: MAX_HOUSEHOLD_SIZE,
      rangeText: `a whole number from 1 to ${MAX_HOUSEHOLD_SIZE}`,
    }, defaults, issues);
  }
  const annualIncome = compileField(h['annualIncome'], 'households.annualIncome', {
    kind: 'number',
    field: 'annualIncome',
    label: 'annualIncome (dollars a year)',
    advice: 'write the annual income in dollars (e.g. 42000 or $42,000), or leave it blank if unknown — a blank is unknown, 0 is no income',
    min: 0,
    rangeText: '0 or more (dollars)',
  }, defaults, issues);
  const incomes = compileIncomes(h['incomes'], 'households.incomes', defaults, issues);
  const blankIncomeGiven = h['blankIncomeSource'] === undefined ? undefined : issues.oneOf(h['blankIncomeSource'], 'households.blankIncomeSource', ['skip', 'incomeUnknown'] as const);
  // Stryker disable next-line StringLiteral: equivalent — blankIncomeSource is only ever compared with "incomeUnknown"
  const blankIncomeSource = blankIncomeGiven ?? 'skip';
  const location = compileLocation(h['location'], 'households.location', false, defaults, issues);
  let members: HouseholdsSpec['members'];
  const m = h['members'];
  if (m === 'persons') members = 'persons';
  else if (m !== undefined) {
    const record = issues.object(m, 'households.members', ['wide'], '"persons" or { "wide": { "birthDate": "member{n}_dob" } }');
    const wide = record === undefined ? undefined : issues.object(record['wide'], 'households.members.wide', ['birthDate', 'disability'], 'the member column templates ({ "birthDate": "member{n}_dob", "disability"?: "member{n}_disabled" })');
    if (wide !== undefined) {
      const birthDate = compileField(wide['birthDate'], 'households.members.wide.birthDate', { kind: 'date', field: 'members[].birthDate', label: 'member birth date', advice: 'write the birth date in the declared format, or leave the member\'s columns blank', required: true, template: true, columnOnly: MEMBER_COLUMNS }, defaults, issues);
      const disability = compileField(wide['disability'], 'households.members.wide.disability', { kind: 'boolean', field: 'members[].disability', label: 'member disability', advice: 'write yes or no, or leave it blank if unknown', template: true, columnOnly: MEMBER_COLUMNS }, defaults, issues);
      if (birthDate !== undefined) members = { birthDate: { ...birthDate, required: false }, disability };
    }
  }
  const attributes: [string, FieldSpec][] = [];
  if (h['attributes'] !== undefined) {
    const record = h['attributes'];
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      issues.add('invalid_type', 'households.attributes', `is ${describe(record)}; expected { "<attribute name>": "<column>", … }.`);
    } else {
      for (const [name, field] of Object.entries(record as Record<string, unknown>)) {
        if (name.trim() === '') {
          issues.add('invalid_value', 'households.attributes', 'has an attribute with an empty name; name each attribute as goals and rules refer to it (district, language …).');
          continue;
        }
        const spec = compileField(field, join('households.attributes', name), {
          kind: 'text',
          field: `attributes.${name}`,
          label: `attributes.${name}`,
          advice: 'correct the value, or leave it blank if unknown',
        }, defaults, issues);
        if (spec !== undefined) attributes.push([name, spec]);
      }
    }
  }
  const otherColumnsGiven = h['otherColumns'] === undefined ? undefined : issues.oneOf(h['otherColumns'], 'households.otherColumns', ['ignore', 'attributes'] as const);
  // Stryker disable next-line StringLiteral: equivalent — otherColumns is only ever compared with "attributes"
  const otherColumns = otherColumnsGiven ?? 'ignore';
  const categorical: CategoricalSpec[] = [];
  if (h['categorical'] !== undefined) {
    if (!Array.isArray(h['categorical'])) issues.add('invalid_type', 'households.categorical', 'is not a list; write [{ "program": "CalFresh", "flag": "<yes/no column>" }, { "list": "<column>" }].');
    else {
      (h['categorical'] as unknown[]).forEach((item, i) => {
        const at = join('households.categorical', i);
        const record = issues.object(item, at, item !== null && typeof item === 'object' && 'list' in item ? ['list'] : ['program', 'flag'], 'a categorical program ({ "program": "CalFresh", "flag": "<yes/no column>" } or { "list": "<column>" })');
        if (record === undefined) return;
        if ('list' in record) {
          const list = compileField(record['list'], join(at, 'list'), { kind: 'list', field: 'categorical', label: 'categorical (programs)', advice: 'list the program names separated by the list separator, or leave it blank if unknown', columnOnly: 'categorical programs are read from a list column: name the column' }, defaults, issues);
          if (list !== undefined) categorical.push({ kind: 'list', list });
        } else {
          const program = issues.text(record['program'], join(at, 'program'), 'the program name written into categorical, e.g. "CalFresh"');
          const flag = compileField(record['flag'], join(at, 'flag'), { kind: 'boolean', field: 'categorical', label: `categorical (${program ?? 'program'} flag)`, advice: 'write yes or no, or leave it blank if unknown', required: true, columnOnly: 'a categorical program is read from a yes/no column: name the column' }, defaults, issues);
          if (program !== undefined && flag !== undefined) categorical.push({ kind: 'flag', program, flag: { ...flag, required: false } });
        }
      });
    }
  }
  if (id === undefined || size === undefined) return undefined;
  return { id, size, annualIncome, incomes, blankIncomeSource, location, members, attributes, otherColumns, categorical };
}

function compilePersons(input: unknown, defaults: ResolvedDefaults, issues: MappingIssues): PersonsSpec | undefined {
  const p = issues.object(input, 'persons', ['householdId', 'birthDate', 'disability', 'incomes'], 'the persons section');
  if (p === undefined) return undefined;
  const householdId = compileField(p['householdId'], 'persons.householdId', { kind: 'text', field: 'householdId', label: 'householdId (the person\'s household)', advice: 'write the id of the household the person belongs to, as the households table writes it', required: true }, defaults, issues);
  const birthDate = compileField(p['birthDate'], 'persons.birthDate', { kind: 'date', field: 'birthDate', label: 'birthDate', advice: 'write the birth date in the declared format; a person without one cannot be counted as a member', required: true }, defaults, issues);
  const disability = compileField(p['disability'], 'persons.disability', { kind: 'boolean', field: 'disability', label: 'disability', advice: 'write yes or no, or leave it blank if unknown' }, defaults, issues);
  const incomes = compileIncomes(p['incomes'], 'persons.incomes', defaults, issues);
  if (householdId === undefined || birthDate === undefined) return undefined;
  return { householdId, birthDate, disability, incomes };
}

function compileEnrollments(input: unknown, defaults: ResolvedDefaults, issues: MappingIssues): EnrollmentsSpec | undefined {
  const e = issues.object(input, 'enrollments', ['householdId', 'programId', 'siteId', 'programYear', 'date'], 'the enrollments section');
  if (e === undefined) return undefined;
  const householdId = compileField(e['householdId'], 'enrollments.householdId', { kind: 'text', field: 'householdId', label: 'householdId (the enrolled household)', advice: 'write the id of the enrolled household, as the households table writes it', required: true }, defaults, issues);
  const programId = compileField(e['programId'], 'enrollments.programId', { kind: 'text', field: 'programId', label: 'programId', advice: 'write the program id the goal refers to (or map it with a constant { "value": "<program id>" })', required: true }, defaults, issues);
  const siteId = compileField(e['siteId'], 'enrollments.siteId', { kind: 'text', field: 'siteId', label: 'siteId', advice: 'write the id of the site as the sites table writes it, or leave it blank' }, defaults, issues);
  const programYear = compileField(e['programYear'], 'enrollments.programYear', {
    kind: 'number',
    field: 'programYear',
    label: 'programYear',
    advice: 'write the program year as a whole number (e.g. 2025 for FY 2024–25, named by the year it ends), or leave it blank and map "date"',
    integer: true,
    min: 1900,
    max: 2200,
    rangeText: 'a year from 1900 to 2200',
  }, defaults, issues);
  const date = compileField(e['date'], 'enrollments.date', { kind: 'date', field: 'date', label: 'date (enrolment date)', advice: 'write the enrolment date in the declared format' }, defaults, issues);
  if (e['programYear'] === undefined && e['date'] === undefined) issues.add('missing_field', 'enrollments.programYear', 'is missing, and so is date; an enrolment needs its program year or its date — map at least one.');
  if (householdId === undefined || programId === undefined) return undefined;
  return { householdId, programId, siteId, programYear, date };
}

function compileSites(input: unknown, defaults: ResolvedDefaults, issues: MappingIssues): SitesSpec | undefined {
  const s = issues.object(input, 'sites', ['id', 'name', 'location', 'capacity', 'programs'], 'the sites section');
  if (s === undefined) return undefined;
  const id = compileField(s['id'], 'sites.id', { kind: 'text', field: 'id', label: 'site id', advice: 'give every site row its id', required: true }, defaults, issues);
  const name = compileField(s['name'], 'sites.name', { kind: 'text', field: 'name', label: 'name', advice: 'write the site name, or leave it blank' }, defaults, issues);
  const location = compileLocation(s['location'], 'sites.location', true, defaults, issues);
  const capacity = compileField(s['capacity'], 'sites.capacity', { kind: 'number', field: 'capacity', label: 'capacity', advice: 'write the capacity (places, seats …) as a number ≥ 0, or leave it blank if unknown', min: 0, rangeText: '0 or more' }, defaults, issues);
  const programs = compileField(s['programs'], 'sites.programs', { kind: 'list', field: 'programs', label: 'programs', advice: 'list the program ids offered, separated by the list separator, or leave it blank' }, defaults, issues);
  if (id === undefined || location === undefined) return undefined;
  return { id, name, location, capacity, programs };
}

/**
 * Compiles a mapping, collecting every problem; throws one {@link EquityLensError} listing them.
 *
 * @internal
 */
export function compileMapping(input: unknown, fn: string): CompiledMapping {
  const issues = new MappingIssues(fn);
  const top = issues.object(input, '', TOP_KEYS, 'a table mapping ({ "households": …, "persons"?: …, "enrollments"?: …, "sites"?: … })');
  if (top === undefined) issues.throwIfAny();
  const doc = top as Readonly<Record<string, unknown>>;
  if (doc['version'] !== undefined && doc['version'] !== 1) issues.add('invalid_value', 'version', `is ${describe(doc['version'])}; this library reads mapping version 1.`);
  if (doc['description'] !== undefined && typeof doc['description'] !== 'string') issues.add('invalid_type', 'description', `is ${describe(doc['description'])}; expected text.`);
  if (doc['$schema'] !== undefined && typeof doc['$schema'] !== 'string') issues.add('invalid_type', '$schema', `is ${describe(doc['$schema'])}; expected the schema's URL or path.`);
  const defaults = resolveDefaults(doc['defaults'], issues);
  const households = doc['households'] === undefined ? undefined : compileHouseholds(doc['households'], defaults, issues);
  const persons = doc['persons'] === undefined ? undefined : compilePersons(doc['persons'], defaults, issues);
  const enrollments = doc['enrollments'] === undefined ? undefined : compileEnrollments(doc['enrollments'], defaults, issues);
  const sites = doc['sites'] === undefined ? undefined : compileSites(doc['sites'], defaults, issues);
  const h = doc['households'] as Record<string, unknown> | undefined;
  if (h !== null && typeof h === 'object' && h['members'] === 'persons' && doc['persons'] === undefined) {
    issues.add('missing_field', 'persons', 'is missing, but households.members reads the persons table; add a persons section ({ "householdId": …, "birthDate": … }).');
  }
  if (doc['persons'] !== undefined && !(h !== null && typeof h === 'object' && h['members'] === 'persons')) {
    issues.add('invalid_value', 'households.members', `is ${h === undefined || h === null ? 'missing (there is no households section)' : describe((h as Record<string, unknown>)['members'])}, but the mapping has a persons section; set households.members to "persons" to join the persons table by household id.`);
  }
  if (households === undefined && persons === undefined && enrollments === undefined && sites === undefined && issues.list.length === 0) {
    issues.add('empty', '', 'has no table section; add "households" (and "persons", "enrollments", "sites" as your export has them).');
  }
  issues.throwIfAny();
  return { defaults, households, persons, enrollments, sites };
}
