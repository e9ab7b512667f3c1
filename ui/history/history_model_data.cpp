// What HistoryModel's cells and headings show (text, tooltips, colours, fonts, alignment) and
// the one edit it takes, a title; kept apart from reading the rows (history_model.cpp).
#include "core/kb/knowledge_base.h"
#include "ui/chart_style.h"
#include "ui/history/history_format.h"
#include "ui/history/history_model.h"
#include "ui/store/decision_library.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace advisor::ui {

QVariant HistoryModel::displayData(const Row& row, int column) const {
    const DecisionSummary& s = row.summary;
    switch (column) {
    case Title:
        return row.title.isEmpty() ? tr("Untitled decision") : row.title;
    case Winner:
        // A tie is saved without a winner; say so rather than leave the cell blank.
        return row.winnerName.isEmpty() ? tr("Tie") : row.winnerName;
    case Verdict:
        return verdictText(s.verdict);
    case Margin:
        return marginText(s.margin);
    case Confidence:
        return confidenceText(s.confidence);
    case Created:
        if (row.created.isEmpty())
            row.created = localDate(s.createdAt);
        return row.created;
    case Updated:
        if (row.updated.isEmpty())
            row.updated = localDate(s.updatedAt);
        return row.updated;
    case Revisit:
        if (!s.revisitOn)
            return QString();
        if (s.dueOn(todayIso_))
            return tr("%1 — due").arg(QString::fromStdString(*s.revisitOn));
        if (s.hasOutcome)
            return tr("%1 — reviewed").arg(QString::fromStdString(*s.revisitOn));
        return QString::fromStdString(*s.revisitOn);
    case Respondents:
        return QLocale().toString(qulonglong(s.respondents));
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const DecisionSummary& s = row.summary;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        return column == Title ? QVariant(row.title) : displayData(row, column);
    case Qt::ToolTipRole:
        if (column == Revisit && s.dueOn(todayIso_))
            return tr("The revisit date has come: record how the choice turned out.");
        if (column == Title)
            return row.title;
        if (column == Created)
            return localTimestamp(s.createdAt);
        if (column == Updated)
            return localTimestamp(s.updatedAt);
        return {};
    case Qt::DecorationRole:
        if (column == Winner && kb_) {
            if (const auto alt = kb_->alternativeIndex(s.winner))
                return alternativeColor(*kb_, *alt);
        }
        return {};
    case Qt::FontRole:
        if (column == Title && row.title.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (column == Revisit && s.dueOn(todayIso_)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Revisit && s.dueOn(todayIso_))
            return QPalette().color(QPalette::Link);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Margin || column == Confidence || column == Respondents)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue<qlonglong>(s.id);
    case DueRole:
        return s.dueOn(todayIso_);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Title:
            return tr("Title");
        case Winner:
            return tr("Winner");
        case Verdict:
            return tr("Verdict");
        case Margin:
            return tr("Margin");
        case Confidence:
            return tr("Confidence");
        case Created:
            return tr("Created");
        case Updated:
            return tr("Updated");
        case Revisit:
            return tr("Revisit");
        case Respondents:
            return tr("People");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Margin:
            return tr("The winner's lead over the runner-up, in points on a 0–10 scale");
        case Confidence:
            return tr("How often the winner wins when the weights are varied");
        case Revisit:
            return tr("When to look back at how the choice turned out");
        case Respondents:
            return tr("How many people answered: more than one is a group decision");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Title)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HistoryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != Title)
        return false;
    const QString title = value.toString().trimmed();
    if (title == rows_[static_cast<std::size_t>(index.row())].title)
        return true;
    // The library announces the rename; the rows are then read again (the new title may move
    // the row, or take it out of the search).
    return library_->rename(idAt(index.row()), title);
}

} // namespace advisor::ui
