#!/usr/bin/env bash
# Benchmark of the plan, control-event and dashboard pages (not a test). Run it against a portal started by ./run.sh:
#   ./run.sh &                    # in another terminal
#   scripts/bench-plans.sh        # PORT / PO_DB_PORT as for run.sh; DURATION, THREADS, CONNECTIONS for wrk
# Adds, once, a project «Бенчмарк: план на 1000 пунктов» led by the demo «leader» (20 stages, 980 events, 2,000
# responsible executors, 196 control events), tops the database up to 1,000 projects and gives every project
# without control events 20 of them (5 taking their date from a control point), then measures with wrk:
# the leader's /dashboard, the big plan, its control events and Gantt chart, and the office's /monitoring.
set -euo pipefail
SCRIPT=bench-plans.sh
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/common.sh

PORT=${PORT:-5080}
DB_PORT=${PO_DB_PORT:-55432}
BASE="http://localhost:$PORT"
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
TARGET=1000
BIG='Бенчмарк: план на 1000 пунктов'

[ -f .data/db-password ] || fail "no .data/db-password: start the portal with ./run.sh first."
ensure_postgres_binaries
apt_install wrk curl
curl -sf "$BASE/health" >/dev/null || fail "the portal does not answer at $BASE/health: start it with ./run.sh (PORT=$PORT)."

