/**
 * The zod object behind `HouseholdSchema`, kept with its full inferred type so a type-level test can check it
 * matches the shared `Household` record both ways.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { MAX_HOUSEHOLD_SIZE } from './checks.ts';
import { dateStringSchema } from './tableShape.ts';

type IncomeSourceShape = z.ZodObject<
  {
    amount: z.ZodNumber;
    frequency: z.ZodEnum<{ weekly: 'weekly'; biweekly: 'biweekly'; semimonthly: 'semimonthly'; monthly: 'monthly'; annual: 'annual' }>;
    source: z.ZodExactOptional<z.ZodString>;
  },
  z.core.$strip
>;

type MemberShape = z.ZodObject<{ birthDate: z.ZodType<string>; disability: z.ZodExactOptional<z.ZodBoolean> }, z.core.$strip>;

/**
 * The household object's shape, spelled out for isolated declarations.
 *
 * @internal
 */
export type HouseholdObjectSchema = z.ZodObject<
  {
    id: z.ZodString;
    location: z.ZodExactOptional<z.ZodReadonly<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>>;
    size: z.ZodNumber;
    annualIncome: z.ZodExactOptional<z.ZodNumber>;
    incomes: z.ZodExactOptional<z.ZodReadonly<z.ZodArray<z.ZodReadonly<IncomeSourceShape>>>>;
    members: z.ZodExactOptional<z.ZodReadonly<z.ZodArray<z.ZodReadonly<MemberShape>>>>;
    attributes: z.ZodReadonly<z.ZodRecord<z.ZodString, z.ZodString>>;
    categorical: z.ZodExactOptional<z.ZodReadonly<z.ZodArray<z.ZodString>>>;
  },
  z.core.$strip
>;

const FREQUENCIES = 'weekly, biweekly, semimonthly, monthly or annual';
const SIZE = `size is the number of persons in the household, the applicant included: a whole number from 1 to ${MAX_HOUSEHOLD_SIZE}; count the members (or correct a data-entry error)`;
const AMOUNT = 'amount is dollars per period, a finite number ≥ 0; record a loss as 0 and leave out a source whose amount is unknown';

const incomeSourceSchema: IncomeSourceShape = z.object({
  amount: z.number({ error: AMOUNT }).nonnegative(AMOUNT).meta({ description: 'Amount per period, US dollars, ≥ 0.' }),
  frequency: z
    .enum(['weekly', 'biweekly', 'semimonthly', 'monthly', 'annual'], { error: `frequency is one of ${FREQUENCIES} (fortnightly is "biweekly")` })
    .meta({ description: 'How often the amount is received.' }),
  source: z.string({ error: 'source is a label such as "wages"; leave it out when unknown' }).exactOptional().meta({ description: 'Where the income comes from (wages, benefits …).' }),
});

const memberSchema: MemberShape = z.object({
  birthDate: dateStringSchema.meta({ description: 'Birth date, YYYY-MM-DD.', format: 'date' }),
  disability: z.boolean({ error: 'disability is true or false; leave it out when unknown' }).exactOptional().meta({ description: 'Whether the member has a disability, when known.' }),
});

const longitude = z.number({ error: 'longitude is a number of degrees in [-180, 180]' }).min(-180, 'longitude must be within [-180, 180]; pass WGS84 degrees [lng, lat]').max(180, 'longitude must be within [-180, 180]; pass WGS84 degrees [lng, lat]');
const latitude = z
  .number({ error: 'latitude is a number of degrees in [-90, 90]' })
  .min(-90, 'latitude must be within [-90, 90]; positions are [lng, lat] — swapped?')
  .max(90, 'latitude must be within [-90, 90]; positions are [lng, lat] — swapped?');

/**
 * The household object schema with its inferred type. Every rule carries a message that says how to fix the
 * record, not zod's default text ("Too small: expected number to be >=1").
 *
 * @internal
 */
export const householdObjectSchema: HouseholdObjectSchema = z.object({
  id: z
    .string({ error: 'id is a non-empty string that identifies the household; give every household one' })
    .min(1, 'id is empty; give every household a non-empty id')
    .meta({ description: 'Stable identifier, unique within a data set.' }),
  location: z
    .tuple([longitude, latitude], { error: 'location is a GeoJSON position [lng, lat] in degrees; leave it out when unknown' })
    .readonly()
    .exactOptional()
    .meta({ description: 'Home location, GeoJSON position [longitude, latitude] in degrees (WGS 84).' }),
  size: z
    .number({ error: SIZE })
    .int(SIZE)
    .min(1, SIZE)
    .max(MAX_HOUSEHOLD_SIZE, SIZE)
    .meta({ description: `Number of persons, a whole number from 1 to ${MAX_HOUSEHOLD_SIZE}.` }),
  annualIncome: z
    .number({ error: 'annualIncome is dollars per year, a finite number ≥ 0; leave it out when unknown' })
    .nonnegative('annualIncome is dollars per year and cannot be negative; record a loss as 0')
    .exactOptional()
    .meta({ description: 'Annual household income, US dollars a year; absent when unknown (never 0 for unknown). Alternatively incomes.' }),
  incomes: z
    .array(incomeSourceSchema.readonly(), { error: 'incomes is an array of { amount, frequency, source? }; leave it out when unknown' })
    .readonly()
    .exactOptional()
    .meta({ description: 'Income sources with their frequencies; used when annualIncome is absent.' }),
  members: z
    .array(memberSchema.readonly(), { error: 'members is an array of { birthDate: "YYYY-MM-DD", disability? }; leave it out when unknown' })
    .readonly()
    .exactOptional()
    .meta({ description: 'Members with birth dates; absent when unknown.' }),
  attributes: z
    .record(z.string(), z.string({ error: 'attribute values are strings: write a district as "5", not 5' }), {
      error: 'attributes is required: an object of string values such as { district: "5" }; pass {} when there are none',
    })
    .readonly()
    .meta({ description: 'Grouping attributes, name → text: council district, race/ethnicity, home language …' }),
  categorical: z
    .array(z.string({ error: 'categorical lists program names as strings, e.g. "CalFresh"' }), { error: 'categorical is an array of program names such as ["CalFresh"]; leave it out when none' })
    .readonly()
    .exactOptional()
    .meta({ description: 'Programs conferring categorical eligibility (CalFresh, Medi-Cal …); absent when unknown, [] when none.' }),
});
