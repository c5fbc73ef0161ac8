#!/usr/bin/env bash
# Runs the README's test command from a clean tree (./mvnw -B clean verify) with time-stamped Maven output and
# prints the time of each stage: the web bundle (npm ci, Vite), the web checks (lint, type check, Vitest), the Java
# compile, the unit/API tests (surefire), the packaging, the browser journeys (failsafe), and the whole command
# (wall clock and CPU time); then the slowest test classes.
# Usage: bench/suite-stages.sh [extra Maven arguments]
#        bench/suite-stages.sh --parse <log>   (only the table, from the log of an earlier run)
# The full log goes to $SUITE_LOG (default /tmp/chemsafe-suite-stages.log; not under target/, which clean deletes).
set -euo pipefail
cd "$(dirname "$0")/.."

# Each Maven goal starts with "<time> [INFO] --- plugin:version:goal (execution) @ module ---" and lasts until the
# next goal of the same module starts; a module's last goal lasts until the module ends, which is its first goal's
# start plus its time in the reactor summary ("ChemSafe web checks .... SUCCESS [ 41.2 s]"). The build is parallel
# (-T 2 in .mvn/maven.config): the web checks run beside the platform's Java stages, so stages overlap in time.
stages() {
  awk '
    function secs(t,  p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    function close_goal(m, t) { if (open[m] != "") { spent[open[m]] += t - started[m]; open[m] = "" } }
    NR == 1 || first == "" { if ($1 ~ /^[0-9][0-9]:/) first = secs($1) }
    / \[INFO\] --- / {
      m = $7; t = secs($1)
      if (!(m in begun)) begun[m] = t
      close_goal(m, t)
      split($4, g, ":"); open[m] = m " " g[1] ":" g[3] " " $5; started[m] = t
      order[++n] = open[m]
    }
    / \[INFO\] Reactor Summary/ { summary = 1; last = secs($1); next }
    summary && /(SUCCESS|FAILURE) \[/ {
      line = $0; sub(/^[^]]*\] /, "", line); name = line; sub(/ \.+.*/, "", name)
      m = tolower(name); gsub(/ /, "-", m)
      d = line; sub(/.*\[ */, "", d); sub(/\].*/, "", d); split(d, u, " ")
      if (u[2] == "s") took = u[1]; else { split(u[1], q, ":"); took = (u[2] == "h" ? q[1] * 3600 + q[2] * 60 : q[1] * 60 + q[2]) }
      if (m in begun) close_goal(m, begun[m] + took)
    }
    END {
      for (i = 1; i <= n; i++) {
        k = order[i]
        if (k in done) continue
        done[k] = 1
        if (k ~ /^chemsafe-web /) web += spent[k]
        if (k ~ /\(npm-ci\)/) npmci += spent[k]
        if (k ~ /\(npm-build\)/) npmbuild += spent[k]
        if (k ~ /^chemsafe-web-checks /) checks += spent[k]
        if (k ~ /\(npm-check\)/) lint += spent[k]
        if (k ~ /\(npm-test\)/) vitest += spent[k]
        if (k ~ /^chemsafe-platform (compiler|resources):/) compile += spent[k]
        if (k ~ /^chemsafe-platform surefire:/) surefire += spent[k]
        if (k ~ /^chemsafe-platform (jar|spring-boot):/) pack += spent[k]
        if (k ~ /^chemsafe-platform failsafe:/) failsafe += spent[k]
      }
      printf "| Stage | Time |\n|---|---|\n"
      printf "| Web bundle (whole module) | %d s |\n", web
      printf "| - npm ci | %d s |\n", npmci
      printf "| - API types + Vite build | %d s |\n", npmbuild
      printf "| Web checks (whole module, beside the Java stages) | %d s |\n", checks
      printf "| - ESLint, Prettier, vue-tsc | %d s |\n", lint
      printf "| - Vitest | %d s |\n", vitest
      printf "| Java compile (main + test) | %d s |\n", compile
      printf "| Unit and API tests (surefire) | %d s |\n", surefire
      printf "| Packaging (jar + repackage) | %d s |\n", pack
      printf "| Browser journeys (failsafe) | %d s |\n", failsafe
      printf "| Whole command (first to last Maven line) | %d s |\n", last - first
    }' "$1"
}

if [ "${1:-}" = "--parse" ]; then
  stages "$2"
  exit 0
fi

log=${SUITE_LOG:-/tmp/chemsafe-suite-stages.log}
TIMEFORMAT='%R %U %S'
set +e
# the CPU time (user + system, Maven and every process it starts) depends much less on other load than wall time
{ time ./mvnw -B clean verify -Dorg.slf4j.simpleLogger.showDateTime=true \
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS "$@" > "$log" 2>&1; } 2> "$log.time"
status=$?
set -e
stages "$log"
read -r real user sys < "$log.time"
awk -v r="$real" -v u="$user" -v s="$sys" \
  'BEGIN { printf "| Whole command: wall clock / CPU time (user + system) | %d s / %d s |\n", r, u + s }'

echo
echo "Slowest test classes (seconds):"
grep -h -o '<testsuite [^>]*' platform/target/surefire-reports/TEST-*.xml platform/target/failsafe-reports/TEST-*.xml \
  2>/dev/null | sed -E 's/.*name="([^"]*)".*time="([^"]*)".*/\2 \1/' | sort -rn | head -12
exit $status
