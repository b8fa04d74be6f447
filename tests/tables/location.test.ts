/**
 * Locations in a table mapping (src/tables/internal/location.ts): how a location mapping is checked, bound to a
 * header and read from two coordinate columns, `POINT(lng lat)` text or a feature's geometry — the exact values,
 * problem codes, columns and messages, and the globe's edges.
 */
import { describe, expect, it } from 'vitest';
import { createTableMapper, defineTableMapping, mapHouseholds, mapSites, type LocationMapping, type TableMapping, type TableProblem } from '../../src/index.ts';
import { caught } from './helpers.ts';

const latLng: TableMapping = { households: { id: 'id', size: 'size', location: { lat: 'Y', lng: 'X' } } };
const point: TableMapping = { households: { id: 'id', size: 'size', location: { point: 'geom' } } };
const HEADER = ['id', 'size', 'Y', 'X', 'geom'];

/** The mapping document's problems as [path, code, message]. */
function mappingIssues(mapping: unknown): [string, string, string][] {
  return caught(() => defineTableMapping(mapping)).issues.map((i) => [i.path, i.code, i.message]);
}

function brief(p: TableProblem): unknown[] {
  return [p.code, p.severity, p.column, p.value, p.message];
}

/** One household row read with a location mapping: its problems in brief, then the location (or "none"). */
function household(row: Record<string, unknown>, mapping: TableMapping = latLng): unknown[] {
  const { records, problems } = mapHouseholds([{ id: 'h', size: '1', ...row }], mapping, { columns: HEADER });
  return [...problems.map(brief), ...records.map((r) => r.location ?? 'none')];
}

const OUTSIDE = '(latitude −90 to 90, longitude −180 to 180)';
const SWAPPED = 'latitude and longitude look swapped: check which column is which (positions are [lng, lat]; POINT text is POINT(lng lat))';

