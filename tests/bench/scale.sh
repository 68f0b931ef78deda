#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cost in the size of the data: an installation (SQLite) with N users (one password hash), M live
# sessions, E ended sessions with 5 refresh tokens each, R revocations and an audit event per
# user, seeded straight into the database (tests/bench/seed.py), then keyward-server started on
# it and measured over loopback:
#   - the first authenticated request after the start (the revocations are read before serving);
#   - p50/p99 of admin list pages, first and deep: users, sessions, audit "since";
#   - /auth/sessions of a user with one session; /metrics (read from counters);
#   - M/10 workspaces with M memberships: /auth/workspaces of a user in ten, /admin/workspaces deep;
#   - refresh p99 while the start-up purge deletes the ended sessions (and 503s, if any);
#   - the console (tests/bench/consolebench.cpp): Users page shown, memory, CPU while idle.
# Usage: tests/bench/scale.sh [N=100000] [M=N/10] [E=M] [R=M]   (CI runs it small: paths only)
# Exits non-zero when an answer is not 200 (or a refresh not 200), not on timings.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
M=${2:-$((N / 10))}
E=${3:-$M}
R=${4:-$M}
SAMPLES=${KEYWARD_SCALE_SAMPLES:-40}
BUILD=${KEYWARD_SCALE_BUILD:-build/bench}

if [[ -z ${KEYWARD_SCALE_BUILD:-} ]]; then
  scripts/install-deps.sh build bench
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" --target keyward-server keyward-bench-console >/dev/null
fi
SERVER=$BUILD/app/keyward-server
command -v wrk >/dev/null || { echo "skipped: wrk is not installed (scripts/install-deps.sh bench)"; exit 77; }

WORK=$(mktemp -d)
SERVER_PID=
DB_KIND=${KEYWARD_SCALE_DB:-sqlite} # or postgresql: the seeded file copied into a throwaway cluster
PG_DIR=
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [[ -n $PG_DIR ]] && tests/checks/postgres-cluster.sh stop "$PG_DIR" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[[ -n ${KEYWARD_SCALE_KEEP:-} ]] && trap - EXIT # keep the data directory for a look
export KEYWARD_DATA_DIR=$WORK KEYWARD_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
export KEYWARD_LIMITS_LOGIN_PER_IP_PER_MINUTE=1000000 KEYWARD_LIMITS_REFRESH_PER_IP_PER_MINUTE=1000000
export KEYWARD_SERVER_ACCESS_LOG=off
# One issuer for the token minted before the start and the server (which binds port 0).
export KEYWARD_TOKENS_ISSUER=https://scale.example.org
PASSWORD='scale passphrase 1'
fail() { echo "FAIL: $*" >&2; exit 1; }

printf '%s' "$PASSWORD" | $SERVER user add --email admin@scale.test --role admin --password-stdin >/dev/null
$SERVER keys list >/dev/null # the first signing key
started=$(date +%s.%N)
python3 tests/bench/seed.py "$WORK/keyward.db" "$N" "$M" "$E" "$R"
seeded=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
MINTED=$($SERVER token mint --email admin@scale.test)
if [[ $DB_KIND == postgresql ]]; then
  PG_DIR=$(mktemp -u /tmp/keyward-scale-pg.XXXXXX)
  tests/checks/postgres-cluster.sh start "$PG_DIR" >/dev/null
  copy_started=$(date +%s.%N)
  $SERVER db copy --from "$WORK/keyward.db" --to "$(cat "$PG_DIR/url")" >/dev/null
  seeded="$seeded, copied into PostgreSQL in $(awk -v a="$copy_started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')"
  export KEYWARD_DB=$(cat "$PG_DIR/url")
fi

$SERVER serve --listen 127.0.0.1:0 >"$WORK/out" 2>"$WORK/err" &
SERVER_PID=$!
for _ in $(seq 600); do grep -q '^listening on' "$WORK/out" 2>/dev/null && break; sleep 0.05; done
URL=$(sed -n 's/^listening on //p' "$WORK/out")
[[ -n $URL ]] || fail "keyward-server did not start: $(cat "$WORK/err")"
first_ms=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $MINTED" "$URL/api/protected")
[[ ${first_ms%% *} == 200 ]] || fail "first authenticated request: ${first_ms%% *}"
first_ms=$(awk -v t="${first_ms#* }" 'BEGIN {printf "%.1f", t * 1000}')

