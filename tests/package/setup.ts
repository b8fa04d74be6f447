/** vitest globalSetup of the packaging checks: pack the built package once and unpack it into the consumer. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, installed, pkg, root, run, work } from './consumer.ts';

export default function setup(): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as { filename: string }[];
  run('tar', ['-xzf', join(work, packed[0]?.filename ?? ''), '-C', installed, '--strip-components=1'], root);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'equity-lens': pkg.version } }));
}
