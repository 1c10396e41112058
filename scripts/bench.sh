#!/usr/bin/env bash
# Builds the release dist/, then prints sizes, startup and interaction timings (Chromium), the
# decision function's own speed (native), the style isolation comparison, Lighthouse's mobile
# audit and a page of 100 widgets; ends with every budget, ok or MISS, and exits non-zero when one is missed.
# Quicker runs: BENCH_LOADS, BENCH_CLICKS, BENCH_LH_RUNS; BENCH_BUILD=0 reuses dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
[ "${BENCH_BUILD:-1}" = 0 ] || trunk build --release

BENCH_SUMMARY=$(mktemp)
export BENCH_SUMMARY
trap 'rm -f "$BENCH_SUMMARY"' EXIT
status=0
misses() { grep -c '^MISS' "$BENCH_SUMMARY" || true; }
# A step that fails without recording a missed budget (an error) counts as a miss too.
step() {
  local before
  before=$(misses)
  "$@" && return
  status=1
  [ "$(misses)" -gt "$before" ] || echo "MISS error: $* failed" >>"$BENCH_SUMMARY"
}

step node scripts/bench.mjs
echo
echo "4. The decision function alone (native, release)"
step cargo run --quiet --release --example bench_decide
echo
echo "5. Style isolation under a hostile host stylesheet"
step node scripts/isolation.mjs
step node scripts/lighthouse.mjs
step node scripts/scale.mjs

echo
echo "Budgets"
cat "$BENCH_SUMMARY"
[ "$(misses)" -eq 0 ] || status=1
exit $status
