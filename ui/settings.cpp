#include "ui/settings.h"

#include <QSettings>
#include <algorithm>

namespace advisor::ui {
namespace {

// An integer preference with its key, default and inclusive bounds. Values outside the bounds
// (an old version's page count, a typo in the file) read as the default.
struct BoundedInt {
    QLatin1String key;
    int fallback;
    int min;
    int max;

    [[nodiscard]] int read(const QSettings& store) const {
        bool ok = false;
        const int value = store.value(key, fallback).toInt(&ok);
        return ok && value >= min && value <= max ? value : fallback;
    }
    void write(QSettings& store, int value) const {
        store.setValue(key, std::clamp(value, min, max));
    }
};

const QLatin1String kWindowGeometry("window/geometry");
const BoundedInt kLastPage{QLatin1String("window/lastPage"), 0, 0, Settings::kPageCount - 1};
const BoundedInt kPaletteMode{
    QLatin1String("appearance/palette"), static_cast<int>(PaletteMode::System),
    static_cast<int>(PaletteMode::System), static_cast<int>(PaletteMode::Dark)};

} // namespace

Settings::Settings() : store_(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath)
    : store_(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const {
    return store_->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    store_->setValue(kWindowGeometry, geometry);
}

int Settings::lastPage() const {
    return kLastPage.read(*store_);
}

void Settings::setLastPage(int page) {
    kLastPage.write(*store_, page);
}

PaletteMode Settings::paletteMode() const {
    return static_cast<PaletteMode>(kPaletteMode.read(*store_));
}

void Settings::setPaletteMode(PaletteMode mode) {
    kPaletteMode.write(*store_, static_cast<int>(mode));
}

void Settings::sync() {
    store_->sync();
}

} // namespace advisor::ui
