/**
 * The command line as installed: the packed tarball's `bin` points at an executable ES module that imports the
 * package by its own name, and it runs the fixture city from the consumer project.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumer, installed, pkg, root, run } from './consumer.ts';

describe('the equity-lens command line from the packed package', () => {
  it('declares its bin, an executable with a shebang', () => {
    expect(pkg['bin']).toEqual({ 'equity-lens': './dist/cli.js' });
    expect(run('head', ['-n', '1', join(installed, 'dist/cli.js')], consumer)).toBe('#!/usr/bin/env node\n');
  });

  it('prints its version and validates the fixture city', () => {
    const cli = join(installed, 'dist/cli.js');
    expect(run(process.execPath, [cli, '--version'], consumer)).toBe(`equity-lens ${pkg.version}\n`);
    const out = run(process.execPath, [cli, 'validate', '--in', join(root, 'tests/fixtures/csv/city')], consumer);
    expect(out).toContain('households.csv: 300 rows → 300 records, 0 rejected, 0 warnings');
    expect(out).toContain('No problems: every row became a record.');
  });
});
