import { describe, expect, it } from 'vitest';
import { disparityDotPlotSpec } from '../../../src/index.ts';
import type { VegaLiteSpec } from '../../../src/index.ts';
import { caught } from '../../disclosure/helpers.ts';
import { markItems, renderSvg, schemaErrors } from './render.ts';

const input = {
  title: 'Penetration rate by district, 2024',
  unit: 'Eligible households served',
  groups: [
    { group: 'District 3', value: 0.44, lower: 0.41, upper: 0.47, withinParityBand: true },
    { group: 'District 5', value: 0.41, withinParityBand: true },
    { group: 'District 7', value: 0.31, lower: 0.27, upper: 0.35, withinParityBand: false },
    { group: 'District 9', value: null, suppressed: true },
    { group: '__proto__', value: 0.5 },
  ],
  reference: { group: 'District 3', value: 0.44 },
  band: { lower: 0.396, upper: 0.484 },
};

describe('disparityDotPlotSpec', () => {
  it('validates against the Vega-Lite v5 schema and renders dots, intervals, band and reference', async () => {
    const spec = disparityDotPlotSpec(input, { format: '.0%' });
    expect(schemaErrors(spec)).toEqual([]);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(markItems(svg, 'dots')).toBe(4);
    expect(markItems(svg, 'intervals')).toBe(2);
    expect(markItems(svg, 'band')).toBe(1);
    expect(markItems(svg, 'reference')).toBe(1);
    expect(svg).toContain('Not shown: District 9 (withheld: small numbers).');
    // every group keeps its row, in input order, including the withheld one
    for (const g of ['District 3', 'District 5', 'District 7', 'District 9', '__proto__']) expect(svg).toContain(`>${g}<`);
    expect(svg).toContain('Outside the parity band');
  });

  it('the schema check can fail: a misspelt mark is caught', () => {
    const spec = disparityDotPlotSpec(input);
    const broken = { ...spec, layer: [{ mark: 'dott' }] } as unknown as VegaLiteSpec;
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('leaves out the interval layer when no group has an interval (no empty-extent warning)', async () => {
    const spec = disparityDotPlotSpec({
      groups: [
        { group: 'A', value: 1.2 },
        { group: 'B', value: 1.6 },
      ],
      reference: { group: 'A', value: 1.2 },
      band: { lower: 1.1, upper: 1.3 },
    });
    expect(JSON.stringify(spec)).not.toContain('"intervals"');
    const { warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
  });

  it('rejects bad input', () => {
    const empty = caught(() => disparityDotPlotSpec({ ...input, groups: [] }));
    expect([empty.code, empty.path]).toEqual(['empty', 'input.groups']);
    const dup = caught(() => disparityDotPlotSpec({ ...input, groups: [{ group: 'A', value: 1 }, { group: 'A', value: 2 }] }));
    expect([dup.code, dup.path]).toEqual(['duplicate', 'input.groups[1].group']);
    expect(dup.message).toMatch(/^disparityDotPlotSpec: input.groups\[1\].group "A" is listed twice/);
    const band = caught(() => disparityDotPlotSpec({ ...input, band: { lower: 0.5, upper: 0.4 } }));
    expect([band.code, band.path]).toEqual(['out_of_range', 'input.band.lower']);
    const reference = caught(() => disparityDotPlotSpec({ ...input, reference: { group: 'District 3', value: Number.POSITIVE_INFINITY } }));
    expect([reference.code, reference.path]).toEqual(['not_finite', 'input.reference.value']);
  });
});

describe('disparityDotPlotSpec: the 0.2 vocabulary', () => {
  it('accepts the 0.1 name withinTolerance until 0.3 and says so in the spec usermeta, which Vega-Lite allows', () => {
    const old = { ...input, groups: input.groups.map(({ withinParityBand, ...rest }) => (withinParityBand === undefined ? rest : { ...rest, withinTolerance: withinParityBand })) };
    const spec = disparityDotPlotSpec(old);
    expect(schemaErrors(spec)).toEqual([]);
    expect(spec['usermeta']).toEqual({
      warnings: [
        'deprecated: disparityDotPlotSpec: input.groups[0].withinTolerance is now input.groups[0].withinParityBand; the old name is accepted until 0.3.0.',
        'deprecated: disparityDotPlotSpec: input.groups[1].withinTolerance is now input.groups[1].withinParityBand; the old name is accepted until 0.3.0.',
        'deprecated: disparityDotPlotSpec: input.groups[2].withinTolerance is now input.groups[2].withinParityBand; the old name is accepted until 0.3.0.',
      ],
    });
    const { usermeta: _, ...rest } = spec;
    expect(rest).toEqual(disparityDotPlotSpec(input));
    expect(disparityDotPlotSpec(input)['usermeta']).toBeUndefined();
  });
});
