#!/usr/bin/env bash
# The long fuzz run (not part of ./scripts/test.sh, which runs a quick 20,000 cases):
#   ./scripts/fuzz.sh [cases] [seed]     default: 1,000,000 cases, the fixed seed
# Hostile and broken links through the link decoder, and arbitrary valid states through the
# model: no panic, a valid state, every output finite, and the state links back to itself.
# Prints the number of cases and the time; exits non-zero naming the first failing case.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
ensure_crates
cd "$ROOT"
# Optimised, with unwinding so that a panic is caught and reported with its input.
cargo run --quiet --offline --profile bench-native -p frontier-cost-fuzz --bin fuzz -- "${1:-1000000}" ${2:+"$2"}
