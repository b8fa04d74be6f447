/**
 * docs/your-data.md says what the command line does: its mapping is the starter kit's, its validate transcript is
 * what `equity-lens validate` prints on the fixture with bad rows, its options are the ones the command line
 * accepts, and the README links it in its first screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { starterMapping } from '../../cli/kit.ts';
import { commandHelp } from '../../cli/help.ts';
import { run } from '../../cli/run.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = (): string => readFileSync(join(root, 'docs/your-data.md'), 'utf8');

describe('docs/your-data.md', () => {
  it("shows the starter kit's mapping", () => {
    const block = /## 2\. Map[\s\S]*?```json\n([\s\S]*?)```/.exec(guide())?.[1];
    expect(block).toBeDefined();
    const { description: _, ...mapping } = starterMapping();
    expect(JSON.parse(block as string)).toEqual(mapping);
  });

  it('shows what validate prints on the fixture with bad rows', async () => {
    const block = /## 4\. Validate[\s\S]*?```text\n([\s\S]*?)```/.exec(guide())?.[1];
    expect(block).toBeDefined();
    let stdout = '';
    const code = await run(['validate', '--in', join(root, 'tests/fixtures/csv/city-bad'), '--as-of', '2025-06-30'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { isTTY: false, write: () => undefined },
      cwd: root,
    });
    expect(code).toBe(0);
    const printed = stdout.split('\n');
    // The guide shows the transcript's lines in order, eliding some with "…".
    let at = 0;
    for (const line of (block as string).trimEnd().split('\n')) {
      if (line.trim() === '…') continue;
      const expected = line.endsWith('…') ? line.slice(0, -1) : line;
      const found = printed.findIndex((p, i) => i >= at && (line.endsWith('…') ? p.startsWith(expected) : p === expected));
      expect(found, `"${line}" is not in validate's output:\n${stdout}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it('lists only options the command line accepts', () => {
    const table = /## Options\n([\s\S]*?)\n\n/.exec(guide())?.[1] ?? '';
    const options = [...table.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]);
    expect(options.length).toBeGreaterThan(10);
    const help = `${commandHelp('report')}${commandHelp('init')}`;
    for (const option of options) expect(help, option).toContain(option);
  });

  it('is linked from the first screen of the README', () => {
    const firstScreen = readFileSync(join(root, 'README.md'), 'utf8').split('\n').slice(0, 24).join('\n');
    expect(firstScreen).toContain('(docs/your-data.md)');
  });
});
