# Shared by run.sh and test.sh: installing OS packages and running the private PostgreSQL cluster.
# Every failing step says what failed and what to do.

say()  { printf '\033[1m%s:\033[0m %s\n' "$SCRIPT" "$*" >&2; }
fail() { printf '\033[1;31m%s: %s\033[0m\n' "$SCRIPT" "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1
  fi
}

# apt_install PACKAGE... : installs what is missing from Debian's packages.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 \
    || fail "missing ${missing[*]} and this is not a Debian/Ubuntu system: install them with your package manager and run again."
  say "installing ${missing[*]} (apt-get)…"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
    || fail "apt-get update failed (no root/sudo or no network): run 'sudo apt-get install ${missing[*]}' yourself, then run again."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed: run 'sudo apt-get install ${missing[*]}' and read its message."
}

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r d; do [ -x "$d/initdb" ] && echo "$d"; done | tail -n 1
}

ensure_postgres_binaries() {
  PG_BIN=$(pg_bin_dir)
  if [ -z "$PG_BIN" ]; then
    apt_install postgresql
    PG_BIN=$(pg_bin_dir)
    [ -n "$PG_BIN" ] || fail "PostgreSQL was installed but no initdb under /usr/lib/postgresql/*/bin: install the 'postgresql' package and run again."
  fi
}

# Runs a PostgreSQL tool as the cluster's owner: initdb and the server refuse to run as root.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# ensure_cluster DIR PORT : creates (once) and starts (when stopped) a private cluster in DIR on 127.0.0.1:PORT.
# Sets DB_PASSWORD (kept in DIR/../db-password).
ensure_cluster() {
  local dir="$1" port="$2" pwfile
  pwfile="$(dirname "$dir")/db-password"
  mkdir -p "$(dirname "$dir")"
  if [ ! -f "$dir/PG_VERSION" ]; then
    say "creating the private PostgreSQL cluster in $dir (port $port)…"
    [ -f "$pwfile" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$pwfile")
    mkdir -p "$dir"
    local initpw="$dir.pw"
    cp "$pwfile" "$initpw"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres "$dir" "$initpw"
      runuser -u postgres -- test -x "$dir" \
        || fail "the postgres user cannot reach $dir: clone the repository to a folder other users can enter (e.g. /srv or /opt), or run as a normal user."
    fi
    as_pg_owner "$PG_BIN/initdb" -D "$dir" -U projectoffice --pwfile="$initpw" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { rm -f "$initpw"; fail "initdb failed (see $dir.initdb.log): remove $dir and run again."; }
    rm -f "$initpw"
    cat >> "$dir/postgresql.conf" <<CONF
# ProjectOffice private cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
CONF
  fi
  DB_PASSWORD=$(cat "$pwfile")
  if ! as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    say "starting PostgreSQL on 127.0.0.1:$port…"
    as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -o "-p $port" start >/dev/null \
      || fail "PostgreSQL did not start (see $dir/server.log): is port $port taken? Set PO_DB_PORT to another port and run again."
  fi
}

# portal_sign_in BASE USER JAR : signs in to the portal at BASE as a demo user the way a browser does (the login page
# sets the antiforgery cookie and token), keeping the cookies in the curl jar JAR. Used by the benchmark scripts.
portal_sign_in() {
  local token status
  token=$(curl -sf -c "$3" -b "$3" "$1/account/login" \
    | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  [ -n "$token" ] || fail "no antiforgery token on $1/account/login."
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$3" -b "$3" \
    --data-urlencode "UserName=$2" --data-urlencode "Password=Demo-2026!" --data-urlencode "__RequestVerificationToken=$token" \
    "$1/account/login")
  [ "$status" = 302 ] || fail "signing in as $2 answered $status (demo accounts exist only in demo mode)."
}

# jar_cookie JAR : the Cookie header of a curl jar.
jar_cookie() { awk -F'\t' 'NF >= 7 && $1 !~ /^# / { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"; }
