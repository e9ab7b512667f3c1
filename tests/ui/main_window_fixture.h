// A real MainWindow for GUI tests: shown offscreen at 1024×700 with its own temporary settings
// file (so tests never read or write the user's), and "discard changes?" answered yes.
#pragma once

#include "core/kb/knowledge_base_loader.h"
#include "ui/gui_startup.h"
#include "ui/main_window.h"
#include "ui/questionnaire/questionnaire_page.h"

#include <QAbstractButton>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

namespace advisor::ui::test {

inline GuiStartup builtInStartup() {
    return GuiStartup{builtInKnowledgeBase(), {}, {}, {}};
}

struct WindowFixture {
    explicit WindowFixture(GuiStartup startup = builtInStartup()) {
        startup.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        window = std::make_unique<MainWindow>(std::move(startup));
        window->setDiscardConfirmation([] { return true; });
        window->resize(1024, 700);
        window->show();
        (void)QTest::qWaitForWindowExposed(window.get());
        // The first topic's later questions arrive in the event-loop turn after the first
        // paint; a user never sees the gap, so the tests start once they are in.
        if (QuestionnairePage* page = window->questionnaire())
            REQUIRE(QTest::qWaitFor([page] { return page->isFullyBuilt(); }));
    }

    template <typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }

    QTemporaryDir dir; // outlives the window, which writes its settings on close
    std::unique_ptr<MainWindow> window;
};

// The object name the questionnaire gives an option's button.
inline QString optionName(const char* question, const char* option) {
    return QStringLiteral("option_%1_%2")
        .arg(QString::fromLatin1(question), QString::fromLatin1(option));
}

// Clicks where a user would: on the indicator. A radio button or check box reacts only to its
// indicator and label, and a grid cell may be wider than both.
inline void click(QAbstractButton* button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

} // namespace advisor::ui::test
