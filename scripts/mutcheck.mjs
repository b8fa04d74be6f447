// Check surviving mutants by hand, in seconds, without StrykerJS's initial run: take the Survived and NoCoverage
// mutants of one file from a StrykerJS report, apply each in turn to the CURRENT source, run the given vitest
// files, and say which the tests now kill. docs/contributing.md ("Checking a kill without StrykerJS") explains it.
//
//   node scripts/mutcheck.mjs [options] <src file> [test files...]
//   npm run mutation:check -- [options] <src file> [test files...]
//
//   test files          vitest files to run against each mutant; none: the files of the tests that covered the
//                       selected mutants in the report (a NoCoverage mutant has none, so name them)
//   --report <path>     the StrykerJS JSON report (default reports/mutation/mutation.json, else the committed
//                       reports/mutation/stryker-incremental.json)
//   --fresh             no report: every mutant StrykerJS's instrumenter makes of the file as it is now (those a
//                       `Stryker disable` comment names left out); for code rewritten since the last run. Name the
//                       test files (there is no coverage to choose them from)
//   --lines <list>      only mutants that start on these lines of the report's source: 40,52-60
//   --list              list the mutants and where they fall in the current source; run nothing
//   --timeout <s>       a test run longer than this is stopped and counted as killed, as StrykerJS counts a
//                       timeout (default: 30 s + 5 × the run on the unmutated source)
//   -h, --help          this text
//
// The source may have changed since the report: a mutant is applied where its original lines are found in the
// current file with at least two unchanged neighbouring lines (the most such lines where the text occurs more
// than once), and reported as "not applied" when they are not; one that a `// Stryker disable next-line` comment
// now names is skipped as disabled. The tests must pass on the unmutated source first. The file's exact original
// bytes are written back after each mutant, on exit, on Ctrl-C and on errors; a copy is kept in the temporary
// directory while it runs, and a second check of the same file refuses to start while that copy exists.
// Exit code: 0 when every selected mutant was applied and killed, 1 when any survived or could not be applied,
// 2 on a usage error.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SCRIPT), '..');
const DEFAULT_REPORTS = ['reports/mutation/mutation.json', 'reports/mutation/stryker-incremental.json'];
const VITEST = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vitest.cmd' : 'vitest');
/** How many lines around a mutant may be used to find it once in a changed file. */
const MAX_CONTEXT = 6;

function usage() {
  const lines = readFileSync(SCRIPT, 'utf8').split('\n');
  return lines
    .slice(0, lines.findIndex((l) => !l.startsWith('//')))
    .map((l) => l.replace(/^\/\/ ?/, ''))
    .join('\n');
}

function fail(message) {
  console.error(`mutcheck: ${message}`);
  process.exit(2);
}