export PGPASSWORD
PGPASSWORD=$(cat .data/db-password)
psql_db() { "$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d projectoffice -v ON_ERROR_STOP=1 -qtA "$@"; }

# psql substitutes :'big' in scripts it reads, not in -c commands.
if [ "$(psql_db -v big="$BIG" <<<"SELECT count(*) FROM \"Projects\" WHERE \"Name\" = :'big'")" = 0 ]; then
  say "adding the project «$BIG»…"
  psql_db -v big="$BIG" <<'SQL'
BEGIN;
WITH pool AS (
    SELECT array_agg("Id" ORDER BY "Id") AS people FROM "People"
), proj AS (
    INSERT INTO "Projects" ("Layout", "Status", "Name", "BudgetBreakdown", "StartDate", "EndDate", "UpdatedAt")
    VALUES (1, 1, :'big', 1, current_date - 540, current_date + 540, now())
    RETURNING "Id", "StartDate"
), leader AS (
    INSERT INTO "ProjectMembers" ("ProjectId", "Role", "PersonId", "SortOrder")
    SELECT proj."Id", 3, p."Id", 0
    FROM proj, "People" p JOIN "AspNetUsers" u ON u."Id" = p."UserId" AND u."UserName" = 'leader'
), stages AS (
    INSERT INTO "Stages" ("ProjectId", "Name", "StartDate", "EndDate", "SortOrder", "PrintedNames")
    SELECT proj."Id", 'Этап ' || (s + 1) || '. Реализация направления ' || (s + 1), proj."StartDate" + s * 54, proj."StartDate" + s * 54 + 53, s, '[]'
    FROM proj, generate_series(0, 19) s
    RETURNING "Id", "ProjectId", "SortOrder", "StartDate"
), stage_items AS (
    INSERT INTO "PlanItems" ("ProjectId", "Kind", "SortOrder", "StageId", "ReportDates", "YearValues")
    SELECT "ProjectId", 1, "SortOrder", "Id", '{}', '[]' FROM stages
    RETURNING "Id", "ProjectId", "StageId"
), events AS (
    INSERT INTO "PlanItems" ("ProjectId", "ParentId", "Kind", "SortOrder", "Name", "StartDate", "EndDate", "ReportDates",
                             "IndicatorName", "IndicatorUnit", "PlannedValueText", "PlannedValue", "YearValues")
    SELECT si."ProjectId", si."Id", 4, k,
           'Мероприятие ' || (st."SortOrder" * 49 + k + 1) || ': организация и проведение работ по направлению ' || (st."SortOrder" + 1)
               || ' с участием образовательных организаций города',
           st."StartDate" + k % 20, st."StartDate" + 20 + k % 30, '{}',
           'Количество проведённых мероприятий', 'ед.', 'Не менее ' || (1 + k % 9), 1 + k % 9, '[]'
    FROM stage_items si JOIN stages st ON st."Id" = si."StageId", generate_series(0, 48) k
    RETURNING "Id", "ProjectId", "ParentId", "SortOrder", "Name", "EndDate"
), item_people AS (
    INSERT INTO "Responsibles" ("PlanItemId", "PersonId", "PositionText", "SortOrder")
    SELECT e."Id", pool.people[1 + (e."Id" + r) % array_length(pool.people, 1)], 'методист отдела', r
    FROM events e, pool, generate_series(0, 1) r
), checkpoints AS (
    INSERT INTO "ControlEvents" ("ProjectId", "PlanItemId", "StageId", "Name", "PlannedDate", "SortOrder", "Status")
    SELECT e."ProjectId", e."Id", si."StageId", 'Проведено: ' || e."Name", e."EndDate",
           row_number() OVER (ORDER BY si."StageId", e."SortOrder") - 1, 1
    FROM events e JOIN stage_items si ON si."Id" = e."ParentId"
    WHERE e."SortOrder" % 5 = 0
    RETURNING "Id"
)
INSERT INTO "Responsibles" ("ControlEventId", "PersonId", "SortOrder")
SELECT c."Id", pool.people[1 + c."Id" % array_length(pool.people, 1)], 0 FROM checkpoints c, pool;
COMMIT;
SQL
fi

existing=$(psql_db -c 'SELECT count(*) FROM "Projects"')
if [ "$existing" -lt "$TARGET" ]; then
  say "adding $((TARGET - existing)) projects (the database has $existing)…"
  psql_db -v missing="$((TARGET - existing))" <<'SQL'
BEGIN;
WITH curators AS (
    SELECT array_agg(DISTINCT "PersonId") AS ids FROM "ProjectMembers" WHERE "Role" = 2 AND "PersonId" IS NOT NULL
), added AS (
    INSERT INTO "Projects" ("Layout", "Status", "Name", "BudgetBreakdown", "StartDate", "EndDate", "UpdatedAt")
    SELECT 1 + g % 2, 1 + g % 5, 'Бенчмарк КС № ' || lpad(g::text, 4, '0'), 1 + g % 2, current_date - 400 + g % 100, current_date + 400 + g % 100, now()
    FROM generate_series((SELECT count(*)::int FROM "Projects") + 1, (SELECT count(*)::int FROM "Projects") + :missing) g
    RETURNING "Id"
)
INSERT INTO "ProjectMembers" ("ProjectId", "Role", "PersonId", "SortOrder")
SELECT a."Id", 2, c.ids[1 + a."Id" % array_length(c.ids, 1)], 0 FROM added a, curators c;
COMMIT;
SQL
fi

missing_events=$(psql_db -c 'SELECT count(*) FROM "Projects" p WHERE NOT EXISTS (SELECT 1 FROM "ControlEvents" e WHERE e."ProjectId" = p."Id")')
if [ "$missing_events" -gt 0 ]; then
  say "adding 20 control events to each of $missing_events projects…"
  psql_db <<'SQL'
BEGIN;
WITH pool AS (
    SELECT (SELECT array_agg("Id" ORDER BY "Id") FROM "People") AS people,
           (SELECT array_agg("Id" ORDER BY "Id") FROM "Organisations") AS organisations
), targets AS (
    SELECT p."Id" FROM "Projects" p WHERE NOT EXISTS (SELECT 1 FROM "ControlEvents" e WHERE e."ProjectId" = p."Id")
), points AS (
    -- Control points give linked events their name, date and responsible (those events have none of their own).
    INSERT INTO "PlanItems" ("ProjectId", "Kind", "SortOrder", "Name", "EndDate", "ReportDates", "YearValues")
    SELECT t."Id", 5, k, 'Контрольная точка ' || (k + 1) || ' проекта ' || t."Id", current_date - 300 + (t."Id" * 37 + k * 113) % 600, '{}', '[]'
    FROM targets t, generate_series(0, 4) k
    RETURNING "Id", "ProjectId", "SortOrder"
), point_owners AS (
    INSERT INTO "Responsibles" ("PlanItemId", "Text", "OrganisationId", "SortOrder")
    SELECT p."Id", 'Управление образования', pool.organisations[1 + p."Id" % array_length(pool.organisations, 1)], 0 FROM points p, pool
), linked AS (
    INSERT INTO "ControlEvents" ("ProjectId", "PlanItemId", "SortOrder", "Status")
    SELECT "ProjectId", "Id", 15 + "SortOrder", 1 FROM points
), own AS (
    INSERT INTO "ControlEvents" ("ProjectId", "Name", "PlannedDate", "SortOrder", "Status", "DoneOn", "CancelReason")
    SELECT t."Id", 'Контрольное событие ' || (k + 1) || ' проекта ' || t."Id", d, k,
           CASE WHEN (t."Id" + k) % 10 = 0 THEN 2 WHEN (t."Id" + k) % 33 = 0 THEN 3 ELSE 1 END,
           CASE WHEN (t."Id" + k) % 10 = 0 THEN least(d, current_date) END,
           CASE WHEN (t."Id" + k) % 10 <> 0 AND (t."Id" + k) % 33 = 0 THEN 'Перенесено решением куратора' END
    FROM targets t, generate_series(0, 14) k, LATERAL (SELECT current_date - 300 + (t."Id" * 53 + k * 41) % 600 AS d) x
    RETURNING "Id"
)
INSERT INTO "Responsibles" ("ControlEventId", "PersonId", "SortOrder")
SELECT o."Id", pool.people[1 + o."Id" % array_length(pool.people, 1)], 0 FROM own o, pool;
COMMIT;
SQL
fi
psql_db -c 'ANALYZE "Projects"; ANALYZE "ProjectMembers"; ANALYZE "PlanItems"; ANALYZE "ControlEvents"; ANALYZE "Responsibles"; ANALYZE "People";' >/dev/null
say "projects: $(psql_db -c 'SELECT count(*) FROM "Projects"'), plan items: $(psql_db -c 'SELECT count(*) FROM "PlanItems"'), control events: $(psql_db -c 'SELECT count(*) FROM "ControlEvents"')"
BIG_ID=$(psql_db -v big="$BIG" <<<"SELECT \"Id\" FROM \"Projects\" WHERE \"Name\" = :'big'")

# Signs in the way a browser does (the login page sets the antiforgery cookie and token); prints the Cookie header.
JARS=()
trap 'rm -f "${JARS[@]}"' EXIT
sign_in() {
  local jar token status
  jar=$(mktemp); JARS+=("$jar")
  token=$(curl -sf -c "$jar" -b "$jar" "$BASE/account/login" \
    | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  [ -n "$token" ] || fail "no antiforgery token on $BASE/account/login."
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "UserName=$1" --data-urlencode "Password=Demo-2026!" --data-urlencode "__RequestVerificationToken=$token" \
    "$BASE/account/login")
  [ "$status" = 302 ] || fail "signing in as $1 answered $status (demo accounts exist only in demo mode)."
  awk -F'\t' 'NF >= 7 && $1 !~ /^# / { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}
LEADER=$(sign_in leader)
OFFICE=$(sign_in office)

# user|URL pairs: the leader's own pages, the office's view of all projects.
CASES=(
  "leader|/dashboard"
  "leader|/projects/$BIG_ID/plan"
  "leader|/projects/$BIG_ID/control-events"
  "leader|/projects/$BIG_ID/gantt"
  "office|/monitoring"
  "office|/monitoring?filter=Overdue&page=20"
)
cookie_of() { if [ "$1" = leader ]; then printf '%s' "$LEADER"; else printf '%s' "$OFFICE"; fi; }
for case in "${CASES[@]}"; do
  user=${case%%|*}; url=${case#*|}
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(cookie_of "$user")" "$BASE$url")
  [ "$code" = 200 ] || fail "$url answered $code for $user."
done

printf '\nwrk: %s threads, %s connections, %s per URL\n\n' "$THREADS" "$CONNECTIONS" "$DURATION"
printf '%-8s %-42s %9s %9s %9s %9s %9s %7s\n' "user" "URL" "req/s" "p50" "p75" "p90" "p99" "errors"
for case in "${CASES[@]}"; do
  user=${case%%|*}; url=${case#*|}
  out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency -H "Cookie: $(cookie_of "$user")" "$BASE$url")
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  pct() { awk -v p="$1%" '$1 == p { print $2 }' <<<"$out"; }
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += 1 } END { print n + 0 }' <<<"$out")
  printf '%-8s %-42s %9s %9s %9s %9s %9s %7s\n' "$user" "$url" "$rps" "$(pct 50)" "$(pct 75)" "$(pct 90)" "$(pct 99)" "$errors"
done
