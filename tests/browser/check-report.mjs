// Loads the demo's self-contained HTML report in headless Chromium and checks that every chart rendered
// (each `figure.chart` holds an <svg> with drawn marks) and that the page logged no console errors.
// Saves a full-page screenshot next to the report as a CI artefact.
// Usage: node tests/browser/check-report.mjs [examples/out/report.html]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const reportPath = resolve(process.argv[2] ?? 'examples/out/report.html');
if (!existsSync(reportPath)) {
  console.error(`check-report: ${reportPath} does not exist; run \`npm run demo\` first.`);
  process.exit(1);
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });
  const charts = await page.$$eval('figure.chart', (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const marks = svg ? svg.querySelectorAll('path, rect, circle, line, text, symbol').length : 0;
      const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
      return { id: figure.id, hasSvg: svg !== null, marks, width: box.width, height: box.height };
    }),
  );
  if (charts.length === 0) problems.push('the report has no figure.chart elements');
  for (const chart of charts) {
    if (!chart.hasSvg) problems.push(`chart ${chart.id} has no <svg>`);
    else if (chart.marks < 5) problems.push(`chart ${chart.id} drew only ${chart.marks} marks`);
    else if (chart.width < 50 || chart.height < 50) problems.push(`chart ${chart.id} is ${chart.width}×${chart.height} px`);
  }
  const screenshot = reportPath.replace(/\.html$/, '.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ report: reportPath, charts: charts.length, screenshot, problems: problems.length }));
} finally {
  await browser.close();
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-report: ${problem}`);
  process.exit(1);
}
console.log(`check-report: all charts rendered, no console errors`);
