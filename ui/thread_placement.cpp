#include "ui/thread_placement.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace advisor::ui {

std::optional<cpu_set_t> coresOtherThan(const cpu_set_t& allowed, int current) {
    if (current < 0 || current >= CPU_SETSIZE || !CPU_ISSET(current, &allowed))
        return std::nullopt;
    cpu_set_t others = allowed;
    CPU_CLR(current, &others);
    if (CPU_COUNT(&others) == 0)
        return std::nullopt;
    return others;
}

void runBehindGuiThread() {
    // On Linux a thread has its own nice value, set through its thread id.
    const auto self = static_cast<id_t>(::syscall(SYS_gettid));
    (void)::setpriority(PRIO_PROCESS, self, 5);
}

} // namespace advisor::ui
