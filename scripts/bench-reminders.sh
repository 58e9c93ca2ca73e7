#!/usr/bin/env bash
# Benchmark (not a test): one reminder pass over 10,000 projects and 200,000 control events, then delivery of the
# digests to a local SMTP sink. Uses its own database 'projectoffice_bench' in the run.sh cluster (.data/, port PO_DB_PORT)
# and SMTP port BENCH_SMTP_PORT (default 2526). Prints the pass time and the sending rate.
#   scripts/bench-reminders.sh            PROJECTS=10000 EVENTS_PER_PROJECT=20 RISKS_PER_PROJECT=5 PEOPLE=2000 DATE=2021-06-20
set -euo pipefail
SCRIPT=bench-reminders.sh
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/common.sh

DB_PORT=${PO_DB_PORT:-55432}
SMTP_PORT=${BENCH_SMTP_PORT:-2526}
PROJECTS=${PROJECTS:-10000}
EVENTS_PER_PROJECT=${EVENTS_PER_PROJECT:-20}
PEOPLE=${PEOPLE:-2000}
RISKS_PER_PROJECT=${RISKS_PER_PROJECT:-5}
DATE=${DATE:-2021-06-20}
ensure_postgres_binaries
ensure_cluster "$ROOT/.data/pg" "$DB_PORT"
export PGPASSWORD="$DB_PASSWORD"
PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS projectoffice_bench" -c "CREATE DATABASE projectoffice_bench"

export ConnectionStrings__Default="Host=127.0.0.1;Port=$DB_PORT;Database=projectoffice_bench;Username=projectoffice;Password=$DB_PASSWORD"
export ASPNETCORE_ENVIRONMENT=Development Portal__DemoMode=false Serilog__MinimumLevel__Default=Warning
dotnet build src/ProjectOffice.Web -c Release -nologo -v quiet >/tmp/projectoffice-bench-build.log 2>&1 \
  || { tail -n 30 /tmp/projectoffice-bench-build.log >&2; fail "the build failed"; }
DLL="$ROOT/src/ProjectOffice.Web/bin/Release/net10.0/ProjectOffice.Web.dll"
(cd src/ProjectOffice.Web && dotnet "$DLL" migrate >/dev/null)

say "generating $PEOPLE people with accounts, $PROJECTS projects, $((PROJECTS * EVENTS_PER_PROJECT)) control events, $((PROJECTS * RISKS_PER_PROJECT)) risks, $PROJECTS problems…"
start=$(date +%s.%N)
"${PSQL[@]}" -d projectoffice_bench <<SQL
INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "FullName", "EmailConfirmed",
                           "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "SecurityStamp")
SELECT 'bench-' || i, 'bench' || i, 'BENCH' || i, 'bench' || i || '@example.test', 'BENCH' || i || '@EXAMPLE.TEST',
       'Сотрудник Номер ' || i, true, false, false, true, 0, md5(i::text)
FROM generate_series(1, $PEOPLE) i;
INSERT INTO "People" ("Id", "FullName", "UserId") OVERRIDING SYSTEM VALUE
SELECT 100000 + i, 'Сотрудник Номер ' || i, 'bench-' || i FROM generate_series(1, $PEOPLE) i;
INSERT INTO "Projects" ("Id", "Layout", "Status", "Name", "BudgetBreakdown", "StartDate", "EndDate", "UpdatedAt") OVERRIDING SYSTEM VALUE
SELECT 100000 + p, 1, 1, 'Проект № ' || p, 1, DATE '2021-01-01', DATE '2022-12-31', now() FROM generate_series(1, $PROJECTS) p;
INSERT INTO "ProjectMembers" ("ProjectId", "Role", "PersonId", "SortOrder")
SELECT 100000 + p, 3, 100000 + (p % $PEOPLE) + 1, 0 FROM generate_series(1, $PROJECTS) p
UNION ALL
SELECT 100000 + p, 2, 100000 + ((p * 7) % $PEOPLE) + 1, 1 FROM generate_series(1, $PROJECTS) p;
-- Dates from 90 days late to 29 days ahead of the pass date: most are late, some fall on the reminder days.
INSERT INTO "ControlEvents" ("Id", "ProjectId", "Name", "PlannedDate", "SortOrder", "Status") OVERRIDING SYSTEM VALUE
SELECT 1000000 + (p - 1) * $EVENTS_PER_PROJECT + e, 100000 + p, 'Контрольное событие ' || e || ' проекта ' || p,
       DATE '$DATE' + (((e * 37 + p) % 120) - 90), e, CASE WHEN e % 5 = 0 THEN 2 ELSE 1 END
