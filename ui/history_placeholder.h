// Stands in for the History page (saved decisions) until the decision store is wired in.
#pragma once

#include <QWidget>

namespace advisor::ui {

class HistoryPlaceholder : public QWidget {
    Q_OBJECT

public:
    // `databasePath` is where History will read saved decisions (--db), shown so a user who
    // passed --db sees it was understood.
    explicit HistoryPlaceholder(const QString& databasePath, QWidget* parent = nullptr);
};

} // namespace advisor::ui
