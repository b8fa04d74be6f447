// Mutation testing (StrykerJS, stryker.config.mjs) over all of src/, one module, some files, or what changed.
// docs/contributing.md explains the results, the committed incremental report and the CI policy.
//
//   node scripts/mutation.mjs                      all of src/ (hours; results reused from the stored report)
//   node scripts/mutation.mjs trends disclosure    modules (src/<module>/**)
//   node scripts/mutation.mjs src/trends/cagr.ts   files (globs and Stryker's `file:from-to` line ranges too)
//   node scripts/mutation.mjs --changed [--budget <seconds>] [--base <rev>]
//                                                  the src/ lines this change touches (CI): changed since the merge
//                                                  base with main (MUTATION_BASE or --base to choose another; on
//                                                  main itself, the last commit); skipped when no src/ line changed;
//                                                  --list prints the line ranges without running anything
//   node scripts/mutation.mjs --scores [--write] [--check] [--list] [--report <incremental report>]
//                                                  the score per module from the stored report (--write puts the
//                                                  table into docs/contributing.md; --check fails below target or
//                                                  while files are unmeasured; --list prints the unmeasured files
//                                                  with their mutant counts, to plan runs)
//
//   node scripts/mutation.mjs --retry-lost [--report <run report>] [--list]
//                                                  rerun the mutants the last run (reports/mutation/mutation.json)
//                                                  scored as survived although no test ran (StrykerJS issue #6213;
//                                                  every run does this itself at its end); --list prints their
//                                                  lines without running anything
//
//   --unit (with any of the above)                 the unit tests only: no guides, demo or synthetic-city tests
//                                                  (vitest.stryker.config.ts); faster, a lower bound of the score
//   --own (with modules, files or --changed)       only the tests of the mutated files' modules (tests/<module>/):
//                                                  a module measured by its own tests; much faster, a lower bound
//   --help, -h                                     this text; any other unknown flag stops with exit code 2
//
// Anything after `--` goes to `stryker run` unchanged (`-- --concurrency 1`, `-- --force`).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REPORT = 'reports/mutation/stryker-incremental.json';
const RUN_REPORT = 'reports/mutation/mutation.json';
const DOC = 'docs/contributing.md';
const BEGIN = '<!-- mutation-scores:begin (node scripts/mutation.mjs --scores --write) -->';
const END = '<!-- mutation-scores:end -->';
/** Every module must reach this score, and the touched lines in CI too. */
const MODULE_THRESHOLD = 75;
const OVERALL_THRESHOLD = 85;

