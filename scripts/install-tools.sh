#!/usr/bin/env bash
# Installs what the WebAssembly build and the browser tests need, only when
# missing or of another version. Nothing here downloads a prebuilt binary at
# build time: wasm-bindgen-cli is compiled from crates.io, wasm-opt comes from
# the npm package `binaryen`, Chromium and chromedriver from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# wasm-bindgen-cli: exactly the version Cargo.lock resolves.
# It is installed once per machine under ~/.cargo (it survives between
# clones and CI runs) and linked into .tools/bin, where wasm-pack.toml looks.
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3}' Cargo.lock)
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
have=$("$cargo_bin/wasm-bindgen" --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none}); about 3 minutes"
  # Not --locked: its lockfile wants a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$want" --force
fi
mkdir -p .tools/bin
for b in wasm-bindgen wasm-bindgen-test-runner; do ln -sf "$cargo_bin/$b" ".tools/bin/$b"; done

# wasm-opt (binaryen), Playwright's driver (no browser download) and axe-core.
if [ ! -x web/node_modules/binaryen/bin/wasm-opt ] || [ ! -d web/node_modules/playwright-core ] || [ ! -d web/node_modules/axe-core ]; then
  (cd web && npm ci --no-audit --no-fund)
fi

# Chromium and chromedriver for the browser tests (not needed to build and serve).
if [ "${1:-}" = "--build-only" ]; then exit 0; fi
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium chromium-driver
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium chromium-driver
  fi
fi
