#!/usr/bin/env bash
# Starts ProjectOffice with demo data at http://localhost:${PORT:-5080}.
# Installs PostgreSQL when missing, keeps its data in .data/ (a private cluster on port ${PO_DB_PORT:-55432}),
# applies migrations, seeds demo data into an empty database only, then starts the portal.
#   PORT=8080 ./run.sh        another port for the portal
#   ./run.sh stop-db          stops the private PostgreSQL cluster
#   ./run.sh seed-scale --projects 10000   grows the database to a region's size for benchmarks (scripts/seed-scale.sh)
#   ./run.sh import FILE.json imports projectoffice/1 documents into the portal's database (docs/project-format.md)
#   ./run.sh remind --date 2021-06-20   one reminder pass for that date; read the letters at /admin/mail (no SMTP: nothing leaves the machine)
set -euo pipefail
SCRIPT=run.sh
CALLER_DIR=$PWD
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
. scripts/common.sh

PORT=${PORT:-5080}
DB_PORT=${PO_DB_PORT:-55432}
DATA_DIR="$ROOT/.data/pg"

command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK is missing: install it (https://dot.net) and run again."
ensure_postgres_binaries

if [ "${1:-}" = "stop-db" ]; then
  as_pg_owner "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast stop
  exit 0
fi

# Chromium and fonts print the PDF forms.
apt_install chromium fonts-liberation2 fonts-dejavu-core
ensure_cluster "$DATA_DIR" "$DB_PORT"

export ConnectionStrings__Default="Host=127.0.0.1;Port=$DB_PORT;Database=projectoffice;Username=projectoffice;Password=$DB_PASSWORD"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Portal__DemoMode=${Portal__DemoMode:-true}

if ! PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname = 'projectoffice'" | grep -q 1; then
  PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$DB_PORT" -U projectoffice -d postgres -qc "CREATE DATABASE projectoffice" \
    || fail "could not create the database 'projectoffice' (see .data/pg/server.log)."
fi

say "building…"
dotnet build src/ProjectOffice.Web -c Release -nologo -v quiet >/tmp/projectoffice-build.log 2>&1 \
  || { tail -n 30 /tmp/projectoffice-build.log >&2; fail "the build failed (full log: /tmp/projectoffice-build.log)."; }

WEB_DIR="$ROOT/src/ProjectOffice.Web"
PORTAL_DLL="$WEB_DIR/bin/Release/net10.0/ProjectOffice.Web.dll"
cd "$WEB_DIR"
say "applying migrations and demo data…"
dotnet "$PORTAL_DLL" migrate || fail "migrations failed: read the message above."

if [ "${1:-}" = "seed-scale" ]; then
  shift
  cd "$ROOT"
  PO_DB_PORT=$DB_PORT exec scripts/seed-scale.sh "$@"
fi

if [ "${1:-}" = "import" ]; then
  shift
  [ $# -gt 0 ] || fail "usage: ./run.sh import FILE.json…"
  files=()
  for f in "$@"; do files+=("$(cd "$CALLER_DIR" && realpath "$f")"); done
  exec dotnet "$PORTAL_DLL" import "${files[@]}"
fi

if [ "${1:-}" = "remind" ]; then
  shift
  exec dotnet "$PORTAL_DLL" remind "$@"
fi

say "ProjectOffice is starting at http://localhost:$PORT (demo accounts: admin, office, curator, leader, methodist, viewer; password Demo-2026!)"
exec dotnet "$PORTAL_DLL" --urls "http://localhost:$PORT"
