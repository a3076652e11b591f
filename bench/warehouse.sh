#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The warehouse path at scale. 1: a feature table of PW_BENCH_ROWS rows (default 20,000,000):
# `sample` (1,000,000 rows), importing and clustering the sample, `sizes` over the whole table;
# time and peak memory of each (targets: sample + sizes under a minute, every step under 2 GB).
# 2: a store of PW_BENCH_PEOPLE people (default 1,000,000, five orders each) in a PostgreSQL server
# started here: the features recipe and the assignment recipe timed, against `persona-cli
# assignments`, and the assignments compared row for row.
# usage: bench/warehouse.sh [BUILD_DIR]   (generated data is kept in $PW_BENCH_WAREHOUSE_DIR)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
DIR="${PW_BENCH_WAREHOUSE_DIR:-/tmp/pw-bench-warehouse}"
ROWS="${PW_BENCH_ROWS:-20000000}"
PEOPLE="${PW_BENCH_PEOPLE:-1000000}"
CLI="$BUILD/app/persona-cli"
BENCH="$BUILD/bench/bench_engine"
mkdir -p "$DIR"

# Runs a step under /usr/bin/time; prints "name: seconds s, peak MB".
timed() {
  local name=$1; shift
  /usr/bin/time -v -o "$DIR/$name.time" "$@" > "$DIR/$name.out"
  awk -v n="$name" '/Elapsed \(wall clock\)/ {split($NF, t, ":"); s = (length(t) == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2])}
    /Maximum resident set size/ {m = $NF / 1024} END {printf "%-22s %8.1f s %8.0f MB\n", n ":", s, m}' "$DIR/$name.time"
}

# 1. A feature table of any size: three planted groups of equal size.
TABLE="$DIR/table-$ROWS.csv"
if [ ! -f "$TABLE" ]; then
  echo "generating a feature table of $ROWS rows..." >&2
  awk -v n="$ROWS" 'BEGIN {srand(3); print "customer_id,visits,basket,recency,pages";
    for (i = 0; i < n; i++) {g = i % 3; printf "c%d,%d,%.2f,%d,%.1f\n", i, (g == 0 ? 40 : 5) + int(rand() * 10),
      (g == 0 ? 2.5 : 9) + rand(), int(rand() * 365), (g == 1 ? 3 : 8) + rand() * 2}}' > "$TABLE.tmp"
  mv "$TABLE.tmp" "$TABLE"
fi
rm -f "$DIR/sample.personas" "$DIR/sample.personas-wal" "$DIR/sample.personas-shm"
echo "feature table: $ROWS rows"
timed sample "$CLI" sample --table "$TABLE" --out "$DIR/sample.csv" --size 1000000
timed import-sample "$CLI" import --project "$DIR/sample.personas" "$DIR/sample.csv"
timed cluster-sample "$CLI" cluster --project "$DIR/sample.personas" --k 3
timed sizes "$CLI" sizes --project "$DIR/sample.personas" --table "$TABLE" --json
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('sizes:', [s['size'] for s in d['segments']], 'of', d['rows'])" "$DIR/sizes.out"

# 2. The recipes in PostgreSQL.
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$BIN" ]; then
  echo "PostgreSQL is not installed (scripts/common.sh installs it): part 2 skipped"
  exit 0
fi
STORE="$DIR/store-$PEOPLE.personas"
if [ ! -f "$STORE" ]; then
  echo "generating a store of $PEOPLE people..." >&2
  "$BENCH" generate "$STORE.tmp" "$PEOPLE" $((PEOPLE * 5)) && mv "$STORE.tmp" "$STORE"
  "$CLI" cluster --project "$STORE" --k 4 --restarts 1 > /dev/null
