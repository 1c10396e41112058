#!/usr/bin/env bash
# Every check and test, in the order that fails fastest: format, lints, native rules tests,
# browser tests of the mounted widget, then the release build and its end-to-end suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Each step says when it started, and the run ends with the whole time: CI allows 90 minutes.
step() { echo; echo "== $* (at $((SECONDS / 60))m$((SECONDS % 60))s)"; }

step "format"
cargo fmt --check

step "types (tsc)"
tests/types/check.sh

step "lints (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --features ssr --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests (rules, exhaustive)"
cargo test

step "browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --test web --test web_panic

step "release build"
trunk build --release

step "end-to-end tests against dist/ (Playwright, axe-core; the npm package in Vite, webpack and esbuild apps; Chromium, Firefox and WebKit)"
node --test --test-concurrency=1 tests/e2e/