const argv = process.argv.slice(2);
const passIndex = argv.indexOf('--');
const args = passIndex < 0 ? argv : argv.slice(0, passIndex);
const passthrough = passIndex < 0 ? [] : argv.slice(passIndex + 1);
/** Flags this script reads (anything else before `--` that starts with `-` is a mistake, not a module). */
const FLAGS = ['--changed', '--list', '--scores', '--write', '--check', '--retry-lost', '--unit', '--own', '--help', '-h'];
const VALUE_FLAGS = ['--budget', '--base', '--report'];
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
if (flag('--help') || flag('-h')) {
  // The usage is the comment this file starts with.
  const text = readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  console.log(text.slice(0, text.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
for (let i = 0; i < args.length; i++) {
  if (VALUE_FLAGS.includes(args[i])) {
    if (i + 1 >= args.length) {
      console.error(`mutation: ${args[i]} needs a value`);
      process.exit(2);
    }
    i++;
  } else if (args[i].startsWith('-') && !FLAGS.includes(args[i])) {
    // An unknown flag would otherwise be ignored and start a run over all of src/ (hours).
    console.error(`mutation: unknown option ${args[i]}; known: ${[...FLAGS, ...VALUE_FLAGS].join(', ')} (\`--help\` for usage; options for stryker go after a second \`--\`)`);
    process.exit(2);
  }
}
const modules = readdirSync('src').filter((name) => statSync(join('src', name)).isDirectory());

const COUNTS = ['mutants', 'killed', 'timeout', 'survived', 'noCoverage', 'ignored', 'disabled', 'errors'];
/**
 * An Ignored mutant is either static (code run only while modules load; `ignoreStatic`) or disabled by a
 * `// Stryker disable next-line <Mutator>: equivalent — <reason>` comment, whose reason StrykerJS keeps.
 */
const isStatic = (mutant) => (mutant.statusReason ?? '').startsWith('Static mutant');
const normalise = (file) => file.replace(/\\/g, '/');
const moduleOf = (file) => normalise(file).split('/')[1];

/**
 * Per group (module by default; `groupOf` picks another key): killed, timeout, survived, noCoverage, ignored
 * (static), errors, and the score in % (null with nothing valid). `inScope` filters mutants.
 */
function scoresOf(report, inScope = () => true, groupOf = moduleOf) {
  const rows = new Map();
  const row = (key) => {
    if (!rows.has(key)) rows.set(key, { key, files: new Set(), ...Object.fromEntries(COUNTS.map((k) => [k, 0])) });
    return rows.get(key);
  };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      if (!inScope(file, mutant)) continue;
      const r = row(groupOf(file));
      r.files.add(normalise(file));
      r.mutants++;
      if (mutant.status === 'Killed') r.killed++;
      else if (mutant.status === 'Timeout') r.timeout++;
      else if (mutant.status === 'Survived') r.survived++;
      else if (mutant.status === 'NoCoverage') r.noCoverage++;
      else if (mutant.status === 'Ignored' && isStatic(mutant)) r.ignored++;
      else if (mutant.status === 'Ignored') r.disabled++;
      else r.errors++;
    }
  }
  const score = (r) => {
    const valid = r.killed + r.timeout + r.survived + r.noCoverage;
    return valid === 0 ? null : (100 * (r.killed + r.timeout)) / valid;
  };
  const list = [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = { key: 'all measured', files: new Set(), ...Object.fromEntries(COUNTS.map((k) => [k, 0])) };
  for (const r of list) {
    for (const k of COUNTS) total[k] += r[k];
    for (const f of r.files) total.files.add(f);
  }
  for (const r of [...list, total]) r.score = score(r);
  return { list, total };
}

/** Source files per module, to say how much of each module a table covers. */
function sourceFiles(dir = 'src') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) out.push(normalise(path));
  }
  return out;
}

/**
 * Mutants per source file, counted by StrykerJS's own instrumenter (no tests run). Files without any mutant (types,
 * re-exports) can never appear in a report, so they are not counted as "to measure". Only `files` are instrumented.
 */
async function mutantCounts(files) {
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = () => {};
  const logger = { debug: quiet, info: quiet, trace: quiet, warn: console.warn, error: console.error, fatal: console.error, isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false };
  const input = files.map((name) => ({ name, mutate: true, content: readFileSync(name, 'utf8') }));
  const { mutants } = await new Instrumenter(logger).instrument(input, { plugins: null, excludedMutations: [], ignorers: [] });
  const counts = new Map(files.map((f) => [f, 0]));
  for (const m of mutants) counts.set(normalise(m.fileName), (counts.get(normalise(m.fileName)) ?? 0) + 1);
  return counts;
}

/** The files to measure: every source file that has at least one mutant (those already in the report have). */
async function filesToMeasure(report) {
  const all = sourceFiles();
  const inReport = new Set(Object.keys(report.files).map(normalise));
  const counts = await mutantCounts(all.filter((f) => !inReport.has(f)));
  return { all: all.filter((f) => inReport.has(f) || counts.get(f) > 0), unmeasured: counts };
}

