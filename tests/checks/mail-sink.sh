#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The mail tests' SMTP servers (tests/mail/smtp_sink.py), started and stopped by a CTest fixture.
# Usage: mail-sink.sh start|stop DIR
set -euo pipefail
action=$1 dir=$2
here=$(cd "$(dirname "$0")" && pwd)
case "$action" in
start)
  "$0" stop "$dir" || true
  rm -rf "$dir" && mkdir -p "$dir"
  setsid /usr/bin/python3 "$here/../mail/smtp_sink.py" "$dir" >"$dir/sink.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
  for _ in $(seq 1 100); do
    [[ -f "$dir/ports.json" ]] && { cat "$dir/ports.json"; echo; exit 0; }
    kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "mail-sink: the SMTP servers did not start:" >&2
  cat "$dir/sink.log" >&2
  exit 1
  ;;
stop)
  [[ -f "$dir/pid" ]] || exit 0
  kill "$(cat "$dir/pid")" 2>/dev/null || true
  rm -f "$dir/pid"
  ;;
*)
  echo "usage: mail-sink.sh start|stop DIR" >&2
  exit 2
  ;;
esac
