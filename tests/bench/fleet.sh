#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refresh and login throughput on SQLite, on PostgreSQL with one server, and on PostgreSQL with
# two servers sharing the database, in one run on this machine (loopback only, bounded runs).
# Starts a throwaway PostgreSQL cluster and stops it at the end.
# Usage: tests/bench/fleet.sh [SECONDS per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CORES=$(nproc)

scripts/install-deps.sh build test bench
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/bench --target keyward-server >/dev/null
SERVER=$PWD/build/bench/app/keyward-server

WORK=$(mktemp -d)
chmod 711 "$WORK" # the cluster runs as the postgres user when this runs as root
PIDS=()
stop_servers() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
cleanup() {
  stop_servers
  tests/checks/postgres-cluster.sh stop "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
tests/checks/postgres-cluster.sh start "$WORK/pg" >/dev/null
ADMIN_URL=$(cat "$WORK/pg/url")

export KEYWARD_MASTER_KEY BENCH_EMAIL=user@bench.test BENCH_PASSWORD='bench passphrase 1'
KEYWARD_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
# Every request comes from 127.0.0.1: lift the per-address limits for the benchmark only.
export KEYWARD_LIMITS_LOGIN_PER_IP_PER_MINUTE=1000000 KEYWARD_LIMITS_REFRESH_PER_IP_PER_MINUTE=1000000

# fresh_database NAME → sets KEYWARD_DB (empty for SQLite) and KEYWARD_DATA_DIR, adds the user
fresh_database() {
  export KEYWARD_DATA_DIR="$WORK/$1"
  mkdir -p "$KEYWARD_DATA_DIR"
  if [[ $1 == sqlite ]]; then
    unset KEYWARD_DB
  else
    psql -q "$ADMIN_URL" -c "CREATE DATABASE $1"
    export KEYWARD_DB
    KEYWARD_DB=$(sed "s#/postgres?#/$1?#" <<<"$ADMIN_URL")
  fi
  printf '%s' "$BENCH_PASSWORD" | $SERVER user add --email "$BENCH_EMAIL" --password-stdin >/dev/null 2>&1
}

# start_servers N → URLS
start_servers() {
  URLS=()
  for i in $(seq "$1"); do
    $SERVER serve --listen 127.0.0.1:0 >"$WORK/server$i.out" 2>"$WORK/server$i.log" &
    PIDS+=($!)
    for _ in $(seq 100); do grep -q '^listening on' "$WORK/server$i.out" 2>/dev/null && break; sleep 0.1; done
    URLS+=("$(sed -n 's/^listening on //p' "$WORK/server$i.out")")
  done
}

refresh_tokens() { # URL → four fresh refresh tokens, comma separated
  for _ in 1 2 3 4; do
    # printf: the answer has no final newline, which sed would keep
    printf '%s\n' "$(curl -s -X POST "$1/auth/login" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}" | sed -n 's/.*"refresh_token":"\([^"]*\)".*/\1/p')"
  done | paste -sd, -
}

# scenario NAME WRK-ARGS… : runs one wrk per server at the same time; prints "req/s p99_ms"
# (requests summed over the servers, the worst p99)
scenario() {
  local name=$1; shift
  local i=0 pids=()
  for url in "${URLS[@]}"; do
    i=$((i + 1))
    if [[ $name == refresh ]]; then export REFRESH_TOKENS; REFRESH_TOKENS=$(refresh_tokens "$url"); fi
    wrk --latency -d "${SECONDS_PER_RUN}s" "$@" "$url${PATH_SUFFIX:-}" >"$WORK/wrk.$name.$i" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
  cat "$WORK"/wrk."$name".* | awk '
    /Requests\/sec/ { rps += $2 }
    $1 == "99%" { v = $2; ms = (v ~ /us$/) ? v / 1000 : (v ~ /ms$/) ? v + 0 : v * 1000; if (ms > p99) p99 = ms }
    END { printf "%.0f %.1f\n", rps, p99 }'
  rm -f "$WORK"/wrk."$name".*
}

declare -A RESULT
for setup in ${BENCH_SETUPS:-sqlite pg1 pg2}; do
  fresh_database "$setup"
  start_servers "$([[ $setup == pg2 ]] && echo 2 || echo 1)"
  RESULT[$setup.refresh]=$(scenario refresh -t4 -c4 -s tests/bench/wrk/refresh.lua)
  RESULT[$setup.login]=$(PATH_SUFFIX=/auth/login scenario login -t2 -c8 -s tests/bench/wrk/login.lua)
  stop_servers
done

echo
echo "Keyward fleet benchmark: $CORES cores, ${SECONDS_PER_RUN}s per run, server threads = cores per server"
printf '%-22s %12s %10s %12s %10s\n' setup refresh/s p99_ms login/s p99_ms
for setup in ${BENCH_SETUPS:-sqlite pg1 pg2}; do
  read -r rr rp <<<"${RESULT[$setup.refresh]}"
  read -r lr lp <<<"${RESULT[$setup.login]}"
  label=$(case $setup in sqlite) echo "SQLite, 1 server";; pg1) echo "PostgreSQL, 1 server";; pg2) echo "PostgreSQL, 2 servers";; esac)
  printf '%-22s %12s %10s %12s %10s\n' "$label" "$rr" "$rp" "$lr" "$lp"
done
read -r sqlite_refresh _ <<<"${RESULT[sqlite.refresh]}"
read -r pg1_refresh _ <<<"${RESULT[pg1.refresh]}"
read -r pg2_refresh _ <<<"${RESULT[pg2.refresh]}"
awk -v s="$sqlite_refresh" -v a="$pg1_refresh" -v b="$pg2_refresh" 'BEGIN {
  printf "refresh PostgreSQL/SQLite (1 server)   %.2f\n", a / s
  printf "refresh 2 servers / 1 server (PG)      %.2f   (all on one machine: the servers share its cores with PostgreSQL)\n", b / a
}'
