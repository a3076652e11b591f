#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The segmentation engine on 1,000,000 people and 5,000,000 orders, against its peers measured in
# the same run: the sqlite3 shell's GROUP BY for the features, scikit-learn for the clustering and
# the choice of k, a streaming pass over the matrix for one k-means iteration. Prints the figures
# and the ratios (targets: features <= 0.6, clustering <= 0.5, iteration <= 2, k auto <= 0.5 with
# under 100 MB extra memory, peak memory under 1 GB).
# usage: bench/engine.sh [BUILD_DIR]   (the generated store is kept in $PW_BENCH_ENGINE_DIR for re-runs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
DIR="${PW_BENCH_ENGINE_DIR:-/tmp/pw-bench-engine}"
STORE="$DIR/store.personas"
MATRIX="$DIR/matrix.f32"
CLI="$BUILD/app/persona-cli"
BENCH="$BUILD/bench/bench_engine"
PY=/usr/bin/python3   # Debian's, where python3-sklearn installs
mkdir -p "$DIR"

# scikit-learn is the peer of this benchmark only: installed here, not by setup.
if ! "$PY" -c "import sklearn" 2>/dev/null; then
  sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 python3-sklearn >&2
fi

now() { date +%s.%N; }
peak_mb() { awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$1"; }
json() { "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

if [ ! -f "$STORE" ]; then
  echo "generating the store (1M people, 5M orders)..." >&2
  "$BENCH" generate "$STORE.tmp" 1000000 5000000 && mv "$STORE.tmp" "$STORE"
fi

# 1. Features against the sqlite3 shell's recency/frequency/monetary GROUP BY (best of the plan
#    SQLite picks and the plain table scan).
t0=$(now); sqlite3 "$STORE" "SELECT person_id, MAX(order_date), COUNT(*), TOTAL(total) FROM orders GROUP BY person_id" >/dev/null; t1=$(now)
sqlite3 "$STORE" "SELECT person_id, MAX(order_date), COUNT(*), TOTAL(total) FROM orders NOT INDEXED GROUP BY person_id" >/dev/null; t2=$(now)
shell_indexed=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')
shell_scan=$(awk -v a="$t1" -v b="$t2" 'BEGIN {print b - a}')
shell=$(awk -v a="$shell_indexed" -v b="$shell_scan" 'BEGIN {print (a < b ? a : b)}')
/usr/bin/time -v -o "$DIR/features.time" "$BENCH" features "$STORE" "$MATRIX" >"$DIR/features.out"
cat "$DIR/features.out"
features=$(awk '$1 == "features_seconds" {print $2}' "$DIR/features.out")
rows=$(awk '$1 == "rows" {print $2}' "$DIR/features.out")
cols=$(awk '$1 == "columns" {print $2}' "$DIR/features.out")
echo "sqlite3_shell_group_by_seconds $shell (with its index: $shell_indexed, table scan: $shell_scan)"
echo "features_peak_mb $(peak_mb "$DIR/features.time")"

# 2. cluster --k 4 --restarts 10 against KMeans(n_clusters=4, n_init=10).
/usr/bin/time -v -o "$DIR/k4.time" "$CLI" cluster --project "$STORE" --k 4 --restarts 10 --json >"$DIR/k4.json"
k4_clustering=$(json "$DIR/k4.json" "d['timings']['clustering']")
k4_features=$(json "$DIR/k4.json" "d['timings']['features']")
k4_mb=$(peak_mb "$DIR/k4.time")
k4_wall=$(awk '/Elapsed \(wall clock\)/ {n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$DIR/k4.time")
cat >"$DIR/peer.py" <<'PY'
import resource, sys, time
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
path, n, d, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
X = np.fromfile(path, dtype=np.float32).reshape(n, d)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
if mode == "k4":
    KMeans(n_clusters=4, n_init=10, random_state=0).fit(X)
else:
    for k in (3, 4):
        labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(X)
        silhouette_score(X, labels, sample_size=10000, random_state=0)
print("seconds", time.perf_counter() - t)
print("extra_mb", (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024)
PY
peer_k4=$("$PY" "$DIR/peer.py" "$MATRIX" "$rows" "$cols" k4 | awk '$1 == "seconds" {print $2}')
echo "cluster_k4: kmeans ${k4_clustering}s (features ${k4_features}s, whole command ${k4_wall}s, peak ${k4_mb} MB); scikit-learn KMeans ${peer_k4}s"

# 3. One k-means iteration against one streaming pass over the same matrix.
"$BENCH" iteration "$MATRIX" "$rows" "$cols" | tee "$DIR/iteration.out"
iter=$(awk '$1 == "hamerly_iteration_seconds" {print $2}' "$DIR/iteration.out")
pass=$(awk '$1 == "streaming_pass_seconds" {print $2}' "$DIR/iteration.out")

# 4. The whole --k auto choice (3 and 4, 10 restarts each, silhouette on 10,000 people) against
#    the same in scikit-learn; memory beyond what cluster --k 4 needs.
/usr/bin/time -v -o "$DIR/auto.time" "$CLI" cluster --project "$STORE" --k auto --restarts 10 --json >"$DIR/auto.json"
auto_choice=$(json "$DIR/auto.json" "d['timings']['clustering'] + d['timings']['selection']")
auto_mb=$(peak_mb "$DIR/auto.time")
peer_auto_out=$("$PY" "$DIR/peer.py" "$MATRIX" "$rows" "$cols" auto)
peer_auto=$(awk '$1 == "seconds" {print $2}' <<<"$peer_auto_out")
peer_auto_mb=$(awk '$1 == "extra_mb" {printf "%.0f", $2}' <<<"$peer_auto_out")
echo "k_auto: chose k=$(json "$DIR/auto.json" "d['k']") silhouette $(json "$DIR/auto.json" "d['silhouette_by_k']") stability $(json "$DIR/auto.json" "d['stability_by_k']")"
echo "k_auto: clustering+selection ${auto_choice}s, peak ${auto_mb} MB; scikit-learn ${peer_auto}s, ${peer_auto_mb} MB beyond the loaded matrix"
echo "revenue_coverage $(json "$DIR/auto.json" "d['revenue_coverage']")"

echo
awk -v f="$features" -v s="$shell" -v c="$k4_clustering" -v pk="$peer_k4" -v i="$iter" -v p="$pass" \
    -v a="$auto_choice" -v pa="$peer_auto" -v amb="$auto_mb" -v kmb="$k4_mb" -v fmb="$(peak_mb "$DIR/features.time")" 'BEGIN {
  printf "ratio features / sqlite3 GROUP BY         %.2f  (target <= 0.6)\n", f / s;
  printf "ratio cluster k=4 / scikit-learn KMeans   %.2f  (target <= 0.5)\n", c / pk;
  printf "ratio k-means iteration / streaming pass  %.2f  (target <= 2)\n", i / p;
  printf "ratio k auto / scikit-learn               %.2f  (target <= 0.5)\n", a / pa;
  printf "extra memory of k auto over k=4           %d MB (target < 100)\n", amb - kmb;
  printf "peak memory                               %d MB (target < 1024)\n", (amb > kmb ? (amb > fmb ? amb : fmb) : (kmb > fmb ? kmb : fmb));
}'
