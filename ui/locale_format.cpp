#include "ui/locale_format.h"

#include <QLocale>

namespace advisor::ui {

NumberFormat localeNumberFormat() {
    const QLocale locale;
    return NumberFormat{locale.decimalPoint().toStdString(), locale.groupSeparator().toStdString()};
}

QString localeNumber(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

} // namespace advisor::ui