FROM generate_series(1, $PROJECTS) p, generate_series(1, $EVENTS_PER_PROJECT) e;
INSERT INTO "Responsibles" ("ControlEventId", "PersonId", "SortOrder")
SELECT 1000000 + (p - 1) * $EVENTS_PER_PROJECT + e, 100000 + ((p * $EVENTS_PER_PROJECT + e) % $PEOPLE) + 1, 0
FROM generate_series(1, $PROJECTS) p, generate_series(1, $EVENTS_PER_PROJECT) e;
-- The risk register: RISKS_PER_PROJECT risks with review dates from 30 days back to 29 ahead, one problem per project
-- with a deadline from 40 days late to 19 ahead; owners and responsible are people with accounts.
INSERT INTO "Risks" ("ProjectId", "Kind", "Title", "OwnerPersonId", "Probability", "Impact", "Strategy", "ReviewDate", "Status", "SortOrder")
SELECT 100000 + p, 1 + r % 2, 'Риск ' || r || ' проекта ' || p, 100000 + ((p * 3 + r) % $PEOPLE) + 1, 1 + r % 5, 1 + (p + r) % 5, 2,
       DATE '$DATE' + (((r * 13 + p) % 60) - 30), 1 + r % 2, r
FROM generate_series(1, $PROJECTS) p, generate_series(1, $RISKS_PER_PROJECT) r;
INSERT INTO "Problems" ("ProjectId", "Title", "ResponsiblePersonId", "Deadline", "Status", "SortOrder")
SELECT 100000 + p, 'Проблема проекта ' || p, 100000 + ((p * 11) % $PEOPLE) + 1, DATE '$DATE' + ((p % 60) - 40), 1, 0
FROM generate_series(1, $PROJECTS) p;
ANALYZE;
SQL
say "generated in $(echo "$(date +%s.%N) - $start" | bc) s"

cd src/ProjectOffice.Web
say "reminder pass for $DATE…"
start=$(date +%s.%N)
Serilog__MinimumLevel__Default=Information dotnet "$DLL" remind --date "$DATE" 2>&1 | grep -E "Reminder pass|ERR|FTL" || true
say "remind verb (process start included): $(echo "$(date +%s.%N) - $start" | bc) s"

python3 "$ROOT/scripts/smtp-sink.py" "$SMTP_PORT" &
SINK=$!
trap 'kill $SINK 2>/dev/null || true' EXIT
sleep 0.5
say "sending to the SMTP sink on 127.0.0.1:$SMTP_PORT…"
Mail__Smtp__Host=127.0.0.1 Mail__Smtp__Port=$SMTP_PORT Mail__Smtp__Security=none Serilog__MinimumLevel__Default=Information \
  dotnet "$DLL" send-mail 2>&1 | grep -E "letters dealt|ERR|FTL" || true
kill $SINK; wait $SINK 2>/dev/null || true
trap - EXIT
"${PSQL[@]}" -d projectoffice_bench -c 'SELECT "Kind", "Status", count(*), pg_size_pretty(sum(length("HtmlBody") + length("TextBody"))::bigint) AS bodies FROM "MailLetters" GROUP BY 1, 2'
