// Loads a self-contained HTML report (the demo's, or the command line's report.html) in headless Chromium and
// checks that every chart rendered (each `figure.chart` holds an <svg> with drawn marks), that the tables are there
// (captioned, with header cells and rows), that there is one h1, and that the page logged no console errors and
// made no request.
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
  const page2 = await page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    tables: [...document.querySelectorAll('table')].map((table) => ({
      caption: table.querySelector('caption')?.textContent ?? '',
      headers: table.querySelectorAll('th[scope]').length,
      rows: table.querySelectorAll('tbody tr').length,
    })),
  }));
  if (page2.h1 !== 1) problems.push(`the report has ${page2.h1} h1 headings; expected one`);
  if (page2.tables.length === 0) problems.push('the report has no tables');
  for (const table of page2.tables) {
    if (table.caption === '' || table.headers === 0 || table.rows === 0) problems.push(`table "${table.caption}" lacks a caption, header cells or rows`);
  }
  const screenshot = reportPath.replace(/\.html$/, '.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ report: reportPath, charts: charts.length, tables: page2.tables.length, screenshot, problems: problems.length }));
} finally {
  await browser.close();
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-report: ${problem}`);
  process.exit(1);
}
console.log(`check-report: all charts rendered, tables present, no console errors`);
