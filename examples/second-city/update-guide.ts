/**
 * Rewrites the scorecard block of docs/adapting.md from the example's current output:
 * `npx tsx examples/second-city/update-guide.ts`. Run it when `renderScorecard` changes on purpose (the guide's
 * test, tests/docs/adapting.test.ts, fails until then); the numbers quoted in the prose are checked separately
 * and must be edited by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysePortAlder } from './analysis.ts';

const guidePath = join(dirname(fileURLToPath(import.meta.url)), '../../docs/adapting.md');
const guide = readFileSync(guidePath, 'utf8');
const block = /(<!-- port-alder-scorecard:start -->\n````markdown\n)[\s\S]*?(\n````\n<!-- port-alder-scorecard:end -->)/;
if (!block.test(guide)) throw new Error('docs/adapting.md has no port-alder-scorecard block');
const markdown = analysePortAlder().markdown.trimEnd();
writeFileSync(guidePath, guide.replace(block, (_all, start: string, end: string) => `${start}${markdown}${end}`));
console.log('docs/adapting.md: scorecard block updated');
