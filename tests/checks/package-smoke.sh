#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packages as a user gets them: builds them with CPack from a built tree, validates the
# desktop entry and AppStream metadata, runs lintian, installs both .deb files on this machine,
# reinstalls (the upgrade path), runs the installed keyward-server on loopback as the keyward
# user with the installed settings (the master key handed over as systemd would: a 0400 copy),
# performs register → login → refresh → logout with curl, opens the installed console
# offscreen, purges both packages and checks that nothing is left but the keyward system user.
# Needs root (dpkg); exits 77 (CTest: skipped) otherwise.
# Usage: package-smoke.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
[[ $(id -u) -eq 0 ]] || { echo "skipped: installing packages needs root"; exit 77; }

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
console_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
  [[ -n $console_pid ]] && kill "$console_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  dpkg --purge keyward keyward-server >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
chmod 711 "$work"

step "building the packages"
rm -rf "$build/packages"
(cd "$build" && cpack -B "$build/packages" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
server_deb=$(ls "$build"/packages/keyward-server_*.deb)
console_deb=$(ls "$build"/packages/keyward_*.deb)
tarball=$(ls "$build"/packages/keyward-*.tar.gz)
ls -l "$server_deb" "$console_deb" "$tarball"
tar -tzf "$tarball" >"$work/tarball"
grep -q '/bin/keyward-server$' "$work/tarball" || fail "the tarball lacks keyward-server"
grep -q '/bin/keyward$' "$work/tarball" || fail "the tarball lacks keyward"

step "desktop entry, AppStream metadata, lintian"
desktop-file-validate "$source/resources/org.keyward.Keyward.desktop"
appstreamcli validate --no-net "$build/installer/package-files/org.keyward.Keyward.metainfo.xml"
lintian --fail-on error --tag-display-limit 0 "$server_deb" "$console_deb" | tee "$build/packages/lintian.log"
echo "lintian: $(grep -c '^E:' "$build/packages/lintian.log" || true) errors, $(grep -c '^W:' "$build/packages/lintian.log" || true) warnings"

step "installing"
dpkg --purge keyward keyward-server >/dev/null 2>&1 || true
dpkg -i "$server_deb" "$console_deb" >/dev/null
dpkg-query -W keyward keyward-server
[[ $(stat -c '%a %U:%G' /etc/keyward/keyward.ini) == "640 root:keyward" ]] || fail "keyward.ini: $(stat -c '%a %U:%G' /etc/keyward/keyward.ini)"
[[ $(stat -c '%a %U:%G' /etc/keyward/master.key) == "600 root:root" ]] || fail "master.key: $(stat -c '%a %U:%G' /etc/keyward/master.key)"
key_before=$(sha256sum </etc/keyward/master.key)
dpkg -L keyward keyward-server | sort -u >"$work/files"
for expected in /usr/bin/keyward /usr/bin/keyward-server /lib/systemd/system/keyward-server.service \
                /usr/share/applications/org.keyward.Keyward.desktop /usr/share/metainfo/org.keyward.Keyward.metainfo.xml \
                /usr/share/icons/hicolor/scalable/apps/keyward.svg /usr/share/icons/hicolor/48x48/apps/keyward.png \
                /usr/share/man/man1/keyward-server.1.gz /usr/share/man/man1/keyward.1.gz; do
  grep -qx "$expected" "$work/files" || fail "not installed: $expected"
done

step "upgrading (reinstalling) keeps the master key"
dpkg -i "$server_deb" >/dev/null
[[ $(sha256sum </etc/keyward/master.key) == "$key_before" ]] || fail "the master key changed on upgrade"

step "running the installed server as the keyward user with the installed settings"
mkdir -p "$work/data" "$work/credentials"
install -m 0400 /etc/keyward/master.key "$work/credentials/master.key"
chown -R keyward:keyward "$work/data" "$work/credentials"
chmod 0700 "$work/data" "$work/credentials"
# setpriv executes the server itself (runuser would stay as its parent and swallow signals).
setpriv --reuid=keyward --regid=keyward --init-groups -- env -i PATH=/usr/bin:/bin KEYWARD_DATA_DIR="$work/data" KEYWARD_CONFIG=/etc/keyward/keyward.ini \
  KEYWARD_MASTER_KEY_FILE="$work/credentials/master.key" \
  /usr/bin/keyward-server serve --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/server.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/server.out")
[[ -n $url ]] || { cat "$work/server.err"; fail "the installed server did not start"; }
echo "serving on $url"

post() { # path body [bearer] → "STATUS BODY"
  local auth=()
  [[ -n ${3:-} ]] && auth=(-H "Authorization: Bearer $3")
  curl -s -o "$work/body" -w '%{http_code}' -X POST "$url$1" -H 'Content-Type: application/json' "${auth[@]}" -d "$2"
}
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$work/body"; }
credentials='{"email":"smoke@example.org","password":"a sturdy passphrase"}'
[[ $(post /auth/register "$credentials") == 201 ]] || fail "register: $(cat "$work/body")"
[[ $(post /auth/login "$credentials") == 200 ]] || fail "login: $(cat "$work/body")"
refresh=$(field refresh_token)
[[ $(post /auth/refresh "{\"refresh_token\":\"$refresh\"}") == 200 ]] || fail "refresh: $(cat "$work/body")"
access=$(field access_token)
rotated=$(field refresh_token)
[[ $(post /auth/logout "{\"refresh_token\":\"$rotated\"}" "$access") == 204 ]] || fail "logout: $(cat "$work/body")"
[[ $(post /auth/refresh "{\"refresh_token\":\"$rotated\"}") == 401 ]] || fail "refresh after logout was not refused"
echo "register, login, refresh, logout: ok"
# The README's first-administrator command, as the service user beside the running service.
runuser -u keyward -- /usr/bin/keyward-server user add --data-dir "$work/data" --config /etc/keyward/keyward.ini \
  --email admin@example.org --role admin >"$work/admin.out" 2>"$work/admin.err" || { cat "$work/admin.err"; fail "user add"; }
grep -q 'admin@example.org' "$work/admin.out" || fail "user add printed: $(cat "$work/admin.out")"
echo "first administrator created as the keyward user"
kill "$server_pid"
wait "$server_pid" || fail "the installed server did not stop cleanly"
server_pid=
[[ $(stat -c '%a' "$work/data/keyward.db") == 600 ]] || fail "the database is not owner-only"

step "opening the installed console offscreen"
port=$(shuf -i 20000-60000 -n 1)
mkdir -p "$work/home"
console_env=(HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
             QT_QPA_PLATFORM=offscreen KEYWARD_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"
             KEYWARD_SERVER_LISTEN="127.0.0.1:$port")
# An administrator first: on an empty database the console would ask for one in a dialog.
env "${console_env[@]}" /usr/bin/keyward-server user add --email admin@example.org --role admin >/dev/null 2>&1
env "${console_env[@]}" /usr/bin/keyward >"$work/console.log" 2>&1 &
console_pid=$!
healthy=
for _ in $(seq 100); do
  kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.log"; fail "the console exited"; }
  if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz") == 200 ]]; then healthy=1; break; fi
  sleep 0.1
done
[[ -n $healthy ]] || { cat "$work/console.log"; fail "the console did not come up"; }
sleep 2 # its window is up and the event loop runs; it must still be alive
kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.log"; fail "the console died after start"; }
kill "$console_pid"
wait "$console_pid" 2>/dev/null || true
console_pid=
echo "console: running, serving /healthz on 127.0.0.1:$port"

step "purging"
dpkg --purge keyward keyward-server >/dev/null
left=()
while read -r path; do
  [[ -e $path && ! -d $path ]] && left+=("$path")
done <"$work/files"
for path in /etc/keyward /var/lib/keyward /lib/systemd/system/keyward-server.service; do
  [[ -e $path ]] && left+=("$path")
done
[[ ${#left[@]} -eq 0 ]] || fail "left behind after purge: ${left[*]}"
getent passwd keyward >/dev/null && echo "kept, as Debian policy asks: the keyward system user and group"
echo "purge: nothing else left"
