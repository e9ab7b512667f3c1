#include "ui/history_placeholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace advisor::ui {

HistoryPlaceholder::HistoryPlaceholder(const QString& databasePath, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("historyPage"));
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("historyComingLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    QString text = tr("History is coming soon: saved decisions, searchable and sortable, to "
                      "reopen, rename, duplicate, delete and compare side by side.");
    if (!databasePath.isEmpty())
        text += QLatin1Char('\n') + tr("Decisions will be read from %1.").arg(databasePath);
    label->setText(text);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

} // namespace advisor::ui
