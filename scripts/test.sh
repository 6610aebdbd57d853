#!/usr/bin/env bash
# Runs every test, stage by stage, stopping at the first failure and naming it:
# formatting, clippy (native and wasm32), native tests, browser component tests, the release
# build, the test build (the crash switches of the panic tests, `--features test-hooks`, in
# target/dist-test), end-to-end tests against them, and the size budget of the release build.
# Ends with "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
set +e

cd "$ROOT"
LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
PASSED=0
FAILED=0
START=$(date +%s)

# Counts "test result: … N passed; M failed" lines (cargo test and wasm-bindgen-test-runner).
count_cargo() {
  local log="$1"
  STAGE_PASSED=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
  STAGE_FAILED=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
}

# Runs one stage: name, counting function (or "check" for a single pass/fail), command…
stage() {
  local name="$1" counter="$2"; shift 2
  local log="$LOGS/${name// /-}.log"
  local t0; t0=$(date +%s)
  printf '▶ %-28s' "$name"
  "$@" >"$log" 2>&1
  local status=$?
  STAGE_PASSED=0; STAGE_FAILED=0
  if [ "$counter" = check ]; then
    if [ $status = 0 ]; then STAGE_PASSED=1; else STAGE_FAILED=1; fi
  else
    "$counter" "$log"
    if [ $status != 0 ] && [ "$STAGE_FAILED" = 0 ]; then STAGE_FAILED=1; fi
  fi
  PASSED=$((PASSED + STAGE_PASSED)); FAILED=$((FAILED + STAGE_FAILED))
  local took=$(( $(date +%s) - t0 ))
  if [ $status = 0 ]; then
    printf 'ok    %4d passed  %4ds\n' "$STAGE_PASSED" "$took"
  else
    printf 'FAIL  %4d passed, %d failed  %ds\n' "$STAGE_PASSED" "$STAGE_FAILED" "$took"
    echo "── last lines of $log ──"
    tail -n 60 "$log"
    echo "──"
    echo "Stopped at the first failing stage: $name"
    echo "$PASSED passed, $FAILED failed"
    exit 1
  fi
}

echo "· installing what is missing (fast when everything is there)"
setup_all || { echo "Stopped at the first failing stage: setup"; echo "0 passed, 1 failed"; exit 1; }

stage "format" check cargo fmt --all -- --check
stage "clippy native" check cargo clippy --offline --workspace --all-targets --locked -- -D warnings
stage "clippy wasm32" check cargo clippy --offline --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
stage "native tests" count_cargo cargo test --offline --locked --workspace
stage "browser component tests" count_cargo cargo test --offline --locked --target wasm32-unknown-unknown
stage "release build" check trunk build --release --offline
# Never shipped: the same build with the crash switches, for panic.spec.mjs only.
stage "test build" check env FRONTIER_COST_FEATURES=test-hooks trunk build --release --offline --features test-hooks --dist target/dist-test

count_budget() {
  STAGE_PASSED=$(grep -c '^ok ' "$1"); STAGE_FAILED=$(grep -c '^FAIL ' "$1")
}
# Every preset × language page written by scripts/prerender.mjs, parsed as HTML.
stage "pre-rendered pages" count_budget node tests/prerendered-pages.mjs dist

count_playwright() {
  local report="$ROOT/target/e2e-report.json"
  if [ -f "$report" ]; then
    read -r STAGE_PASSED STAGE_FAILED < <(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const s = r.stats || {};
      console.log((s.expected || 0) + (s.flaky || 0), (s.unexpected || 0));' "$report")
  fi
}
E2E_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
E2E_TEST_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export E2E_PORT E2E_TEST_PORT
rm -f "$ROOT/target/e2e-report.json"
stage "end-to-end (Chromium)" count_playwright npx playwright test --config tests/e2e/playwright.config.mjs

stage "size budget" count_budget node tests/size-budget.mjs dist

echo "All stages passed in $(( $(date +%s) - START ))s."
echo "$PASSED passed, $FAILED failed"
