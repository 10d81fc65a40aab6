#!/usr/bin/env bash
# Every test of the project, as CI runs it. Usage: scripts/test.sh
# Installs what it needs when missing (the wasm32 target; later the WASM tools
# and Chromium), then: format, lints, unit/integration/property/snapshot tests,
# the wasm32 build of the core, the quality gates (ratchets) and the
# performance budget.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
SHARED="${ACCORD_SHARED:-../shared}"

step() { printf '\n==> %s\n' "$*"; }

step "tools (installed only when missing)"
scripts/install-tools.sh
cargo --version

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "labelled sets: each tests/*.jsonl is exactly what its generator writes"
scripts/check-generators.sh

step "tests (unit, rules, catalog, gates on tests/cases.jsonl, properties, snapshots, CLI)"
if [ ! -d "$SHARED/seeds" ]; then export ACCORD_NO_SEEDS=1; fi
INSTA_UPDATE=no cargo test --workspace --locked

step "accord-core builds for wasm32-unknown-unknown"
cargo build -p accord-core --target wasm32-unknown-unknown --profile wasm-release --locked

step "quality gates on the development corpora (ratchets: quality/dev.json, quality/dev2.json)"
cargo build --release -p accord-cli --locked
for name in dev dev2; do
  if [ -f "$SHARED/corpus/$name.jsonl" ]; then
    echo "-- $SHARED/corpus/$name.jsonl (record quality/$name.json)"
    ./target/release/accord eval "$SHARED/corpus/$name.jsonl" --gate "quality/$name.json" | tail -n 6
  else
    echo "no $SHARED/corpus/$name.jsonl here: skipped (the own cases above are gated in any case)"
  fi
done
# Sets scored blind first (quality/BLIND.md): held to their records in
# quality/blind/, which rise as mechanisms improve; not yet at the issue's
# targets, so they are not among the tests/*.jsonl sets that must be.
for corpus in tests/blind/*.jsonl; do
  name=$(basename "$corpus" .jsonl)
  echo "-- $corpus (record quality/blind/$name.json)"
  ./target/release/accord eval "$corpus" --gate "quality/blind/$name.json" | tail -n 6
done
for corpus in tests/*.jsonl; do
  name=$(basename "$corpus" .jsonl)
  echo "-- $corpus (record quality/$name.json)"
  ./target/release/accord eval "$corpus" --gate "quality/$name.json" | tail -n 6
done

step "pathological inputs: each under 2 s and linear in its size (scripts/stress.sh)"
scripts/stress.sh target/release/accord

step "WebAssembly: cargo xtask dist (npm package and web site) and size budgets"
cargo xtask dist

step "performance budget (criterion; target 10 ms, fails over the limit in scripts/bench-check.sh)"
scripts/bench-check.sh

step "npm package in Node, widget and budgets in headless Chromium (node --test web/tests/)"
node --test --test-concurrency=1 web/tests/

step "wasm API in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$PWD/.tools/bin/wasm-bindgen-test-runner" \
CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test -p accord-wasm --target wasm32-unknown-unknown --locked

