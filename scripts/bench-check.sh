#!/usr/bin/env bash
# Runs the criterion benchmark of the engine on a 60-article, ~200 KB treaty
# and fails when the median exceeds twice the 10 ms target. Machines here are
# noisy: a run over the limit is repeated, and the verdict is the median of
# five runs' medians. The README reports the measured figures.
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT_MS="${ACCORD_BENCH_LIMIT_MS:-20}"
est=target/criterion/analyze/treaty-60-articles/new/estimates.json

run() {
  cargo bench -p accord-core --bench analyze --locked -- --warm-up-time 3 --measurement-time 6 treaty >/dev/null 2>&1
  python3 -c "import json; print(json.load(open('$est'))['median']['point_estimate'] / 1e6)"
}

first=$(run)
runs="$first"
if python3 -c "import sys; sys.exit(0 if $first <= $LIMIT_MS else 1)"; then
  :
else
  echo "first run: median $first ms, over $LIMIT_MS ms: running four more"
  runs="$runs $(run) $(run) $(run) $(run)"
fi
python3 - "$LIMIT_MS" $runs <<'PY'
import statistics, sys
limit = float(sys.argv[1])
runs = [float(x) for x in sys.argv[2:]]
ms = statistics.median(runs)
print(f"analyze 60-article treaty: median {ms:.2f} ms over {len(runs)} run(s) ({', '.join(f'{r:.1f}' for r in runs)}); "
      f"~{0.2 / (ms / 1e3):.1f} MB/s; target 10 ms, CI limit {limit:.0f} ms")
sys.exit(0 if ms <= limit else 1)
PY
