#!/usr/bin/env bash
# Runs every test of ProjectOffice. Installs what the tests need (PostgreSQL server binaries, Debian's chromium,
# poppler-utils, fonts) when missing, builds, runs both test projects, and ends with "N passed, N failed".
#   ./test.sh          every test
#   ./test.sh --fast   the inner loop: domain rules and features through the portal, without the tests that print
#                      through Chromium (trait Category=Printing) and without the browser journeys
set -uo pipefail
SCRIPT=test.sh
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
. scripts/common.sh

TARGET=ProjectOffice.sln
FILTER=()
case "${1:-}" in
  "") ;;
  --fast) TARGET=tests/ProjectOffice.Tests; FILTER=(--filter "Category!=Printing") ;;
  *) fail "unknown option $1 (use --fast for the quick subset, nothing for every test)" ;;
esac

command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK is missing: install it (https://dot.net) and run again."
ensure_postgres_binaries
apt_install chromium poppler-utils fonts-liberation2 fonts-dejavu-core

RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
say "building…"
if ! dotnet build ProjectOffice.sln -c Release -nologo -v quiet >/tmp/projectoffice-test-build.log 2>&1; then
  tail -n 40 /tmp/projectoffice-test-build.log >&2
  echo "0 passed, 1 failed"
  exit 1
fi

say "running tests…"
dotnet test "$TARGET" -c Release --no-build -nologo "${FILTER[@]}" --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$RESULTS" -- RunConfiguration.TreatNoTestsAsError=true
status=$?

passed=0; failed=0; skipped=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { local v; v=$(echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'); echo "${v:-0}"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
[ "$passed" -gt 0 ] || status=1
[ "$status" -eq 0 ] && [ "$failed" -gt 0 ] && status=1

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
exit $status