describe('compiling a location mapping', () => {
  it('needs a site location, not a household one', () => {
    expect(mappingIssues({ sites: { id: 'id' } })).toEqual([
      ['sites.location', 'missing_field', 'defineTableMapping: sites.location is missing; a site needs a location: { "lat": …, "lng": … }, { "point": … } or "geometry".'],
    ]);
    expect(defineTableMapping({ households: { id: 'id', size: 'size' } }).households?.location).toBeUndefined();
  });

  it('says which three forms a location takes when it is another string, a number or null', () => {
    expect(mappingIssues({ sites: { id: 'id', location: 'latlng' } })).toEqual([
      [
        'sites.location',
        'invalid_value',
        'defineTableMapping: sites.location is "latlng"; write { "lat": "<latitude column>", "lng": "<longitude column>" }, { "point": "<POINT(lng lat) column>" } or "geometry" (a GeoJSON FeatureCollection\'s points).',
      ],
    ]);
    const expected = 'expected a location mapping ({ "lat": …, "lng": … }, { "point": … } or "geometry").';
    expect(mappingIssues({ sites: { id: 'id', location: 5 } })).toEqual([['sites.location', 'invalid_type', `defineTableMapping: sites.location is 5; ${expected}`]]);
    expect(mappingIssues({ sites: { id: 'id', location: null } })).toEqual([['sites.location', 'invalid_type', `defineTableMapping: sites.location is null; ${expected}`]]);
    expect(mappingIssues({ households: { id: 'id', size: 'size', location: { lat: 'y', lng: 'x', z: 'z' } } })).toEqual([
      ['households.location.z', 'unknown_key', 'defineTableMapping: households.location.z is not a field of a location mapping ({ "lat": …, "lng": … }, { "point": … } or "geometry"); allowed: lat, lng.'],
    ]);
  });

  it('checks a POINT column mapping: its keys, its field, a constant', () => {
    expect(mappingIssues({ sites: { id: 'id', location: { point: 'wkt', srid: 4326 } } })).toEqual([
      ['sites.location.srid', 'unknown_key', 'defineTableMapping: sites.location.srid is not a field of a POINT column mapping ({ "point": "<column>" }); allowed: point.'],
    ]);
    expect(mappingIssues({ sites: { id: 'id', location: { point: { value: 5 } } } })).toEqual([
      ['sites.location.point', 'invalid_value', 'defineTableMapping: sites.location.point is a constant; every record would share one place. Name the column of POINT(lng lat) text.'],
    ]);
    expect(mappingIssues({ sites: { id: 'id', location: { point: undefined } } })).toEqual([
      ['sites.location.point', 'missing_field', 'defineTableMapping: sites.location.point is missing; location (POINT) is required — name its column.'],
    ]);
    // A JavaScript array with a "point" property is still not a mapping object.
    const array = Object.assign([], { point: 'wkt' });
    expect(mappingIssues({ sites: { id: 'id', location: array } })).toEqual([
      ['sites.location', 'invalid_type', 'defineTableMapping: sites.location is an array of length 0; expected a POINT column mapping ({ "point": "<column>" }).'],
    ]);
  });

  it('refuses a constant POINT, as it refuses a constant coordinate (it used to be read as a blank location)', () => {
    const mapping = { sites: { id: 'id', location: { point: { value: 'POINT(-121.9 37.3)' } } } };
    const issue = ['sites.location.point', 'invalid_value', 'is a constant; every record would share one place. Name the column of POINT(lng lat) text.'];
    expect(mappingIssues(mapping)).toEqual([[issue[0], issue[1], `defineTableMapping: ${issue[0]} ${issue[2]}`]]);
    const error = caught(() => mapSites([{ id: 's' }], mapping as unknown as TableMapping));
    expect([error.code, error.path, error.message]).toEqual([issue[1], issue[0], `mapSites: ${issue[0]} ${issue[2]}`]);
  });

  it('leaves out a household POINT mapping whose column is undefined (only JavaScript can write it)', () => {
    const { records, problems } = mapHouseholds([{ id: 'h', size: '1' }], { households: { id: 'id', size: 'size', location: { point: undefined as unknown as string } } });
    expect(problems).toEqual([]);
    expect(records).toEqual([{ id: 'h', size: 1, attributes: {} }]);
  });

  it('needs both coordinates, each a column', () => {
    const required = (name: string) => `is missing; ${name} is required — name its column.`;
    expect(mappingIssues({ households: { id: 'id', size: 'size', location: { lng: 'x' } } })).toEqual([
      ['households.location.lat', 'missing_field', `defineTableMapping: households.location.lat ${required('latitude')}`],
    ]);
    expect(mappingIssues({ households: { id: 'id', size: 'size', location: { lat: 'y' } } })).toEqual([
      ['households.location.lng', 'missing_field', `defineTableMapping: households.location.lng ${required('longitude')}`],
    ]);
    const constant = (name: string) => `is a constant; every record would share one place. Name the ${name} column.`;
    expect(mappingIssues({ households: { id: 'id', size: 'size', location: { lat: { value: 37.3 }, lng: 'x' } } })).toEqual([
      ['households.location.lat', 'invalid_value', `defineTableMapping: households.location.lat ${constant('latitude')}`],
    ]);
    expect(mappingIssues({ households: { id: 'id', size: 'size', location: { lat: 'y', lng: { value: -121.9 } } } })).toEqual([
      ['households.location.lng', 'invalid_value', `defineTableMapping: households.location.lng ${constant('longitude')}`],
    ]);
  });

  it('reads a coordinate column written as a number column, with its options', () => {
    const mapping: TableMapping = { households: { id: 'id', size: 'size', location: { lat: { column: 'Y', decimalSeparator: ',' }, lng: { column: 'X', decimalSeparator: ',' } } } };
    expect(household({ Y: '37,3382', X: '-121,8863' }, mapping)).toEqual([[-121.8863, 37.3382]]);
  });
});

