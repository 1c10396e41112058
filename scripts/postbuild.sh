#!/usr/bin/env bash
# Trunk post-build hook. Bundles the entry module with the wasm-bindgen glue into one minified
# `live-scheme-selector.js` (one request fewer, about 2 KB less after brotli), then, for release
# builds, writes .br and .gz beside every asset for servers and CDNs that serve them as they are.
set -euo pipefail
cd "${TRUNK_STAGING_DIR:?}"
esbuild live-scheme-selector.js --bundle --format=esm --minify --legal-comments=none \
  --log-level=warning --allow-overwrite --outfile=live-scheme-selector.js
rm -f lss.js lss.d.ts
# With inject_scripts off, Trunk leaves its own build directive in the page; drop it.
sed -i -E 's#<link [^>]*data-trunk[^>]*>##g' index.html
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
for f in *.html *.js *.css *.wasm; do
  [ -f "$f" ] || continue
  gzip -9 -n -k -f "$f"
  brotli -q 11 -k -f "$f"
done
node "${TRUNK_SOURCE_DIR:?}/scripts/package-dist.mjs" .  # dist/ as an npm package: package.json, types, manifest
