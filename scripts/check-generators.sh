#!/usr/bin/env bash
# One source of truth per case: each tests/make_*.py writes its JSONL with
# the cases' provenance; the committed JSONL must be exactly what the
# generator writes (run in a scratch copy, compared byte for byte).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp tests/*.py "$tmp/"
(cd "$tmp" && for g in make_*.py; do python3 "$g" > /dev/null; done)
fail=0
for g in tests/make_*.py; do
  out=$(grep -o '"[a-z0-9_]*\.jsonl"' "$g" | tail -1 | tr -d '"')
  if ! cmp -s "tests/$out" "$tmp/$out"; then
    echo "FAIL: tests/$out is not what $g writes (edit the generator, then run it)" >&2
    fail=1
  fi
done
[ "$fail" = 0 ] && echo "generators: every tests/*.jsonl is what its make_*.py writes"
exit "$fail"
