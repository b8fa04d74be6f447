#!/usr/bin/env bash
# Runs every code cell of examples/deno-notebook/prns.ipynb under deno, in order, outside a Jupyter kernel,
# non-interactively and with no network, then checks what the cells displayed: every display is Markdown or a
# Vega-Lite v5 chart that validates against the Vega-Lite schema and renders headless. Exits non-zero on any
# failure; the last line is the summary.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NO_COLOR=1 DENO_NO_UPDATE_CHECK=1

notebook=examples/deno-notebook/prns.ipynb
helper=examples/deno-notebook/check-notebook.mjs
# The cells become one module written next to the notebook and run from the notebook's directory, as the kernel
# does, so imports (`equity-lens`, through deno.json's import map) and relative file paths resolve alike. It is git-ignored and
# removed on exit; the displays and logs go to .tmp/notebook-check/ (git-ignored).
work=.tmp/notebook-check
module=examples/deno-notebook/.notebook-check.ts
trap 'rm -f "$module"' EXIT

fail() { echo "deno-notebook check: FAILED — $*"; exit 1; }

if [ -x node_modules/.bin/deno ]; then deno=("$PWD/node_modules/.bin/deno"); else deno=(npx --no-install deno); fi
started=$(date +%s)
rm -rf "$work" && mkdir -p "$work"
node "$helper" assemble "$notebook" "$module" "$work/displays.json" || fail "could not read the code cells of $notebook"

set +e
# --no-prompt: a missing permission fails instead of asking; --deny-net and --no-remote: no network at all.
(
  cd examples/deno-notebook
  exec timeout 300 "${deno[@]}" run --no-prompt --no-remote --deny-net --allow-env \
    --allow-read=../.. --allow-write="../../$work" .notebook-check.ts
) 2>"$work/stderr.log"
status=$?
grep -v '^notebook-check: entering cell' "$work/stderr.log" >&2 || true
set -e
if [ "$status" -ne 0 ]; then
  cell=$(grep -o 'notebook-check: entering cell [0-9]*' "$work/stderr.log" | tail -n 1 | grep -o '[0-9]*$' || true)
  if [ "$status" -eq 124 ]; then fail "timed out after 300 s${cell:+ in notebook cell $cell}"; fi
  fail "deno exited with status $status${cell:+ in notebook cell $cell} (see the error above)"
fi

summary=$(node "$helper" verify "$notebook" "$work/displays.json") || { echo "$summary"; fail "displays did not check out (failures listed above)"; }
echo "$summary"
elapsed=$(( $(date +%s) - started ))
node -e '
const s = JSON.parse(process.argv[1]);
console.log(`deno-notebook check: passed — ${s.codeCells} code cells ran under deno; ${s.charts} Vega-Lite v5 charts valid and rendered, ${s.markdown} Markdown outputs` + `; ${process.argv[2]} s`);
' "$summary" "$elapsed"
