#!/usr/bin/env bash
# Builds the release dist/, then prints sizes, startup and interaction timings (Chromium) and
# the decision function's own speed (native). Exits non-zero when a budget is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
status=0
node scripts/bench.mjs || status=$?
echo
echo "4. The decision function alone (native, release)"
cargo run --quiet --release --example bench_decide
echo
echo "5. Style isolation under a hostile host stylesheet"
node scripts/isolation.mjs
exit $status
