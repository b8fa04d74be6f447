// Purity guard for src/: no I/O, no Node built-ins, no console, no clock, no unseeded randomness.
// The type-check of tsconfig.build.json (no Node types, ES2022 lib only) catches most of these; this script
// catches the rest (Date.now, new Date(), Math.random) and names the file and line.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const forbidden = [
  [/\bfrom\s+['"]node:/, 'imports a Node built-in'],
  [/\brequire\s*\(/, 'calls require()'],
  [/\bconsole\./, 'writes to the console'],
  [/\bprocess\./, 'reads process state'],
  [/\bDate\.now\s*\(/, 'reads the clock'],
  [/\bnew Date\s*\(\s*\)/, 'reads the clock'],
  [/\bperformance\.now\s*\(/, 'reads the clock'],
  [/\bMath\.random\s*\(/, 'uses unseeded randomness'],
  [/\bfetch\s*\(/, 'does network I/O'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

let problems = 0;
for (const file of files('src')) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let inDocComment = false;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('/**')) inDocComment = true;
    const code = inDocComment || trimmed.startsWith('//') ? '' : line;
    if (trimmed.endsWith('*/')) inDocComment = false;
    for (const [pattern, what] of forbidden) {
      if (pattern.test(code)) {
        console.error(`${file}:${i + 1}: src must stay pure but this line ${what}: ${trimmed}`);
        problems++;
      }
    }
  });
}
if (problems > 0) {
  console.error(`purity: ${problems} problem(s) in src/`);
  process.exit(1);
}
console.log('purity: src/ has no I/O, console, clock or unseeded randomness');
