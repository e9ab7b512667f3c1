// Where a worker thread should run, and how much the scheduler should favour it: start-up
// workers on another core than the GUI thread, slow background work behind it.
//
// A new thread may be queued on the core of the thread that created it, and a busy GUI thread
// keeps it waiting there for a scheduler time slice (measured: in about one start in four the
// font warm-up began 3 ms late and the window painted 3 ms later). Starting the worker with an
// affinity that leaves out the GUI thread's current core places it on an idle core at once.
#pragma once

#include <optional>
#include <sched.h>

namespace advisor::ui {

// The cores in `allowed` other than `current`; nothing when that leaves no core (one core, or
// `current` unknown), so the caller starts the thread without a placement.
std::optional<cpu_set_t> coresOtherThan(const cpu_set_t& allowed, int current);

// Lowers the calling thread's priority (nice +5), so that when it and the GUI thread both
// want a core — on two cores shared with other programs, often — the GUI thread gets it and
// the window keeps painting. For the store's worker and report exports; best effort.
void runBehindGuiThread();

} // namespace advisor::ui
