// Benchmarks of the engine alone (no Qt): evaluation with full sensitivity and its parts.
#pragma once

namespace advisor::bench {

void runCoreBenchmarks();

} // namespace advisor::bench
