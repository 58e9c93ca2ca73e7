#!/usr/bin/env bash
# Grows the database of ./run.sh to a region's size for benchmarks (not for production data):
#   ./run.sh seed-scale --projects 10000      or      scripts/seed-scale.sh --projects 10000
# Adds municipal projects until there are N of them (default 10,000): 2,000 people (leaders, curators, executors),
# stages, plan trees of 20–1,000 items (mean ≈ 100, so ≈ 1,000,000 items at 10,000 projects), every fifth event with a
# control event (past ones mostly done, some within the last fortnight), an executor per item, budget rows per stage,
# three indicators with planned values and actuals, 21 journal rows. The first project added is «Масштаб: план на 1000
# пунктов», led by the demo «leader», which scripts/bench.sh measures. All by INSERT … SELECT in one transaction
# (scripts/seed-scale.sql): 10,000 projects take a few minutes. Running it again adds only what is missing.
set -euo pipefail
SCRIPT=seed-scale.sh
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/common.sh

TARGET=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) TARGET=${2:?--projects needs a number}; shift 2 ;;
    *) fail "unknown argument $1 (usage: seed-scale.sh [--projects N])" ;;
  esac
done
[[ "$TARGET" =~ ^[0-9]+$ ]] || fail "--projects takes a number, not «$TARGET»."
DB_PORT=${PO_DB_PORT:-55432}

[ -f .data/db-password ] || fail "no .data/db-password: start the portal with ./run.sh first (it creates and migrates the database)."
ensure_postgres_binaries
export PGPASSWORD
PGPASSWORD=$(cat .data/db-password)
psql_db() { "$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d projectoffice -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_db -c 'SELECT 1 FROM "Projects" LIMIT 1' >/dev/null 2>&1 \
  || fail "the database on port $DB_PORT has no Projects table: start the portal with ./run.sh once (PO_DB_PORT=$DB_PORT)."

existing=$(psql_db -c 'SELECT count(*) FROM "Projects"')
if [ "$existing" -ge "$TARGET" ]; then
  say "the database already has $existing projects (≥ $TARGET): nothing to add."
  exit 0
fi
big=$(psql_db -c "SELECT CASE WHEN EXISTS (SELECT 1 FROM \"Projects\" WHERE \"Name\" = 'Масштаб: план на 1000 пунктов') THEN 0 ELSE 1 END")
say "adding $((TARGET - existing)) projects to the $existing there are (one transaction; about a minute per 2,000 on 2 cores)…"
started=$SECONDS
psql_db -v missing="$((TARGET - existing))" -v big="$big" -f scripts/seed-scale.sql >/dev/null
say "inserted in $((SECONDS - started)) s; vacuuming and analysing…"
for table in Projects ProjectMembers People Stages PlanItems ControlEvents Responsibles BudgetItems BudgetAmounts \
             Indicators IndicatorValues IndicatorActuals Journal; do
  psql_db -c "VACUUM (ANALYZE) \"$table\"" >/dev/null
done
say "done in $((SECONDS - started)) s: projects $(psql_db -c 'SELECT count(*) FROM "Projects"'), plan items $(psql_db -c 'SELECT count(*) FROM "PlanItems"'), control events $(psql_db -c 'SELECT count(*) FROM "ControlEvents"'), database $(psql_db -c "SELECT pg_size_pretty(pg_database_size('projectoffice'))")"
