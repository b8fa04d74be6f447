import type { Site } from '../proximity/SiteSchema.ts';
import { mapperFor } from './createTableMapper.ts';
import { compileMapping } from './internal/compileMapping.ts';
import type { TableInput, TableMapping, TableMappingResult } from './types.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * Options of {@link mapSites}.
 *
 * @category Tables
 */
export interface MapSitesOptions {
  /** Row number of the first data row; default 2 (a header line is row 1). A FeatureCollection always starts at 1. */
  readonly firstRowNumber?: number;
  /** The header, when the rows do not carry it. */
  readonly columns?: readonly string[];
}

/**
 * Maps a sites table — rows, or a GeoJSON FeatureCollection of points from a GIS export — onto {@link Site}
 * records with the mapping's `sites` section. Locations come from latitude/longitude columns, `POINT(lng lat)`
 * text, or (`location: "geometry"`) each feature's point.
 *
 * @param input - The site rows, or a FeatureCollection.
 * @param mapping - The mapping document.
 * @param options - First row number, header.
 * @returns The site records and the problems.
 * @throws {EquityLensError} For a mapping it cannot use or a column the table lacks.
 * @category Tables
 * @example
 * ```ts
 * import { mapSites } from "./mapSites.ts";
 *
 * const centres = {
 *   type: "FeatureCollection" as const,
 *   features: [
 *     { type: "Feature" as const, properties: { CODE: "MF", NAME: "Mayfair", SEATS: "120" }, geometry: { type: "Point", coordinates: [-121.8472, 37.3516] } },
 *     { type: "Feature" as const, properties: { CODE: "SB", NAME: "Seven Trees", SEATS: "" }, geometry: { type: "Point", coordinates: [37.2885, -121.8362] } },
 *   ],
 * };
 * const { records, problems } = mapSites(centres, { sites: { id: "code", name: "name", capacity: "seats", location: "geometry" } });
 * records; // => [{ id: "MF", name: "Mayfair", location: [-121.8472, 37.3516], capacity: 120 }]
 * problems[0]?.row; // => 2
 * problems[0]?.code; // => "invalid_position"
 * ```
 */
export function mapSites(input: TableInput, mapping: TableMapping, options: MapSitesOptions = {}): TableMappingResult<Site> {
  const fn = 'mapSites';
  optionsObject(options, ['firstRowNumber', 'columns'], fn);
  const compiled = compileMapping(mapping, fn);
  const mapper = mapperFor(
    compiled,
    {
      ...(options.firstRowNumber === undefined ? {} : { firstRowNumber: options.firstRowNumber }),
      ...(options.columns === undefined ? {} : { columns: { sites: options.columns } }),
    },
    fn,
  );
  const result = mapper.sites(input);
  mapper.finish();
  return result;
}
