/**
 * `npm run demo` — the PRNS youth-scholarship pilot end to end on the seeded synthetic San José:
 * eligibility, reach (leakage and undercoverage), proximity and accessibility, planning, disparity, trends and
 * the scorecard. Prints to the terminal and writes examples/out/{scorecard.md, scorecard.json, report.html}.
 *
 * Options: --households N (default 330000) --seed S (default 1) --out DIR --no-progress
 *          --csv DIR — also write the synthetic city as the CSV files a city exports (households.csv, persons.csv,
 *          enrollments.csv, sites.csv) with the goal, rules and mapping that read them, then run the command line's
 *          pipeline on those files (`equity-lens report --in DIR`) and check its scorecard equals the in-memory one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderScorecard } from 'equity-lens';
import { starterGoal, starterMapping, starterRules, writeSyntheticCsv } from '../../cli/kit.ts';
import { terminalProgress } from '../../cli/progress.ts';
import { report } from '../../cli/report.ts';
import { runAnalysis } from './analysis.ts';
import { reportHtml } from './report.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '330000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(here, '../out') },
    'no-progress': { type: 'boolean', default: false },
    csv: { type: 'string' },
  },
});
const households = Number(values.households);
const seed = Number(values.seed);
const outDir = resolve(values.out);
const showProgress = !values['no-progress'];

function bar(step: number, total: number, label: string): void {
  if (!showProgress) return;
  const width = 24;
  const filled = Math.round((step / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${step}/${total} ${label}`;
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${line}${step === total ? '\n' : ''}`);
  else process.stderr.write(`${line}\n`);
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)} %`);
const km = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${x.toFixed(2)} km`);
const started = performance.now();
const analysis = runAnalysis({ households, seed, progress: bar });
const out = (line = ''): void => void process.stdout.write(`${line}\n`);

out(`equity-lens demo — PRNS youth scholarships on a synthetic San José (seed ${seed})`);
out(`${analysis.city.households.length.toLocaleString('en-US')} households · ${analysis.city.sites.length} community centres · ${analysis.city.enrollments.length.toLocaleString('en-US')} enrolments, program years ${analysis.years[0]}–${analysis.latestYear}`);
out();
out('## Eligibility (PRNS scholarship rule, as of each fiscal year start)');
out('| Year | Eligible | Ineligible | Undecided |');
out('|---|---|---|---|');
for (const c of analysis.eligibleCounts) out(`| ${c.year} | ${c.eligible.toLocaleString('en-US')} | ${c.ineligible.toLocaleString('en-US')} | ${c.indeterminate.toLocaleString('en-US')} |`);
out();
out(`Why one household is ${analysis.explanation.status} (${analysis.explanation.rule.id} ${analysis.explanation.rule.version}, as of ${analysis.explanation.asOf}):`);
for (const c of analysis.explanation.criteria) out(`  - ${c.label}: ${c.passed === null ? 'undecided' : c.passed ? 'passes' : 'fails'}${c.observed === null ? '' : ` (observed ${JSON.stringify(c.observed)}${c.threshold === null ? '' : `, threshold ${JSON.stringify(c.threshold)}`})`}`);
out();
out(`## Reach, ${analysis.latestYear}: coverage ${pct(analysis.reach.overall.coverage)} of eligible households; leakage ${pct(analysis.reach.overall.inclusionError)} of enrolled households were not eligible`);
for (const dimension of analysis.reach.byDimension) {
  out(`| ${dimension.dimension} | Eligible | Enrolled | Coverage | Undercoverage | Leakage |`);
  out('|---|---|---|---|---|---|');
  for (const g of dimension.groups) out(`| ${g.label} | ${g.eligible.toLocaleString('en-US')} | ${g.enrolled.toLocaleString('en-US')} | ${pct(g.coverage)} | ${pct(g.exclusionError)} | ${pct(g.inclusionError)} |`);
  out();
}
out('Coverage and leakage by year: ' + analysis.coverageByYear.map((r) => `${r.year} ${pct(r.coverage)}/${pct(r.leakage)}`).join(' · '));
out();
out(`## Proximity: eligible households' distance to the nearest centre — median ${km(analysis.distance.overall.medianKm)}; ${pct(analysis.within2km.share)} live within 2 km`);
out('| District | Median | 90th percentile | 2SFCA places per eligible household (3 km) |');
out('|---|---|---|---|');
for (const a of analysis.access) {
  const d = analysis.distance.groups.get(a.district);
  out(`| ${a.district} | ${km(d?.medianKm)} | ${km(d?.quantiles.find((p) => p.p === 0.9)?.km)} | ${a.meanScore.toFixed(3)} |`);
}
out();
out(`## Planning: three new centres (1.5 km radius) for ${analysis.plan.totalWeight.toFixed(0)} weighted eligible unserved households (non-English × 1.5)`);
analysis.plan.trace.forEach((step, k) => {
  const [lng, lat] = analysis.candidates[step.site] as [number, number];
  out(`  ${k + 1}. candidate ${step.site} at [${lng.toFixed(4)}, ${lat.toFixed(4)}] adds ${step.gain.toFixed(1)} weighted households`);
});
out(`  covered ${analysis.plan.coveredWeight.toFixed(1)} (${pct(analysis.plan.coveredShare)}) · method ${analysis.plan.method}${analysis.plan.swaps.length > 0 ? ` · ${analysis.plan.swaps.length} improving swap(s)` : ''}`);
out();
out(`## Disparity: penetration by household size × income, ${analysis.latestYear} (reference: overall ${pct(analysis.parity.reference.rate)}, band ±10 %)`);
out('| Group | Penetration | Ratio to overall | Within ±10 % | Four-fifths flag |');
out('|---|---|---|---|---|');
for (const g of analysis.parity.groups) out(`| ${g.group} | ${pct(g.rate)} | ${g.ratioToReference?.toFixed(2) ?? '—'} | ${g.withinParityBand === null ? '—' : g.withinParityBand ? 'yes' : 'no'} | ${g.fourFifthsFlag === null ? '—' : g.fourFifthsFlag ? 'below 4/5' : 'ok'} |`);
out();
out(`## Trend of penetration ${analysis.years[0]}–${analysis.latestYear}: Theil–Sen ${analysis.trend.theilSen.slope >= 0 ? '+' : ''}${(analysis.trend.theilSen.slope * 100).toFixed(2)} points a year (95 % CI ${(analysis.trend.theilSen.lower * 100).toFixed(2)} to ${(analysis.trend.theilSen.upper * 100).toFixed(2)}); Mann–Kendall: ${analysis.trend.mannKendall.trend} (p = ${analysis.trend.mannKendall.pValue.toFixed(3)})`);
out();
const markdown = renderScorecard(analysis.scorecard, { format: 'markdown' });
out(markdown);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'scorecard.md'), markdown);
writeFileSync(join(outDir, 'scorecard.json'), `${JSON.stringify(analysis.scorecard, null, 2)}\n`);
const html = await reportHtml(analysis);
writeFileSync(join(outDir, 'report.html'), html);
out(`Wrote ${join(outDir, 'report.html')}, scorecard.md and scorecard.json in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

if (values.csv !== undefined) {
  // The same city as a city's exports, then the command line's pipeline on them.
  const folder = resolve(values.csv);
  mkdirSync(folder, { recursive: true });
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(folder, 'goal.json'), json({ ...starterGoal(), $schema: undefined }));
  writeFileSync(join(folder, 'rules.json'), json(starterRules()));
  writeFileSync(join(folder, 'mapping.json'), json({ ...starterMapping(), $schema: undefined }));
  const rows = await writeSyntheticCsv(analysis.city, folder);
  out();
  out(`## The same city as CSV files: ${folder}`);
  for (const [file, n] of Object.entries(rows)) out(`  ${file}: ${n.toLocaleString('en-US')} rows`);
  out(`  goal.json, rules.json, mapping.json — the documents the command line reads`);
  out();
  out(`$ equity-lens report --in ${folder} --as-of ${analysis.scorecard.asOf}`);
  const cwd = process.cwd();
  const code = await report(
    {
      goal: join(folder, 'goal.json'),
      rules: join(folder, 'rules.json'),
      mapping: join(folder, 'mapping.json'),
      households: join(folder, 'households.csv'),
      persons: join(folder, 'persons.csv'),
      enrollments: join(folder, 'enrollments.csv'),
      sites: join(folder, 'sites.csv'),
    },
    { asOf: { asOf: analysis.scorecard.asOf, given: true }, out: join(folder, 'out'), progress: terminalProgress(process.stderr, showProgress) },
    { stdout: process.stdout, stderr: process.stderr, cwd },
  );
  const fromCsv = readFileSync(join(folder, 'out', 'scorecard.json'), 'utf8');
  const same = fromCsv === `${JSON.stringify(analysis.scorecard, null, 2)}\n`;
  out(`The scorecard from the CSV files ${same ? 'equals' : 'DIFFERS FROM'} the in-memory scorecard.`);
  if (code !== 0 || !same) process.exitCode = 1;
}