fi
RUN=$(sqlite3 "$STORE" "SELECT max(id) FROM segmentation_runs")
iso() { echo "strftime('%Y-%m-%dT%H:%M:%SZ', $1, 'unixepoch')"; }
export_table() { sqlite3 -header -csv "$STORE" "$2" > "$DIR/$1.csv"; }
export_table customers "SELECT p.customer_id, $(iso c.signup_date) AS signup_date FROM customers c JOIN people p ON p.id = c.person_id"
export_table orders "SELECT o.order_id, p.customer_id, $(iso o.order_date) AS order_date, o.total, o.discount, o.coupon_code, o.status, o.category, o.channel, o.device FROM orders o JOIN people p ON p.id = o.person_id"
export_table order_items "SELECT order_id, category FROM order_items"
export_table events "SELECT e.session_id, p.customer_id, $(iso e.timestamp) AS timestamp, e.event_type, e.source, e.device, e.value FROM events e LEFT JOIN people p ON p.id = e.person_id"
export_table reviews "SELECT p.customer_id, r.order_id, r.rating, r.nps, $(iso r.date) AS date FROM reviews r JOIN people p ON p.id = r.person_id"

PGDIR=$(mktemp -d /tmp/pwpg-bench-XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then chown nobody: "$PGDIR"; as_server=(runuser -u nobody --); fi
stop_server() { "${as_server[@]}" "$BIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop > /dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap stop_server EXIT
"${as_server[@]}" "$BIN/initdb" -D "$PGDIR/data" -U pw --auth=trust -E UTF8 --no-locale --no-sync > /dev/null
"${as_server[@]}" "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -o "-k $PGDIR -p 5433 -c listen_addresses='' -c fsync=off -c work_mem=256MB" start > /dev/null
PSQL=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDIR" -p 5433 -U pw -d postgres)
{
  echo "CREATE TABLE customers (customer_id TEXT, signup_date TIMESTAMP);"
  echo "CREATE TABLE orders (order_id TEXT, customer_id TEXT, order_date TIMESTAMP, total DOUBLE PRECISION, discount DOUBLE PRECISION, coupon_code TEXT, status TEXT, category TEXT, channel TEXT, device TEXT);"
  echo "CREATE TABLE order_items (order_id TEXT, category TEXT);"
  echo "CREATE TABLE events (session_id TEXT, customer_id TEXT, timestamp TIMESTAMP, event_type TEXT, source TEXT, device TEXT, value DOUBLE PRECISION);"
  echo "CREATE TABLE reviews (customer_id TEXT, order_id TEXT, rating INTEGER, nps INTEGER, date TIMESTAMP);"
  echo "CREATE TABLE app_assignments (customer_id TEXT, persona BIGINT);"
  for t in customers orders order_items events reviews; do echo "\\copy $t FROM '$DIR/$t.csv' WITH (FORMAT csv, HEADER true)"; done
} > "$DIR/load.sql"
"$CLI" recipe features --project "$STORE" --dialect postgres --out "$DIR/features.sql"
"$CLI" recipe assign --project "$STORE" --run "$RUN" --dialect postgres --out "$DIR/assign.sql"
echo "store: $PEOPLE people, $(sqlite3 "$STORE" "SELECT count(*) FROM orders") orders, run $RUN"
timed pg-load "${PSQL[@]}" -f "$DIR/load.sql"
timed pg-features "${PSQL[@]}" -f "$DIR/features.sql"
timed pg-assign "${PSQL[@]}" -f "$DIR/assign.sql"
timed cli-assignments "$CLI" assignments --project "$STORE" --csv "$DIR/assignments.csv"
"${PSQL[@]}" -c "\\copy app_assignments FROM '$DIR/assignments.csv' WITH (FORMAT csv, HEADER true)"
"${PSQL[@]}" -A -t -c "SELECT count(*) || ' people in both, ' || count(*) FILTER (WHERE s.persona_id IS DISTINCT FROM a.persona) || ' assigned differently' FROM app_assignments a JOIN persona_assignments s USING (customer_id)"
