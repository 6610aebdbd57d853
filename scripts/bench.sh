#!/usr/bin/env bash
# The benchmark: prints the size of the release build (raw, gzip, brotli), native timings of the
# model, browser timings against a plain static page measured in the same run, and Lighthouse
# (mobile preset) against a release build served with gzip.
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
echo
echo "== Lighthouse ${LIGHTHOUSE_VERSION:=12.8.2} (mobile preset, 127.0.0.1 with gzip, built with PUBLIC_URL) =="
# Installed on demand into target/lighthouse (never part of the tests), then run offline.
LH_DIR="$ROOT/target/lighthouse"
if [ "$(node -p 'require(process.argv[1]).version' "$LH_DIR/node_modules/lighthouse/package.json" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  mkdir -p "$LH_DIR"
  npm install --prefix "$LH_DIR" --no-audit --no-fund --no-update-notifier --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
LH_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
PUBLIC_URL="http://127.0.0.1:$LH_PORT/" trunk build --release --offline --dist target/bench-public >target/bench-public-build.log 2>&1 || {
  tail -40 target/bench-public-build.log; echo "the PUBLIC_URL build failed (target/bench-public-build.log)" >&2; exit 1; }
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node scripts/bench-lighthouse.mjs target/bench-public "$LH_PORT"
