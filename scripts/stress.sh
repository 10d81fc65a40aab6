#!/usr/bin/env bash
# Pathological inputs (issue 10): every shape below the 1 MiB limit must be
# analysed in well under a second. Each shape is run at n and at 4n (4n is
# the recipe of the issue); the script fails when a run takes over
# $STRESS_LIMIT seconds (default 2: machines are noisy), when the program
# crashes (exit code other than 0, 1, 2), or when the time does not scale
# linearly: best CPU time of three at 4n over 6 × that at n (plus 50 ms, so
# that start-up noise on tiny timings does not count).
#
# Usage: scripts/stress.sh [path/to/accord]   (default: target/release/accord)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-target/release/accord}"
LIMIT="${STRESS_LIMIT:-2}"
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
fail=0

# repeat STRING COUNT: STRING written COUNT times (no separator).
repeat() { (set +o pipefail; yes "$1" | head -n "$2" | tr -d '\n'); }
# repeat_lines STRING COUNT: COUNT lines of STRING.
repeat_lines() { (set +o pipefail; yes "$1" | head -n "$2"); }
# bytes CHAR COUNT.
bytes() { head -c "$2" /dev/zero | tr '\0' "$1"; }

# make SHAPE COUNT FILE: the input of shape SHAPE at size COUNT.
make() {
  local n="$2"
  case "$1" in
    headings) repeat_lines 'Article 1' "$n" ;;
    not) printf 'States shall '; repeat 'not ' "$n"; printf 'require service providers to decrypt communications.' ;;
    no) repeat 'no ' "$n" ;;
    require) printf 'States shall '; repeat 'require ' "$n"; printf 'decrypt communications.' ;;
    without) printf 'States shall '; repeat 'without ' "$n"; printf 'decrypt communications.' ;;
    prevent) printf 'Nothing shall '; repeat 'prevent ' "$n"; printf 'States from requiring decryption.' ;;
    replace-double) repeat 'Replace “' "$n" ;;
    replace-single) repeat "Replace 'a " "$n" ;;
    quotes) repeat '"a" with ' "$n" ;;
    clauses) repeat 'Each State Party shall require service providers to decrypt communications; ' "$n" ;;
    sentences) repeat 'States shall require decryption without a warrant. ' "$n" ;;
    # Each sentence asks whether the rest of the provision sets up a regime
    # (rules' none_elsewhere): every trigger, every other sentence.
    refusals) repeat 'Mutual legal assistance shall not be refused. ' "$n" ;;
    # One negation before many limits: each limit asks for its negator.
    limits) printf 'No order shall cover '; repeat 'specified data, ' "$n" ;;
    brackets) repeat '[shall][may] require [a][b] ' "$n" ;;
    open-brackets) bytes '[' "$n" ;;
    treaty-text) repeat "$(tr '\n' ' ' < examples/decryption-mandate.txt) Decisions shall be taken by consensus. " "$n" ;;
    dots) bytes '.' "$n" ;;
    parens) bytes '(' "$n" ;;
    semicolons) bytes ';' "$n" ;;
    newlines) bytes '\n' "$n" ;;
    *) echo "unknown shape $1" >&2; exit 2 ;;
  esac > "$3"
}

# run FILE FORMAT: "WALL CPU" in milliseconds, each the best of three;
# fails on a crash. The linearity check reads CPU time (user + system),
# which other processes on a loaded machine disturb far less than the
# wall-clock time the 2 s limit is checked on.
run() {
  local wall="" cpu="" t c s e code times
  for _ in 1 2 3; do
    s=$(date +%s%N)
    times=$( { TIMEFORMAT='%3U %3S'; time { "$BIN" check --format "$2" "$1" > /dev/null 2> "$DIR/err"; echo $? > "$DIR/code"; }; } 2>&1 )
    e=$(date +%s%N)
    code=$(cat "$DIR/code")
    if [ "$code" -gt 2 ]; then
      echo "FAIL: exit $code on $1: $(head -c 300 "$DIR/err")" >&2
      fail=1
    fi
    t=$(( (e - s) / 1000000 ))
    c=$(echo "$times" | awk '{ printf "%d", ($1 + $2) * 1000 }')
    if [ -z "$wall" ] || [ "$t" -lt "$wall" ]; then wall=$t; fi
    if [ -z "$cpu" ] || [ "$c" -lt "$cpu" ]; then cpu=$c; fi
  done
  echo "$wall $cpu"
}

printf '%-16s %8s %10s %10s %10s %s\n' shape bytes "cpu ms n" "cpu ms 4n" "wall 4n" verdict
# shape, count at 4n (at most 1 MiB of input), format
while read -r shape count format; do
  quarter=$((count / 4))
  make "$shape" "$quarter" "$DIR/small"
  make "$shape" "$count" "$DIR/big"
  size=$(wc -c < "$DIR/big")
  if [ "$size" -gt 1048576 ]; then echo "FAIL: the $shape input is $size bytes, over 1 MiB" >&2; fail=1; fi
  read -r w1 t1 <<< "$(run "$DIR/small" "$format")"
  read -r w4 t4 <<< "$(run "$DIR/big" "$format")"
  verdict=ok
  if [ "$w4" -gt $((LIMIT * 1000)) ]; then verdict="FAIL: over ${LIMIT} s"; fail=1; fi
  if [ "$t4" -gt $((6 * t1 + 50)) ]; then
    # A stalled run: measure the pair once more before calling it quadratic.
    read -r _ r1 <<< "$(run "$DIR/small" "$format")"
    read -r _ r4 <<< "$(run "$DIR/big" "$format")"
    t1=$(( r1 < t1 ? r1 : t1 ))
    t4=$(( r4 < t4 ? r4 : t4 ))
    if [ "$t4" -gt $((6 * t1 + 50)) ]; then verdict="FAIL: not linear"; fail=1; fi
  fi
  printf '%-16s %8s %10s %10s %10s %s\n' "$shape" "$size" "$t1" "$t4" "$w4" "$verdict"
done <<'EOF'
headings 100000 json
not 200000 json
no 349000 json
require 100000 json
without 120000 json
prevent 110000 json
replace-double 90000 json
replace-single 90000 json
quotes 110000 json
clauses 12000 json
sentences 20000 json
refusals 22000 json
limits 60000 json
brackets 35000 json
open-brackets 1000000 json
treaty-text 3000 text
treaty-text 3000 json
dots 1000000 json
parens 1000000 json
semicolons 1000000 json
newlines 900000 json
EOF
exit "$fail"
