#!/usr/bin/env bash
# Measures the major hazard source list and the units list of a district with 25,000 units (issue 6): starts the
# built platform jar on a fresh data directory (embedded PostgreSQL, demo data), loads 500 enterprises with 50 units
# each into the district 山亭区 by SQL (bench/major-hazard-list.sql), then signs in as the district supervisor and
# measures both lists (page of 20) with bench/ListLoad.java: latency at concurrency 1 and throughput at concurrency
# 50, over a bounded number of requests, against 127.0.0.1 only.
# Usage: bench/major-hazard-list.sh [jar] [load.sql]   (defaults: platform/target/chemsafe.jar, the SQL above)
# Build the jar first: ./mvnw -B -q -Dskip.web -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-platform/target/chemsafe.jar}
load=${2:-bench/major-hazard-list.sql}
http_port=${BENCH_PORT:-18480}
db_port=${BENCH_DB_PORT:-15480}
requests_c1=${BENCH_REQUESTS_C1:-500}
requests_cn=${BENCH_REQUESTS_CN:-3000}
concurrency=${BENCH_CONCURRENCY:-50}
work=$(mktemp -d)

java -Xmx1g -jar "$jar" --server.address=127.0.0.1 --server.port="$http_port" --chemsafe.data-dir="$work/data" \
  --chemsafe.embedded-database.port="$db_port" --chemsafe.bootstrap.admin-password=Bench2026! \
  > "$work/app.log" 2>&1 &
pid=$!
trap 'status=$?; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"; exit $status' EXIT
until curl -fs "http://127.0.0.1:$http_port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "platform exited; see log:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.5
done

start=$(date +%s)
psql -q -h 127.0.0.1 -p "$db_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -f "$load"
echo "loaded in $(( $(date +%s) - start )) s"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java bench/ListLoad.java "http://127.0.0.1:$http_port" district 'Demo2026!' "$requests_c1" "$requests_cn" \
  "$concurrency" '/api/v1/major-hazard-sources?size=20' '/api/v1/units?size=20'
