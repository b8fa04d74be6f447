import * as z from 'zod';
import type { Enrollment } from '../internal/records.ts';

export type { Enrollment } from '../internal/records.ts';

/**
 * The zod schema of an {@link Enrollment} record (DESIGN.md, "Data model"): `householdId`, `programId`, optional
 * `siteId`, and the year the enrolment counts toward, as a whole `programYear` or a `YYYY-MM-DD` `date` (at least
 * one of the two; when both are given the functions of this module use `programYear`). Unknown fields are
 * stripped, so a city's own extra columns do no harm. Use it to validate records at the boundary of a system;
 * `z.toJSONSchema(EnrollmentSchema)` publishes it for non-TypeScript systems.
 *
 * @category Records
 * @example
 * ```ts
 * import { EnrollmentSchema } from "./EnrollmentSchema.ts";
 *
 * EnrollmentSchema.parse({ householdId: "H-001", programId: "summer-camp", date: "2024-07-08" });
 * // => { householdId: "H-001", programId: "summer-camp", date: "2024-07-08" }
 * EnrollmentSchema.safeParse({ householdId: "H-001", programId: "summer-camp" }).success; // => false
 * EnrollmentSchema.safeParse({ householdId: "H-001", programId: "camp", date: "2024-02-30" }).success; // => false
 * ```
 */
export const EnrollmentSchema: z.ZodType<Enrollment> = z
  .object({
    householdId: z.string().min(1, 'householdId must not be empty').meta({ description: "The enrolled household's id." }),
    programId: z.string().min(1, 'programId must not be empty').meta({ description: 'The program id.' }),
    siteId: z.string().min(1, 'siteId must not be empty').exactOptional().meta({ description: 'The site where the household enrolled.' }),
    programYear: z.int().min(1900).max(2200).exactOptional().meta({ description: 'The program year the enrolment counts toward, a whole number (fiscal years named by the year they end).' }),
    date: z.iso.date().exactOptional().meta({ description: 'Enrolment date, YYYY-MM-DD; bucketed into program or fiscal years when programYear is absent.' }),
  })
  .refine((record) => record.programYear !== undefined || record.date !== undefined, {
    message: 'an enrolment needs a programYear or a date (YYYY-MM-DD)',
    path: ['programYear'],
  });
