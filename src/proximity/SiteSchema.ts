import * as z from 'zod';

/**
 * A service site, such as a community centre: `id`, `location` `[lng, lat]`, optional `name`, `capacity`
 * (places, seats, staff hours …, ≥ 0) and `programs` (program ids offered there). The record shape shared with
 * the other modules (DESIGN.md, "Data model"; identical to the internal `Site` record, checked by a test).
 *
 * @category Proximity
 */
export interface Site {
  /** Stable identifier. */
  readonly id: string;
  /** Display name. */
  readonly name?: string;
  /** Location, GeoJSON position `[lng, lat]`. */
  readonly location: readonly [number, number];
  /** Capacity (places, seats, staff hours …), ≥ 0. */
  readonly capacity?: number;
  /** Program ids offered at the site. */
  readonly programs?: readonly string[];
}

const longitude = z.number().finite().min(-180, 'longitude must be within [-180, 180]').max(180, 'longitude must be within [-180, 180]');
const latitude = z
  .number()
  .finite()
  .min(-90, 'latitude must be within [-90, 90]; positions are [lng, lat] — swapped?')
  .max(90, 'latitude must be within [-90, 90]; positions are [lng, lat] — swapped?');

/**
 * The zod schema of a {@link Site}. Use it to validate site records read from a file or an API before passing
 * their locations to {@link nearestSite} or {@link coverage}; `z.toJSONSchema(SiteSchema)` gives the JSON
 * Schema for systems that are not TypeScript.
 *
 * @category Proximity
 * @example
 * ```ts
 * import { SiteSchema } from "./SiteSchema.ts";
 *
 * const ok = SiteSchema.safeParse({ id: "mayfair", name: "Mayfair Community Center", location: [-121.8472, 37.3516], capacity: 120 });
 * ok.success; // => true
 * const swapped = SiteSchema.safeParse({ id: "x", location: [37.35, -121.85] });
 * swapped.success; // => false
 * ```
 */
export const SiteSchema: z.ZodType<Site> = z
  .object({
    id: z.string().min(1).meta({ description: 'Stable identifier.' }),
    name: z.string().optional().meta({ description: 'Display name.' }),
    location: z.tuple([longitude, latitude]).readonly().meta({ description: 'Location, GeoJSON position [longitude, latitude] in degrees (WGS 84).' }),
    capacity: z.number().finite().nonnegative().optional().meta({ description: 'Capacity (places, seats, staff hours …), ≥ 0.' }),
    programs: z.array(z.string()).readonly().optional().meta({ description: 'Program ids offered at the site.' }),
  })
  .readonly() as z.ZodType<Site>;
