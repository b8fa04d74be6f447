#!/usr/bin/env bash
# Browser check of the HTML reports, and the command line end to end as users run it: installs Debian's Chromium
# when missing; runs the demo (which writes examples/out/report.html) with --csv, so it also writes the city as CSV
# files, runs the command line's pipeline on them and exits non-zero unless that scorecard equals the in-memory
# one; runs the executable as a new city would (init with sample rows, then report); and checks the three
# report.html files in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
rm -rf .tmp/browser-csv .tmp/browser-kit
npm run demo -- --households 60000 --no-progress --csv .tmp/browser-csv
node tests/browser/check-report.mjs examples/out/report.html
node tests/browser/check-report.mjs .tmp/browser-csv/out/report.html
npx tsx cli/main.ts init .tmp/browser-kit --sample 5000 >/dev/null
npx tsx cli/main.ts report --in .tmp/browser-kit --as-of 2025-06-30 --no-progress >/dev/null
node tests/browser/check-report.mjs .tmp/browser-kit/out/report.html
