#!/usr/bin/env bash
# Two portal instances behind Debian's nginx, for machines without Docker (docker-compose.yml does the same with
# containers). Uses ./run.sh's private PostgreSQL cluster and build.
#   scripts/pair.sh start     builds, migrates once, starts instances on PAIR_PORTS (5081 5082) and nginx on PORT (5080)
#   scripts/pair.sh load      loads nginx with wrk (GET /projects, the card, the plan) while a writer adds organisations
#                             one by one; kills the first instance mid-run, then prints failed requests and lost writes
#   scripts/pair.sh stop      stops nginx and both instances
# Settings: PORT, PAIR_PORTS, PO_DB_PORT (as run.sh), DURATION of the load (20s), KILL_AFTER seconds (6), CONNECTIONS (16).
# nginx retries a request on the other instance when the first refuses the connection or fails before answering
# (proxy_next_upstream): GETs always; POSTs only when they never reached the instance, so no write is sent twice.
set -euo pipefail
SCRIPT=pair.sh
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/common.sh

PORT=${PORT:-5080}
read -r -a INSTANCES <<<"${PAIR_PORTS:-5081 5082}"
DB_PORT=${PO_DB_PORT:-55432}
DURATION=${DURATION:-20s}
KILL_AFTER=${KILL_AFTER:-6}
CONNECTIONS=${CONNECTIONS:-16}
STATE="$ROOT/.data/pair-$PORT"
BASE="http://127.0.0.1:$PORT"
WEB_DIR="$ROOT/src/ProjectOffice.Web"
PORTAL_DLL="$WEB_DIR/bin/Release/net10.0/ProjectOffice.Web.dll"

stop_all() {
  if [ -f "$STATE/nginx.pid" ]; then
    kill "$(cat "$STATE/nginx.pid")" 2>/dev/null || true
    rm -f "$STATE/nginx.pid"
  fi
  for port in "${INSTANCES[@]}"; do
    if [ -f "$STATE/portal-$port.pid" ]; then
      kill "$(cat "$STATE/portal-$port.pid")" 2>/dev/null || true
      rm -f "$STATE/portal-$port.pid"
    fi
  done
}

database_env() {
  ensure_postgres_binaries
  ensure_cluster "$ROOT/.data/pg" "$DB_PORT"
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$DB_PORT;Database=projectoffice;Username=projectoffice;Password=$DB_PASSWORD"
  export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
  export Portal__DemoMode=${Portal__DemoMode:-true}
  # nginx on loopback is the one proxy whose X-Forwarded-* the instances believe.
  export ForwardedHeaders__KnownProxies=127.0.0.1
}

start_instance() { # PORT: one portal instance in the background, its log and pid in $STATE
  local port=$1
  (cd "$WEB_DIR" && exec dotnet "$PORTAL_DLL" --urls "http://127.0.0.1:$port") >"$STATE/portal-$port.log" 2>&1 &
  echo $! >"$STATE/portal-$port.pid"
}

wait_healthy() { # URL
  local i
  for i in $(seq 1 120); do
    curl -sf "$1/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  fail "$1 did not answer /health within a minute (logs in $STATE)."
}

write_nginx_conf() {
  local servers="" port
  for port in "${INSTANCES[@]}"; do servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'; done
  mkdir -p "$STATE/tmp"
  chmod 1777 "$STATE/tmp"
  cat >"$STATE/nginx.conf" <<CONF
# Written by scripts/pair.sh: two ProjectOffice instances behind one nginx.
worker_processes 1;
pid $STATE/nginx.pid;
error_log $STATE/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_max_body_size 25m;
    client_body_temp_path $STATE/tmp/body;
    proxy_temp_path $STATE/tmp/proxy;
    fastcgi_temp_path $STATE/tmp/fastcgi;
    uwsgi_temp_path $STATE/tmp/uwsgi;
    scgi_temp_path $STATE/tmp/scgi;
    upstream portal {
$servers        keepalive 32;
    }
    server {
        listen 127.0.0.1:$PORT;
        location / {
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A dead or overloaded instance: the request goes to the other one. nginx never resends a POST that
            # reached an instance (non_idempotent is not set), so a write is never made twice.
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            proxy_buffers 64 16k;
            proxy_max_temp_file_size 0;
        }
    }
}
CONF
}

