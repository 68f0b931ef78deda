#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the suites that run many threads with sanitizers and runs them.
#   address: ASan and UBSan over the HTTP, transport, authorisation and fleet suites.
#   console: ASan and UBSan over the console's suites (the same tree, plus the widgets library; not
#            in the default run, which must keep the whole test command under 30 minutes).
#   thread:  TSan over the suites whose threads are std::threads (the settings snapshot, the
#            login throttle, the access log and metrics). The HTTP suites start Qt's own threads
#            and hand work over through Qt's event queues, whose locks live in the uninstrumented
#            Qt libraries: TSan sees none of those hand-overs and reports every one as a race
#            (thousands per suite), so they run under ASan instead.
# Usage: scripts/sanitize.sh [address] [thread] [console]   (default address and thread)
set -euo pipefail
cd "$(dirname "$0")/.."
kinds=("$@")
[[ ${#kinds[@]} -eq 0 ]] && kinds=(address thread)

declare -A suites=(
  [address]="tst_http tst_transport tst_authorisation tst_fleet tst_settingsservice"
  [thread]="tst_settingsservice tst_loginthrottle tst_httpparts"
  [console]="console_tests"
)
# What CTest runs of each kind: the suites by name, the console's by their label.
declare -A selections=(
  [console]="-L ^gui$"
)
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="suppressions=$PWD/tests/checks/tsan.supp:halt_on_error=0:exitcode=66"

for kind in "${kinds[@]}"; do
  [[ -n "${suites[$kind]:-}" ]] || { echo "sanitize: unknown kind '$kind'" >&2; exit 2; }
  sanitizer=$kind
  [[ $kind == console ]] && sanitizer=address
  dir=build/$sanitizer
  # -O1 keeps the sanitizers' reports exact and the build short; -g1 is enough for line numbers.
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
        -DKEYWARD_SANITIZE="$sanitizer" >/dev/null
  # shellcheck disable=SC2086
  cmake --build "$dir" --target ${suites[$kind]}
  selection=${selections[$kind]:-"-R ^($(echo ${suites[$kind]} | tr ' ' '|'))\$"}
  echo "== $kind: ${suites[$kind]}"
  # shellcheck disable=SC2086
  (cd "$dir" && ctest $selection --output-on-failure --parallel 2 --timeout 600)
done
