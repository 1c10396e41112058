#!/usr/bin/env bash
# Trunk post-build hook: writes .br and .gz beside every text and wasm asset of a release build,
# for servers and CDNs that serve precompressed files as they are.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
cd "${TRUNK_STAGING_DIR:?}"
for f in *.html *.js *.css *.wasm; do
  [ -f "$f" ] || continue
  gzip -9 -n -k -f "$f"
  brotli -q 11 -k -f "$f"
done
