// Preloaded into a benchmarked child process (`node --import ./tests/bench/exitStats.mjs …`): at exit, writes the
// process's CPU time and peak resident memory as one JSON line to the file named by EQUITY_LENS_EXIT_STATS.
import { appendFileSync } from 'node:fs';

const file = process.env.EQUITY_LENS_EXIT_STATS;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(file, `${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMiB: usage.maxRSS / 1024 })}\n`);
  });
}
