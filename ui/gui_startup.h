// What the desktop app is started with: the command-line options it understands and the
// knowledge base it will use, loaded with a fallback to the built-in one and a note saying why.
#pragma once

#include "core/kb/knowledge_base.h"

#include <QString>
#include <QStringList>

namespace advisor::ui {

struct GuiArguments {
    QString knowledgeBasePath; // --kb FILE; empty for the built-in knowledge base
    QString databasePath;      // --db FILE; empty for the platform's default
    bool benchmarkStartup = false;
    QString error; // non-empty when the arguments could not be understood
};

// Parses the arguments left after QApplication took its own (-platform, -style, ...).
// arguments[0] is the program.
GuiArguments parseGuiArguments(const QStringList& arguments);

// Everything MainWindow needs from start-up.
struct GuiStartup {
    KnowledgeBase knowledgeBase;
    // Set when --kb could not be used: names the file and the field, and says the built-in
    // knowledge base is used instead. The window shows it where the user will see it.
    QString knowledgeBaseNotice;
    // For the History page (the decision store): where the database lives, or empty for the
    // platform's default.
    QString databasePath;
    // An INI file for the settings registry; empty for the platform's settings.
    QString settingsPath;
};

// Loads `path` (or the built-in knowledge base when empty); a broken file falls back to the
// built-in one with a notice.
GuiStartup prepareStartup(const GuiArguments& arguments);

} // namespace advisor::ui
