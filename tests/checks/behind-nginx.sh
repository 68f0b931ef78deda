#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keyward behind a real nginx from Debian, configured with installer/reverse-proxy/
# nginx-keyward.conf (only ports and certificate paths replaced): a client on 127.0.0.2 talks
# HTTPS to nginx on 127.0.0.1, nginx talks HTTP to keyward-server on loopback, and Keyward
# - names the client by the forwarded address (sessions, access log), not nginx's;
# - marks the refresh cookie Secure (X-Forwarded-Proto: https from a trusted proxy);
# - believes no X-Forwarded-For sent by the client itself.
# Usage: behind-nginx.sh KEYWARD_SERVER_BINARY SOURCE_DIR
set -euo pipefail
server=$1
source=$2
command -v nginx >/dev/null || { echo "skipped: nginx is not installed"; exit 77; }

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; [[ -f $work/nginx-error.log ]] && cat "$work/nginx-error.log" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
nginx_pid=
cleanup() {
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null || true
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export KEYWARD_DATA_DIR=$work/data
export KEYWARD_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
export KEYWARD_PASSWORDS_ARGON2_OPS=1 KEYWARD_PASSWORDS_ARGON2_MEMORY_KIB=7168
export KEYWARD_SERVER_TRUSTED_PROXIES=127.0.0.1
export KEYWARD_SERVER_ACCESS_LOG=$work/access.log

step "keyward-server on loopback"
"$server" serve --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/server.out" 2>/dev/null && break; sleep 0.1; done
keyward_port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)$|\1|p' "$work/server.out")
[[ -n $keyward_port ]] || fail "keyward-server did not start: $(cat "$work/server.err")"
printf 'a sturdy passphrase' | "$server" user add --email ada@example.org --password-stdin >/dev/null

step "nginx in front, with the shipped server block"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=127.0.0.1 \
  -keyout "$work/tls.key" -out "$work/tls.pem" 2>/dev/null
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -e "s|listen 443 ssl;|listen 127.0.0.1:$nginx_port ssl;|" \
    -e "s|/etc/ssl/certs/auth.example.org.pem|$work/tls.pem|" \
    -e "s|/etc/ssl/private/auth.example.org.key|$work/tls.key|" \
    -e "s|http://127.0.0.1:8080|http://127.0.0.1:$keyward_port|" \
    "$source/installer/reverse-proxy/nginx-keyward.conf" >"$work/site.conf"
grep -q "127.0.0.1:$keyward_port" "$work/site.conf" || fail "the shipped server block changed shape"
user_line=
[[ $(id -u) -eq 0 ]] && user_line="user root;"
cat >"$work/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
nginx -t -c "$work/nginx.conf" -p "$work" -g 'daemon off;' >/dev/null 2>&1 || nginx -t -c "$work/nginx.conf" -p "$work" -g 'daemon off;' || fail "nginx refuses the configuration"
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 50); do curl -sk -o /dev/null "https://127.0.0.1:$nginx_port/healthz" && break; sleep 0.1; done

base="https://127.0.0.1:$nginx_port"
client=(curl -sk --interface 127.0.0.2 --max-time 10)

step "login through nginx from 127.0.0.2, cookie mode, with a forged X-Forwarded-For"
headers=$("${client[@]}" -D - -o "$work/login.json" -H 'Content-Type: application/json' \
  -H 'X-Forwarded-For: 198.51.100.66' \
  -d '{"email":"ada@example.org","password":"a sturdy passphrase","use_cookie":true}' "$base/auth/login")
grep -q '^HTTP/1.1 200' <<<"$headers" || fail "login through nginx: $headers"
cookie=$(grep -i '^set-cookie:' <<<"$headers" || true)
[[ -n $cookie ]] || fail "no refresh cookie"
grep -qi '; Secure' <<<"$cookie" || fail "the refresh cookie is not Secure behind TLS at the proxy: $cookie"
access=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access_token"])' "$work/login.json")

step "the session and the access log name the client, not nginx, and not the forged address"
sessions=$("${client[@]}" -H "Authorization: Bearer $access" "$base/auth/sessions")
ip=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["sessions"][0]["ip"])' "$sessions")
[[ $ip == 127.0.0.2 ]] || fail "the session's address is $ip, not the client's 127.0.0.2"
for _ in $(seq 30); do grep -q '"POST /auth/login"' "$work/access.log" 2>/dev/null && break; sleep 0.1; done
grep -q '127.0.0.2 "POST /auth/login" 200' "$work/access.log" || fail "access log: $(cat "$work/access.log")"
! grep -q '198.51.100.66' "$work/access.log" || fail "a client's own X-Forwarded-For was believed"

step "straight to Keyward, the same forged header from an untrusted peer is ignored"
"${client[@]}" -o /dev/null -H 'X-Forwarded-For: 198.51.100.66' "http://127.0.0.1:$keyward_port/healthz"
sleep 0.3
! grep -q '198.51.100.66' "$work/access.log" || fail "X-Forwarded-For believed from an untrusted peer"
plain=$("${client[@]}" -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"email":"ada@example.org","password":"a sturdy passphrase","use_cookie":true}' \
  "http://127.0.0.1:$keyward_port/auth/login")
grep -qi '^set-cookie:.*; Secure' <<<"$plain" && fail "a plain-HTTP answer marked its cookie Secure"

echo "ok: behind nginx $(nginx -v 2>&1 | sed 's/.*nginx\///')"
