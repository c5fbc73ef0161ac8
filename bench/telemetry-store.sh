#!/usr/bin/env bash
# The telemetry store's benchmark (issue 7): samples/s into the store through RawWriter (durable COPY into the landing
# segment), compaction, bytes per sample of the chunks after compaction, and the same samples as one row per sample
# with plain JDBC batch inserts into an indexed table, as a ratio. Runs TelemetryStoreBench on the test platform's
# embedded PostgreSQL; figures are printed and kept in platform/target/bench-telemetry-store.txt.
# Usage: bench/telemetry-store.sh [points] [samples-per-point] [jdbc-samples]   (defaults 100000 120 2000000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Dskip.web test -Dserver.port=0 -Dtest=TelemetryStoreBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.points="${1:-100000}" -Dbench.samples="${2:-120}" -Dbench.jdbcSamples="${3:-2000000}" >/dev/null
cat platform/target/bench-telemetry-store.txt
