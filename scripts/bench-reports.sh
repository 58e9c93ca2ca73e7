#!/usr/bin/env bash
# Benchmark of monitoring (not a test). Against a portal started by ./run.sh (PORT as for run.sh):
#   scripts/bench-projects.sh                  # once: tops the database up to 1,000 projects
#   PROJECTS="" BIG_PLAN=1000 FORMS=plan scripts/bench-forms.sh   # once: imports a project with a 1,000-item plan
#   REPORT_PROJECT=<its id> scripts/bench-reports.sh
# Signs in as «office», warms each page up once, fetches it N times over one connection at a time and prints the
# median (p50) and the worst time: the portfolio, the office summary's XLSX, and REPORT_PROJECT's report page, with
# the CPU milliseconds per request of the portal and its PostgreSQL cluster (PO_DB_PORT's .data/pg; the figure to compare
# on a shared machine) and the load average when each row ends.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

PORT=${PORT:-5080}
BASE_URL=${BASE_URL:-http://localhost:$PORT}
PERIOD=${PERIOD:-2021-03}
N=${N:-20}
USER_NAME=${USER_NAME:-office}
PASSWORD=${PASSWORD:-Demo-2026!}
REPORT_PROJECT=${REPORT_PROJECT:-1}

command -v curl >/dev/null 2>&1 || { echo "bench-reports: curl is missing" >&2; exit 1; }
PORTAL_PIDS=${PORTAL_PIDS:-$(ss -Hltnp "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u | tr '\n' ' ')}
PG_PID=$(head -n 1 "$ROOT/.data/pg/postmaster.pid" 2>/dev/null || true)
cpu_ticks() { # CPU ticks (1/100 s) used so far by the portal and every process of the PostgreSQL cluster
  local pids="$PORTAL_PIDS" pid total=0
  [ -n "$PG_PID" ] && pids="$pids $PG_PID $(ps -o pid= --ppid "$PG_PID" 2>/dev/null | tr '\n' ' ')"
  for pid in $pids; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

token=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE_URL/account/login" \
  | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || { echo "bench-reports: no sign-in form at $BASE_URL/account/login (is the portal running?)" >&2; exit 1; }
status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "UserName=$USER_NAME" \
  --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$BASE_URL/account/login")
[ "$status" = "302" ] || { echo "bench-reports: sign-in as $USER_NAME failed (HTTP $status)" >&2; exit 1; }

measure() { # NAME URL: p50 and worst of N sequential fetches, in milliseconds, and the size of the answer
  local name=$1 url=$2 times=() code size ticks cpu load
  code=$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR" "$url")
  [ "$code" = "200" ] || { echo "bench-reports: $url answered $code" >&2; return 1; }
  ticks=$(cpu_ticks)
  for _ in $(seq "$N"); do
    times+=("$(curl -sS -o /dev/null -w '%{time_total}' -b "$JAR" "$url")")
  done
  cpu=$(awk -v t="$(( $(cpu_ticks) - ticks ))" -v n="$N" 'BEGIN { printf "%.1f", t * 10 / n }')
  load=$(cut -d' ' -f1 /proc/loadavg)
  size=$(curl -sS -b "$JAR" "$url" | wc -c)
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v n="$N" -v size="$size" -v cpu="$cpu" -v load="$load" \
    '{ t[NR] = $1 * 1000 } END { printf "%-28s p50 %7.1f ms   max %7.1f ms   CPU %6.1f ms/req   %9s bytes   load %s\n", name, t[int((n + 1) / 2)], t[n], cpu, size, load }'
}

measure "portfolio" "$BASE_URL/portfolio?period=$PERIOD"
measure "portfolio (sorted by late)" "$BASE_URL/portfolio?period=$PERIOD&sort=late"
measure "summary.xlsx" "$BASE_URL/reports/$PERIOD/summary.xlsx"
measure "report page" "$BASE_URL/projects/$REPORT_PROJECT/reports/$PERIOD"
measure "report.xlsx" "$BASE_URL/projects/$REPORT_PROJECT/reports/$PERIOD/forms/report.xlsx"
