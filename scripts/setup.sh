#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there.
# Sourced by run.sh, test.sh and bench.sh; safe to run again (idempotent, fast when warm).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
TRUNK_VERSION="0.21.14"

say() { printf '· %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

# The wasm-bindgen version the lockfile resolved: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup" >&2; return 1; }
  local installed; installed="$(rustup component list --installed 2>/dev/null)"
  for component in clippy rustfmt; do
    grep -q "^$component" <<<"$installed" || rustup component add "$component"
  done
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (several minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local version; version="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    say "installing wasm-bindgen-cli $version (a few minutes, once)"
    # --locked fails to resolve wasm-bindgen-cli's own lockfile here; the version is exact.
    cargo install wasm-bindgen-cli --version "$version" --force
  fi
}

ensure_node() {
  # Playwright and marked need Node.js 20 or later (Debian 12's own package is 18).
  command -v node >/dev/null && node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || {
    echo "need Node.js 20 or later, with npm (https://nodejs.org/ or NodeSource's packages)" >&2; return 1; }
}

ensure_npm() {
  ensure_node
  local stamp="$ROOT/node_modules/.lock-stamp"
  local want; want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --no-update-notifier --loglevel=error)
    echo "$want" > "$stamp"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

ensure_crates() {
  # Fetch once so that every later build can run offline.
  (cd "$ROOT" && cargo fetch --locked -q)
}

setup_build() { ensure_rust; ensure_crates; ensure_trunk; ensure_wasm_bindgen; ensure_npm; }
setup_all() { setup_build; ensure_chromium; }