describe('binding a location to a table', () => {
  it('refuses "geometry" for rows that are not a FeatureCollection, naming the table', () => {
    for (const rows of [[{ id: 's' }], [['id']]]) {
      const error = caught(() => mapSites(rows, { sites: { id: 'id', location: 'geometry' } }));
      expect([error.code, error.path, error.message]).toEqual([
        'invalid_value',
        'sites.location',
        'mapSites: sites.location is "geometry", but the sites table is rows, not a GeoJSON FeatureCollection; name the coordinate columns ({ "lat": …, "lng": … }) or pass the FeatureCollection.',
      ]);
    }
  });

  it('reports a missing coordinate or POINT column with the closest one', () => {
    const notFound = (columns: string[], location: LocationMapping) =>
      caught(() => createTableMapper({ sites: { id: 'id', location } }, { columns: { sites: columns } })).issues.map((i) => [i.path, i.code, i.hint]);
    expect(notFound(['id', 'latitude', 'X'], { lat: 'lat', lng: 'X' })).toEqual([['sites.location.lat', 'not_found', 'did you mean "latitude"?']]);
    expect(notFound(['id', 'Y', 'longitude'], { lat: 'Y', lng: 'long' })).toEqual([['sites.location.lng', 'not_found', 'did you mean "longitude"?']]);
    expect(notFound(['id', 'wkt_geom'], { point: 'wkt' })).toEqual([['sites.location.point', 'not_found', 'did you mean "wkt_geom"?']]);
  });

  it('names the columns a location problem is in: both coordinates, one of them, the POINT column, "geometry"', () => {
    expect(household({ Y: '91', X: '10' })[0]).toEqual(['invalid_position', 'error', 'Y, X', '91, 10', `location: latitude 91, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}.`]);
    expect((household({ geom: 'POINT(0 0)' }, point)[0] as unknown[]).slice(0, 4)).toEqual(['invalid_position', 'error', 'geom', 'POINT(0 0)']);
    expect((household({ Y: '37.3', X: 'abc' })[0] as unknown[]).slice(0, 4)).toEqual(['invalid_number', 'error', 'X', 'abc']);
    const sites = mapSites(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 's' }, geometry: null }] },
      { sites: { id: 'id', location: 'geometry' } },
    );
    expect(sites.problems.map(brief)).toEqual([['missing_value', 'error', 'geometry', null, 'location is blank; a site needs one: fill in its coordinates (decimal degrees, WGS 84).']]);
  });
});

