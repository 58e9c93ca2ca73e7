#!/usr/bin/env bash
# The benchmark (not a test): measures a running portal page by page with wrk and prints one table.
#   PORT=5080 PO_DB_PORT=55432 ./run.sh &        # the portal with demo data
#   ./run.sh seed-scale --projects 10000          # optional: a region's data (scripts/seed-scale.sh)
#   scripts/bench.sh                              # PORT / PO_DB_PORT as for run.sh
# Settings: DURATION per row (5s; FORM_DURATION, 15s, for the PDF/XLSX rows), CONNECTIONS (1 8 32; PDFs at most 8), ONLY=regex of page names to measure,
# BASE (http://localhost:$PORT; e.g. nginx in front of scripts/pair.sh), PORTAL_PIDS (found from PORT when unset;
# several for a pair: their RSS is summed).
# Columns: page, data size, connections, requests/s, p50 and p99 latency (ms), non-2xx answers (wrk's non-2xx/3xx
# count plus socket errors and timeouts), CPU milliseconds per request (the portal's and PostgreSQL's processes together,
# Chromium not counted), the portal's peak RSS during the row (MB, Chromium not counted).
# The PDF/XLSX rows ask for one unchanged file again and again, so after the first they measure the printed-file cache
# (docs/page-cache.md); to measure Chromium's rendering start the portal with Forms__FileCacheMegabytes=0.
# The machine's other load shows in the latencies: compare before/after pairs run back to back. CPU per request is
# what a page costs whatever else runs, and the figure to compare on a shared machine.
set -euo pipefail
SCRIPT=bench.sh
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/common.sh

