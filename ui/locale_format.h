// The system locale's way of writing numbers, for the sentences core writes and the figures the
// GUI shows itself. QLocale() is the system locale unless QLocale::setDefault changed it.
#pragma once

#include "core/base/number_format.h"

#include <QString>

namespace advisor::ui {

[[nodiscard]] NumberFormat localeNumberFormat();
// `value` with `decimals` digits after the locale's decimal mark.
[[nodiscard]] QString localeNumber(double value, int decimals);

} // namespace advisor::ui
