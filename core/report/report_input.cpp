#include "core/report/report_input.h"

namespace advisor {

std::string generatorName() {
    return std::string("backend-advisor ") + ADVISOR_VERSION;
}

} // namespace advisor
