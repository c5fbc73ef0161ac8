#!/usr/bin/env bash
# Measures ChemSafe's startup: the README's run command from command to healthy (readiness UP), with cached
# Maven/npm dependencies, split into the build and the start; the start is measured on an empty data directory
# (embedded PostgreSQL initdb, migrations, demo data) and again on the same directory (a restart).
# Usage: bench/startup.sh [runs]   (default 3 runs of each start)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-18080}
work=$(mktemp -d)
trap 'pkill -f "chemsafe.jar.*--server.port=$port" || true; rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

start_until_healthy() {
  local data=$1 t0 t1
  t0=$(now)
  java -jar platform/target/chemsafe.jar --server.port="$port" --chemsafe.data-dir="$data" \
    --chemsafe.bootstrap.admin-password=Bench2026! > "$work/app.log" 2>&1 &
  local pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "platform exited; see log:"; tail -20 "$work/app.log"; exit 1; }
    sleep 0.2
  done
  t1=$(now)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  elapsed "$t0" "$t1"
}

t0=$(now)
./mvnw -B -q -DskipTests clean package > "$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }
t1=$(now)
echo "build (./mvnw -B -q -DskipTests clean package, cached dependencies): $(elapsed "$t0" "$t1") s"

for i in $(seq 1 "$runs"); do
  data="$work/data-$i"
  first=$(start_until_healthy "$data")
  again=$(start_until_healthy "$data")
  echo "run $i: start to healthy, empty data dir: $first s; restart on the same data dir: $again s"
done
