import { featureCollection, point } from '@turf/helpers';
import type { PointFeature, PointFeatureCollection } from './types.ts';
import { optionsObject } from '../internal/validate.ts';

/**
 * Options of {@link toFeatureCollection}.
 *
 * @category Tables
 */
export interface ToFeatureCollectionOptions {
  /**
   * Whether a record's `attributes` are spread into the feature's properties (default `true`: GIS tools show them
   * as columns); an attribute named like a record field keeps its place under `attributes`.
   */
  readonly spreadAttributes?: boolean;
}

/**
 * Properties of a feature made from a record: the record without its `location`, and (by default) its attributes
 * beside its other fields.
 *
 * @category Tables
 */
export type RecordProperties = Readonly<Record<string, unknown>>;

/**
 * A record {@link toFeatureCollection} can place: anything with an optional `[lng, lat]` location.
 *
 * @category Tables
 */
export interface LocatedRecord {
  /** The record's id, used as the feature id when it is a string or a number. */
  readonly id?: unknown;
  /** GeoJSON position `[lng, lat]`. */
  readonly location?: readonly [number, number] | readonly number[] | undefined;
}

/**
 * Turns records that carry a location (households, sites) into a GeoJSON FeatureCollection of points for GIS tools
 * (QGIS, ArcGIS, geojson.io, kepler.gl): one Point feature per record with a location, built with `@turf/helpers`,
 * the record's `id` as the feature id, its other fields as properties. Records without a location are left out
 * (compare `features.length` with the records' count).
 *
 * @param records - Households, sites, or any records with `location: [lng, lat]`.
 * @param options - Whether attributes become top-level properties.
 * @returns A FeatureCollection of points (built by `@turf/helpers`' `point` and `featureCollection`).
 * @throws {Error} From `@turf/helpers` when a location is not a pair of numbers (mapped records always are).
 * @category Tables
 * @example
 * ```ts
 * import { toFeatureCollection } from "./toFeatureCollection.ts";
 *
 * const collection = toFeatureCollection([
 *   { id: "h1", location: [-121.88, 37.33] as const, size: 3, attributes: { district: "3" } },
 *   { id: "h2", size: 1, attributes: {} },
 * ]);
 * collection.features.length; // => 1
 * collection.features[0]?.properties; // => { id: "h1", size: 3, district: "3" }
 * collection.features[0]?.geometry.coordinates; // => [-121.88, 37.33]
 * ```
 */
export function toFeatureCollection<R extends LocatedRecord>(records: readonly R[], options: ToFeatureCollectionOptions = {}): PointFeatureCollection<RecordProperties> {
  optionsObject(options, ['spreadAttributes'], 'toFeatureCollection');
  const spread = options.spreadAttributes ?? true;
  const features: PointFeature<RecordProperties>[] = [];
  for (const record of records) {
    const location = record.location;
    if (location === undefined) continue;
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === 'location') continue;
      if (key === 'attributes' && spread && value !== null && typeof value === 'object') continue;
      properties[key] = value;
    }
    if (spread) {
      const attributes = (record as { attributes?: unknown }).attributes;
      if (attributes !== null && typeof attributes === 'object') {
        const kept: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(attributes)) {
          if (key in properties || key === 'location') kept[key] = value;
          else properties[key] = value;
        }
        if (Object.keys(kept).length > 0) properties['attributes'] = kept;
      }
    }
    const id = record.id;
    features.push(point([location[0] as number, location[1] as number], properties, typeof id === 'string' || typeof id === 'number' ? { id } : {}));
  }
  return featureCollection(features);
}
