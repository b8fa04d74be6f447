/**
 * Port Alder (a fictional city) end to end: `npx tsx examples/second-city/run.ts`. See docs/adapting.md.
 */
import { analysePortAlder } from './analysis.ts';

const a = analysePortAlder();
const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
console.log(`Port Alder (fictional): ${a.households.length} family accounts, ${a.enrollments.length} Family Card issues, ${a.sites.length} branches\n`);
console.log(`Family PA-000007 on ${a.explanation.asOf}: ${a.explanation.status} (rule ${a.explanation.rule.version})`);
for (const c of a.explanation.criteria) console.log(`  ${c.id}: ${c.passed} — ${c.detail}`);
const { eligible, ineligible, indeterminate } = a.screening.counts;
console.log(`\nFY2026 screening: ${eligible} eligible, ${ineligible} ineligible, ${indeterminate} undecided (income unknown)`);
console.log('\nFY2026 reach by ward (own records, accessors):');
for (const g of a.reach.groups) console.log(`  ${g.label}: coverage ${pct(g.coverage)} of ${g.eligible} eligible, leakage ${pct(g.inclusionError)}`);
console.log('\nMedian km from eligible families to a branch issuing Family Cards:');
for (const [ward, s] of [...a.distance.groups].sort()) console.log(`  ${ward}: ${s.medianKm?.toFixed(2)} km (${s.count} families)`);
console.log(`\n${a.markdown}`);
