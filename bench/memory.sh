#!/usr/bin/env bash
# Measures ChemSafe's memory footprint: starts the built jar (JAVA_OPTS as given, e.g. JAVA_OPTS=-Xmx1g) on a
# temporary data directory with the demo data, reads the JVM's resident memory and heap after an idle minute, then
# sends a bounded local load (REQUESTS signed-in list GETs, 16 at a time, against 127.0.0.1) and reads them again.
# The embedded PostgreSQL's processes are reported apart (proportional set size, shared memory counted once).
# Usage: JAVA_OPTS=-Xmx1g bench/memory.sh [requests]   (default 5000; build first:
#        ./mvnw -B -q -Dskip.web -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-5000}
port=${BENCH_PORT:-18082}
jar=platform/target/chemsafe.jar
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -B -q -Dskip.web -DskipTests package"; exit 1; }
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"

mib() { awk -v kb="$1" 'BEGIN { printf "%.0f MiB", kb / 1024 }'; }
status_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$pid/status"; }
heap() { jcmd "$pid" GC.heap_info | awk '/total/ { for (i = 1; i <= NF; i++) if ($i == "total" || $i == "used") printf "%s %s ", $i, $(i + 1); exit }'; }
postgres_pss() {
  local master total=0 p
  master=$(pgrep -f -- "-D $work/data/postgres" | head -1)
  for p in $master $(pgrep -P "$master"); do
    total=$((total + $(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
report() {
  echo "$1: JVM RSS $(mib "$(status_kb VmRSS)") (peak $(mib "$(status_kb VmHWM)")); heap $(heap); PostgreSQL PSS $(mib "$(postgres_pss)")"
}

java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --chemsafe.data-dir="$work/data" \
  --chemsafe.bootstrap.admin-password=Bench2026! > "$work/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "platform exited; see log:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.5
done
echo "JAVA_OPTS='${JAVA_OPTS:-}', $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
sleep 60
report "idle after start"

cookies="$work/cookies"
curl -fs -c "$cookies" "$base/api/v1/auth/csrf" > /dev/null
xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$cookies")
curl -fs -b "$cookies" -c "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d '{"username":"platform","password":"Demo2026!"}' "$base/api/v1/auth/login" > /dev/null
paths=(/api/v1/enterprises /api/v1/units /api/v1/major-hazard-sources /api/v1/users /api/v1/audit-events /api/v1/chemicals)
for i in $(seq 1 "$requests"); do
  printf 'url = "%s%s?page=%d&size=20"\noutput = "/dev/null"\n' "$base" "${paths[$((i % ${#paths[@]}))]}" $((i % 3))
done > "$work/urls"
start=$(date +%s.%N)
codes=$(curl -s -b "$cookies" --parallel --parallel-max 16 -K "$work/urls" -w '%{http_code}\n' 2>/dev/null | sort | uniq -c | tr '\n' ' ')
end=$(date +%s.%N)
echo "load: $requests GETs in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s, status counts: $codes"
report "after the load"
