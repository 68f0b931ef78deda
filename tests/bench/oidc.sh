#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# OpenID Connect benchmark on loopback (SQLite, Release): authorization-code round trips with a
# signed-in browser (authorize with the SSO cookie → code → token exchange, login excluded), by
# wrk for SECONDS with 4 connections; then whole sign-ins (sign-in page, password, code, token)
# from 4 threads, which Argon2id bounds as it bounds /auth/login. Prints rates and latencies.
# Usage: tests/bench/oidc.sh [SECONDS, default 10] [SIGN-INS, default 80]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
SIGN_INS=${2:-80}
CORES=$(nproc)

scripts/install-deps.sh build bench e2e
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DKEYWARD_BUILD_TESTS=ON >/dev/null
cmake --build build/bench --target keyward-server >/dev/null
SERVER=build/bench/app/keyward-server

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
export KEYWARD_DATA_DIR="$WORK" KEYWARD_MASTER_KEY KEYWARD_SERVER_ACCESS_LOG=off
KEYWARD_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
export KEYWARD_LIMITS_LOGIN_PER_IP_PER_MINUTE=1000000 KEYWARD_LIMITS_REFRESH_PER_IP_PER_MINUTE=1000000
PASSWORD='bench passphrase 1'
printf '%s' "$PASSWORD" | $SERVER user add --email user@bench.test --password-stdin >/dev/null
REDIRECT=http://127.0.0.1/cb
$SERVER client add bench --name Bench --public --first-party --redirect-uri "$REDIRECT" --scope openid >/dev/null
VERIFIER=bench-verifier-0123456789-0123456789-0123456789-abcdef
CHALLENGE=$(printf '%s' "$VERIFIER" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')

$SERVER serve --listen 127.0.0.1:0 --threads "$CORES" >"$WORK/server.out" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 50); do grep -q '^listening on' "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
URL=$(sed -n 's/^listening on //p' "$WORK/server.out")
[[ -n "$URL" ]] || { echo "server did not start"; cat "$WORK/server.log"; exit 1; }

SIGN_IN="tests/bench/oidc_signin.py $URL bench $REDIRECT user@bench.test"
SSO_COOKIE=$(/usr/bin/python3 $SIGN_IN "$PASSWORD" "$CHALLENGE" "$VERIFIER")
export SSO_COOKIE CLIENT_ID=bench REDIRECT_URI=$REDIRECT CODE_CHALLENGE=$CHALLENGE CODE_VERIFIER=$VERIFIER
wrk -d "${SECONDS_PER_RUN}s" -t2 -c4 --latency -s tests/bench/wrk/authcode.lua "$URL" >"$WORK/wrk.out"
read -r _ exchanges _ failures _ seconds < <(grep '^exchanges' "$WORK/wrk.out")
p50=$(awk '/^ +50%/ {print $2}' "$WORK/wrk.out")
p99=$(awk '/^ +99%/ {print $2}' "$WORK/wrk.out")
LOGINS=$(/usr/bin/python3 $SIGN_IN "$PASSWORD" "$CHALLENGE" "$VERIFIER" --rounds "$SIGN_INS" --threads 4)

echo "Keyward OpenID Connect benchmark: $CORES cores, SQLite, server threads = cores"
awk -v e="$exchanges" -v s="$seconds" -v f="$failures" -v p50="$p50" -v p99="$p99" 'BEGIN {
  printf "code round trips (authorize with SSO + token): %.0f/s over %.1f s (target >= 1000), %d failures\n", e / s, s, f
  printf "  per request (authorize or token): p50 %s, p99 %s\n", p50, p99
}'
read -r _ count _ secs _ lp50 _ lp99 <<<"$LOGINS"
awk -v c="$count" -v s="$secs" -v p50="$lp50" -v p99="$lp99" 'BEGIN {
  printf "whole sign-ins (page, password, code, token), 4 threads: %.1f/s, p50 %s ms, p99 %s ms (Argon2id-bound)\n", c / s, p50, p99
}'
