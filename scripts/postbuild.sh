#!/usr/bin/env bash
# Trunk post-build hook, in the staging folder:
# 1. prerenders the widget's first paint natively, with the very components the wasm runs;
# 2. minifies the stylesheet with esbuild;
# 3. bundles the entry module, the stylesheet and the prerendered markup into one minified
#    `live-scheme-selector.js`, and minifies the wasm-bindgen glue beside it (`lss.js`);
# 4. paints the demo page's widget into its HTML (declarative shadow DOM) and writes the
#    ready-to-paste embed snippets;
# 5. for release builds, writes .br and .gz beside every asset.
set -euo pipefail
src="${TRUNK_SOURCE_DIR:?}"
cd "${TRUNK_STAGING_DIR:?}"
cargo run --quiet --manifest-path "$src/Cargo.toml" --features ssr --bin prerender -- .
esbuild "$src/styles/live-scheme-selector.css" --minify --log-level=warning \
  --outfile=live-scheme-selector.css --allow-overwrite
# ES2019: Chrome 78 and Safari 13 (older WeChat browsers) must still run the loader to show the
# rules. The paint kit (markup and stylesheet) is a module of its own, fetched only by pages
# that do not carry the widget in their HTML.
bundle() {
  esbuild "$1" --bundle --format=esm --minify --legal-comments=none \
    --target=es2019 --supported:import-meta=true --loader:.html=text --loader:.css=text \
    --external:./live-scheme-selector-paint.js --external:./lss.js --log-level=warning --allow-overwrite --outfile="$2"
}
cp "$src/js/paint.js" paint-entry.js
# The settings module the entry module imports, bundled into it.
cp "$src/js/settings.js" settings.js
bundle paint-entry.js live-scheme-selector-paint.js
bundle live-scheme-selector.js live-scheme-selector.js
# The wasm-bindgen glue, imported by the module once the page has loaded: minified as it is.
esbuild lss.js --minify --format=esm --target=es2019 --legal-comments=none --log-level=warning \
  --allow-overwrite --outfile=lss.js
node "$src/scripts/paint-page.mjs" .
rm -f lss.d.ts paint-entry.js settings.js prerender.*.html
# With inject_scripts off, Trunk leaves its own build directive in the page; drop it.
sed -i -E 's#<link [^>]*data-trunk[^>]*>##g' index.html
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
for f in *.html *.js *.css *.wasm; do
  [ -f "$f" ] || continue
  gzip -9 -n -k -f "$f"
  brotli -q 11 -k -f "$f"
done
node "$src/scripts/package-dist.mjs" .  # dist/ as an npm package: package.json, types, manifest
