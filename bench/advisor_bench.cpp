// advisor-bench: measures the budgets of SPEC section 10 and prints one BENCH line per figure.
// Run a Release build: cmake --preset release && cmake --build --preset release --target advisor-bench
#include "core_benchmarks.h"

#include <cstring>

int main(int argc, char* argv[]) {
    bool coreOnly = false;
    for (int i = 1; i < argc; ++i)
        coreOnly = coreOnly || std::strcmp(argv[i], "--core-only") == 0;
    advisor::bench::runCoreBenchmarks();
    (void)coreOnly;
    return 0;
}
