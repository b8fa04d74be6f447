#!/usr/bin/env bash
# End-to-end check of the job-queue example (a maintainer runs it; .ci/run runs it too and it skips there when
# redis-server is not installed): starts a private redis-server, writes a small synthetic city as CSV, runs
# `equity-lens summarize --partition k/4` as four BullMQ jobs and the merge job through worker.mjs and
# enqueue.mjs, runs `equity-lens report` on the same files in one process, and compares the two scorecards.
#
#   bash examples/job-queue/check.sh            (needs redis-server: apt-get install redis-server)
#
# Environment: HOUSEHOLDS (default 20000), PARTITIONS (default 4), EQUITY_LENS_BIN (default: node dist/cli.js).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if ! command -v redis-server >/dev/null 2>&1; then
  echo "job-queue check: skipped — redis-server is not installed (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis)."
  exit 0
fi

households="${HOUSEHOLDS:-20000}"
partitions="${PARTITIONS:-4}"
work="$(mktemp -d "${TMPDIR:-/tmp}/equity-lens-job-queue-XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The command line: EQUITY_LENS_BIN (as common.mjs reads it) or the repository's build.
lens() { if [ -n "${EQUITY_LENS_BIN:-}" ]; then $EQUITY_LENS_BIN "$@"; else node dist/cli.js "$@"; fi; }
[ -n "${EQUITY_LENS_BIN:-}" ] || [ -f dist/cli.js ] || { echo "job-queue check: building dist/cli.js (npm run build)"; npm run build --silent >/dev/null; }
[ -d "$here/node_modules/bullmq" ] || { echo "job-queue check: installing the example's dependencies (npm ci in examples/job-queue)"; (cd "$here" && npm ci --no-audit --no-fund --silent); }

# A private Redis on a free port, without persistence.
port=$(node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 50); do
  if node -e 'require("net").connect('"$port"',"127.0.0.1").on("connect",()=>process.exit(0)).on("error",()=>process.exit(1))'; then break; fi
  sleep 0.1
done
export REDIS_URL="redis://127.0.0.1:$port"
echo "job-queue check: redis-server on port $port"

npx tsx scripts/synthetic-csv.ts --out "$work/city" --households "$households" --quiet >/dev/null
echo "job-queue check: a synthetic city of $households households in $work/city"

node "$here/worker.mjs" --concurrency 2 >"$work/worker.log" 2>&1 &
pids+=("$!")
started=$(date +%s)
node "$here/enqueue.mjs" --in "$work/city" --partitions "$partitions" --as-of 2025-06-30 --partials "$work/partials" --out "$work/merged" >"$work/enqueue.log" 2>&1 \
  || { echo "job-queue check: the run failed:"; cat "$work/enqueue.log"; echo "worker log:"; cat "$work/worker.log"; exit 1; }
echo "job-queue check: $partitions summarize jobs and the merge job done in $(( $(date +%s) - started )) s"

lens report --in "$work/city" --as-of 2025-06-30 --out "$work/one" --no-progress >/dev/null
node "$here/compare.mjs" "$work/merged/scorecard.json" "$work/one/scorecard.json"
echo "job-queue check: passed"
