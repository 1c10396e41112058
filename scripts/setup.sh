#!/usr/bin/env bash
# Installs whatever this machine lacks to build (`setup.sh build`) or also test and benchmark
# (`setup.sh test`). Idempotent: a tool already at the right version is left alone.
#
# On a fresh machine the time goes into compiling Trunk and wasm-bindgen-cli, so both compile
# at once, unoptimised, and without the TLS and update-check features neither needs here
# (Trunk runs offline; the test runner only talks to a local chromedriver). Debian's packages
# and the npm tools, bound by network and disk rather than CPU, install in the background
# meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the exact wasm-bindgen pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n 1)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: no exact wasm-bindgen pin in Cargo.toml" >&2; exit 1; }

say() { echo "setup: $*"; }

# --- Debian packages and npm tools, in the background -------------------------------------
apt_pkgs=()
command -v brotli >/dev/null || apt_pkgs+=(brotli)
command -v npm >/dev/null || apt_pkgs+=(nodejs npm)
if [ "$mode" = test ]; then
  command -v chromium >/dev/null || apt_pkgs+=(chromium)
  command -v chromedriver >/dev/null || apt_pkgs+=(chromium-driver)
  # CJK fonts make screenshots of the Chinese interface readable.
  [ -d /usr/share/fonts/opentype/noto ] || apt_pkgs+=(fonts-noto-cjk)
  # The other two engines the core flows run in: Firefox over WebDriver BiDi, and WebKitGTK's
  # MiniBrowser through its WebDriver, on a virtual X display.
  command -v firefox-esr >/dev/null || apt_pkgs+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || apt_pkgs+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || apt_pkgs+=(xvfb)
  command -v xauth >/dev/null || apt_pkgs+=(xauth)
fi
# npm ci only when the lock file changed since the last install.
need_npm=
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  need_npm=1
fi

bg_pid=
bg_log=
if [ ${#apt_pkgs[@]} -gt 0 ] || [ -n "$need_npm" ]; then
  bg_log=$(mktemp)
  (
    set -e
    if [ ${#apt_pkgs[@]} -gt 0 ]; then
      say "apt-get update"
      apt-get update -qq
      say "apt-get install ${apt_pkgs[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
    fi
    if [ -n "$need_npm" ]; then
      say "installing npm tools (wasm-opt, esbuild, the browser drivers, axe-core, the bundlers)"
      npm ci --no-audit --no-fund --no-update-notifier --loglevel=error
    fi
  ) >"$bg_log" 2>&1 &
  bg_pid=$!
  say "installing ${apt_pkgs[*]:+${apt_pkgs[*]} and }${need_npm:+npm tools }in the background"
fi

# --- Rust target, components and the two cargo tools ---------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$mode" = test ]; then
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
fi

# Unoptimised builds (`--debug`, without debug info) compile in under half the CPU time of
# optimised ones, and these tools' own work here is small. wasm-bindgen's DWARF and wasm
# passes get opt-level 1, as the browser tests hand it a debug wasm of about 30 MB.
export CARGO_PROFILE_DEV_DEBUG=0
wasm_bindgen_opt=(
  --config 'profile.dev.package.walrus.opt-level=1'
  --config 'profile.dev.package.gimli.opt-level=1'
  --config 'profile.dev.package.wasmparser.opt-level=1'
  --config 'profile.dev.package."wasm-bindgen-cli-support".opt-level=1'
)

# Each install prefixes its output with the tool's name, as the two run side by side.
prefixed() { local tag=$1; shift; "$@" 2>&1 | sed -u "s/^/$tag: /"; }

cargo_pids=()
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION"
  # No default features: they are TLS and an update check against crates.io, both unused
  # offline; `trunk build` and `trunk serve` work the same without them.
  prefixed trunk \
    cargo install --debug --locked --no-default-features trunk --version "$TRUNK_VERSION" &
  cargo_pids+=($!)
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's lock file names a crate version the registry lacks. No default
  # features: that is TLS, and wasm-bindgen-test-runner only talks to a local chromedriver.
  prefixed wasm-bindgen cargo "${wasm_bindgen_opt[@]}" \
    install --debug --no-default-features wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force &
  cargo_pids+=($!)
fi

failed=
for pid in "${cargo_pids[@]}"; do
  wait "$pid" || failed=1
done

if [ -n "$bg_pid" ]; then
  if wait "$bg_pid"; then
    cat "$bg_log"
  else
    cat "$bg_log" >&2
    failed=1
  fi
  rm -f "$bg_log"
fi
[ -z "$failed" ] || { echo "setup: failed" >&2; exit 1; }
say "ready ($mode)"