async function scoreTable(report) {
  const { list, total } = scoresOf(report);
  const byFile = scoresOf(report, undefined, normalise).list;
  const pct = (x) => (x === null ? '–' : `${x.toFixed(1)} %`);
  const { all, unmeasured } = await filesToMeasure(report);
  const filesIn = (module) => all.filter((f) => moduleOf(f) === module).length;
  const cells = (r) => `${pct(r.score)} | ${r.mutants} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.ignored} | ${r.disabled} | ${r.errors}`;
  const measured = new Set(list.map((r) => r.key));
  const header = 'score | mutants | killed | timed out | survived | no coverage | static (ignored) | equivalent (disabled) | errors |';
  const lines = [
    `| module | files measured | ${header}`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...list.map((r) => `| ${r.key} | ${r.files.size} of ${filesIn(r.key)} | ${cells(r)} |`),
    ...modules.filter((m) => !measured.has(m)).map((m) => `| ${m} | 0 of ${filesIn(m)} | not measured yet (${[...unmeasured].filter(([f]) => moduleOf(f) === m).reduce((n, [, c]) => n + c, 0)} mutants) | | | | | | | | |`),
    `| **${total.key}** | ${total.files.size} of ${all.length} | **${pct(total.score)}** | ${total.mutants} | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} | ${total.ignored} | ${total.disabled} | ${total.errors} |`,
    ...(byFile.length === 0 ? [] : ['', `| file | ${header}`, '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|', ...byFile.map((r) => `| \`${r.key}\` | ${cells(r)} |`)]),
  ];
  const left = [...unmeasured].filter(([, c]) => c > 0);
  const none = [...unmeasured].filter(([, c]) => c === 0).length;
  lines.push('', `Files with code to mutate: ${all.length} (${none} more hold only types or re-exports). Not measured yet: ${left.length} files, ${left.reduce((n, [, c]) => n + c, 0)} mutants.`);
  return { text: lines.join('\n'), list, total, unmeasured: left };
}

function readReport(path) {
  if (!existsSync(path)) {
    console.error(`mutation: no report at ${path}; run \`npm run mutation -- <module>\` first`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

function git(...gitArgs) {
  return execFileSync('git', gitArgs, { encoding: 'utf8' }).trim();
}

function gitOrNull(...gitArgs) {
  try {
    return git(...gitArgs);
  } catch {
    return null;
  }
}

/**
 * The commit a change is measured from: the given revision; else the merge base of HEAD with main (origin/main
 * in a fresh CI clone); on main itself (merge base = HEAD), HEAD's parent, so CI on main tests the last commit.
 */
function changeBase(given) {
  if (given) return git('rev-parse', '--verify', `${given}^{commit}`);
  const head = git('rev-parse', 'HEAD');
  for (const main of ['main', 'origin/main']) {
    const base = gitOrNull('merge-base', 'HEAD', main);
    if (base !== null && base !== head) return base;
    if (base === head) return gitOrNull('rev-parse', '--verify', 'HEAD^');
  }
  return gitOrNull('rev-parse', '--verify', 'HEAD^');
}

/** `file:from-to` for every src/ hunk changed since `base` (working tree included), deleted lines skipped. */
function changedRanges(base) {
  const diff = execFileSync('git', ['diff', '--unified=0', '--no-color', base, '--', 'src'], { encoding: 'utf8' });
  const ranges = [];
  let file = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) file = line === '+++ /dev/null' ? null : line.slice(6);
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && file?.endsWith('.ts')) {
      const from = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) ranges.push({ file, from, to: from + count - 1 });
    }
  }
  // Untracked new files under src/ count whole.
  for (const file of git('ls-files', '--others', '--exclude-standard', '--', 'src').split('\n').filter((f) => f.endsWith('.ts'))) {
    ranges.push({ file, from: 1, to: readFileSync(file, 'utf8').split('\n').length });
  }
  return ranges;
}

/**
 * With --own, the test folders of the modules `mutate` names (`src/reach/x.ts:3-9` → `tests/reach`); stops on a
 * run over all of src/, which has no one module.
 */
function ownTests(mutate) {
  if (!flag('--own')) return undefined;
  if (mutate.length === 0) {
    console.error('mutation: --own needs modules or files to mutate (it runs the tests of their modules)');
    process.exit(2);
  }
  const dirs = [...new Set(mutate.map((m) => `tests/${moduleOf(m)}`))];
  const missing = dirs.find((d) => !existsSync(d));
  if (missing !== undefined) {
    console.error(`mutation: --own: no test folder ${missing}`);
    process.exit(2);
  }
  return dirs.join(',');
}

