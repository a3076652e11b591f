#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A monthly timeline over two years of a store (by default 1,000,000 people and 5,000,000 orders,
# spread evenly over 2022 and 2023) against its peer measured in the same run: the same 24 as-of
# runs made one by one with `persona-cli cluster --as-of`. Prints both, the ratio (target <= 0.25)
# and the timeline's peak memory (target < 1 GB).
# usage: bench/timeline.sh [BUILD_DIR]
#   PW_BENCH_TIMELINE_PEOPLE / PW_BENCH_TIMELINE_ORDERS: a smaller store (e.g. 100000 / 500000)
#   PW_BENCH_TIMELINE_DIR: where the generated store is kept for re-runs
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
PEOPLE="${PW_BENCH_TIMELINE_PEOPLE:-1000000}"
ORDERS="${PW_BENCH_TIMELINE_ORDERS:-5000000}"
DIR="${PW_BENCH_TIMELINE_DIR:-/tmp/pw-bench-timeline}"
STORE="$DIR/store-$PEOPLE-$ORDERS.personas"
CLI="$BUILD/app/persona-cli"
mkdir -p "$DIR"
if [ ! -f "$STORE" ]; then
  echo "generating the store ($PEOPLE people, $ORDERS orders)..." >&2
  "$BUILD/bench/bench_engine" generate "$STORE.tmp" "$PEOPLE" "$ORDERS" && mv "$STORE.tmp" "$STORE"
fi
now() { date +%s.%N; }
peak_mb() { awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$1"; }

# Ours: one timeline, every month end of 2022 and 2023.
cp "$STORE" "$DIR/timeline.personas"
t0=$(now)
/usr/bin/time -v -o "$DIR/timeline.time" "$CLI" timeline --project "$DIR/timeline.personas" --every month \
  --from 2022-01-01 --to 2023-12-31 >"$DIR/timeline.out"
t1=$(now)
runs=$(grep -c "as of" "$DIR/timeline.out")

# The peer: the same month ends, one cluster --as-of each.
cp "$STORE" "$DIR/separate.personas"
peer_mb=0
t2=$(now)
for month in $(seq 0 23); do
  end=$(date -u -d "2022-01-01 +$((month + 1)) month -1 day" +%F)
  /usr/bin/time -v -o "$DIR/separate.time" "$CLI" cluster --project "$DIR/separate.personas" --as-of "$end" >/dev/null
  mb=$(peak_mb "$DIR/separate.time"); [ "$mb" -gt "$peer_mb" ] && peer_mb=$mb
done
t3=$(now)

ours=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
peer=$(awk -v a="$t2" -v b="$t3" 'BEGIN {printf "%.2f", b - a}')
echo "store_people $PEOPLE"
echo "store_orders $ORDERS"
echo "timeline_runs $runs"
echo "timeline_seconds $ours"
echo "separate_cluster_runs_seconds $peer"
echo "ratio $(awk -v a="$ours" -v b="$peer" 'BEGIN {printf "%.2f", a / b}') (target <= 0.25)"
echo "timeline_peak_mb $(peak_mb "$DIR/timeline.time") (target < 1024)"
echo "separate_peak_mb $peer_mb"
