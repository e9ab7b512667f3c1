// Killed during a save: a child process saves decisions in a loop and reports each id whose
// save returned; the test kills it with SIGKILL at random moments, round after round, then
// checks the database is intact and holds every reported decision.
#include "core/store/decision_store.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <random>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace advisor::test {
namespace {

// The child: saves (and now and then autosaves the draft) until killed; it never returns into
// Catch, and leaves with _exit so no test-framework state is flushed twice.
[[noreturn]] void saveUntilKilled(const std::string& path, const Decision& decision, int pipeOut) {
    StoreOptions options;
    options.checkIntegrityOnOpen = false; // start saving at once; the parent checks afterwards
    auto store = DecisionStore::open(path, options);
    if (!store)
        ::_exit(2);
    for (int i = 0; i < 100'000; ++i) {
        auto id = store->save(decision);
        if (!id)
            ::_exit(3);
        const std::int64_t value = *id;
        // 8 bytes is far below PIPE_BUF, so each write arrives whole.
        if (::write(pipeOut, &value, sizeof value) != sizeof value)
            ::_exit(4);
        if (i % 5 == 0 && !store->saveDraft(decision.answers))
            ::_exit(5);
    }
    ::_exit(0);
}

// Reads ids until the pipe closes, or only `atMost` of them.
std::vector<std::int64_t> readReportedIds(int pipeIn, std::size_t atMost = SIZE_MAX) {
    std::vector<std::int64_t> ids;
    std::int64_t value = 0;
    std::size_t have = 0;
    char* bytes = reinterpret_cast<char*>(&value);
    while (ids.size() < atMost) {
        const ssize_t n = ::read(pipeIn, bytes + have, sizeof value - have);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        have += static_cast<std::size_t>(n);
        if (have == sizeof value) {
            ids.push_back(value);
            have = 0;
        }
    }
    return ids;
}

} // namespace

TEST_CASE("crash safety: a save killed at any moment loses no decision whose save returned",
          "[crash][store]") {
    TempFolder folder;
    const auto path = folder.file("decisions.sqlite3");
    const auto decision = decisionFromAnswers("mixed-realtime-ml.json");
    std::mt19937 rng(424242); // seeded: the same kill moments every run
    std::uniform_int_distribution<int> delayMs(2, 60);

    std::set<std::int64_t> reported;
    int roundsWithSaves = 0;
    constexpr int kRounds = 20;
    for (int round = 0; round < kRounds; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            saveUntilKilled(path, decision, fds[1]);
        }
        ::close(fds[1]);
        // Most rounds let the child reach its loop first; the others may kill it while it
        // opens the database, creates the schema or recovers from the previous kill.
        std::vector<std::int64_t> ids;
        if (round % 3 != 2)
            ids = readReportedIds(fds[0], 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(rng)));
        REQUIRE(::kill(child, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        INFO("round " << round << ": the child exited on its own with status "
                      << (WIFEXITED(status) ? WEXITSTATUS(status) : -1));
        REQUIRE(WIFSIGNALED(status)); // killed mid-loop, not finished or failed
        const auto rest = readReportedIds(fds[0]);
        ::close(fds[0]);
        ids.insert(ids.end(), rest.begin(), rest.end());
        roundsWithSaves += ids.empty() ? 0 : 1;
        reported.insert(ids.begin(), ids.end());
    }
    CHECK(roundsWithSaves >= kRounds / 2);

    auto store = openStore(path);
    CHECK_FALSE(store.report().movedAside); // recovered, not mistaken for a damaged file
    CHECK(store.integrityCheck().value() == "ok");
    for (auto id : reported) {
        auto d = store.get(id);
        INFO("decision " << id);
        REQUIRE(d.ok());
        CHECK(d->result.dump() == decision.result.dump());
    }
    CHECK(store.count().value() >= reported.size());
    WARN("crash safety: " << kRounds << " kills, " << reported.size()
                          << " reported saves, all present; " << store.count().value()
                          << " decisions in the database");
}

} // namespace advisor::test
