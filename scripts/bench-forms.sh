#!/usr/bin/env bash
# Times printed forms against a running portal (./run.sh): signs in, warms each form up once, then fetches it N times
# and prints the median and the worst time per form and format. A benchmark to read, not a test.
#   scripts/bench-forms.sh                          budget and passport of the demo projects 1 and 2, 20 times each, at http://localhost:5080
#   BASE_URL=http://localhost:8080 PROJECTS="1" FORMS="passport" N=50 scripts/bench-forms.sh
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:5080}
PROJECTS=${PROJECTS:-1 2}
FORMS=${FORMS:-budget passport}
FORMATS=${FORMATS:-"pdf xlsx"}
N=${N:-20}
USER_NAME=${USER_NAME:-viewer}
PASSWORD=${PASSWORD:-Demo-2026!}

command -v curl >/dev/null 2>&1 || { echo "bench-forms: curl is missing" >&2; exit 1; }
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

# Sign in as a browser would: the login page's antiforgery token and cookie, then the form post.
token=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE_URL/account/login" \
  | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || { echo "bench-forms: no sign-in form at $BASE_URL/account/login (is the portal running?)" >&2; exit 1; }
status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "UserName=$USER_NAME" \
  --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$BASE_URL/account/login")
[ "$status" = "302" ] || { echo "bench-forms: sign-in as $USER_NAME failed (HTTP $status)" >&2; exit 1; }

fetch() { # prints seconds, fails on anything but 200
  local out
  out=$(curl -sS -o /dev/null -b "$JAR" -w '%{http_code} %{time_total}' "$1")
  [ "${out%% *}" = "200" ] || { echo "bench-forms: $1 answered HTTP ${out%% *}" >&2; exit 1; }
  echo "${out#* }"
}

printf '%-42s %5s %10s %10s\n' "form" "runs" "median ms" "worst ms"
for project in $PROJECTS; do
  for form in $FORMS; do
    for format in $FORMATS; do
      url="$BASE_URL/projects/$project/forms/$form.$format"
      fetch "$url" >/dev/null   # warm: Chromium starts on the first PDF
      times=$(for _ in $(seq 1 "$N"); do fetch "$url"; done | sort -g)
      median=$(echo "$times" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.0f", m * 1000 }')
      worst=$(echo "$times" | tail -n 1 | awk '{ printf "%.0f", $1 * 1000 }')
      printf '%-42s %5s %10s %10s\n' "projects/$project/forms/$form.$format" "$N" "$median" "$worst"
    done
  done
done