describe('reading latitude and longitude columns', () => {
  it('reads two blank coordinates as no location: none for a household, a missing site location', () => {
    expect(household({ Y: '', X: null })).toEqual(['none']);
    const sites = mapSites([{ id: 's', Y: ' ', X: '' }], { sites: { id: 'id', location: { lat: 'Y', lng: 'X' } } });
    expect(sites.problems.map(brief)).toEqual([['missing_value', 'error', 'Y, X', null, 'location is blank; a site needs one: fill in its coordinates (decimal degrees, WGS 84).']]);
  });

  it('reads the edges of the globe', () => {
    expect(household({ Y: '90', X: '180' })).toEqual([[180, 90]]);
    expect(household({ Y: '-90', X: '-180' })).toEqual([[-180, -90]]);
    expect(household({ Y: 0, X: 10 })).toEqual([[10, 0]]);
    expect(household({ Y: 10, X: 0 })).toEqual([[0, 10]]);
  });

  it('refuses a latitude or longitude beyond the globe, whichever coordinate is valid', () => {
    expect(household({ Y: '100', X: '10' })).toEqual([
      ['invalid_position', 'error', 'Y, X', '100, 10', `location: latitude 100, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}.`],
    ]);
    expect(household({ Y: '10', X: '200' })).toEqual([
      ['invalid_position', 'error', 'Y, X', '10, 200', `location: latitude 10, longitude 200 is outside the globe ${OUTSIDE}; check the coordinates.`],
    ]);
  });

  it('says which coordinate is blank when only one is; an absent or null cell is blank', () => {
    const fix = 'give both coordinates, or leave both blank if the location is unknown.';
    const latBlank = ['incomplete_location', 'error', 'Y, X', ', -121.88', `location: latitude is blank but longitude is not; ${fix}`];
    const lngBlank = ['incomplete_location', 'error', 'Y, X', '37.3, ', `location: longitude is blank but latitude is not; ${fix}`];
    expect(household({ X: '-121.88' })).toEqual([latBlank]);
    expect(household({ Y: null, X: '-121.88' })).toEqual([latBlank]);
    expect(household({ Y: '37.3' })).toEqual([lngBlank]);
    expect(household({ Y: '37.3', X: null })).toEqual([lngBlank]);
    // A Date beside a blank shows in ISO form, whatever the machine's time zone (it used to be Date's local string).
    expect(household({ Y: '', X: new Date(Date.UTC(2026, 0, 2)) })).toEqual([[...latBlank.slice(0, 3), ', 2026-01-02T00:00:00.000Z', latBlank[4]]]);
  });

  it("names the coordinate that cannot be read, in its own column, with the reader's fix or the coordinate's advice", () => {
    expect(household({ Y: '$37', X: '-121.88' })).toEqual([
      ['invalid_number', 'error', 'Y', '$37', 'location: latitude "$37" is not a number; write it as a decimal number in degrees (e.g. 37.3382), or leave it blank if unknown.'],
    ]);
    expect(household({ Y: '37.3', X: 'abc' })).toEqual([
      ['invalid_number', 'error', 'X', 'abc', 'location: longitude "abc" is not a number; write it as a decimal number in degrees (e.g. 37.3382), or leave it blank if unknown.'],
    ]);
    expect(household({ Y: Infinity, X: '-121.88' })).toEqual([
      ['invalid_number', 'error', 'Y', 'Infinity', 'location: latitude Infinity is not a finite number; write the latitude in decimal degrees (WGS 84), or leave both coordinates blank if unknown.'],
    ]);
    expect(household({ Y: '37.3', X: true })).toEqual([
      ['invalid_number', 'error', 'X', 'true', 'location: longitude true is a yes/no value, not a number; write the longitude in decimal degrees (WGS 84), or leave both coordinates blank if unknown.'],
    ]);
  });

  it('leaves a bad household location out only when both coordinate columns say treatAsMissing; a site location never', () => {
    const lenient = (lat: 'rejectRow' | 'treatAsMissing', lng: 'rejectRow' | 'treatAsMissing'): TableMapping => ({
      households: { id: 'id', size: 'size', location: { lat: { column: 'Y', onInvalid: lat }, lng: { column: 'X', onInvalid: lng } } },
    });
    const message = `location: latitude 100, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}.`;
    expect(household({ Y: '100', X: '10' }, lenient('treatAsMissing', 'treatAsMissing'))).toEqual([
      ['invalid_position', 'warning', 'Y, X', '100, 10', `${message} The location was left out (onInvalid: treatAsMissing).`],
      'none',
    ]);
    expect(household({ Y: '100', X: '10' }, lenient('treatAsMissing', 'rejectRow'))).toEqual([['invalid_position', 'error', 'Y, X', '100, 10', message]]);
    expect(household({ Y: '100', X: '10' }, lenient('rejectRow', 'treatAsMissing'))).toEqual([['invalid_position', 'error', 'Y, X', '100, 10', message]]);
    const site = mapSites([{ id: 's', Y: '100', X: '10' }], {
      defaults: { onInvalid: 'treatAsMissing' },
      sites: { id: 'id', location: { lat: 'Y', lng: 'X' } },
    });
    expect(site.problems.map(brief)).toEqual([['invalid_position', 'error', 'Y, X', '100, 10', message]]);
    expect(site.records).toEqual([]);
  });
});

