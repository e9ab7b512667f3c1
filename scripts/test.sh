#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test under AddressSanitizer +
# UndefinedBehaviorSanitizer (warnings as errors), builds what the app command and the benchmarks
# build (the release preset: GCC's optimiser raises warnings the other builds never see), and
# runs short fuzz campaigns. Fails when any test fails; prints how long each stage took.
#
# Why the sanitizer build runs the suite and the dev build does not: both compile every test,
# and the sanitizer build catches what the dev build catches plus memory and undefined-behaviour
# errors. Building a third configuration cost CI a quarter of an hour for nothing it would find.
# Developers keep the dev preset for quick incremental work (README, "Developing").
#
# FUZZ_SECONDS (default 30) bounds each fuzz target's run; the long campaigns run locally
# (docs/robustness.md).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
stage() { printf '== %s (%dm%02ds in)\n' "$1" $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)); }

stage "installing what is missing"
scripts/install-deps.sh --test
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

stage "core's modules include only what they link"
scripts/check-includes.py

stage "sanitizer build (ASan + UBSan)"
cmake --preset asan >/dev/null
cmake --build --preset asan
stage "every test, under the sanitizers"
ctest --preset asan --no-tests=error -j2

stage "release build (the app command's and the benchmarks' targets)"
cmake --preset release >/dev/null
cmake --build --preset release --target backend-advisor advisor-bench

if [[ -x scripts/fuzz.sh ]]; then
    stage "fuzzing"
    scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
fi
stage "all tests passed"
