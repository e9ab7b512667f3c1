// The store's worker thread: what "idle" promises the pages and the tests that wait on it.
#include "ui/store/store_worker.h"

#include <QCoreApplication>
#include <QObject>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

namespace advisor::ui {
namespace {

bool waitUntil(const std::function<bool()>& condition) {
    for (int i = 0; i < 5000 && !condition(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return condition();
}

} // namespace

// Issue #23, item 7: "The history model passes QAbstractItemModelTester..." failed once under
// ASan because a bulk action's result was still queued for the GUI thread when the worker said
// it was idle; the test then read the rows before the re-read that result starts.
TEST_CASE("The store worker is not idle while a result it handed back is undelivered",
          "[store][issue23]") {
    QObject home;
    StoreWorker worker(&home);
    std::atomic<bool> ran = false;
    bool delivered = false;
    worker.post([&](std::optional<DecisionStore>&) {
        worker.deliver([&] { delivered = true; });
        ran = true;
    });
    REQUIRE(waitUntil([&] { return ran.load(); }));
    // The job has returned (give its thread time to count it finished), but the GUI thread has
    // not turned its event loop: the result is still on its way.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK_FALSE(delivered);
    CHECK_FALSE(worker.idle());
    QCoreApplication::processEvents();
    CHECK(delivered);
    CHECK(worker.idle());
}

} // namespace advisor::ui
