#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (build/fuzz) and runs each on its seed corpus.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 20; run for hours with a large number)
# New inputs that reach new code are kept in build/fuzz/corpus/<target>; a crash leaves its input
# in build/fuzz/crash-* and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}

scripts/install-deps.sh fuzz
cmake -S tests/fuzz -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/fuzz

status=0
for target in fuzz_jwt fuzz_framing fuzz_body fuzz_webauthn; do
    seeds=tests/fuzz/corpus/${target#fuzz_}
    work=build/fuzz/corpus/${target#fuzz_}
    mkdir -p "$work"
    echo "== $target: ${seconds}s"
    if ! (cd build/fuzz && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            "./$target" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
            "../../$work" "../../$seeds" 2>&1 | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|Done)' ); then
        :
    fi
    if ls build/fuzz/crash-* build/fuzz/leak-* build/fuzz/timeout-* build/fuzz/oom-* >/dev/null 2>&1; then
        echo "fuzz: $target found a failing input:" >&2
        ls build/fuzz/crash-* build/fuzz/leak-* build/fuzz/timeout-* build/fuzz/oom-* 2>/dev/null >&2
        status=1
        break
    fi
done
exit $status
