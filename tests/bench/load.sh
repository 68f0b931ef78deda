#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Load benchmark on loopback. Builds Release, starts keyward-server on 127.0.0.1 with a
# temporary database and seeded users — and beside it a bare QHttpServer "hello" route on the
# same number of threads, the yardstick — drives them with wrk in bounded runs, and prints req/s,
# p50 and p99 per scenario, the peak resident memory idle and under each load, and the ratios
# the targets are stated in. Usage: tests/bench/load.sh [SECONDS per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CORES=$(nproc)

scripts/install-deps.sh build bench
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DKEYWARD_BUILD_TESTS=ON >/dev/null
cmake --build build/bench --target keyward-server keyward-bench-passwords keyward-bench-barehello >/dev/null
SERVER=build/bench/app/keyward-server

WORK=$(mktemp -d)
SERVER_PID=
BARE_PID=
cleanup() {
  for pid in "$SERVER_PID" "$BARE_PID"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

export KEYWARD_DATA_DIR="$WORK" KEYWARD_MASTER_KEY
KEYWARD_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
# Every request comes from 127.0.0.1: lift the per-address limits for the benchmark only.
export KEYWARD_LIMITS_LOGIN_PER_IP_PER_MINUTE=1000000 KEYWARD_LIMITS_REFRESH_PER_IP_PER_MINUTE=1000000
PASSWORD='bench passphrase 1'
printf "%s" "$PASSWORD" | $SERVER user add --email admin@bench.test --role admin --password-stdin >/dev/null
printf '%s' "$PASSWORD" | $SERVER user add --email user@bench.test --password-stdin >/dev/null 2>&1
$SERVER workspace create bench --owner user@bench.test >/dev/null

# Starts keyward-server with server.access_log = $1 (off for the main runs); sets URL, SERVER_PID.
start_server() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; fi
  KEYWARD_SERVER_ACCESS_LOG=$1 $SERVER serve --listen 127.0.0.1:0 --threads "$CORES" >"$WORK/server.out" 2>"$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 50); do grep -q '^listening on' "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
  URL=$(sed -n 's/^listening on //p' "$WORK/server.out")
  [[ -n "$URL" ]] || { echo "server did not start"; cat "$WORK/server.log"; exit 1; }
}
start_server off
build/bench/tests/keyward-bench-barehello "$CORES" >"$WORK/bare.out" &
BARE_PID=$!
for _ in $(seq 50); do grep -q '^listening on' "$WORK/bare.out" 2>/dev/null && break; sleep 0.1; done
BARE_URL=$(sed -n 's/^listening on //p' "$WORK/bare.out")

login() { curl -s -X POST "$URL/auth/login" -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}"; }
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
ADMIN_TOKEN=$(login admin@bench.test | field access_token)
USER_TOKEN=$(login user@bench.test | field access_token)
# The same user in a workspace: a token with the workspace_* claims.
WORKSPACE_TOKEN=$(curl -s -X POST "$URL/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"user@bench.test\",\"password\":\"$PASSWORD\",\"workspace\":\"bench\"}" | field access_token)
export ADMIN_TOKEN USER_TOKEN BENCH_EMAIL=user@bench.test BENCH_PASSWORD="$PASSWORD"

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; }
# Runs a command while sampling the server's resident memory; prints the peak (KiB) on fd 3.
with_peak_rss() {
  local peak=0 sampler
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do rss_kib; sleep 0.2; done ) >"$WORK/rss" &
  sampler=$!
  "$@"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$WORK/rss" | tail -1)
  echo "${peak:-0}" >&3
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v/1000; else if (v ~ /ms$/) print v+0; else if (v ~ /s$/) print v*1000; else print v }'; }
# wrk output → "req/s p50(ms) p99(ms)"
summarise() {
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$1")
  p50=$(to_ms "$(awk '$1=="50%" {print $2}' "$1")")
  p99=$(to_ms "$(awk '$1=="99%" {print $2}' "$1")")
  echo "$rps $p50 $p99"
}

declare -A RESULT PEAK
run() { # name, wrk arguments...
  local name=$1; shift
  exec 3>"$WORK/peak.$name"
  with_peak_rss wrk --latency -d "${SECONDS_PER_RUN}s" "$@" >"$WORK/wrk.$name" 2>&1
  exec 3>&-
  RESULT[$name]=$(summarise "$WORK/wrk.$name")
  PEAK[$name]=$(cat "$WORK/peak.$name")
}