login() { curl -s -X POST "$URL/auth/login" -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}"; }
field() { python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1"; }

# Refreshes while the start-up purge runs (one chain per wrk connection).
TOKENS=""
for _ in 1 2; do TOKENS+="$(login admin@scale.test | field refresh_token),"; done
REFRESH_TOKENS=$TOKENS wrk --latency -d 3s -t2 -c2 -s tests/bench/wrk/refresh.lua "$URL" >"$WORK/wrk.refresh" 2>&1
refresh_p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.refresh")
refresh_bad=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.refresh")
refresh_rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.refresh")

ADMIN=$(login admin@scale.test | field access_token)
# p50 and p99 in ms of SAMPLES GETs; fails on any status but 200.
measure() {
  local url=$1 bearer=$2 i out
  : >"$WORK/times"
  for ((i = 0; i < SAMPLES; i++)); do
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $bearer" "$url")
    [[ ${out%% *} == 200 ]] || fail "$url answered ${out%% *}"
    echo "${out#* }" >>"$WORK/times"
  done
  sort -n "$WORK/times" | awk '{ t[NR] = $1 * 1000 } END { printf "%8.2f %8.2f", t[int(NR * 0.5) + 1], t[int((NR - 1) * 0.99) + 1] }'
}
b64() { printf '%s' "$1" | base64 | tr '+/' '-_' | tr -d '='; }
deep_user=$(b64 $((N - 100)))
sessions_page2=$(curl -s -H "Authorization: Bearer $ADMIN" "$URL/admin/sessions?limit=500" | field next_cursor)
# Deep: the cursor after nine tenths of the sessions (a row-value keyset: as cheap as the first).
deep_sessions=$(b64 "$(python3 - "$WORK/keyward.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
n, = c.execute("SELECT COUNT(*) FROM sessions").fetchone()
row = c.execute("SELECT created_at, id FROM sessions ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?",
                (n * 9 // 10,)).fetchone()
print(f"{row[0]}:{row[1]}" if row else "0:none")
PY
)")
since=$(date -u -d '-60 seconds' +%Y-%m-%dT%H:%M:%SZ)
SOLO=$(login u1@scale.test | field access_token) # a user with one session (and the one just made)

echo
echo "Keyward at scale: $(nproc) cores, $DB_KIND, N=$N users, M=$M live sessions, E=$E ended sessions (x5 tokens), R=$R revocations; seeded in ${seeded}s"
printf '%-44s %8s %8s\n' "request" p50_ms p99_ms
printf '%-44s %8s %8s\n' "GET /admin/users?limit=50 (first page)" $(measure "$URL/admin/users?limit=50" "$ADMIN")
printf '%-44s %8s %8s\n' "GET /admin/users?limit=50 (last pages)" $(measure "$URL/admin/users?limit=50&cursor=$deep_user" "$ADMIN")
printf '%-44s %8s %8s\n' "GET /admin/sessions?limit=50 (first page)" $(measure "$URL/admin/sessions?limit=50" "$ADMIN")
if [[ -n $sessions_page2 ]]; then
  printf '%-44s %8s %8s\n' "GET /admin/sessions?limit=50 (after 500)" $(measure "$URL/admin/sessions?limit=50&cursor=$sessions_page2" "$ADMIN")
fi
printf '%-44s %8s %8s\n' "GET /admin/sessions?limit=50 (9/10 deep)" $(measure "$URL/admin/sessions?limit=50&cursor=$deep_sessions" "$ADMIN")
printf '%-44s %8s %8s\n' "GET /auth/sessions (one user's)" $(measure "$URL/auth/sessions" "$SOLO")
printf '%-44s %8s %8s\n' "GET /admin/audit?limit=50 (newest)" $(measure "$URL/admin/audit?limit=50" "$ADMIN")
printf '%-44s %8s %8s\n' "GET /admin/audit?since=(a minute ago)" $(measure "$URL/admin/audit?since=$since" "$ADMIN")
printf '%-44s %8s %8s\n' "GET /metrics (counters, not counts)" $(measure "$URL/metrics" "$ADMIN")
printf '%-44s %8s %8s\n' "GET /auth/workspaces (a user in ten)" $(measure "$URL/auth/workspaces" "$SOLO")
printf '%-44s %8s %8s\n' "GET /admin/workspaces?limit=50 (9/10 deep)" $(measure "$URL/admin/workspaces?limit=50&cursor=$(b64 $((M / 100 * 9)))" "$ADMIN")
users_metric=$(curl -s "$URL/metrics" | awk '$1 == "keyward_users" {print $2}')
[[ $users_metric == $((N + 1)) ]] || fail "keyward_users says $users_metric, not $((N + 1))"
# Again after the rest, to tell a list's own cost from the start-up purge it may have shared
# the cores with (a housekeeping run purges for at most 2 s a minute).
printf '%-44s %8s %8s\n' "GET /admin/sessions?limit=50 (first, again)" $(measure "$URL/admin/sessions?limit=50" "$ADMIN")
echo "first authenticated request after start: ${first_ms} ms"
echo "refresh during the start-up purge: ${refresh_rps} req/s, p99 ${refresh_p99}, non-2xx: ${refresh_bad:-0}"
echo "server resident memory: $(awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' "/proc/$SERVER_PID/status")"
[[ -z ${refresh_bad:-} ]] || fail "refreshes failed during the purge"

# The console on the same installation (offscreen): Users page, memory, idleness.
CONSOLE=$BUILD/tests/keyward-bench-console
if [[ -x $CONSOLE ]]; then
  QT_QPA_PLATFORM=offscreen "$CONSOLE" "${KEYWARD_SCALE_CONSOLE_IDLE:-20}" 2>/dev/null || fail "the console benchmark failed"
fi
