#!/usr/bin/env bash
# Browser check of the HTML reports: installs Debian's Chromium when missing, runs the demo (which writes
# examples/out/report.html) and the command line as a new city would (init with sample rows, then report), and
# checks both report.html files in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npm run demo -- --households 60000 --no-progress
node tests/browser/check-report.mjs examples/out/report.html
rm -rf .tmp/browser-kit
npx tsx cli/main.ts init .tmp/browser-kit --sample 20000 >/dev/null
npx tsx cli/main.ts report --in .tmp/browser-kit --as-of 2025-06-30 --no-progress >/dev/null
node tests/browser/check-report.mjs .tmp/browser-kit/out/report.html
