/**
 * The sites table.
 *
 * @internal
 * @module
 */
import type { Site } from '../../internal/records.ts';
import type { ColumnIndex } from './columns.ts';
import type { SitesSpec } from './compileMapping.ts';
import type { MappingIssues } from './issues.ts';
import { bindLocation, readLocation, type BoundLocation } from './location.ts';
import { bindField, bindOptional, readList, readNumber, readText, type BoundField, type RowContext } from './read.ts';
import type { MapperState } from './state.ts';

/** The sites section bound to a header. */
export interface BoundSites {
  readonly id: BoundField;
  readonly name: BoundField | undefined;
  readonly location: BoundLocation;
  readonly capacity: BoundField | undefined;
  readonly programs: BoundField | undefined;
}

/**
 * Binds the sites section.
 *
 * @internal
 */
export function bindSites(spec: SitesSpec, columns: ColumnIndex, issues: MappingIssues, isFeatureCollection: boolean): BoundSites | undefined {
  const before = issues.list.length;
  const id = bindField(spec.id, columns, issues);
  const name = bindOptional(spec.name, columns, issues);
  const location = bindLocation(spec.location, true, columns, issues, isFeatureCollection);
  const capacity = bindOptional(spec.capacity, columns, issues);
  const programs = bindOptional(spec.programs, columns, issues);
  if (issues.list.length > before || id === undefined || location === undefined) return undefined;
  return { id, name, location, capacity, programs };
}

/**
 * Maps one batch of site rows.
 *
 * @internal
 */
export function mapSiteRows(bound: BoundSites, rows: readonly unknown[], geometries: readonly unknown[] | undefined, firstRow: number, state: MapperState, ctx: RowContext): { records: Site[]; rejected: number } {
  const records: Site[] = [];
  let rejected = 0;
  for (let i = 0; i < rows.length; i++) {
    if (!ctx.start(rows[i], firstRow + i)) {
      rejected++;
      continue;
    }
    const id = readText(bound.id, ctx);
    if (id !== undefined) ctx.id = id;
    const name = bound.name === undefined ? undefined : readText(bound.name, ctx);
    const location = readLocation(bound.location, ctx, geometries === undefined ? undefined : geometries[i]);
    const capacity = bound.capacity === undefined ? undefined : readNumber(bound.capacity, ctx);
    const programs = bound.programs === undefined ? undefined : readList(bound.programs, ctx);
    if (id !== undefined) {
      const earlier = state.sites.get(id);
      if (earlier !== undefined) ctx.report('duplicate_id', 'error', bound.id.column?.header ?? null, id, 'id', `site id ${JSON.stringify(id)} is already used by row ${earlier}; give each site one row (remove the duplicate, or give it its own id).`);
    }
    if (ctx.rejected || id === undefined || location === undefined) {
      rejected++;
      continue;
    }
    const record: { id: string; name?: string; location: readonly [number, number]; capacity?: number; programs?: readonly string[] } = { id } as { id: string; location: readonly [number, number] };
    if (name !== undefined) record.name = name;
    record.location = location;
    if (capacity !== undefined) record.capacity = capacity;
    if (programs !== undefined) record.programs = programs;
    records.push(record);
    state.sites.set(id, ctx.row);
  }
  return { records, rejected };
}
