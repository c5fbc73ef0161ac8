#!/usr/bin/env bash
# The end-to-end telemetry benchmark (issue 7): the platform with N points on its embedded PostgreSQL, gateways
# publishing over real MQTT (QoS 1, PUBACK after commit) for S seconds, then posting over HTTP; reports samples/s
# acknowledged on each path, the delay from publish to the value being queryable (p50, p99), and the heap held per
# 100,000 points. One JVM: the load generator shares the cores with the platform and PostgreSQL.
# Runs TelemetryEndToEndBench; figures are printed and kept in platform/target/bench-telemetry-e2e.txt.
# Usage: bench/telemetry-e2e.sh [points] [seconds] [connections] [rate]   (defaults 100000 60 4 0)
# rate: samples/s the MQTT connections offer together; 0 publishes as fast as acknowledged (saturating).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Dskip.web test -Dtest=TelemetryEndToEndBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.points="${1:-100000}" -Dbench.seconds="${2:-60}" -Dbench.connections="${3:-4}" \
  -Dbench.rate="${4:-0}" >/dev/null
cat platform/target/bench-telemetry-e2e.txt
