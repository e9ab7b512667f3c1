#include "ui/font_warm_up.h"

#include "ui/thread_placement.h"

#include <QFontDatabase>
#include <QStringList>

namespace advisor::ui {
namespace {

void* loadFontDatabase(void* allowedCores) {
    // The placement only chose where to start: should this core get busy, any allowed core
    // will do for the rest of the work.
    if (const auto* allowed = static_cast<const cpu_set_t*>(allowedCores))
        pthread_setaffinity_np(pthread_self(), sizeof(cpu_set_t), allowed);
    // Any query populates the whole database; the list itself is not needed.
    (void)QFontDatabase::families();
    return nullptr;
}

// Starts the worker on `cores` (any core when empty); `allowed` is what it widens back to.
bool startWorker(pthread_t* thread, const std::optional<cpu_set_t>& cores, cpu_set_t* allowed) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0)
        return false;
    if (cores && pthread_attr_setaffinity_np(&attributes, sizeof(cpu_set_t), &*cores) != 0) {
        pthread_attr_destroy(&attributes);
        return false;
    }
    const bool started =
        pthread_create(thread, &attributes, loadFontDatabase, cores ? allowed : nullptr) == 0;
    pthread_attr_destroy(&attributes);
    return started;
}

} // namespace

FontDatabaseWarmUp::FontDatabaseWarmUp() {
    std::optional<cpu_set_t> elsewhere;
    if (sched_getaffinity(0, sizeof allowedCores_, &allowedCores_) == 0)
        elsewhere = coresOtherThan(allowedCores_, sched_getcpu());
    // A placement the system refuses is no reason to lose the overlap; and without any thread
    // the fonts load on first use on this one, as in any Qt program.
    started_ = startWorker(&worker_, elsewhere, &allowedCores_) ||
               (elsewhere && startWorker(&worker_, std::nullopt, &allowedCores_));
}

FontDatabaseWarmUp::~FontDatabaseWarmUp() {
    if (started_)
        pthread_join(worker_, nullptr);
}

} // namespace advisor::ui
