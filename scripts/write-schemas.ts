// Writes the published JSON Schemas beside the examples, from the library's own generators:
//
//   npm run schemas
//
// tests/schemas/publishedSchemas.test.ts fails when a file differs from what its generator returns, so a change
// to a zod schema is published on purpose, in the same commit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_SCHEMAS } from './published-schemas.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const { file, schema } of PUBLISHED_SCHEMAS) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(schema(), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
