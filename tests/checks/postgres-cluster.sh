#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster on 127.0.0.1 for the `postgres` CTest label (no systemd).
#   postgres-cluster.sh start DIR   initdb + start on a free port; writes DIR/url
#   postgres-cluster.sh stop DIR    stops it and deletes DIR
#   postgres-cluster.sh pause DIR   stops the server but keeps the cluster (outage tests)
#   postgres-cluster.sh resume DIR  starts it again on the same port
# DIR/url holds the superuser URL of the maintenance database; tests create their own
# databases from it and drop them again.
set -euo pipefail

action=${1:?usage: postgres-cluster.sh start|stop|pause|resume DIR}
dir=${2:?usage: postgres-cluster.sh start|stop|pause|resume DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bin/initdb" ]] || { echo "postgres-cluster: PostgreSQL server binaries not found (package postgresql)" >&2; exit 1; }

# PostgreSQL refuses to run as root: run its binaries as the postgres user then.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}


start_server() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $(cat "$dir/port") -k $dir/socket -c fsync=off -c max_connections=200 \
        -c ssl=on -c ssl_cert_file=$dir/data/server.crt -c ssl_key_file=$dir/data/server.key" >/dev/null
}

case "$action" in
start)
  rm -rf "$dir"
  mkdir -p "$dir/socket"
  [[ $(id -u) -eq 0 ]] && chown -R postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log"
  # A self-signed certificate, so clients can test sslmode=require.
  as_owner openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1 \
    -keyout "$dir/data/server.key" -out "$dir/data/server.crt" 2>/dev/null
  chmod 600 "$dir/data/server.key"
  # A random port, tried until one is free: PostgreSQL itself says whether the bind worked,
  # which no "find a free port first" check can promise.
  for attempt in $(seq 1 20); do
    shuf -i 20000-60000 -n 1 >"$dir/port"
    if start_server 2>/dev/null; then break; fi
    [[ $attempt -eq 20 ]] && { cat "$dir/server.log" >&2; exit 1; }
  done
  # Plain connections unless a test asks for TLS (libpq would otherwise prefer it).
  echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/postgres?sslmode=disable" >"$dir/url"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$(cat "$dir/port")"
  ;;
pause)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
resume)
  start_server
  ;;
stop)
  if [[ -d "$dir/data" ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "postgres-cluster: unknown action '$action'" >&2
  exit 2
  ;;
esac
