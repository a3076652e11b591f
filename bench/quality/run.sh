#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The quality corpus: how right the proposed personas are. Generates stores of planted, labelled
# behaviours (bench_quality_generate; shapes in shapes.cpp), imports each and the real data sets
# of ../shared/data into a project, runs `persona-cli cluster --k auto`, and scores the result
# (bench_quality_report): the chosen k, the adjusted Rand index of the assignments against the
# planted groups, each persona's archetype against its group's expected ones, and the checks of
# EXPECTATIONS.md. Prints OK/FAIL per store against the target (right k, ARI >= 0.85, every name
# right, every check OK) and "stores right: N / M"; writes the report as JSON. Exits 0 whatever
# the personas (a measurement); non-zero only when it cannot run.
# usage: bench/quality/run.sh [--quick] [--big] [--seed N] [--json OUT] [BUILD_DIR]
#   --quick  every generated store at a quarter of its size
#   --big    also generate a store of the issue's shape with 1,000,000 people, timed (not scored)
#   the stores are kept in $PW_BENCH_QUALITY_DIR (default /tmp/pw-bench-quality); the JSON report
#   goes to OUT (default $PW_BENCH_QUALITY_DIR/report.json)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${PW_BENCH_QUALITY_DIR:-/tmp/pw-bench-quality}"
DATA="${PW_DATA_DIR:-$ROOT/../shared/data}"
BUILD="$ROOT/build"
SCALE=1
QUICK=()
BIG=0
SEED=1
JSON=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) SCALE=0.25; QUICK=(--quick) ;;
    --big) BIG=1 ;;
    --seed) SEED="$2"; shift ;;
    --json) JSON="$2"; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) BUILD="$1" ;;
  esac
  shift
done
JSON="${JSON:-$DIR/report.json}"
CLI="$BUILD/app/persona-cli"
GEN="$BUILD/bench/quality/bench_quality_generate"
REPORT="$BUILD/bench/quality/bench_quality_report"
for program in "$CLI" "$GEN" "$REPORT"; do
  [ -x "$program" ] || { echo "run.sh: $program is missing: build first (cmake --build $BUILD)" >&2; exit 2; }
done
mkdir -p "$DIR"

now() { date +%s.%N; }
started=$(now)

# step STORE_DIR NAME COMMAND... : runs the command with its output in STORE_DIR/NAME.out and
# NAME.err, appends "NAME <tab> seconds <tab> ok|failed <tab> message" to STORE_DIR/steps.tsv (the
# message: the last line of NAME.err when it failed, the summary line of an import); returns the
# command's status.
step() {
  local d="$1" name="$2"; shift 2
  local t0 t1 status=0
  t0=$(now)
  "$@" >"$d/$name.out" 2>"$d/$name.err" || status=$?
  t1=$(now)
  local secs; secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
  if [ "$status" -eq 0 ]; then # the import's summary line, for the report
    printf '%s\t%s\tok\t%s\n' "$name" "$secs" "$([ "$name" = import ] && head -n 1 "$d/$name.out" | tr '\t' ' ')" >>"$d/steps.tsv"
  else
    printf '%s\t%s\tfailed\t%s\n' "$name" "$secs" "$(cat "$d/$name.err" "$d/$name.out" | grep -v '^\s*$' | tail -n 1 | tr '\t' ' ')" >>"$d/steps.tsv"
  fi
  return "$status"
}

# propose STORE_DIR FILE... : import the files into a new project, cluster, and write what the
# report reads (cluster.json, personas.json, assignments.csv, buyers.csv).
propose() {
  local d="$1"; shift
  local p="$d/store.personas"
  step "$d" import "$CLI" import --project "$p" "$@" || return 0
  step "$d" cluster "$CLI" cluster --project "$p" --k auto --json || return 0
  mv "$d/cluster.out" "$d/cluster.json"
  "$CLI" personas --project "$p" --json >"$d/personas.json"
  "$CLI" assignments --project "$p" --csv "$d/assignments.csv"
  # The people the funnel counts as converted (a purchase); none where the data cannot say.
  "$CLI" funnel --project "$p" --people conversion --csv "$d/buyers.csv" 2>/dev/null || : >"$d/buyers.csv"
}

fresh() { rm -rf "$1"; mkdir -p "$1"; }

stores=()
for shape in four three lifecycle timing whales orders-only events-only noise cdnow; do
  d="$DIR/$shape"
  fresh "$d"
  echo "quality: $shape..." >&2
  if step "$d" generate "$GEN" "$shape" "$d" --seed "$SEED" --scale "$SCALE"; then
    files=()
    for f in customers orders events reviews; do
      [ -f "$d/$f.csv" ] && files+=("$d/$f.csv")
    done
    propose "$d" "${files[@]}"
  fi
  stores+=("$d")
done

# The real data sets, read where they are (never copied into the repository).
real() {
  local name="$1" what="$2" file="$3"
  local d="$DIR/$name"
  fresh "$d"
  echo "quality: $name..." >&2
  printf '{"what": "%s"}\n' "$what" >"$d/store.json"
  if [ -f "$DATA/$file" ]; then
    propose "$d" "$DATA/$file"
  else
    printf 'import\t0\tfailed\t%s\n' "$DATA/$file is missing" >"$d/steps.tsv"
  fi
  stores+=("$d")
}
real uci "UCI Online Retail, a 40,000-line sample (invoices of a UK gift shop, Dec 2010 - Dec 2011)" \
  uci_online_retail_sample40k/Online_Retail_sample40k.csv
real rees46 "REES46 event stream, the first 17,434 rows of October 2019" \
  rees46_oct2019_head/2019-Oct_first17434rows.csv
real shoppers "UCI Online Shoppers Purchasing Intention (12,330 sessions as a feature table)" \
  online_shoppers_intention/online_shoppers_intention.csv

big=()
if [ "$BIG" -eq 1 ]; then
  d="$DIR/big"
  fresh "$d"
  echo "quality: big (1,000,000 people)..." >&2
  step "$d" generate "$GEN" four "$d" --seed "$SEED" --people 1000000 || true
  du -sh "$d" >&2
  rm -f "$d"/*.csv # the files are large; only their generation is measured
  big=(--big "$d")
fi

"$REPORT" --json "$JSON" --expectations "$ROOT/bench/quality/EXPECTATIONS.md" --data "$DATA" \
  "${QUICK[@]}" "${big[@]}" "${stores[@]}"
echo "report: $JSON; stores in $DIR; $(awk -v a="$started" -v b="$(now)" 'BEGIN {printf "%.0f", b - a}') s in all"
