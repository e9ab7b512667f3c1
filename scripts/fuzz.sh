#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time,
# starting from the seed corpora in tests/fuzz/corpus/. Usage: scripts/fuzz.sh [SECONDS]
# A crash leaves its input in build/fuzz/artifacts/; turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DADVISOR_BUILD_FUZZERS=ON -DADVISOR_BUILD_GUI=OFF -DADVISOR_BUILD_TESTS=OFF \
    -DADVISOR_WARNINGS_AS_ERRORS=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build/fuzz
mkdir -p build/fuzz/artifacts
for target in build/fuzz/tests/fuzz/fuzz_*; do
    name=$(basename "$target"); name=${name#fuzz_}
    work=build/fuzz/corpus-$name
    mkdir -p "$work"
    echo "fuzz: $name for ${seconds}s"
    # The work corpus grows across runs; the seeds in the repo stay as they are.
    set +e
    "$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=build/fuzz/artifacts/"$name"- -print_final_stats=1 \
        "$work" "tests/fuzz/corpus/$name" >build/fuzz/$name.log 2>&1
    status=$?
    set -e
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)|ERROR|SUMMARY" build/fuzz/$name.log || true
    if [[ $status -ne 0 ]]; then
        echo "fuzz: $name failed (exit $status); input in build/fuzz/artifacts, log build/fuzz/$name.log"
        exit 1
    fi
done
