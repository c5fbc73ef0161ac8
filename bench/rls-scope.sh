#!/usr/bin/env bash
# What the row-level security backstop costs per statement: a count over 25,000 rows of 2,000 enterprises, read by
# a role the policy applies to, with the caller's scope set as the platform sets it (chemsafe.scope), for scopes of
# 1, 50 and 500 enterprises and for '*'; with the per-row policy form of V1_0_1, the once-per-statement form of
# V1_0_2 (each row compared with the ids one by one) and the form every module uses now (scope parsed once per
# statement and hashed: "enterprise_id in (select unnest(...))"). The functions come from the platform's migrations.
# Needs a PostgreSQL server's binaries (initdb, pg_ctl; Debian: apt-get install postgresql) and psql; starts a
# throwaway cluster on a free port under a temporary directory and removes it afterwards.
# Usage: bench/rls-scope.sh            (prints a Markdown table: median of 5 runs per cell, milliseconds)
set -euo pipefail
cd "$(dirname "$0")/.."
migrations=platform/src/main/resources/db/migration/shared

bin=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)")
[ -x "$bin/initdb" ] || { echo "no PostgreSQL binaries found (initdb)" >&2; exit 1; }
dir=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
cleanup() { as_owner "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
as_owner "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null
as_owner "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir' -l $dir/log -w start" >/dev/null
export PGOPTIONS="-c client_min_messages=warning"
sql() { psql -h "$dir" -p "$port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

sql -f "$migrations/V1_0_1__tenant_scope_function.sql" -f "$migrations/V1_0_2__tenant_scope_once_per_statement.sql"
sql <<'SQL'
create role app;
create table unit_row (id uuid primary key, enterprise_id uuid not null, name text not null);
create table enterprise_ids as select gen_random_uuid() as id, g from generate_series(1, 2000) g;
insert into unit_row select gen_random_uuid(), e.id, 'unit ' || n
  from generate_series(1, 25000) n join enterprise_ids e on e.g = 1 + n % 2000;
analyze unit_row;
alter table unit_row enable row level security;
alter table unit_row force row level security;
grant select on unit_row to app;
SQL

policy() {
  sql -c "drop policy if exists tenant_scope on unit_row" -c "create policy tenant_scope on unit_row using ($1)"
}

# median milliseconds of 5 counts as the application role with the given scope
measure() {
  local scope=$1
  sql -At <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -n | sed -n 3p
select set_config('chemsafe.scope', $scope, false) \\g /dev/null
set role app;
\\timing on
select count(*) from unit_row \\g /dev/null
select count(*) from unit_row \\g /dev/null
select count(*) from unit_row \\g /dev/null
select count(*) from unit_row \\g /dev/null
select count(*) from unit_row \\g /dev/null
SQL
}

ids() { echo "(select string_agg(id::text, ',') from (select id from enterprise_ids order by g limit $1) s)"; }
scopes=("$(ids 1)" "$(ids 50)" "$(ids 500)" "'*'")
labels=("1 enterprise (12 rows)" "50 enterprises" "500 enterprises (a large district)" "'*' (platform)")

declare -A result
for form in per-row once hashed; do
  case $form in
    per-row) policy "chemsafe_scope_permits(enterprise_id)" ;;
    once) policy "chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids()))" ;;
    hashed) policy "(select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids()))" ;;
  esac
  for i in "${!scopes[@]}"; do
    result[$form,$i]="$(measure "${scopes[$i]}") ms"
  done
done
echo "| Scope | Per-row form (V1_0_1) | Once per statement, = any (V1_0_2) | Once per statement, hashed (now) |"
echo "|---|---|---|---|"
for i in "${!scopes[@]}"; do
  echo "| ${labels[$i]} | ${result[per-row,$i]} | ${result[once,$i]} | ${result[hashed,$i]} |"
done
