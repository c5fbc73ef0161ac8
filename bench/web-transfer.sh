#!/usr/bin/env bash
# Measures the bytes a browser transfers for the web app (login page first visit, home page first and repeat visit)
# against a locally started platform jar on 127.0.0.1, with Chromium's DevTools protocol (bench/web-transfer.mjs).
# Usage: bench/web-transfer.sh [path/to/chemsafe.jar]   (default platform/target/chemsafe.jar; build it first with
#        ./mvnw -B -q -DskipTests package). Needs Node >= 20 and Chromium (CHROMIUM=/usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(realpath "${1:-platform/target/chemsafe.jar}")
port=${BENCH_PORT:-18497}
work=$(mktemp -d)
pid=
cleanup() {
  local rc=$?
  if [ "$rc" -ne 0 ] && [ -f "$work/app.log" ]; then echo "failed; the platform's log ends:"; tail -15 "$work/app.log"; fi
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken; set BENCH_PORT"; exit 1; fi
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --chemsafe.data-dir="$work/data" \
  --chemsafe.bootstrap.admin-password=Bench2026! > "$work/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "platform exited; see log:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.5
done

# Node 22+ has WebSocket built in; Node 20 needs the flag
websocket=$(node -e 'process.stdout.write(typeof WebSocket === "function" ? "" : "--experimental-websocket")')
echo "jar: $jar"
node $websocket bench/web-transfer.mjs "http://127.0.0.1:$port" "${BENCH_USER:-principal}" "${BENCH_PASSWORD:-Demo2026!}"
