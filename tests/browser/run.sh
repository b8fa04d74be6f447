#!/usr/bin/env bash
# Browser check of the demo report: installs Debian's Chromium when missing, runs the demo (which writes
# examples/out/report.html) and checks the report in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npm run demo -- --households 60000 --no-progress
node tests/browser/check-report.mjs examples/out/report.html