/** Options and positional arguments; unknown flags are a usage error. */
function parseArgs(argv) {
  const opts = { report: undefined, fresh: false, lines: undefined, list: false, timeout: undefined, positional: [] };
  const value = (i, name) => {
    if (i + 1 >= argv.length) fail(`${name} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(usage());
      process.exit(0);
    } else if (a === '--list') opts.list = true;
    else if (a === '--fresh') opts.fresh = true;
    else if (a === '--report') opts.report = value(i++, a);
    else if (a === '--lines') opts.lines = parseLines(value(i++, a));
    else if (a === '--timeout') {
      opts.timeout = Number(value(i++, a));
      if (!(opts.timeout > 0)) fail(`--timeout takes a number of seconds above 0, not ${argv[i]}`);
    } else if (a.startsWith('-')) fail(`unknown option ${a} (known: --report, --fresh, --lines, --list, --timeout, --help)`);
    else opts.positional.push(a);
  }
  if (opts.fresh && opts.report !== undefined) fail('--fresh makes its own mutants: leave out --report');
  return opts;
}

/**
 * The mutants StrykerJS's instrumenter makes of `source` now, as a report entry whose mutants all count as
 * surviving; the ones a `Stryker disable` comment names are left out (counted in `disabled`).
 */
async function freshEntry(name, source) {
  const require = createRequire(join(ROOT, 'package.json'));
  const { Instrumenter } = await import(require.resolve('@stryker-mutator/instrumenter'));
  const quiet = () => {};
  const logger = { isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, debug: quiet, trace: quiet, info: quiet, warn: console.warn, error: console.error, fatal: console.error };
  const result = await new Instrumenter(logger).instrument([{ name, content: source, mutate: true }], { plugins: null, excludedMutations: [], ignorers: [] });
  // The instrumenter's locations are 0-based; a report's lines and columns are 1-based.
  const at = ({ line, column }) => ({ line: line + 1, column: column + 1 });
  const mutants = result.mutants
    .filter((m) => m.status === undefined)
    .map((m) => ({ id: m.id, mutatorName: m.mutatorName, replacement: m.replacement, status: 'Survived', location: { start: at(m.location.start), end: at(m.location.end) } }));
  return { source, mutants, disabled: result.mutants.length - mutants.length };
}

/** `40,52-60` → a predicate on line numbers. */
function parseLines(text) {
  const ranges = text.split(',').map((part) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (m === null) fail(`--lines takes line numbers and ranges such as 40,52-60, not "${part}"`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) fail(`--lines: the range ${part} ends before it starts`);
    return [from, to];
  });
  return (line) => ranges.some(([from, to]) => line >= from && line <= to);
}

const normalise = (path) => path.replace(/\\/g, '/');

/** Indices `i` where `needle` equals `hay[i .. i + needle.length)`. */
function occurrences(hay, needle) {
  const found = [];
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let same = true;
    for (let k = 0; k < needle.length && same; k++) same = hay[i + k] === needle[k];
    if (same) found.push(i);
  }
  return found;
}

/**
 * Where the report's lines `from..to` (1-based) are in the current source: the 0-based index of `from`. Each place
 * those lines occur is scored by how many neighbouring lines (up to MAX_CONTEXT each side, contiguous) match too;
 * the best place is taken when it is the only best and at least two neighbours match (fewer when the file has
 * fewer): a line whose surroundings changed may be another line with the same text. Otherwise null.
 */
function locate(oldLines, curLines, from, to, unchanged) {
  if (unchanged) return from - 1;
  const span = to - from + 1;
  let best = null;
  let bestScore = -1;
  let tie = false;
  for (const at of occurrences(curLines, oldLines.slice(from - 1, to))) {
    let score = 0;
    for (let c = 1; c <= MAX_CONTEXT && from - 1 - c >= 0 && curLines[at - c] === oldLines[from - 1 - c]; c++) score++;
    for (let c = 0; c < MAX_CONTEXT && to + c < oldLines.length && curLines[at + span + c] === oldLines[to + c]; c++) score++;
    if (score > bestScore) [best, bestScore, tie] = [at, score, false];
    else if (score === bestScore) tie = true;
  }
  const needed = Math.min(2, Math.min(MAX_CONTEXT, from - 1) + Math.min(MAX_CONTEXT, oldLines.length - to));
  return best === null || tie || bestScore < needed ? null : best;
}

/** The current source with the mutant applied, or null when its lines are not found once. */
function mutate(oldLines, curLines, mutant, unchanged) {
  const { start, end } = mutant.location;
  const at = locate(oldLines, curLines, start.line, end.line, unchanged);
  if (at === null) return null;
  const first = curLines[at];
  const last = curLines[at + end.line - start.line];
  const lines = [...curLines];
  lines.splice(at, end.line - start.line + 1, first.slice(0, start.column - 1) + mutant.replacement + last.slice(end.column - 1));
  return { text: lines.join('\n'), line: at + 1 };
}

/** The original code a mutant replaces (from the report's source). */
function originalCode(oldLines, { start, end }) {
  if (start.line === end.line) return oldLines[start.line - 1].slice(start.column - 1, end.column - 1);
  const span = oldLines.slice(start.line - 1, end.line);
  span[span.length - 1] = span[span.length - 1].slice(0, end.column - 1);
  span[0] = span[0].slice(start.column - 1);
  return span.join('\n');
}

const short = (code) => {
  const one = code.replace(/\s*\n\s*/g, ' ');
  return one.length > 70 ? `${one.slice(0, 67)}…` : one;
};

// ---------------------------------------------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
const [fileArg, ...testArgs] = opts.positional;
if (fileArg === undefined) fail(`name a src file to check\n\n${usage()}`);
const file = resolve(fileArg);
const key = normalise(relative(ROOT, file));
if (!existsSync(file)) fail(`no file ${fileArg}`);

let reportPath;
let report;
let entry;
if (opts.fresh) {
  if (testArgs.length === 0 && !opts.list) fail('--fresh has no coverage to choose test files from: name the test files to run');
  report = {};
  entry = await freshEntry(key, readFileSync(file, 'utf8'));
} else {
  reportPath = opts.report ?? DEFAULT_REPORTS.map((p) => join(ROOT, p)).find((p) => existsSync(p));
  if (reportPath === undefined || !existsSync(reportPath)) fail(`no report at ${opts.report ?? DEFAULT_REPORTS.join(' or ')}; name one with --report`);
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
  entry = Object.entries(report.files ?? {}).find(([name]) => normalise(name) === key || resolve(ROOT, name) === file)?.[1];
  if (entry === undefined) fail(`${reportPath} has no mutants of ${key}`);
}

const originalBytes = readFileSync(file);
const current = originalBytes.toString('utf8');
const oldLines = entry.source.split('\n');
const curLines = current.split('\n');
const unchanged = current === entry.source;
const selected = entry.mutants
  .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
  .filter((m) => opts.lines === undefined || opts.lines(m.location.start.line))
  .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);

const label = (m) => {
  const { line, column } = m.location.start;
  return `${line}:${column} ${m.mutatorName} ${short(originalCode(oldLines, m.location))} → ${short(m.replacement)}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}`;
};

const origin = opts.fresh ? `the file as it is now (${entry.disabled} more disabled by Stryker comments)` : opts.report ?? relative(ROOT, reportPath);
console.log(`mutcheck: ${key}: ${selected.length} ${opts.fresh ? '' : 'surviving '}mutant(s) in ${origin}${unchanged ? '' : ' (the file changed since the report; mutants are located by their lines)'}`);

if (opts.list) {
  for (const m of selected) {
    const applied = mutate(oldLines, curLines, m, unchanged);
    const where = applied === null ? 'not found' : `now ${String(applied.line).padStart(4)}`;
    console.log(`${where}  ${label(m)}${applied !== null && disabledNow(m, applied.line) ? ' (disabled now)' : ''}`);
  }
  process.exit(0);
}

// Test files: the ones named, else those of the tests that covered the selected mutants.
let tests = testArgs;
if (tests.length === 0) {
  const fileOfTest = new Map(Object.entries(report.testFiles ?? {}).flatMap(([path, { tests: list }]) => list.map((t) => [t.id, path])));
  tests = [...new Set(selected.flatMap((m) => (m.coveredBy ?? []).map((id) => fileOfTest.get(id)).filter(Boolean)))].sort();
  if (tests.length === 0) fail('no test in the report covered these mutants: name the test files to run');
  console.log(`mutcheck: running the tests that covered them: ${tests.join(' ')}`);
}
for (const t of tests) if (!existsSync(t)) fail(`no test file ${t}`);
if (selected.length === 0) process.exit(0);

// A copy of the original while mutants are applied; its presence means another check is running or one was killed.
const backup = join(tmpdir(), `mutcheck-${createHash('sha1').update(file).digest('hex').slice(0, 12)}.orig`);
if (existsSync(backup)) {
  fail(
    `${backup} exists: another mutcheck of ${key} is running, or one was killed before it could restore the file. ` +
      `If none is running, compare ${key} with that copy (it is the original), restore it if needed, and delete the copy.`,
  );
}
writeFileSync(backup, originalBytes);

let child = null;
function restore() {
  writeFileSync(file, originalBytes);
  if (readFileSync(file).equals(originalBytes)) rmSync(backup, { force: true });
}
function stopChild() {
  if (child === null) return;
  try {
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGTERM');
  } catch {}
}
process.on('exit', restore);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopChild();
    restore();
    console.error(`\nmutcheck: stopped by ${signal}; ${key} restored`);
    process.exit(130);
  });
}

try {
  setPriority(10); // a shared machine: the tests run under nice (children inherit it)
} catch {}

/** Runs vitest on the test files; resolves to { code, ms, timedOut }. */
function runTests(timeoutMs) {
  return new Promise((done) => {
    const started = Date.now();
    // Its own process group, so that a timeout stops vitest's workers too.
    // vitest's file-system module cache keeps the transformed modules between runs (keyed by their content, so the
    // mutated file is transformed afresh): about a quarter less time per mutant.
    child = spawn(VITEST, ['run', '--experimental.fsModuleCache', '--reporter=dot', '--bail=1', ...tests], {
      cwd: ROOT,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let timedOut = false;
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), stopChild()), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      child = null;
      done({ code: code ?? 1, ms: Date.now() - started, timedOut, output });
    });
  });
}

const baseline = await runTests(undefined);
if (baseline.code !== 0) {
  console.error(baseline.output.trim().split('\n').slice(-30).join('\n'));
  console.error(`mutcheck: the tests fail on the unmutated source; fix them first (every mutant would read as killed)`);
  process.exit(2);
}
const timeoutMs = opts.timeout !== undefined ? opts.timeout * 1000 : 30_000 + 5 * baseline.ms;
console.log(`mutcheck: unmutated source passes (${(baseline.ms / 1000).toFixed(1)} s); a run over ${(timeoutMs / 1000).toFixed(0)} s counts as a timeout`);

/** A `// Stryker disable next-line <Mutators>: …` comment naming this mutant's mutator just above its line now. */
function disabledNow(m, line) {
  const above = curLines[line - 2] ?? '';
  const directive = /\/\/ Stryker disable next-line ([A-Za-z, ]+)/.exec(above);
  return directive !== null && directive[1].split(',').some((name) => name.trim() === m.mutatorName || name.trim() === 'all');
}

const counts = { killed: 0, timeout: 0, survived: 0, notApplied: 0, disabled: 0 };
const survivors = [];
for (const m of selected) {
  const applied = mutate(oldLines, curLines, m, unchanged);
  if (applied === null) {
    counts.notApplied++;
    console.log(`not applied  ${label(m)} — its lines are not found once in the current source; check by hand`);
    continue;
  }
  if (disabledNow(m, applied.line)) {
    counts.disabled++;
    console.log(`disabled     ${label(m)} — a Stryker disable comment above line ${applied.line} now names ${m.mutatorName}`);
    continue;
  }
  writeFileSync(file, applied.text);
  const result = await runTests(timeoutMs);
  writeFileSync(file, originalBytes);
  const where = applied.line === m.location.start.line ? '' : ` [now line ${applied.line}]`;
  if (result.timedOut) {
    counts.timeout++;
    console.log(`timeout      ${label(m)}${where}`);
  } else if (result.code === 0) {
    counts.survived++;
    survivors.push(m);
    console.log(`SURVIVED     ${label(m)}${where}`);
  } else {
    counts.killed++;
    console.log(`killed       ${label(m)}${where}`);
  }
}
restore();

console.log(
  `mutcheck: ${selected.length} mutant(s): ${counts.killed} killed, ${counts.timeout} timed out (counted as killed), ` +
    `${counts.survived} survived, ${counts.disabled} disabled as equivalent, ${counts.notApplied} not applied`,
);
if (survivors.length > 0) console.log(`mutcheck: surviving lines: ${[...new Set(survivors.map((m) => m.location.start.line))].join(',')}`);
process.exitCode = counts.survived + counts.notApplied > 0 ? 1 : 0;
