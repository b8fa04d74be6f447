// `deno doc --lint` over every public entry point (what JSR scores), failing on any problem but one kind:
// a public type that refers to one of zod's own types (`z.ZodObject<…>`, `z.output<…>`). Deno reports those as
// "private-type-ref" because zod is not one of our roots (denoland/deno#27364: a type from another package is
// that package's to document), and the schemas' explicit zod types are what JSR's no-slow-types rule requires.
// Every other diagnostic, and a private-type-ref to any name that zod does not export, fails.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const entryPoints = ['src/index.ts', ...readdirSync('src').filter((name) => statSync(join('src', name)).isDirectory() && name !== 'internal').map((name) => `src/${name}/index.ts`)];

function* declarationFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarationFiles(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}
const zodNames = new Set();
for (const file of declarationFiles('node_modules/zod/v4')) {
  for (const match of readFileSync(file, 'utf8').matchAll(/^export (?:declare )?(?:interface|type|class|function|const|namespace) ([\w$]+)/gm)) zodNames.add(match[1]);
}

// Deno colours its output whenever FORCE_COLOR is set, even to 0 (as .ci/run sets it), and NO_COLOR then does not
// help: drop the variable for the child, and strip any escape codes that still come, before reading diagnostics.
const env = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
let output = '';
let failed = false;
try {
  output = stripAnsi(execFileSync('node_modules/.bin/deno', ['doc', '--lint', ...entryPoints], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env }));
} catch (error) {
  failed = true;
  output = stripAnsi(`${error.stdout ?? ''}${error.stderr ?? ''}`);
}
const diagnostics = output.split(/\n(?=error\[)/).filter((block) => block.startsWith('error['));
const zodReferences = diagnostics.filter((block) => {
  const name = /^error\[private-type-ref\]: public type '[^']+' references private type '([^']+)'/.exec(block)?.[1];
  return name !== undefined && zodNames.has(name);
});
const problems = diagnostics.filter((block) => !zodReferences.includes(block));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`doc-lint: ${problems.length} problem(s) in the public API docs (${zodReferences.length} references to zod's types tolerated)`);
  process.exit(1);
}
if (failed && diagnostics.length === 0) {
  // deno itself failed (a parse error, a missing module): show why.
  console.error(output);
  process.exit(1);
}
console.log(`doc-lint: ${entryPoints.length} entry points clean (${zodReferences.length} references to zod's own types tolerated: denoland/deno#27364)`);
