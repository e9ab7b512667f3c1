#include "ui/font_warm_up.h"

#include <QFontDatabase>
#include <QStringList>

namespace advisor::ui {

FontDatabaseWarmUp::FontDatabaseWarmUp()
    : worker_([] {
          // Any query populates the whole database; the list itself is not needed.
          (void)QFontDatabase::families();
      }) {}

} // namespace advisor::ui
