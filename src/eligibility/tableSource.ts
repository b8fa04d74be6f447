/**
 * What every bundled or city-supplied parameter table says about itself: where it comes from, how sure we are
 * of it, when it is in force and how its figures are rounded (types only; the zod schema is in
 * `EligibilityTableSourceSchema.ts`).
 *
 * @module
 */

/**
 * Provenance of a parameter table: the publication it reproduces.
 *
 * @category Parameter tables
 */
export interface EligibilityTableSource {
  /** Title of the publication, e.g. "Annual Update of the HHS Poverty Guidelines". */
  readonly title: string;
  /** Where to read it. */
  readonly url: string;
  /** The publisher's document id (Federal Register document number, bulletin number …), when it has one. */
  readonly documentId?: string | undefined;
}

/**
 * How a table's figures were obtained: `published` (copied verbatim from the agency's own document),
 * `secondary` (copied from a reproduction of the official table, consistent by arithmetic) or `derived`
 * (computed from published figures with the published rule; verify against the official table).
 *
 * @category Parameter tables
 */
export type EligibilityTableStatus = 'published' | 'secondary' | 'derived';

/**
 * How a table's figures are rounded: `none` (whole dollars as published), `ceil-50` (HUD: each size's limit
 * rounded up to the next $50) or `half-up-dollar` (California SMI: nearest dollar, halves up).
 *
 * @category Parameter tables
 */
export type EligibilityRounding = 'none' | 'ceil-50' | 'half-up-dollar';
