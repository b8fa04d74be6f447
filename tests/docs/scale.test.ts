/**
 * docs/scale.md stays true: its script runs (with src imports) and gives evaluateGoal's scorecard on the same
 * records, and its format tables name every field a partial state and its cells actually have, so the documented
 * format cannot drift from the code. The merge itself is property-tested in tests/monitor/mergeGoalPartials.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateGoal, syntheticCity } from '../../src/index.ts';
import type { GoalPartial, Scorecard } from '../../src/index.ts';
import { summarizeGoal } from '../../src/monitor/summarizeGoal.ts';
import { allMeasuresGoal, smallCity } from '../monitor/partialFixtures.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let guide = '';
let script = '';

beforeAll(() => {
  guide = readFileSync(join(root, 'docs/scale.md'), 'utf8');
  script = /```ts\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
});

/** The field names in the first column of the markdown table whose header starts with `header`. */
function tableFields(header: string): string[] {
  const start = guide.indexOf(`| ${header}`);
  const rows = guide.slice(start).split('\n\n')[0]?.split('\n').slice(2) ?? [];
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1] as string));
}

describe('docs/scale.md', () => {
  it('runs its script and gets evaluateGoal\'s scorecard', async () => {
    expect(script).toContain('from "equity-lens/monitor"');
    const dir = join(root, '.tmp/docs-scale');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'script.ts');
    const source = script
      .replaceAll('"equity-lens/monitor"', JSON.stringify(join(root, 'src/monitor/index.ts')))
      .replaceAll('"equity-lens/synthetic"', JSON.stringify(join(root, 'src/synthetic/index.ts')));
    writeFileSync(file, `${source}\nexport { card, goal, options };\n`);
    const { card, goal, options } = (await import(pathToFileURL(file).href)) as { card: Scorecard; goal: object; options: { asOf: string; years: number[] } };
    const city = syntheticCity({ households: 2000, seed: 1 });
    const whole = evaluateGoal(goal, { households: city.households, enrollments: city.enrollments, sites: city.sites }, options);
    expect(card.provenance.partitions).toHaveLength(4);
    const { partitions: _partitions, ...provenance } = card.provenance;
    expect({ ...card, provenance }).toEqual(whole);
  });

  it('documents every field of a partial state and of its cells', () => {
    const city = smallCity(300, 4);
    const partial: GoalPartial = summarizeGoal(allMeasuresGoal(), { households: city.households, enrollments: city.enrollments, sites: city.sites, eligibility: city.eligibility }, { asOf: '2025-06-30', years: [2024, 2025] });
    expect(tableFields('field').sort()).toEqual(Object.keys(partial).sort());
    const cellKeys = new Set<string>();
    for (const indicator of partial.indicators) {
      for (const cell of [...indicator.overall, ...indicator.dimensions.flatMap((d) => d.cells.flat())]) if (cell !== null) for (const key of Object.keys(cell)) cellKeys.add(key);
    }
    expect(tableFields('cell field').sort()).toEqual([...cellKeys].sort());
    expect(Object.keys(partial.indicators[0] ?? {}).sort()).toEqual(['dimensions', 'id', 'overall', 'resolution']);
  });
});
