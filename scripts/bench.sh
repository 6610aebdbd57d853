#!/usr/bin/env bash
# The benchmark: prints the size of the release build (raw, gzip, brotli), native timings of the
# model, and browser timings against a plain static page measured in the same run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$ROOT"
echo "== release build =="
trunk build --release --offline >/dev/null 2>&1
node scripts/bench-size.mjs dist
echo
echo "== native =="
cargo run --quiet --offline --release --example bench_model
echo
echo "== browser (headless Chromium, 127.0.0.1) =="
node scripts/bench-browser.mjs
