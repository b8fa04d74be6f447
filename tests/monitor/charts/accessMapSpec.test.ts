import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { accessMapSpec } from '../../../src/index.ts';
import { caught } from '../../disclosure/helpers.ts';
import { markItems, pathExtent, renderSvg, schemaErrors } from './render.ts';

// A small San José-like grid of households (deterministic), two community centres.
const households = Array.from({ length: 1000 }, (_, i) => ({
  location: [-121.95 + 0.0015 * (i % 100), 37.28 + 0.008 * Math.floor(i / 100)],
  group: i % 3 === 0 ? 'enrolled' : 'eligible',
}));
const sites = [
  { location: [-121.89, 37.33], name: 'Roosevelt', radiusKm: 1.6 },
  { location: [-121.85, 37.3], name: 'Seven Trees' },
];

describe('accessMapSpec', () => {
  it('validates, renders a sample of households, every site and one circle per site with a radius', async () => {
    const spec = accessMapSpec({ households, sites }, { sample: 250 });
    expect(schemaErrors(spec)).toEqual([]);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(markItems(svg, 'households')).toBe(250); // every 4th of 1000
    expect(markItems(svg, 'sites')).toBe(2);
    expect(markItems(svg, 'coverage')).toBe(1);
    // the circle is a small disc inside the map, not its complement on the sphere (ring orientation)
    const extent = pathExtent(svg, 'coverage');
    expect(extent.width).toBeGreaterThan(20);
    expect(extent.width).toBeLessThan(400);
    expect(extent.width / extent.height).toBeCloseTo(1, 1);
    expect(svg).toContain('Showing 250 of 1000 households (one in every 4)');
  });

  it('samples every k-th household, deterministically', () => {
    const a = accessMapSpec({ households, sites }, { sample: 300 });
    const b = accessMapSpec({ households, sites }, { sample: 300 });
    expect(a).toEqual(b);
    const layer = (a['layer'] as { name: string; data: { values: { lng: number }[] } }[]).find((l) => l.name === 'households');
    // k = ceil(1000 / 300) = 4: rows 0, 4, 8, …
    expect(layer?.data.values.length).toBe(250);
    expect(layer?.data.values[1]?.lng).toBe(households[4]?.location[0]);
  });

  it('draws coverage circles at the right radius (checked with turf distance)', () => {
    const spec = accessMapSpec({ households: [], sites }, { radiusKm: 2.5, circleSegments: 16 });
    const coverage = (spec['layer'] as { name: string; data: { values: { geometry: { coordinates: number[][][] } }[] } }[]).find(
      (l) => l.name === 'coverage',
    );
    expect(coverage?.data.values.length).toBe(2);
    const ring = coverage?.data.values[0]?.geometry.coordinates[0] ?? [];
    expect(ring.length).toBe(17);
    expect(ring[0]).toEqual(ring[16]);
    for (const vertex of ring) {
      // 6-decimal coordinates (~0.1 m) bound the error
      expect(Math.abs(distance([-121.89, 37.33], vertex as [number, number], { units: 'kilometers' }) - 1.6)).toBeLessThan(1e-3);
    }
    // second site takes the default radius
    const second = coverage?.data.values[1]?.geometry.coordinates[0] ?? [];
    expect(distance([-121.85, 37.3], second[4] as [number, number], { units: 'kilometers' })).toBeCloseTo(2.5, 3);
  });

  it('rings run clockwise, as d3-geo expects of an exterior ring', () => {
    const spec = accessMapSpec({ households: [], sites: [sites[0]!] }, { circleSegments: 8 });
    const ring = (spec['layer'] as { name: string; data: { values: { geometry: { coordinates: number[][][] } }[] } }[])[0]?.data.values[0]
      ?.geometry.coordinates[0] ?? [];
    let area2 = 0;
    for (let k = 0; k + 1 < ring.length; k++) area2 += ring[k]![0]! * ring[k + 1]![1]! - ring[k + 1]![0]! * ring[k]![1]!;
    expect(area2).toBeLessThan(0); // negative shoelace area in lng/lat = clockwise
  });

  it('rejects bad input', () => {
    const swapped = caught(() => accessMapSpec({ households: [{ location: [37.33, -121.89] }], sites }));
    expect([swapped.code, swapped.path, swapped.hint]).toEqual(['invalid_position', 'input.households[0].location', 'positions are [lng, lat] — swapped?']);
    expect(swapped.message).toMatch(/^accessMapSpec: input.households\[0\].location has latitude -121.89/);
    const noSites = caught(() => accessMapSpec({ households, sites: [] }));
    expect([noSites.code, noSites.path]).toEqual(['empty', 'input.sites']);
    const radius = caught(() => accessMapSpec({ households, sites: [{ location: [-121.9, 37.3], radiusKm: -1 }] }));
    expect([radius.code, radius.path]).toEqual(['out_of_range', 'input.sites[0].radiusKm']);
    const sample = caught(() => accessMapSpec({ households, sites }, { sample: 2.5 }));
    expect([sample.code, sample.path]).toEqual(['not_integer', 'options.sample']);
  });
});
