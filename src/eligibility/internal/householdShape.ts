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

const incomeSourceSchema: IncomeSourceShape = z.object({
  amount: z.number().nonnegative(),
  frequency: z.enum(['weekly', 'biweekly', 'semimonthly', 'monthly', 'annual']),
  source: z.string().exactOptional(),
});

const memberSchema: MemberShape = z.object({
  birthDate: dateStringSchema,
  disability: z.boolean().exactOptional(),
});

/**
 * The household object schema with its inferred type.
 *
 * @internal
 */
export const householdObjectSchema: HouseholdObjectSchema = z.object({
  id: z.string().min(1),
  location: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).readonly().exactOptional(),
  size: z.number().int().min(1).max(MAX_HOUSEHOLD_SIZE),
  annualIncome: z.number().nonnegative().exactOptional(),
  incomes: z.array(incomeSourceSchema.readonly()).readonly().exactOptional(),
  members: z.array(memberSchema.readonly()).readonly().exactOptional(),
  attributes: z.record(z.string(), z.string()).readonly(),
  categorical: z.array(z.string()).readonly().exactOptional(),
});
