#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds (warnings are errors), and runs every test; then builds a
# second directory with AddressSanitizer + UndefinedBehaviorSanitizer and runs every test again
# there, failing on any sanitizer report. PW_SANITIZERS=0 skips that pass (quick local runs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

install_missing
runtime_env
export QT_QPA_PLATFORM=offscreen

start=$SECONDS
PW_WERROR=ON build
built=$SECONDS
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$(nproc)" --timeout 600)
echo "Normal pass: build $(elapsed $((built - start))), tests $(elapsed $((SECONDS - built)))."

if [ "${PW_SANITIZERS:-1}" = 0 ]; then
  echo "Sanitizer pass skipped (PW_SANITIZERS=0)."
  exit 0
fi

# -O1 with line tables only: cheaper to compile and link than -O2 -g.
BUILD_DIR="${BUILD_ASAN_DIR:-$ROOT/build-asan}"
start=$SECONDS
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPW_WERROR=ON \
  -DPW_SANITIZE=ON -DPW_BENCH=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" >/dev/null
PW_WERROR=ON build
built=$SECONDS

# Every process (tests and the persona-cli they start) writes its reports to LOGS, so a report
# in a child whose failure a test expects still fails the pass.
LOGS="$BUILD_DIR/sanitizer-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:log_path=$LOGS/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$LOGS/ubsan"
status=0
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$(nproc)" --timeout 1200) || status=$?
echo "Sanitizer pass: build $(elapsed $((built - start))), tests $(elapsed $((SECONDS - built)))."
reports=$(find "$LOGS" -type f | sort)
if [ -n "$reports" ]; then
  for f in $reports; do
    echo "==== $f" >&2
    cat "$f" >&2
  done
  echo "Sanitizer reports: $(echo "$reports" | wc -l) (above)." >&2
  exit 1
fi
exit "$status"
