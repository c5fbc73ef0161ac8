#!/usr/bin/env bash
# Runs the README's test command (./mvnw -B verify) with time-stamped Maven output and prints the time of each
# stage: the web build (npm ci, type check + Vite, Vitest), the Java compile, the unit/API tests (surefire), the
# packaging, the browser journeys (failsafe), and the whole command; then the slowest test classes.
# Usage: bench/suite-stages.sh [extra Maven arguments]   (the full log goes to target/suite-stages.log)
set -euo pipefail
cd "$(dirname "$0")/.."
log=target/suite-stages.log
mkdir -p target

t0=$(date +%s)
set +e
./mvnw -B verify -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
  "$@" > "$log" 2>&1
status=$?
set -e
t1=$(date +%s)

# Each Maven goal starts with "<time> [INFO] --- plugin:version:goal (execution) @ module ---" and lasts until the
# next goal starts (or the reactor summary). Stages add up the goals they are made of.
awk -v total=$((t1 - t0)) '
  function secs(t,  p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
  function close_goal(t) { if (goal != "") { spent[goal] += secs(t) - started } }
  / \[INFO\] --- / {
    close_goal($1)
    split($4, g, ":"); exec_id = $5; module = $7
    goal = module " " g[1] ":" g[3] " " exec_id
    started = secs($1)
    order[++n] = goal
  }
  / \[INFO\] Reactor Summary/ { close_goal($1); goal = "" }
  END {
    for (i = 1; i <= n; i++) {
      k = order[i]
      if (k ~ /^chemsafe-web /) web += spent[k]
      if (k ~ /\(npm-ci\)/) npmci += spent[k]
      if (k ~ /\(npm-build\)/) npmbuild += spent[k]
      if (k ~ /\(npm-test\)/) vitest += spent[k]
      if (k ~ /^chemsafe-platform (compiler|resources):/) compile += spent[k]
      if (k ~ /^chemsafe-platform surefire:/) surefire += spent[k]
      if (k ~ /^chemsafe-platform (jar|spring-boot):/) pack += spent[k]
      if (k ~ /^chemsafe-platform failsafe:/) failsafe += spent[k]
    }
    printf "| Stage | Time |\n|---|---|\n"
    printf "| Web build (whole module) | %d s |\n", web
    printf "| - npm ci | %d s |\n", npmci
    printf "| - type check + Vite build | %d s |\n", npmbuild
    printf "| - Vitest | %d s |\n", vitest
    printf "| Java compile (main + test) | %d s |\n", compile
    printf "| Unit and API tests (surefire) | %d s |\n", surefire
    printf "| Packaging (jar + repackage) | %d s |\n", pack
    printf "| Browser journeys (failsafe) | %d s |\n", failsafe
    printf "| Whole command (wall clock) | %d s |\n", total
  }' "$log"

echo
echo "Slowest test classes (seconds):"
grep -h -o '<testsuite [^>]*' platform/target/surefire-reports/TEST-*.xml platform/target/failsafe-reports/TEST-*.xml \
  2>/dev/null | sed -E 's/.*name="([^"]*)".*time="([^"]*)".*/\2 \1/' \
  | sort -rn | head -12
exit $status
