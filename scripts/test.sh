#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, runs the fuzz targets briefly, the
# whole CTest suite, and the threaded suites again under ASan+UBSan and TSan.
# Exits non-zero on any failure. .ci/run calls this and nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build test package e2e
# The openid-client relying party of the end-to-end test, at the versions of its lock file.
command -v npm >/dev/null || scripts/install-deps.sh node
npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
# -g1: line tables for backtraces, without the full debug information that costs a quarter of the
# compile time (RelWithDebInfo's -g).
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
      -DKEYWARD_WERROR=ON ${KEYWARD_CMAKE_ARGS:-}
cmake --build build/test
# The libFuzzer targets, briefly, on their seed corpora (a crash fails the run).
scripts/fuzz.sh "${KEYWARD_FUZZ_SECONDS:-20}"
(cd build/test && ctest --output-on-failure --parallel 2 --timeout 600 "$@")
# Skipped when only some tests were asked for (arguments), e.g. scripts/test.sh -L unit.
if [[ $# -eq 0 ]]; then
    scripts/sanitize.sh
fi
