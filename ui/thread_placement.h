// Where a short start-up worker thread should run: on another core than the GUI thread.
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

} // namespace advisor::ui
