/**
 * The mutation-testing scripts' command lines: scripts/mutation.mjs (which starts StrykerJS) must stop on a flag it
 * does not know rather than ignore it and start a run over all of src/; scripts/mutcheck.mjs must find a mutant's
 * lines in a source that changed since the report. Nothing here starts StrykerJS or vitest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

const node = (...argv: string[]): { code: number | null; stdout: string; stderr: string } => {
  const result = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('scripts/mutation.mjs', () => {
  it('stops with exit code 2 on an unknown flag, naming the known ones, without starting StrykerJS', () => {
    const result = node('scripts/mutation.mjs', '--bogus');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option --bogus');
    expect(result.stderr).toContain('--changed, --list, --scores, --write, --check, --retry-lost, --unit, --own, --help, -h, --budget, --base, --report');
    expect(result.stdout).not.toContain('mutation: stryker');
  });

  it('prints its usage for --help and -h and exits 0', () => {
    for (const help of ['--help', '-h']) {
      const result = node('scripts/mutation.mjs', help);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('node scripts/mutation.mjs --changed [--budget <seconds>] [--base <rev>]');
      expect(result.stdout).not.toContain('mutation: stryker');
    }
  });

  it('stops on a target that is neither a module nor a path, and on --base without a value', () => {
    const typo = node('scripts/mutation.mjs', 'goal');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('goal is neither a module (disclosure, disparity, eligibility, goals,');
    const base = node('scripts/mutation.mjs', '--changed', '--base');
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('--base needs a value');
  });

  it('--own stops without a module to take the tests of, and on a module with no test folder', () => {
    const all = node('scripts/mutation.mjs', '--own');
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('--own needs modules or files to mutate');
    const none = node('scripts/mutation.mjs', '--own', 'src/nowhere/x.ts');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--own: no test folder tests/nowhere');
    expect(none.stdout).not.toContain('mutation: stryker');
  });

  it('--retry-lost --list names the lines of survivors whose run completed no test (StrykerJS issue #6213), and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lost-'));
    try {
      const report = join(dir, 'mutation.json');
      const mutant = (line: number, status: string, testsCompleted?: number): Record<string, unknown> => ({
        id: String(line),
        mutatorName: 'EqualityOperator',
        replacement: 'a <= b',
        status,
        ...(testsCompleted === undefined ? {} : { testsCompleted }),
        location: { start: { line, column: 3 }, end: { line: line + 1, column: 9 } },
      });
      writeFileSync(
        report,
        JSON.stringify({
          files: {
            'src/trends/cagr.ts': { mutants: [mutant(10, 'Survived', 0), mutant(10, 'Survived', 0), mutant(20, 'Survived', 4), mutant(30, 'Killed', 1)] },
            'src/reach/retention.ts': { mutants: [mutant(5, 'Survived', 0), mutant(7, 'NoCoverage', 0), mutant(9, 'Survived')] },
          },
        }),
      );
      const listed = node('scripts/mutation.mjs', '--retry-lost', '--list', '--report', report);
      expect(listed.code).toBe(0);
      // Whole lines, each range once: a mutant that ran tests, a kill, no coverage and a stored result stay.
      expect(listed.stdout).toBe('src/trends/cagr.ts:10-11\nsrc/reach/retention.ts:5-6\n');
      const missing = node('scripts/mutation.mjs', '--retry-lost', '--report', join(dir, 'none.json'));
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`no run report at ${join(dir, 'none.json')}`);
      const other = node('scripts/mutation.mjs', '--retry-lost', '--report', report);
      expect(other.code).toBe(2);
      expect(other.stderr).toContain(`--retry-lost reruns the last run's mutants; --report ${report} is only for --list`);
      expect(other.stdout).not.toContain('mutation: stryker');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--scores counts only files with code to mutate, and --list / --check name the files not measured yet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scores-'));
    try {
      const walk = (d: string): string[] =>
        readdirSync(join(root, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${d}/${e.name}`) : e.name.endsWith('.ts') ? [`${d}/${e.name}`] : []));
      const killed = { id: '1', mutatorName: 'EqualityOperator', replacement: 'a <= b', status: 'Killed', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } };
      // Every file of src/ measured except two: cagr.ts (code) and trends/index.ts (re-exports only: no mutant).
      const left = new Set(['src/trends/cagr.ts', 'src/trends/index.ts']);
      const files = Object.fromEntries(walk('src').filter((f) => !left.has(f)).map((f) => [f, { mutants: [killed] }]));
      const report = join(dir, 'incremental.json');
      writeFileSync(report, JSON.stringify({ files }));
      const listed = node('scripts/mutation.mjs', '--scores', '--list', '--report', report);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/^src\/trends\/cagr\.ts\t[1-9]\d*\n$/);
      const check = node('scripts/mutation.mjs', '--scores', '--check', '--report', report);
      const trendsFiles = walk('src/trends').length;
      // index.ts is not a file to measure; cagr.ts is one, not measured.
      expect(check.stdout).toContain(`| trends | ${trendsFiles - 2} of ${trendsFiles - 1} | 100.0 % |`);
      expect(check.stdout).toContain('Not measured yet: 1 files,');
      expect(check.code).toBe(1);
      expect(check.stderr).toContain('mutation: 1 files of src/ are not measured yet');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not take the value of --budget or --base for a target', () => {
    for (const flag of ['--budget', '--base']) {
      const result = node('scripts/mutation.mjs', flag, '5', 'nomodule');
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^mutation: nomodule is neither a module \(disclosure, .*\) nor a path under src\/\n$/);
      expect(result.stdout).not.toContain('mutation: stryker');
    }
  });
});

describe('scripts/mutcheck.mjs', () => {
  it('stops with exit code 2 on an unknown flag and on bad --lines', () => {
    const bogus = node('scripts/mutcheck.mjs', '--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unknown option --bogus (known: --report, --fresh, --lines, --list, --timeout, --help)');
    const lines = node('scripts/mutcheck.mjs', '--lines', '9-3', 'src/index.ts');
    expect(lines.code).toBe(2);
    expect(lines.stderr).toContain('the range 9-3 ends before it starts');
  });

  it('--list finds each mutant in the changed source: moved lines, repeated lines told apart by their neighbours, lines gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutcheck-'));
    try {
      const then = ['const a = 1;', 'if (a > 0) {', '  return null;', '}', 'if (a < 0) {', '  return null;', '}', 'const gone = 2;'];
      // Two lines added at the top, the last line removed: line 6 of the report is line 8 now.
      const now = ['// new', '// lines', ...then.slice(0, 7)];
      const file = join(dir, 'x.ts');
      writeFileSync(file, now.join('\n'));
      const at = (line: number, from: number, to: number) => ({ start: { line, column: from }, end: { line, column: to } });
      const mutants = [
        { mutatorName: 'EqualityOperator', replacement: 'a >= 0', status: 'Survived', location: at(2, 5, 10) },
        { mutatorName: 'BlockStatement', replacement: '{}', status: 'NoCoverage', location: at(5, 12, 2) },
        { mutatorName: 'ObjectLiteral', replacement: 'x', status: 'Survived', location: at(6, 10, 14) },
        { mutatorName: 'StringLiteral', replacement: '""', status: 'Survived', location: at(8, 14, 15) },
        { mutatorName: 'EqualityOperator', replacement: 'a <= 0', status: 'Killed', location: at(2, 5, 10) },
      ];
      // The multi-line block mutant spans lines 5–7.
      mutants[1]!.location.end.line = 7;
      const report = join(dir, 'report.json');
      writeFileSync(report, JSON.stringify({ files: { [file]: { source: then.join('\n'), mutants } } }));
      const result = node('scripts/mutcheck.mjs', '--report', report, '--list', file);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n').slice(1, -1)).toEqual([
        'now    4  2:5 EqualityOperator a > 0 → a >= 0',
        'now    7  5:12 BlockStatement { return null; } → {} (no coverage)',
        'now    8  6:10 ObjectLiteral null → x',
        'not found  8:14 StringLiteral 2 → ""',
      ]);
      const only = node('scripts/mutcheck.mjs', '--report', report, '--list', '--lines', '5-6', file);
      expect(only.stdout).toContain('2 surviving mutant(s)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--fresh lists the mutants the instrumenter makes of the file now, without those a Stryker comment disables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutcheck-'));
    try {
      const file = join(dir, 'x.ts');
      const directive = '// Stryker disable next-line EqualityOperator: equivalent — a test of the directive';
      writeFileSync(file, `${directive}\nexport const positive = (a: number): boolean => a > 0;\n`);
      const result = node('scripts/mutcheck.mjs', '--fresh', '--list', file);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // `a >= 0` and `a <= 0` (EqualityOperator) are disabled by the comment.
      expect(result.stdout.split('\n').slice(0, -1)).toEqual([
        expect.stringMatching(/x\.ts: 3 mutant\(s\) in the file as it is now \(2 more disabled by Stryker comments\)$/),
        'now    2  2:25 ArrowFunction (a: number): boolean => a > 0 → () => undefined',
        'now    2  2:49 ConditionalExpression a > 0 → true',
        'now    2  2:49 ConditionalExpression a > 0 → false',
      ]);
      const withReport = node('scripts/mutcheck.mjs', '--fresh', '--report', 'r.json', file);
      expect([withReport.code, withReport.stderr.trim()]).toEqual([2, 'mutcheck: --fresh makes its own mutants: leave out --report']);
      const noTests = node('scripts/mutcheck.mjs', '--fresh', file);
      expect([noTests.code, noTests.stderr.trim()]).toEqual([2, 'mutcheck: --fresh has no coverage to choose test files from: name the test files to run']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
