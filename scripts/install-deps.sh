#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Keyward needs that are not installed yet.
# Usage: scripts/install-deps.sh build|test|bench...   (groups may be combined)
set -euo pipefail

declare -A groups=(
  [build]="g++ cmake ninja-build pkg-config ccache qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev
           qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libssl-dev
           libsodium-dev libcrypt-dev libcbor-dev libqrencode-dev libcurl4-openssl-dev libgl-dev libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n"
  [test]="clang-format fonts-dejavu-core curl binutils openssl dbus gnome-keyring libsecret-tools postgresql
           nginx-light python3 wrk python3-fido2 oathtool python3-aiosmtpd python3-jsonschema"
  [bench]="wrk curl"
  # tests/bench/startup.py compares start-up with Glewlwyd; Debian starts its service (port 4593).
  [comparison]="glewlwyd"
  # End to end with a real browser and relying parties Keyward did not write (tests/e2e).
  [e2e]="chromium chromium-driver python3-selenium python3-authlib python3-requests python3-flask zbar-tools"
  [node]="nodejs npm"
  [fuzz]="clang-14 libclang-rt-14-dev cmake ninja-build qt6-base-dev libssl-dev"
  [package]="dpkg-dev file lintian desktop-file-utils appstream librsvg2-bin adduser curl"
)

wanted=()
for group in "$@"; do
  [[ -n "${groups[$group]:-}" ]] || { echo "install-deps: unknown group '$group'" >&2; exit 2; }
  wanted+=(${groups[$group]})
done

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  as_root=(sudo)
fi
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
