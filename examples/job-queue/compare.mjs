// Compares two scorecard.json files (the merged one and a one-process report's) number for number, ignoring
// only what says how the run was made: provenance.partitions (the partitions merged) and time stamps. Exit 0 when
// equal, 1 with the first differences listed.
import { readFileSync } from 'node:fs';

const IGNORED = new Set(['partitions', 'generatedAt', 'createdAt', 'writtenAt', 'elapsedMs', 'workers']);

function strip(value, path = '') {
  if (Array.isArray(value)) return value.map((v, i) => strip(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) if (!(path.includes('provenance') && IGNORED.has(key))) out[key] = strip(v, `${path}.${key}`);
  return out;
}

function differences(a, b, path, found) {
  if (found.length >= 10) return;
  if (a === b) return;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    found.push(`${path || '(root)'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) differences(a[key], b[key], `${path}.${key}`, found);
}

const [left, right] = process.argv.slice(2);
if (!left || !right) {
  console.error('usage: node compare.mjs <scorecard.json> <scorecard.json>');
  process.exit(2);
}
const found = [];
differences(strip(JSON.parse(readFileSync(left, 'utf8'))), strip(JSON.parse(readFileSync(right, 'utf8'))), '', found);
if (found.length > 0) {
  console.error(`compare: ${left} and ${right} differ:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`compare: the scorecards are equal (${left}, ${right})`);
