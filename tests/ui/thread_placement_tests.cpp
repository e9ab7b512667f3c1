#include "ui/thread_placement.h"

#include <catch2/catch.hpp>

using advisor::ui::coresOtherThan;

namespace {

cpu_set_t cores(std::initializer_list<int> list) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (const int core : list)
        CPU_SET(core, &set);
    return set;
}

} // namespace

TEST_CASE("A start-up worker is placed on the allowed cores except the GUI thread's", "[startup]") {
    const auto others = coresOtherThan(cores({0, 1, 3}), 1);
    REQUIRE(others);
    CHECK(CPU_COUNT(&*others) == 2);
    CHECK(CPU_ISSET(0, &*others));
    CHECK_FALSE(CPU_ISSET(1, &*others));
    CHECK(CPU_ISSET(3, &*others));
}

TEST_CASE("No placement when it would leave no core or the current core is unknown", "[startup]") {
    CHECK_FALSE(coresOtherThan(cores({2}), 2));     // a single core
    CHECK_FALSE(coresOtherThan(cores({0, 1}), -1)); // sched_getcpu failed
    CHECK_FALSE(coresOtherThan(cores({0, 1}), 5));  // running outside the allowed set
    CHECK_FALSE(coresOtherThan(cores({0, 1}), CPU_SETSIZE));
}
