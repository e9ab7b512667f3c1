// Loads the system font database on a worker thread while the main thread builds the window.
//
// Fontconfig's start-up (parsing its XML configuration, reading its caches) is the largest
// single cost before the first paint, in the app and in a bare Qt window alike. The main thread
// first needs fonts only when it measures text; until then it parses the knowledge base and
// builds widgets and menus, so the two overlap on a second core. QFontDatabase is documented
// as thread-safe: the main thread's first text measurement waits on its lock if the worker
// has not finished yet.
#pragma once

#include <pthread.h>
#include <sched.h>

namespace advisor::ui {

class FontDatabaseWarmUp {
public:
    // Needs a QGuiApplication (the platform's font database belongs to it).
    FontDatabaseWarmUp();
    ~FontDatabaseWarmUp(); // joins the worker

    FontDatabaseWarmUp(const FontDatabaseWarmUp&) = delete;
    FontDatabaseWarmUp& operator=(const FontDatabaseWarmUp&) = delete;

private:
    // A POSIX thread rather than std::jthread: only its attributes can place it on another
    // core before it first runs (ui/thread_placement.h says why that matters).
    pthread_t worker_{};
    bool started_ = false;
    cpu_set_t allowedCores_{}; // the worker widens back to these once it runs
};

} // namespace advisor::ui
