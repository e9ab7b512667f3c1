// The one typed registry of persisted preferences: every key, its default and its bounds live
// here, so no other file calls QSettings and a corrupt or hand-edited value cannot reach a view.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace advisor::ui {

enum class PaletteMode { System = 0, Light = 1, Dark = 2 };

class Settings {
public:
    // The platform's settings file for the application (organisation and app names).
    Settings();
    // An INI file at `path`: tests and portable setups use their own file.
    explicit Settings(const QString& iniPath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // Index of the page shown last; out-of-range stored values fall back to the questionnaire.
    [[nodiscard]] int lastPage() const;
    void setLastPage(int page);

    [[nodiscard]] PaletteMode paletteMode() const;
    void setPaletteMode(PaletteMode mode);

    void sync();

    static constexpr int kPageCount = 6;

private:
    std::unique_ptr<QSettings> store_;
};

} // namespace advisor::ui
