#!/usr/bin/env bash
# Builds the release app and serves it on 127.0.0.1 (PORT, default 8080), printing the address.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
cd "$ROOT"
trunk build --release --offline
exec node scripts/static-server.mjs --root dist --host 127.0.0.1 --port "${PORT:-8080}"