function runStryker(mutate, budgetSeconds, extra = []) {
  const strykerArgs = ['run', ...(mutate.length > 0 ? ['--mutate', mutate.join(',')] : []), ...passthrough, ...extra];
  const unit = flag('--unit');
  const tests = ownTests(mutate);
  const vars = { ...(unit ? { MUTATION_UNIT: '1' } : {}), ...(tests === undefined ? {} : { MUTATION_TESTS: tests }) };
  const shown = Object.entries(vars).map(([k, v]) => `${k}=${v} `).join('');
  console.log(`mutation: ${shown}stryker ${strykerArgs.join(' ')}`);
  return new Promise((resolvePromise) => {
    const env = { ...process.env, ...vars };
    const child = spawn('node_modules/.bin/stryker', strykerArgs, { stdio: 'inherit', detached: true, env });
    let timedOut = false;
    const timer =
      budgetSeconds === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-child.pid, 'SIGTERM');
            } catch {}
          }, budgetSeconds * 1000);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolvePromise({ code: code ?? 1, timedOut });
    });
  });
}

/**
 * The lines of the mutants a run reported as survived although their run completed no test. StrykerJS 9.6.1's
 * vitest runner scores a mutant run whose tests were collected but never executed as survived (stryker-js issues
 * #6073 and #6213; the fix proposed in pull request #6146 is not released for Node 20): a lost measurement, not a
 * surviving mutant. As `file:from-to` (whole lines, so other mutants on those lines are retested too).
 */
function lostRuns(report) {
  const ranges = Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants.filter((m) => m.status === 'Survived' && m.testsCompleted === 0).map((m) => `${normalise(file)}:${m.location.start.line}-${m.location.end.line}`),
  );
  return [...new Set(ranges)];
}

/**
 * Reruns (`--force`) the mutants of lost runs, at most twice; they pass on a second try. Says how many remain, so a
 * reader of the score knows which survivors were never measured (check them with `npm run mutation:check`).
 */
async function retryLostRuns(budgetSeconds) {
  for (let round = 1; round <= 2; round++) {
    if (!existsSync(RUN_REPORT)) return;
    const lost = lostRuns(readReport(RUN_REPORT));
    if (lost.length === 0) return;
    console.log(`mutation: ${lost.length} line range(s) hold mutants reported as survived whose run completed no test (StrykerJS issue #6213); rerunning them, try ${round} of 2`);
    const { code, timedOut } = await runStryker(lost, budgetSeconds, ['--force']);
    if (code !== 0 || timedOut) return;
  }
  const left = lostRuns(readReport(RUN_REPORT));
  if (left.length > 0) console.log(`mutation: still reported as survived without running a test (not measured; check by hand): ${left.join(', ')}`);
}

