#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import speed (issue 17): `persona-cli import` of a generic orders file (5M rows; 1M customers)
# against the sqlite3 shell doing the same work by hand, in the same run: `.import` of the file
# into a text table, then the keys and the index an import must leave — CREATE UNIQUE INDEX on
# order_id and CREATE INDEX on (customer_id, order_date). Ours parses, types, validates and
# pseudonymises besides. Prints both times (wall and CPU), the ratio (target <= 0.8) and our peak
# memory (target < 300 MB).
# Then the floor (bench_import_floor): the time SQLite itself takes to store the same rows, already
# parsed in memory, in the tables and indexes an import leaves, and the floor's own ratio.
# usage: bench/import.sh [BUILD_DIR] [CUSTOMERS] [ORDERS]   (files are kept in /tmp for re-runs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
CUSTOMERS="${2:-1000000}"
ORDERS="${3:-5000000}"
DIR="${PW_BENCH_IMPORT_DIR:-/tmp/pw-bench-import-$ORDERS}"
mkdir -p "$DIR"
if [ ! -s "$DIR/orders.csv" ]; then
  "$BUILD/bench/bench_import" "$DIR" "$CUSTOMERS" "$ORDERS"
fi
cat "$DIR/orders.csv" >/dev/null # both runs start with the file in the page cache

measure() { # prints "wall user+sys peak_kb"
  /usr/bin/time -f "%e %U %S %M" -o "$DIR/time.txt" "$@" >/dev/null
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$DIR/time.txt"
}
# Both sides in turn, PW_BENCH_ROUNDS times (default 2); each side's quickest round counts (the
# first write of half a gigabyte after the files of an earlier run were deleted can wait on the
# disk's write-back, for either side).
best() { sort -n | head -1; }
ours_runs="" peer_runs=""
for round in $(seq 1 "${PW_BENCH_ROUNDS:-2}"); do
  rm -f "$DIR/bench.personas" "$DIR/peer.db"
  o=$(measure "$BUILD/app/persona-cli" import --project "$DIR/bench.personas" "$DIR/orders.csv")
  p=$(measure sqlite3 "$DIR/peer.db" ".import --csv $DIR/orders.csv orders" \
    "CREATE UNIQUE INDEX orders_order_id ON orders(order_id)" \
    "CREATE INDEX orders_customer_date ON orders(customer_id, order_date)")
  echo "round $round: ours $o, peer $p (wall cpu peak_kb)"
  ours_runs+="$o"$'\n' peer_runs+="$p"$'\n'
done
ours=$(printf '%s' "$ours_runs" | best)
peer=$(printf '%s' "$peer_runs" | best)
floor=$("$BUILD/bench/bench_import_floor" "$DIR/orders.csv" "$DIR/floor.personas")
rm -f "$DIR/floor.personas"
rows=$(sqlite3 "$DIR/bench.personas" "SELECT count(*) FROM orders")
read -r ow oc om <<<"$ours"
read -r pw pc pm <<<"$peer"
echo "orders_imported $rows"
echo "persona_cli_import_seconds $ow (cpu $oc)"
echo "sqlite3_import_and_index_seconds $pw (cpu $pc)"
awk -v ow="$ow" -v pw="$pw" -v oc="$oc" -v pc="$pc" -v om="$om" 'BEGIN {
  printf "ratio_wall %.2f (target <= 0.8)\n", ow / pw;
  printf "ratio_cpu %.2f\n", oc / pc;
  printf "peak_memory_mb %.0f (target < 300)\n", om / 1024 }'
echo "$floor"
fs=$(awk '/^floor_seconds/ {print $2}' <<<"$floor")
awk -v fs="$fs" -v pw="$pw" -v ow="$ow" 'BEGIN {
  printf "floor_ratio_wall %.2f (SQLite alone, no parsing, against the peer)\n", fs / pw;
  printf "import_over_floor %.2f\n", ow / fs }'
