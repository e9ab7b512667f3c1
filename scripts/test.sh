#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test: the dev build (warnings as errors),
# the same suite under AddressSanitizer + UndefinedBehaviorSanitizer, and short fuzz runs. It
# also builds the release preset (the README's app command and the benchmarks use it): GCC's
# optimiser raises warnings, errors here, that the dev build never sees.
# Fails when any test fails. FUZZ_SECONDS (default 45) bounds each fuzz target's run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

echo "== core's modules include only what they link"
scripts/check-includes.py

echo "== dev build and tests"
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev --no-tests=error -j2

echo "== sanitizer build and tests (ASan + UBSan)"
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan --no-tests=error -j2

echo "== release build (as the app command and the benchmarks build it)"
cmake --preset release >/dev/null
cmake --build --preset release

if [[ -x scripts/fuzz.sh ]]; then
    echo "== fuzzing"
    scripts/fuzz.sh "${FUZZ_SECONDS:-45}"
fi
echo "== all tests passed"
