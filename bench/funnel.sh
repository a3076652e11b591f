#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Journey funnels on 1M people and 20M events: must take under 10 s. Prints the figures and the
# ratios against the budget and against a plain one-query SQL count of the stages.
# usage: bench/funnel.sh [BUILD_DIR]   (the generated store is kept in /tmp for re-runs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
STORE="${PW_BENCH_FUNNEL_STORE:-/tmp/pw-bench-funnel.personas}"
out="$("$BUILD/bench/bench_funnel" "$STORE" 1000000 20)"
echo "$out"
secs=$(awk '$1 == "funnel_seconds" {print $2}' <<<"$out")
peer=$(awk '$1 == "peer_sql_counts_seconds" {print $2}' <<<"$out")
awk -v s="$secs" -v p="$peer" 'BEGIN {
  printf "ratio_to_10s_budget %.2f (%s)\n", s / 10, (s < 10 ? "within budget" : "OVER BUDGET");
  if (p > 0) printf "ratio_to_plain_sql_counts %.2f\n", s / p;
  exit (s < 10 ? 0 : 1) }'
