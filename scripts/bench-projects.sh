#!/usr/bin/env bash
# Benchmark of the project list and card (not a test). Run it against a portal started by ./run.sh:
#   ./run.sh &                      # in another terminal
#   scripts/bench-projects.sh       # PORT / PO_DB_PORT as for run.sh; DURATION, THREADS, CONNECTIONS for wrk
# Tops the database up to 1,000 projects (with leader, curator and three stages each), signs in as the demo
# user «office», then measures GET /projects, /projects?q=… and /projects/{id} with wrk and prints
# requests/s and latency percentiles.
set -euo pipefail
SCRIPT=bench-projects.sh
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
QUERY=${QUERY:-школа}

[ -f .data/db-password ] || fail "no .data/db-password: start the portal with ./run.sh first."
ensure_postgres_binaries
apt_install wrk curl
curl -sf "$BASE/health" >/dev/null || fail "the portal does not answer at $BASE/health: start it with ./run.sh (PORT=$PORT)."

export PGPASSWORD
PGPASSWORD=$(cat .data/db-password)
psql_db() { "$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d projectoffice -v ON_ERROR_STOP=1 -qtA "$@"; }

existing=$(psql_db -c 'SELECT count(*) FROM "Projects"')
if [ "$existing" -lt "$TARGET" ]; then
  say "adding $((TARGET - existing)) projects (the database has $existing)…"
  psql_db -v missing="$((TARGET - existing))" <<'SQL'
BEGIN;
-- 40 leaders and 20 curators, made once and recognised by their position.
INSERT INTO "People" ("FullName", "Position")
SELECT (ARRAY['Иванова','Петров','Смирнова','Кузнецов','Попова','Соколов','Лебедева','Козлов','Новикова','Морозов'])[1 + g % 10]
       || ' ' || (ARRAY['Анна','Иван','Мария','Олег','Елена','Павел'])[1 + g % 6]
       || ' ' || (ARRAY['Сергеевна','Петрович','Игоревна','Андреевич'])[1 + g % 4] || ' ' || g,
       'Бенчмарк: ' || CASE WHEN g <= 40 THEN 'руководитель' ELSE 'куратор' END
FROM generate_series(1, 60) g
WHERE NOT EXISTS (SELECT 1 FROM "People" WHERE "Position" LIKE 'Бенчмарк:%');

WITH people AS (
    SELECT array_agg("Id" ORDER BY "Id") FILTER (WHERE "Position" = 'Бенчмарк: руководитель') AS leaders,
           array_agg("Id" ORDER BY "Id") FILTER (WHERE "Position" = 'Бенчмарк: куратор') AS curators
    FROM "People" WHERE "Position" LIKE 'Бенчмарк:%'
), added AS (
    INSERT INTO "Projects" ("Layout", "Status", "Name", "ShortName", "Level", "Goal", "BudgetBreakdown", "StartDate", "EndDate", "UpdatedAt")
    SELECT 1 + g % 2, 1 + g % 5,
           (ARRAY['Цифровая школа','Успешный старт','Город мастеров','Инженерный резерв','Зеленый двор',
                  'Точка роста','Культурная среда','Спортивный город','Безопасная дорога','Активное долголетие'])[1 + g % 10]
               || ' № ' || lpad(g::text, 4, '0'),
           'Проект ' || g, 3, 'Цель проекта № ' || g, 1 + g % 2,
           make_date(2018 + g % 8, 1 + g % 12, 1), make_date(2018 + g % 8, 1 + g % 12, 1) + 365 * (1 + g % 3), now()
    FROM generate_series((SELECT count(*)::int FROM "Projects") + 1, (SELECT count(*)::int FROM "Projects") + :missing) g
    RETURNING "Id", "StartDate", "EndDate"
), members AS (
    INSERT INTO "ProjectMembers" ("ProjectId", "Role", "PersonId", "SortOrder")
    SELECT a."Id", r.role, CASE WHEN r.role = 3 THEN p.leaders[1 + a."Id" % 40] ELSE p.curators[1 + a."Id" % 20] END, r.sort
    FROM added a CROSS JOIN people p CROSS JOIN (VALUES (2, 0), (3, 1)) AS r(role, sort)
)
INSERT INTO "Stages" ("ProjectId", "Name", "StartDate", "EndDate", "SortOrder", "PrintedNames")
SELECT a."Id", (ARRAY['Подготовительный','Основной','Завершающий'])[k + 1],
       a."StartDate" + (a."EndDate" - a."StartDate") * k / 3,
       CASE WHEN k = 2 THEN a."EndDate" ELSE a."StartDate" + (a."EndDate" - a."StartDate") * (k + 1) / 3 - 1 END,
       k, '[]'
FROM added a CROSS JOIN generate_series(0, 2) k;
COMMIT;
ANALYZE "Projects"; ANALYZE "ProjectMembers"; ANALYZE "Stages"; ANALYZE "People";
SQL
fi
say "projects in the database: $(psql_db -c 'SELECT count(*) FROM "Projects"')"

# The card of the richest project (the national demo project when it is there).
CARD_ID=$(psql_db -c "SELECT \"Id\" FROM \"Projects\" ORDER BY (\"Name\" = 'Успех каждого ребенка') DESC, \"Id\" LIMIT 1")

# Sign in as office the way a browser does: the login page sets the antiforgery cookie and token.
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
token=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/account/login" \
  | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || fail "no antiforgery token on $BASE/account/login."
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "UserName=office" --data-urlencode "Password=Demo-2026!" --data-urlencode "__RequestVerificationToken=$token" \
  "$BASE/account/login")
[ "$status" = 302 ] || fail "signing in as office answered $status (demo accounts exist only in demo mode)."
COOKIE=$(awk -F'\t' 'NF >= 7 && $1 !~ /^# / { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$JAR")

ENCODED_QUERY=$(printf '%s' "$QUERY" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
URLS=("$BASE/projects" "$BASE/projects?q=$ENCODED_QUERY" "$BASE/projects/$CARD_ID")
for url in "${URLS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$url")
  [ "$code" = 200 ] || fail "$url answered $code with the office cookie."
done

printf '\nwrk: %s threads, %s connections, %s per URL (office signed in)\n\n' "$THREADS" "$CONNECTIONS" "$DURATION"
printf '%-44s %10s %9s %9s %9s %9s %9s\n' "URL" "req/s" "p50" "p75" "p90" "p99" "errors"
for url in "${URLS[@]}"; do
  out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency -H "Cookie: $COOKIE" "$url")
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  pct() { awk -v p="$1%" '$1 == p { print $2 }' <<<"$out"; }
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += 1 } END { print n + 0 }' <<<"$out")
  printf '%-44s %10s %9s %9s %9s %9s %9s\n' "${url#"$BASE"}" "$rps" "$(pct 50)" "$(pct 75)" "$(pct 90)" "$(pct 99)" "$errors"
done