IDLE_RSS=$(rss_kib)
run bare -t2 -c32 "$BARE_URL/hello"
run healthz -t2 -c32 "$URL/healthz"
# /healthz carrying the same Authorization header as the protected runs: what the larger request
# alone costs (in QHttpServer and the transport), apart from verifying the token.
run healthz_token -t2 -c32 -H "Authorization: Bearer $USER_TOKEN" "$URL/healthz"
run protected -t2 -c32 -H "Authorization: Bearer $USER_TOKEN" "$URL/api/protected"
# Scoping costs nothing on the hot path: one workspace token on both routes.
run protected_ws -t2 -c32 -H "Authorization: Bearer $WORKSPACE_TOKEN" "$URL/api/protected"
run workspace -t2 -c32 -H "Authorization: Bearer $WORKSPACE_TOKEN" "$URL/api/workspace"
run introspect -t2 -c32 -s tests/bench/wrk/introspect.lua "$URL/oauth/introspect"
# Four fresh refresh chains, of sessions in workspace $1 (empty: unscoped).
refresh_chains() {
  local tokens="" into=""
  [[ -n "$1" ]] && into=",\"workspace\":\"$1\""
  for _ in 1 2 3 4; do
    tokens+="$(curl -s -X POST "$URL/auth/login" -H 'Content-Type: application/json' \
      -d "{\"email\":\"user@bench.test\",\"password\":\"$PASSWORD\"$into}" | field refresh_token),"
  done
  echo "$tokens"
}
# Unscoped and in a workspace, in the order A B B A: the refresh_tokens table grows during the
# runs, and neither kind should have the smaller table to itself.
REFRESH_TOKENS=$(refresh_chains "") run refresh -t4 -c4 -s tests/bench/wrk/refresh.lua "$URL"
REFRESH_TOKENS=$(refresh_chains bench) run refresh_ws -t4 -c4 -s tests/bench/wrk/refresh.lua "$URL"
REFRESH_TOKENS=$(refresh_chains bench) run refresh_ws2 -t4 -c4 -s tests/bench/wrk/refresh.lua "$URL"
REFRESH_TOKENS=$(refresh_chains "") run refresh2 -t4 -c4 -s tests/bench/wrk/refresh.lua "$URL"
run login -t2 -c8 -s tests/bench/wrk/login.lua "$URL/auth/login"
BENCH_WORKSPACE=bench run login_ws -t2 -c8 -s tests/bench/wrk/login.lua "$URL/auth/login"
# A login flood while a client keeps calling the protected route.
wrk -d "${SECONDS_PER_RUN}s" -t1 -c16 -s tests/bench/wrk/login.lua "$URL/auth/login" >"$WORK/wrk.flood" 2>&1 &
FLOOD=$!
run during_flood -t1 -c4 -H "Authorization: Bearer $USER_TOKEN" "$URL/api/protected"
wait "$FLOOD"
FLOOD_503=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.flood")
HASH_MS=$(build/bench/tests/keyward-bench-passwords 20 | awk '/argon2id hash/ {print $7}')
# The same protected route with the access log written to a file.
start_server "$WORK/access.log"
run protected_logged -t2 -c32 -H "Authorization: Bearer $USER_TOKEN" "$URL/api/protected"
LOGGED_LINES=$(wc -l <"$WORK/access.log")

echo
echo "Keyward load benchmark: $CORES cores, ${SECONDS_PER_RUN}s per run, server threads = cores"
printf '%-14s %10s %9s %9s %12s\n' scenario req/s p50_ms p99_ms peak_rss_MB
for name in bare healthz healthz_token protected protected_ws workspace protected_logged introspect refresh refresh_ws refresh_ws2 refresh2 login login_ws during_flood; do
  read -r rps p50 p99 <<<"${RESULT[$name]}"
  printf '%-14s %10s %9s %9s %12s\n' "$name" "$rps" "$p50" "$p99" "$(awk -v k="${PEAK[$name]}" 'BEGIN {printf "%.1f", k/1024}')"
done
printf 'idle resident memory: %.1f MB\n' "$(awk -v k="$IDLE_RSS" 'BEGIN {print k/1024}')"
printf 'login flood: %s non-2xx answers (503 when the password work queue is full)\n' "${FLOOD_503:-0}"
read -r bare_rps _ _ <<<"${RESULT[bare]}"
read -r logged_rps _ _ <<<"${RESULT[protected_logged]}"
read -r health_rps _ _ <<<"${RESULT[healthz]}"
read -r protected_rps _ _ <<<"${RESULT[protected]}"
read -r health_token_rps _ _ <<<"${RESULT[healthz_token]}"
read -r refresh_rps _ _ <<<"${RESULT[refresh]}"
read -r login_rps _ _ <<<"${RESULT[login]}"
read -r _ _ flood_p99 <<<"${RESULT[during_flood]}"
printf 'access log: %s lines written during protected_logged\n' "$LOGGED_LINES"
awk -v b="$bare_rps" -v g="$logged_rps" -v h="$health_rps" -v p="$protected_rps" -v r="$refresh_rps" -v l="$login_rps" -v c="$CORES" -v t="$HASH_MS" -v f="$flood_p99" -v ht="$health_token_rps" 'BEGIN {
  printf "healthz / bare QHttpServer %.2f (target >= 0.85)\n", h / b
  printf "protected / healthz      %.2f   (target >= 0.90)\n", p / h
  printf "  healthz+token / healthz %.2f   (the larger request alone)\n", ht / h
  printf "  protected / healthz+token %.2f (verifying and authorising the token)\n", p / ht
  printf "protected, logged / not  %.2f   (target >= 0.95)\n", g / p
  printf "refresh req/s            %.0f   (target >= 3000 on SQLite)\n", r
  printf "login / (cores / hash)   %.2f   (target >= 0.80; hash %.1f ms)\n", l / (c / (t / 1000)), t
  printf "protected p99 in flood   %.1f ms (target <= 20)\n", f
}'
read -r protected_ws_rps _ _ <<<"${RESULT[protected_ws]}"
read -r workspace_rps _ _ <<<"${RESULT[workspace]}"
read -r refresh_ws_rps _ _ <<<"${RESULT[refresh_ws]}"
read -r refresh_ws2_rps _ _ <<<"${RESULT[refresh_ws2]}"
read -r refresh2_rps _ _ <<<"${RESULT[refresh2]}"
read -r login_ws_rps _ _ <<<"${RESULT[login_ws]}"
awk -v p="$protected_ws_rps" -v w="$workspace_rps" -v r="$refresh_rps" -v r2="$refresh2_rps" -v rw="$refresh_ws_rps" -v rw2="$refresh_ws2_rps" -v l="$login_rps" -v lw="$login_ws_rps" 'BEGIN {
  printf "workspace / protected    %.2f   (target >= 0.95; one workspace token on both)\n", w / p
  printf "refresh in a workspace / not %.2f (target >= 0.95; A B B A)\n", (rw + rw2) / (r + r2)
  printf "login into a workspace / not %.2f (target >= 0.95)\n", lw / l
}'
