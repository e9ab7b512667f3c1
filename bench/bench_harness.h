// A tiny benchmark harness: warm-up, repetitions, and one line per figure:
//   BENCH <name> median_ms=<v> min_ms=<v> max_ms=<v> runs=<n>
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace advisor::bench {

struct Figure {
    std::string name;
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int runs = 0;
};

// A figure from samples taken elsewhere (at least one).
inline Figure figureOf(const std::string& name, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {name, ms[ms.size() / 2], ms.front(), ms.back(), static_cast<int>(ms.size())};
}

// For work that times itself (it leaves set-up and tear-down out of its figure) and returns
// milliseconds.
inline Figure measureReported(const std::string& name, int runs,
                              const std::function<double()>& work, int warmup = 3) {
    for (int i = 0; i < warmup; ++i)
        (void)work();
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i)
        ms.push_back(work());
    return figureOf(name, std::move(ms));
}

// Times the whole of each call to `work`.
inline Figure measure(const std::string& name, int runs, const std::function<void()>& work,
                      int warmup = 3) {
    const auto timed = [&work] {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto end = std::chrono::steady_clock::now();
        return std::chrono::duration<double, std::milli>(end - start).count();
    };
    return measureReported(name, runs, timed, warmup);
}

inline void print(const Figure& f) {
    std::printf("BENCH %s median_ms=%.4f min_ms=%.4f max_ms=%.4f runs=%d\n", f.name.c_str(),
                f.medianMs, f.minMs, f.maxMs, f.runs);
    std::fflush(stdout);
}

} // namespace advisor::bench
