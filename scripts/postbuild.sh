#!/usr/bin/env bash
# Trunk post-build hook, in the staging folder:
# 1. prerenders the widget's first paint natively, with the very components the wasm runs;
# 2. minifies the stylesheet with esbuild;
# 3. bundles the entry module with the settings into one minified `live-scheme-selector.js`;
#    the prerendered markup (the paint kit), the stylesheet's text and the rules fallback into
#    modules of their own that it imports when a page needs them; and minifies the wasm-bindgen
#    glue (`lss.js`);
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
# rules. The paint kit (markup) is fetched only by pages that do not carry the widget in their
# HTML, the stylesheet's text by those and by pages that mount widgets of their own, the rules
# fallback only where the widget cannot run.
bundle() {
  esbuild "$1" --bundle --format=esm --minify --legal-comments=none \
    --target=es2019 --supported:import-meta=true --loader:.html=text --loader:.css=text \
    --external:./live-scheme-selector-paint.js --external:./live-scheme-selector-style.js \
    --external:./live-scheme-selector-rules.js \
    --external:./lss.js --log-level=warning --allow-overwrite --outfile="$2"
}
cp "$src/js/paint.js" paint-entry.js
cp "$src/js/style.js" style-entry.js
cp "$src/js/rules.js" rules-entry.js
# The settings module the entry module imports, bundled into it.
cp "$src/js/settings.js" settings.js
bundle paint-entry.js live-scheme-selector-paint.js
bundle style-entry.js live-scheme-selector-style.js
bundle rules-entry.js live-scheme-selector-rules.js
bundle live-scheme-selector.js live-scheme-selector.js
# The wasm-bindgen glue, imported by the module once the page has loaded: minified as it is.
esbuild lss.js --minify --format=esm --target=es2019 --legal-comments=none --log-level=warning \
  --allow-overwrite --outfile=lss.js
# The demo page's own language switch, minified as it is.
esbuild demo.js --minify --target=es2019 --legal-comments=none --log-level=warning \
  --allow-overwrite --outfile=demo.js
node "$src/scripts/paint-page.mjs" .
rm -f lss.d.ts paint-entry.js style-entry.js rules-entry.js settings.js prerender.*.html
# With inject_scripts off, Trunk leaves its own build directive in the page; drop it.
sed -i -E 's#<link [^>]*data-trunk[^>]*>##g' index.html
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
for f in *.html *.js *.css *.wasm; do
  [ -f "$f" ] || continue
  gzip -9 -n -k -f "$f"
  brotli -q 11 -k -f "$f"
done
node "$src/scripts/package-dist.mjs" .  # dist/ as an npm package: package.json, types, manifest
