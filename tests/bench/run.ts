/**
 * `npm run bench [-- filter]`: imports every `tests/bench/*.bench.ts` and runs its suites, printing one JSON
 * line per case with its median time and the ratio to a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runSuites } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
for (const file of files) await import(pathToFileURL(join(here, file)).href);
await runSuites(process.argv[2] ?? '');
