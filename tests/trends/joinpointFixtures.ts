// The joinpoint fixtures shared by joinpoint.test.ts and joinpointPermutation.e2e.test.ts: the NCI Joinpoint
// program's published output for Scotland and the base R reference values (tests/fixtures/peers).
import { readFileSync } from 'node:fs';
import { seriesOf } from './helpers.ts';

// Golden test against the NCI Joinpoint program's own output. UK-Generations-Study/UK-cancer-trends publishes, for
// Scotland (GLOBOCAN ASR World, 1993–2013 incidence and 1998–2018 mortality), both the input file
// (Data/Cancer Trends/Globocan By Country Last 20/Scotland/Cancer_Data_Scotland_Last_20.txt @ eed02b3) and the
// Joinpoint data export for it (Cancer_Joinpoint_Scotland_Last_20.txt @ 93a35be): joinpoint years, the APC of each
// segment to 4 decimals with * when it differs from 0 at α = 0.05, the model's fitted values to 2 decimals and the
// number of joinpoints of the final model. Eleven series are copied into the fixture.
export interface GoldenSeries {
  years: number[];
  values: number[];
  joinpointCount: number;
  joinpoints: number[];
  apc: number[];
  significant: boolean[];
  fitted?: number[];
}

/** A grid candidate of tests/fixtures/peers/joinpoint-reference.R (all placements by brute force in base R). */
export interface ReferenceGrid {
  joinpoints: number;
  years: number[];
  sse: number;
  bic: number;
  bic3: number;
  wbic: number;
  wbicWeight: number;
}

export function loadGolden(): Record<string, GoldenSeries> {
  const doc = JSON.parse(readFileSync(new URL('../fixtures/peers/joinpoint-scotland-globocan.json', import.meta.url), 'utf8')) as {
    series: Record<string, GoldenSeries>;
  };
  return doc.series;
}

/** Reference values from tests/fixtures/peers/joinpoint-reference.R (the documented formulas in base R). */
export function loadReference(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../fixtures/peers/joinpoint-reference.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

export const asSeries = (s: { years: number[]; values: number[] }): { year: number; value: number }[] => seriesOf(s.years, s.values);
