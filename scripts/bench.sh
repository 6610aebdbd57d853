#!/usr/bin/env bash
# The benchmark: prints the size of the release build (raw, gzip, brotli), native timings of the
# model, and browser timings against a plain static page measured in the same run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$ROOT"
echo "== release build =="
mkdir -p target
trunk build --release --offline >target/bench-build.log 2>&1 || {
  tail -40 target/bench-build.log; echo "the release build failed (target/bench-build.log)" >&2; exit 1; }
node scripts/bench-size.mjs dist
echo
echo "== native =="
cargo run --quiet --offline --release -p frontier-cost-model --example bench_model
echo
echo "== browser (headless Chromium, 127.0.0.1) =="
node scripts/bench-browser.mjs