describe('reading POINT(lng lat) text', () => {
  it('reads the edges of the globe, and a 0 that is not 0, 0', () => {
    for (const [text, position] of [
      ['POINT(10 -90)', [10, -90]],
      ['POINT(10 90)', [10, 90]],
      ['POINT(-180 10)', [-180, 10]],
      ['POINT(180 10)', [180, 10]],
      ['POINT(0 10)', [0, 10]],
      ['POINT(10 0)', [10, 0]],
    ] as const) {
      expect(household({ geom: text }, point), text).toEqual([position]);
    }
  });

  it('refuses a point beyond the globe and names the likely mistake: swapped order, projected coordinates, a failed geocode', () => {
    const check = 'check the coordinates';
    const cases: [string, string][] = [
      ['POINT(10 91)', `latitude 91, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}`],
      ['POINT(181 10)', `latitude 10, longitude 181 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(10 -91)', `latitude -91, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}`],
      ['POINT(-181 10)', `latitude 10, longitude -181 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(6151234.5 1945678.2)', '[6151234.5, 1945678.2] is not in degrees; these look like projected coordinates (feet or metres): export longitude/latitude in WGS 84 (EPSG:4326)'],
      ['POINT(180 95)', `latitude 95, longitude 180 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(200 90)', `latitude 90, longitude 200 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(200 10)', `latitude 10, longitude 200 is outside the globe ${OUTSIDE}; ${check}`],
      // Swapped: the longitude would be a latitude and the latitude a longitude — edges included.
      ['POINT(-100 100)', `latitude 100, longitude -100 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(-90 100)', `latitude 100, longitude -90 is outside the globe ${OUTSIDE}; ${SWAPPED}`],
      ['POINT(100 100)', `latitude 100, longitude 100 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(90 100)', `latitude 100, longitude 90 is outside the globe ${OUTSIDE}; ${SWAPPED}`],
      ['POINT(10 -200)', `latitude -200, longitude 10 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(10 -180)', `latitude -180, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}`],
      ['POINT(10 200)', `latitude 200, longitude 10 is outside the globe ${OUTSIDE}; ${check}`],
      ['POINT(10 180)', `latitude 180, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}`],
      ['POINT(0 0)', 'latitude 0, longitude 0 is the mark of a failed geocode (a point in the Gulf of Guinea); geocode the address again, or leave the coordinates blank if unknown'],
    ];
    for (const [text, message] of cases) {
      expect(household({ geom: text }, point), text).toEqual([['invalid_position', 'error', 'geom', text, `location: ${message}.`]]);
    }
  });

  it('refuses text that is not a point with two numbers', () => {
    for (const text of ['POINT(abc 37.3)', 'POINT(-121.9 abc)', 'POINT(-121.9, 37.3)', 'LINESTRING(0 0, 1 1)']) {
      expect(household({ geom: text }, point), text).toEqual([
        ['invalid_position', 'error', 'geom', text, `location: ${JSON.stringify(text)} is not a point written POINT(lng lat); write POINT(lng lat) with the longitude first, e.g. POINT(-121.8863 37.3382).`],
      ]);
    }
  });

  it("refuses a cell that is not text, with the POINT column's advice", () => {
    const advice = 'write POINT(lng lat) with longitude first, e.g. POINT(-121.8863 37.3382), or leave it blank if unknown.';
    expect(household({ geom: { a: 1 } }, point)).toEqual([['invalid_value', 'error', 'geom', '{"a":1}', `location: "{\\"a\\":1}" is an object, not a cell value; ${advice}`]]);
    expect(household({ geom: Infinity }, point)).toEqual([['invalid_value', 'error', 'geom', 'Infinity', `location: Infinity is not a value; ${advice}`]]);
  });

  it('reads a blank or POINT EMPTY as no location: none for a household, a missing site location', () => {
    expect(household({ geom: '' }, point)).toEqual(['none']);
    expect(household({ geom: 'POINT EMPTY' }, point)).toEqual(['none']);
    const sites = mapSites([{ id: 'a', geom: '' }, { id: 'b', geom: 'POINT EMPTY' }], { sites: { id: 'id', location: { point: 'geom' } } });
    const blank = 'location is blank; a site needs one: fill in its coordinates (decimal degrees, WGS 84).';
    expect(sites.problems.map((p) => [p.row, ...brief(p)])).toEqual([
      [2, 'missing_value', 'error', 'geom', '', blank],
      [3, 'missing_value', 'error', 'geom', 'POINT EMPTY', blank],
    ]);
  });

  it('leaves a bad household POINT out when its column says treatAsMissing', () => {
    const lenient: TableMapping = { households: { id: 'id', size: 'size', location: { point: { column: 'geom', onInvalid: 'treatAsMissing' } } } };
    expect(household({ geom: 'POINT(10 91)' }, lenient)).toEqual([
      ['invalid_position', 'warning', 'geom', 'POINT(10 91)', `location: latitude 91, longitude 10 is outside the globe ${OUTSIDE}; ${SWAPPED}. The location was left out (onInvalid: treatAsMissing).`],
      'none',
    ]);
  });
});

describe("reading a feature's geometry", () => {
  function features(geometries: unknown[], table: 'households' | 'sites' = 'households'): unknown[] {
    const collection = {
      type: 'FeatureCollection' as const,
      features: geometries.map((geometry, i) => (geometry === 'absent' ? { type: 'Feature', properties: { id: `f${i}`, size: '1' } } : { type: 'Feature', properties: { id: `f${i}`, size: '1' }, geometry })),
    };
    const result = table === 'households'
      ? mapHouseholds(collection as never, { households: { id: 'id', size: 'size', location: 'geometry' } })
      : mapSites(collection as never, { sites: { id: 'id', location: 'geometry' } });
    return [...result.problems.map((p) => [p.row, ...brief(p)]), ...result.records.map((r) => [r.id, r.location ?? 'none'])];
  }

  it('reads a feature without a geometry as no location', () => {
    expect(features(['absent'])).toEqual([['f0', 'none']]);
    expect(features(['absent'], 'sites')).toEqual([[1, 'missing_value', 'error', 'geometry', null, 'location is blank; a site needs one: fill in its coordinates (decimal degrees, WGS 84).']]);
  });

  it('refuses a geometry that is not a Point, or a Point without two numbers, even for a household', () => {
    const fix = 'give each feature a Point geometry (use a centroid for areas).';
    const numbers = "the feature's Point geometry has no numeric [lng, lat] coordinates; write its coordinates as two numbers, longitude first, e.g. [-121.8863, 37.3382].";
    const geometries = [
      { type: 'Polygon', coordinates: [-121.9, 37.3] },
      { type: 'Point', coordinates: ['-121.9', 37.3] },
      { type: 'Point', coordinates: [-121.9, '37.3'] },
      { type: 'Point', coordinates: { 0: -121.9, 1: 37.3 } },
      { coordinates: [-121.9, 37.3] },
    ];
    expect(features(geometries)).toEqual([
      [1, 'invalid_position', 'error', 'geometry', '{"type":"Polygon","coordinates":[-121.9,37.3]}', `location: the feature's geometry is a Polygon geometry, not a Point; ${fix}`],
      [2, 'invalid_position', 'error', 'geometry', '{"type":"Point","coordinates":["-121.9",37.3]}', `location: ${numbers}`],
      [3, 'invalid_position', 'error', 'geometry', '{"type":"Point","coordinates":[-121.9,"37.3"]}', `location: ${numbers}`],
      [4, 'invalid_position', 'error', 'geometry', '{"type":"Point","coordinates":{"0":-121.9,"1":37.3}}', `location: ${numbers}`],
      [5, 'invalid_position', 'error', 'geometry', '{"coordinates":[-121.9,37.3]}', `location: the feature's geometry is not a GeoJSON geometry, not a Point; ${fix}`],
    ]);
  });

  it('refuses a household point beyond the globe as an error (a geometry has no onInvalid)', () => {
    expect(features([{ type: 'Point', coordinates: [200, 10] }, { type: 'Point', coordinates: [-121.9, 37.3] }])).toEqual([
      [1, 'invalid_position', 'error', 'geometry', '{"type":"Point","coordinates":[200,10]}', `location: latitude 10, longitude 200 is outside the globe ${OUTSIDE}; check the coordinates.`],
      ['f1', [-121.9, 37.3]],
    ]);
  });
});
