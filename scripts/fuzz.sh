#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the readers with libFuzzer (clang, AddressSanitizer + UndefinedBehaviorSanitizer):
#   scripts/fuzz.sh [TARGET...]     TARGET: csvreader xlsx detect template project (default: all)
# Each target runs PW_FUZZ_SECONDS (default 60) in build-fuzz (PW_FUZZ_BUILD overrides it). The
# corpus grows in build-fuzz/fuzz-out/corpus/TARGET (seeded from fuzz/corpus and tests/fixtures);
# a crash, leak, timeout or out-of-memory input is left in build-fuzz/fuzz-out/crashes/TARGET/ and
# the script exits non-zero. To keep one as a regression test, minimise it
# (build-fuzz/fuzz/fuzz_TARGET -minimize_crash=1 -runs=10000 FILE), fix the bug and commit the
# input as tests/fixtures/fuzz/TARGET/NAME: tests/model/test_fuzz_regressions.cpp replays them all.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ALL_TARGETS=(csvreader xlsx detect template project)
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=("${ALL_TARGETS[@]}")
fi
for t in "${TARGETS[@]}"; do
  case " ${ALL_TARGETS[*]} " in
    *" $t "*) ;;
    *) echo "fuzz.sh: unknown target '$t' (one of: ${ALL_TARGETS[*]})" >&2; exit 2 ;;
  esac
done
SECONDS_EACH="${PW_FUZZ_SECONDS:-60}"
FUZZ_BUILD="${PW_FUZZ_BUILD:-$ROOT/build-fuzz}"
OUT="$FUZZ_BUILD/fuzz-out"
FIXTURES="$ROOT/tests/fixtures"

install_missing
export CCACHE_DIR="${CCACHE_DIR:-$ROOT/.ccache}"
if [ ! -f "$FUZZ_BUILD/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPW_FUZZ=ON -DPW_MODEL_ONLY=ON -DPW_WERROR="${PW_WERROR:-ON}"
fi
build_targets=()
for t in "${TARGETS[@]}"; do build_targets+=("fuzz_$t"); done
cmake --build "$FUZZ_BUILD" -j "$(nproc)" --target "${build_targets[@]}"

# Seeds per target: the small committed ones, the fixtures of the same kind and every committed
# regression input (so the fuzzer starts from what broke before).
seeds() {
  local t="$1"
  local dirs=("$ROOT/fuzz/corpus/$t" "$FIXTURES/fuzz/$t")
  case "$t" in
    csvreader|detect) find "$FIXTURES/import" "$FIXTURES/hostile" -name '*.csv' -size -64k ;;
    xlsx) find "$FIXTURES/import" "$FIXTURES/hostile" -name '*.xlsx' -size -64k ;;
    template) find "$FIXTURES/hostile" -name '*.json' ;;
    project) find "$FIXTURES/projects" "$FIXTURES/hostile" \( -name '*.personas' -o -name '*.sqlite' \) ;;
  esac
  for d in "${dirs[@]}"; do
    [ -d "$d" ] && find "$d" -type f
  done
  return 0
}

# -max_len fits the target's seeds; -timeout is per input (the sanitizers slow everything).
options_for() {
  case "$1" in
    csvreader) echo "-max_len=16384 -timeout=10 -dict=$ROOT/fuzz/dict/csv.dict" ;;
    detect)    echo "-max_len=16384 -timeout=10 -dict=$ROOT/fuzz/dict/csv.dict" ;;
    xlsx)      echo "-max_len=65536 -timeout=10 -dict=$ROOT/fuzz/dict/xlsx.dict" ;;
    template)  echo "-max_len=8192 -timeout=5 -dict=$ROOT/fuzz/dict/json.dict" ;;
    project)   echo "-max_len=131072 -timeout=20" ;;
  esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=()
summary=()
mkdir -p "$OUT"
touch "$OUT/.started"
for t in "${TARGETS[@]}"; do
  corpus="$OUT/corpus/$t"
  crashes="$OUT/crashes/$t"
  log="$OUT/logs/$t.log"
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  while IFS= read -r seed; do
    cp -n "$seed" "$corpus/seed-$(sha1sum "$seed" | cut -c1-16)" 2>/dev/null || true
  done < <(seeds "$t")
  echo "== fuzz_$t: ${SECONDS_EACH}s, corpus $corpus" >&2
  # shellcheck disable=SC2046
  if "$FUZZ_BUILD/fuzz/fuzz_$t" $(options_for "$t") -rss_limit_mb=2048 -max_total_time="$SECONDS_EACH" \
      -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1; then
    status=ok
  else
    status="FAILED (exit $?)"
    failed+=("$t")
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
  summary+=("fuzz_$t: $status, ${execs:-?} runs, ${speed:-?} exec/s, ${cov:-cov: ?}, corpus $(find "$corpus" -type f | wc -l) files")
  if [ "$status" != ok ]; then
    grep -E '^(==[0-9]+==ERROR|SUMMARY|invariant broken|.*runtime error)' "$log" | head -5 >&2 || true
    echo "   log: $log" >&2
  fi
done

echo >&2
printf '%s\n' "${summary[@]}" >&2
artifacts=$(find "$OUT/crashes" -type f ! -name 'slow-unit-*' -newer "$OUT/.started" 2>/dev/null | sort || true)
if [ -n "$artifacts" ]; then
  echo "Inputs that crashed, leaked, hung or ran out of memory in this run:" >&2
  echo "$artifacts" >&2
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]}" >&2
  exit 1
fi
