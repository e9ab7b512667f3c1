// Light, dark or the system's look. Forcing a palette switches to the Fusion style, which draws
// every control from the palette; "system" restores the style and palette the app started with.
#pragma once

#include "ui/settings.h"

#include <QPalette>

namespace advisor::ui {

QPalette darkPalette();
QPalette lightPalette();

// Remembers the platform's style and palette the first time it is called, then applies `mode`.
// Widgets receive QEvent::PaletteChange, which the charts use to restyle themselves.
void applyPaletteMode(PaletteMode mode);

} // namespace advisor::ui