if (flag('--scores')) {
  const storedPath = option('--report', REPORT);
  const stored = existsSync(storedPath) ? readReport(storedPath) : { files: {} };
  const { text, total, list, unmeasured } = await scoreTable(stored);
  if (flag('--list')) {
    for (const [file, count] of unmeasured) console.log(`${file}\t${count}`);
  } else if (flag('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    if (start < 0 || end < start) {
      console.error(`mutation: ${DOC} has no ${BEGIN} … ${END} block`);
      process.exit(2);
    }
    writeFileSync(DOC, `${doc.slice(0, start + BEGIN.length)}\n${text}\n${doc.slice(end)}`);
    console.log(`mutation: table written to ${DOC}`);
  } else {
    console.log(text);
  }
  if (flag('--check')) {
    const low = list.filter((r) => r.score !== null && r.score < MODULE_THRESHOLD).map((r) => `${r.key} ${r.score.toFixed(1)} %`);
    if (low.length > 0 || total.score === null || total.score < OVERALL_THRESHOLD) {
      console.error(`mutation: below target (every module ≥ ${MODULE_THRESHOLD} %, all of src/ ≥ ${OVERALL_THRESHOLD} %): ${[...low, `all ${total.score?.toFixed(1)} %`].join(', ')}`);
      process.exitCode = 1;
    }
    if (unmeasured.length > 0) {
      console.error(`mutation: ${unmeasured.length} files of src/ are not measured yet (\`npm run mutation -- --scores --list\` lists them)`);
      process.exitCode = 1;
    }
  }
} else if (flag('--retry-lost')) {
  const runReport = option('--report', RUN_REPORT);
  if (!existsSync(runReport)) {
    console.error(`mutation: no run report at ${runReport}; run \`npm run mutation -- <module>\` first`);
    process.exit(2);
  }
  if (flag('--list')) {
    for (const range of lostRuns(readReport(runReport))) console.log(range);
    process.exit(0);
  }
  if (runReport !== RUN_REPORT) {
    console.error(`mutation: --retry-lost reruns the last run's mutants; --report ${runReport} is only for --list`);
    process.exit(2);
  }
  await retryLostRuns(undefined);
  if (existsSync(REPORT)) console.log(`\n${(await scoreTable(readReport(REPORT))).text}`);
} else if (flag('--changed')) {
  const base = changeBase(option('--base', process.env.MUTATION_BASE));
  if (base === null) {
    console.log('mutation: no base to compare with (no main branch, no parent commit); skipped');
    process.exit(0);
  }
  const ranges = changedRanges(base);
  if (ranges.length === 0) {
    console.log(`mutation: no src/ line changed since ${base.slice(0, 10)}; skipped`);
    process.exit(0);
  }
  if (flag('--list')) {
    for (const r of ranges) console.log(`${r.file}:${r.from}-${r.to}`);
    process.exit(0);
  }
  const budget = Number(option('--budget', '300'));
  console.log(`mutation: ${ranges.length} changed range(s) in ${new Set(ranges.map((r) => r.file)).size} file(s) since ${base.slice(0, 10)}, budget ${budget} s`);
  const started = Date.now();
  const { code, timedOut } = await runStryker(
    ranges.map((r) => `${r.file}:${r.from}-${r.to}`),
    budget,
  );
  const left = budget - (Date.now() - started) / 1000;
  if (code === 0 && !timedOut && left > 30) await retryLostRuns(left);
  if (timedOut) {
    // Not a failure: on a loaded machine the budget says nothing about the tests. Loud, so nobody reads it as a pass.
    console.log(
      `mutation: NOT CHECKED — the changed lines did not finish within ${budget} s. Run \`npm run mutation -- ${[...new Set(ranges.map((r) => r.file))].join(' ')}\` ` +
        `locally and commit ${REPORT}: later runs reuse those results and only test what changed after them.`,
    );
    process.exit(0);
  }
  if (code !== 0) process.exit(code);
  const inRanges = (file, mutant) =>
    ranges.some((r) => r.file === file.replace(/\\/g, '/') && mutant.location.start.line <= r.to && mutant.location.end.line >= r.from);
  const report = readReport(RUN_REPORT);
  const { total } = scoresOf(report, inRanges);
  const survivors = Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants.filter((m) => (m.status === 'Survived' || m.status === 'NoCoverage') && inRanges(file, m)).map((m) => `  ${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')} (${m.status})`),
  );
  if (survivors.length > 0) console.log(`mutation: surviving mutants in the changed lines:\n${survivors.join('\n')}`);
  // Disabled mutants are not in the score (as in StrykerJS's own); they are listed with their reason for review.
  const disabled = Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants.filter((m) => m.status === 'Ignored' && !isStatic(m) && inRanges(file, m)).map((m) => `  ${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}: ${m.statusReason ?? ''}`),
  );
  if (disabled.length > 0) console.log(`mutation: mutants disabled as equivalent in the changed lines (review the reasons):\n${disabled.join('\n')}`);
  const pct = total.score === null ? 'n/a' : `${total.score.toFixed(1)} %`;
  console.log(`mutation: changed lines ${pct} (${total.killed + total.timeout} killed of ${total.killed + total.timeout + total.survived + total.noCoverage}; ${total.ignored} static ignored, ${total.disabled} disabled as equivalent); threshold ${MODULE_THRESHOLD} %`);
  if (total.score !== null && total.score < MODULE_THRESHOLD) process.exit(1);
} else {
  // The value after --budget or --base is not a target (`--budget 5 trends` mutates trends, not a module 5).
  const targets = args.filter((a, i) => !a.startsWith('--') && !VALUE_FLAGS.includes(args[i - 1]));
  const typo = targets.find((t) => !modules.includes(t) && !/[/*]/.test(t));
  if (typo !== undefined) {
    console.error(`mutation: ${typo} is neither a module (${modules.join(', ')}) nor a path under src/`);
    process.exit(2);
  }
  const mutate = targets.map((t) => (modules.includes(t) ? `src/${t}/**/*.ts` : t));
  const { code } = await runStryker(mutate, undefined);
  if (code === 0) await retryLostRuns(undefined);
  if (existsSync(REPORT)) console.log(`\n${(await scoreTable(readReport(REPORT))).text}`);
  process.exit(code);
}
