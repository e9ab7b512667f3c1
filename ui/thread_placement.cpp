#include "ui/thread_placement.h"

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

} // namespace advisor::ui
