#!/usr/bin/env bash
# Measures ChemSafe's shutdown: starts the built jar on a temporary data directory (the first run creates it with
# the demo data, later runs restart on it), waits for readiness, sends SIGTERM and times until the JVM has exited.
# Counts the WARN/ERROR lines logged from the SIGTERM on and checks that no PostgreSQL process of the data
# directory is left running.
# Usage: bench/shutdown.sh [runs]   (default 3; build first: ./mvnw -B -q -Dskip.web -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-18081}
jar=platform/target/chemsafe.jar
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -B -q -Dskip.web -DskipTests package"; exit 1; }
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

for i in $(seq 1 "$runs"); do
  log="$work/run-$i.log"
  java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --chemsafe.data-dir="$work/data" \
    --chemsafe.bootstrap.admin-password=Bench2026! > "$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "platform exited; see log:"; tail -20 "$log"; exit 1; }
    sleep 0.2
  done
  sleep 2 # let the start-up's event listeners finish
  marker=$(wc -l < "$log")
  t0=$(now)
  kill -TERM "$pid"
  status=0
  wait "$pid" || status=$?
  t1=$(now)
  pid=
  noisy=$(tail -n +"$((marker + 1))" "$log" | grep -cE '\b(WARN|ERROR)\b' || true)
  left=$(pgrep -f -- "-D $work/data/postgres" > /dev/null && echo yes || echo no)
  echo "run $i: SIGTERM to exit $(elapsed "$t0" "$t1") s (exit status $status); WARN/ERROR lines: $noisy;" \
    "PostgreSQL left running: $left"
  if [ "$noisy" != 0 ]; then tail -n +"$((marker + 1))" "$log" | grep -E '\b(WARN|ERROR)\b' | head -5; fi
done
