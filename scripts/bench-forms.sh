#!/usr/bin/env bash
# Times printed forms against a running portal (./run.sh): signs in, warms each form up once, then fetches it N times
# and prints the median and the worst time per form and format. A benchmark to read, not a test.
#   scripts/bench-forms.sh                          every form of project 1, 20 times each, at http://localhost:5080
#   BASE_URL=http://localhost:8080 PROJECTS="1 2" FORMS="budget" N=50 scripts/bench-forms.sh
#   PROJECTS="" BIG_PLAN=1000 FORMS="plan control-events" scripts/bench-forms.sh
#                                                   also imports a generated municipal project whose plan has 1 000 items
#                                                   (4 stages, 996 events with executors, a control event each) and
#                                                   times the forms of it too (PROJECTS="" for it alone); the import signs
#                                                   in as IMPORT_USER (office)
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:5080}
PROJECTS=${PROJECTS-1}
FORMS=${FORMS:-budget passport plan control-events annexes}
FORMATS=${FORMATS:-"pdf xlsx"}
N=${N:-20}
USER_NAME=${USER_NAME:-viewer}
PASSWORD=${PASSWORD:-Demo-2026!}
BIG_PLAN=${BIG_PLAN:-}
IMPORT_USER=${IMPORT_USER:-office}

command -v curl >/dev/null 2>&1 || { echo "bench-forms: curl is missing" >&2; exit 1; }
JAR=$(mktemp)
IMPORT_JAR=$(mktemp)
trap 'rm -f "$JAR" "$IMPORT_JAR"' EXIT

sign_in() { # JAR USER: the login page's antiforgery token and cookie, then the form post, as a browser would
  local token status
  token=$(curl -fsS -c "$1" -b "$1" "$BASE_URL/account/login" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  [ -n "$token" ] || { echo "bench-forms: no sign-in form at $BASE_URL/account/login (is the portal running?)" >&2; exit 1; }
  status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$1" -b "$1" --data-urlencode "UserName=$2" \
    --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$BASE_URL/account/login")
  [ "$status" = "302" ] || { echo "bench-forms: sign-in as $2 failed (HTTP $status)" >&2; exit 1; }
}

# A projectoffice/1 document (docs/project-format.md) of a municipal project whose plan has $1 items in all.
big_plan_json() {
  command -v python3 >/dev/null 2>&1 || { echo "bench-forms: BIG_PLAN needs python3" >&2; exit 1; }
  python3 - "$1" <<'PY'
import datetime, json, sys
total, stages = int(sys.argv[1]), 4
events = total - stages
people = [{"key": f"p{i}", "fullName": f"Иванова{i} Мария Петровна", "position": "методист"} for i in range(5)]
plan, control_events, day = [], [], datetime.date(2026, 1, 1)
for s in range(stages):
    children = []
    for e in range(events * s // stages, events * (s + 1) // stages):
        start = day + datetime.timedelta(days=e % 300)
        end = (start + datetime.timedelta(days=30)).isoformat()
        who = [{"person": f"p{(e + k) % 5}", "positionText": "методист отдела дополнительного образования и социализации"} for k in range(3)]
        children.append({"kind": "event", "key": f"e{e}", "name": f"Мероприятие {e + 1} по развитию инженерного образования в городе",
                         "start": start.isoformat(), "end": end,
                         "resultIndicator": {"name": "Количество проведенных мероприятий", "unit": "ед.", "plannedValue": "Не менее 5"},
                         "responsible": who})
        control_events.append({"key": f"ce{e}", "name": f"Проведено мероприятие {e + 1}", "plannedDate": end, "responsible": who,
                               "stage": f"s{s}", "planItem": f"e{e}", "status": "planned"})
    plan.append({"kind": "stage", "key": f"ps{s}", "stage": f"s{s}", "children": children})
project = {"layout": "municipal", "level": "municipal", "name": f"Нагрузочный план {total} {datetime.datetime.now():%Y-%m-%d %H:%M:%S}",
           "period": {"start": "2026-01-01", "end": "2027-12-31"},
           "stages": [{"key": f"s{s}", "name": f"Этап {s + 1}", "start": "2026-01-01", "end": "2027-12-31"} for s in range(stages)],
           "plan": {"items": plan}, "controlEvents": control_events}
print(json.dumps({"format": "projectoffice/1", "project": project, "organisations": [], "people": people, "fundingSources": []}, ensure_ascii=False))
PY
}

sign_in "$JAR" "$USER_NAME"
if [ -n "$BIG_PLAN" ]; then
  sign_in "$IMPORT_JAR" "$IMPORT_USER"
  created=$(big_plan_json "$BIG_PLAN" | curl -sS -b "$IMPORT_JAR" -H 'Content-Type: application/json' --data-binary @- "$BASE_URL/api/projects/import")
  big_id=$(echo "$created" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  [ -n "$big_id" ] || { echo "bench-forms: the generated plan was not imported: $created" >&2; exit 1; }
  echo "imported a plan of $BIG_PLAN items as project $big_id"
  PROJECTS="$PROJECTS $big_id"
fi

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
