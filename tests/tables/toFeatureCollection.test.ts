/**
 * The GeoJSON the mappers read and write is turf's: a `FeatureCollection<Point>` built by `@turf/helpers` is a table
 * (`location: "geometry"`), and what `toFeatureCollection` returns is a `FeatureCollection<Point>` of the `geojson`
 * types `@turf/helpers` declares. The annotations below are checked by `npm run typecheck`; the values at run time.
 */
import { featureCollection, point } from '@turf/helpers';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mapSites, toFeatureCollection, type TableFeatureCollection } from '../../src/index.ts';

describe('toFeatureCollection and turf', () => {
  it('maps a FeatureCollection<Point> made by @turf/helpers and gives one back, positions [lng, lat] unchanged', () => {
    // A GIS export of sites: properties as the attribute table writes them, text included.
    const centres: FeatureCollection<Point> = featureCollection([
      point([-121.8472, 37.3516], { CODE: 'cc-07', NAME: 'Mayfair', SEATS: '1,200' }),
      point([-121.9, 37.3], { CODE: 'cc-08', NAME: 'Alviso', SEATS: 'N/A' }),
    ]);
    const table: TableFeatureCollection = centres;
    expect(mapSites(centres, { sites: { id: 'CODE', location: 'geometry' } }).records).toHaveLength(2);
    const { records, problems } = mapSites(table, { sites: { id: 'CODE', name: 'NAME', capacity: 'SEATS', location: 'geometry' } });
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { id: 'cc-07', name: 'Mayfair', location: [-121.8472, 37.3516], capacity: 1200 },
      { id: 'cc-08', name: 'Alviso', location: [-121.9, 37.3] },
    ]);
    const back: FeatureCollection<Point> = toFeatureCollection(records);
    expect(back.features.map((f) => [f.id, f.geometry.coordinates, f.properties])).toEqual([
      ['cc-07', [-121.8472, 37.3516], { id: 'cc-07', name: 'Mayfair', capacity: 1200 }],
      ['cc-08', [-121.9, 37.3], { id: 'cc-08', name: 'Alviso' }],
    ]);
  });
});