start_all() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK is missing."
  apt_install nginx wrk curl chromium fonts-liberation2 fonts-dejavu-core
  database_env
  mkdir -p "$STATE"
  stop_all
  say "building…"
  dotnet build "$WEB_DIR" -c Release -nologo -v quiet >"$STATE/build.log" 2>&1 || { tail -n 30 "$STATE/build.log" >&2; fail "the build failed."; }
  # Migrations run once, before either instance starts; the instances themselves never migrate.
  (cd "$WEB_DIR" && dotnet "$PORTAL_DLL" migrate) || fail "migrations failed."
  for port in "${INSTANCES[@]}"; do start_instance "$port"; done
  for port in "${INSTANCES[@]}"; do wait_healthy "http://127.0.0.1:$port"; done
  write_nginx_conf
  nginx -t -c "$STATE/nginx.conf" >/dev/null 2>&1 || { nginx -t -c "$STATE/nginx.conf"; fail "nginx refused its configuration."; }
  nginx -c "$STATE/nginx.conf"
  wait_healthy "$BASE"
  say "nginx at $BASE in front of ${INSTANCES[*]} (logs and pids in $STATE); scripts/pair.sh stop to end."
}

load() {
  [ -f "$STATE/nginx.pid" ] || fail "the pair is not running: scripts/pair.sh start first."
  database_env
  export PGPASSWORD=$DB_PASSWORD
  local jar writer run writes=0 acknowledged=0 refused=0 started victim
  jar=$(mktemp); writer=$(mktemp)
  trap 'rm -f "$jar" "$writer" "$STATE"/wrk-*.txt' RETURN
  portal_sign_in "$BASE" office "$jar"
  # The reference lists are the administrator's (and the office's reading only).
  portal_sign_in "$BASE" admin "$writer"
  local cookie card
  cookie=$(jar_cookie "$jar")
  card=$("$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d projectoffice -qtAc 'SELECT min("Id") FROM "Projects"')
  run="pair-$(date +%s)"
  say "loading $BASE for $DURATION with $CONNECTIONS connections per page; instance ${INSTANCES[0]} is killed after ${KILL_AFTER}s…"
  for url in /projects "/projects/$card" "/projects/$card/plan"; do
    wrk -t 1 -c "$CONNECTIONS" -d "$DURATION" --timeout 30s --latency -H "Cookie: $cookie" "$BASE$url" >"$STATE/wrk-${url//\//_}.txt" &
  done
  started=$SECONDS
  victim=$(cat "$STATE/portal-${INSTANCES[0]}.pid")
  local duration_s=${DURATION%s}
  # The writer: one organisation after another, each through the form with its antiforgery token; acknowledged = 302.
  while [ $((SECONDS - started)) -lt "$duration_s" ]; do
    if [ -n "$victim" ] && [ $((SECONDS - started)) -ge "$KILL_AFTER" ]; then
      kill -9 "$victim" 2>/dev/null || true
      say "killed instance ${INSTANCES[0]} (pid $victim) at $((SECONDS - started)) s"
      victim=""
    fi
    writes=$((writes + 1))
    local token status
    token=$(curl -s -b "$writer" -c "$writer" "$BASE/reference/organisations" \
      | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$writer" -c "$writer" \
      --data-urlencode "New.Name=$run-$writes" --data-urlencode "__RequestVerificationToken=$token" "$BASE/reference/organisations/new")
    if [ "$status" = 302 ]; then acknowledged=$((acknowledged + 1)); else refused=$((refused + 1)); fi
  done
  wait
  local stored lost
  stored=$("$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d projectoffice -qtAc \
    "SELECT count(*) FROM \"Organisations\" WHERE \"Name\" LIKE '$run-%'")
  lost=$((acknowledged - stored))
  printf '\n| page | requests | req/s | p99 | failed (non-2xx/3xx, socket errors) |\n|---|---:|---:|---:|---:|\n'
  for f in "$STATE"/wrk-*.txt; do
    local page requests rps p99 errors
    page=$(basename "$f" .txt); page=${page#wrk-}; page=${page//_//}
    requests=$(awk '/requests in/ { print $1 }' "$f")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$f")
    p99=$(awk '$1 == "99%" { print $2 }' "$f")
    errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$f")
    printf '| %s | %s | %s | %s | %s |\n' "$page" "$requests" "$rps" "$p99" "$errors"
  done
  printf '\nwrites: %s sent, %s acknowledged, %s refused, %s stored, %s lost (acknowledged but not stored)\n' \
    "$writes" "$acknowledged" "$refused" "$stored" "$lost"
  say "restarting instance ${INSTANCES[0]}…"
  start_instance "${INSTANCES[0]}"
  wait_healthy "http://127.0.0.1:${INSTANCES[0]}"
}

case "${1:-}" in
  start) start_all ;;
  stop) stop_all; say "stopped." ;;
  load) load ;;
  *) fail "usage: scripts/pair.sh start|load|stop" ;;
esac