PORT=${PORT:-5080}
DB_PORT=${PO_DB_PORT:-55432}
BASE=${BASE:-http://localhost:$PORT}
DURATION=${DURATION:-5s}
FORM_DURATION=${FORM_DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-1 8 32}
ONLY=${ONLY:-.}
BIG='Масштаб: план на 1000 пунктов'

[ -f .data/db-password ] || fail "no .data/db-password: start the portal with ./run.sh first."
ensure_postgres_binaries
apt_install wrk curl
curl -sf "$BASE/health" >/dev/null || fail "the portal does not answer at $BASE/health: start it with ./run.sh (PORT=$PORT)."

export PGPASSWORD
PGPASSWORD=$(cat .data/db-password)
psql_db() { "$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d projectoffice -v ON_ERROR_STOP=1 -qtA "$@"; }

BIG_ID=$(psql_db -v big="$BIG" <<<"SELECT \"Id\" FROM \"Projects\" WHERE \"Name\" = :'big'")
[ -n "$BIG_ID" ] || fail "no project «$BIG»: run ./run.sh seed-scale --projects N first (scripts/seed-scale.sh)."
CARD_ID=$(psql_db -c "SELECT \"Id\" FROM \"Projects\" ORDER BY (\"Name\" = 'Успех каждого ребенка') DESC, \"Id\" LIMIT 1")
PROJECTS=$(psql_db -c 'SELECT count(*) FROM "Projects"')
ITEMS=$(psql_db -c 'SELECT count(*) FROM "PlanItems"')
BIG_ITEMS=$(psql_db -c "SELECT count(*) FROM \"PlanItems\" WHERE \"ProjectId\" = $BIG_ID")
BIG_EVENTS=$(psql_db -c "SELECT count(*) FROM \"ControlEvents\" WHERE \"ProjectId\" = $BIG_ID")
EVENTS=$(psql_db -c 'SELECT count(*) FROM "ControlEvents"')

if [ -z "${PORTAL_PIDS:-}" ]; then
  PORTAL_PIDS=$(ss -Hltnp "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u | tr '\n' ' ')
fi
# CPU ticks (1/100 s) used so far by the portal and by every process of the PostgreSQL cluster.
PG_PID=$(head -n 1 .data/pg/postmaster.pid 2>/dev/null || true)
cpu_ticks() {
  local pids="$PORTAL_PIDS"
  [ -n "$PG_PID" ] && pids="$pids $PG_PID $(ps -o pid= --ppid "$PG_PID" 2>/dev/null | tr '\n' ' ')"
  local pid total=0
  for pid in $pids; do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
rss_mb() { # the summed resident memory of the portal processes, MB
  local total=0 pid kb
  for pid in $PORTAL_PIDS; do
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

JARS=()
trap 'rm -f "${JARS[@]}"' EXIT
sign_in() { # USER: prints the Cookie header of a fresh session
  local jar
  jar=$(mktemp); JARS+=("$jar")
  portal_sign_in "$BASE" "$1" "$jar"
  jar_cookie "$jar"
}
LEADER=$(sign_in leader)
OFFICE=$(sign_in office)
cookie_of() { if [ "$1" = leader ]; then printf '%s' "$LEADER"; else printf '%s' "$OFFICE"; fi; }

# page|user|URL|data size|most connections
CASES=(
  "projects|office|/projects|$PROJECTS projects|32"
  "card|office|/projects/$CARD_ID|national demo|32"
  "plan|leader|/projects/$BIG_ID/plan|$BIG_ITEMS items|32"
  "dashboard|leader|/dashboard|$EVENTS events|32"
  "monitoring|office|/monitoring|$EVENTS events|32"
  "gantt|leader|/projects/$BIG_ID/gantt|$BIG_ITEMS items|32"
  "api-projects|office|/api/projects|$PROJECTS projects|32"
  "control-events|leader|/projects/$BIG_ID/control-events|$BIG_EVENTS events|32"
  "inbox|office|/inbox|$PROJECTS projects|32"
  "plan-xlsx|leader|/projects/$BIG_ID/forms/plan.xlsx|$BIG_ITEMS items|8"
  "plan-pdf|leader|/projects/$BIG_ID/forms/plan.pdf|$BIG_ITEMS items|8"
  "passport-pdf|office|/projects/$CARD_ID/forms/passport.pdf|national demo|8"
)
# Pages of later features, measured when this build has them.
for optional in "reports|office|/reports|$PROJECTS projects|32" "portfolio|office|/portfolio|$PROJECTS projects|32"; do
  IFS='|' read -r _ user url _ _ <<<"$optional"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(cookie_of "$user")" "$BASE$url")" = 200 ] && CASES+=("$optional")
done

to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }'; }

printf '\n%s: %s projects, %s plan items, %s control events; wrk %s per row; %s\n\n' \
  "$BASE" "$PROJECTS" "$ITEMS" "$EVENTS" "$DURATION" "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf '| %-14s | %-16s | %9s | %5s | %8s | %9s | %9s | %7s | %10s | %7s |\n' page "data size" "page KB" conns "req/s" "p50 ms" "p99 ms" non-2xx "CPU ms/req" "RSS MB"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ---------------- ------------------ ----------: ------: ---------: ----------: ----------: --------: -----------: --------:
for case in "${CASES[@]}"; do
  IFS='|' read -r page user url size most <<<"$case"
  [[ "$page" =~ $ONLY ]] || continue
  cookie=$(cookie_of "$user")
  read -r code bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' -H "Cookie: $cookie" "$BASE$url")
  [ "$code" = 200 ] || fail "$url answered $code for $user."
  for conns in $CONNECTIONS; do
    [ "$conns" -le "$most" ] || continue
    out=$(mktemp); JARS+=("$out")
    duration=$DURATION; [[ "$url" == */forms/* ]] && duration=$FORM_DURATION
    wrk -t "$(( conns < 2 ? 1 : 2 ))" -c "$conns" -d "$duration" --timeout 30s --latency -H "Cookie: $cookie" "$BASE$url" >"$out" &
    wrk_pid=$!
    ticks=$(cpu_ticks)
    peak=$(rss_mb)
    while kill -0 "$wrk_pid" 2>/dev/null; do
      now=$(rss_mb); [ "$now" -gt "$peak" ] && peak=$now
      sleep 0.5
    done
    wait "$wrk_pid" || true
    ticks=$(( $(cpu_ticks) - ticks ))
    requests=$(awk '/requests in/ { print $1 }' "$out")
    cpu=$(awk -v t="$ticks" -v n="${requests:-0}" 'BEGIN { if (n > 0) printf "%.1f", t * 10 / n; else print "-" }')
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    p50=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
    errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out")
    printf '| %-14s | %-16s | %9s | %5s | %8s | %9s | %9s | %7s | %10s | %7s |\n' "$page" "$size" "$((bytes / 1024))" "$conns" "$rps" "$p50" "$p99" "$errors" "$cpu" "$peak"
  done
done
