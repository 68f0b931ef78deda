#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the installer packages: keyward and keyward-server .deb files and a .tar.gz of both,
# into build/package/packages. Installs what the build and CPack need first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build package
cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=Release -DKEYWARD_BUILD_TESTS=OFF
cmake --build build/package
(cd build/package && cpack -B "$PWD/packages")
ls -l build/package/packages/*.deb build/package/packages/*.tar.gz
