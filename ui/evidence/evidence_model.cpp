#include "ui/evidence/evidence_model.h"

#include "core/knowledge_base.h"
#include "ui/locale_format.h"

#include <QLocale>
#include <algorithm>

namespace advisor::ui {

EvidenceModel::EvidenceModel(const KnowledgeBase& kb, QObject* parent)
    : QAbstractTableModel(parent), kb_(kb) {}

int EvidenceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(kb_.evidence.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceModel::favours(std::size_t item) const {
    const auto& ratings = kb_.evidence[item].ratings;
    if (ratings.empty())
        return {};
    const auto best = std::max_element(ratings.begin(), ratings.end());
    if (std::count(ratings.begin(), ratings.end(), *best) > 1)
        return tr("Even");
    return QString::fromStdString(
        kb_.alternatives[static_cast<std::size_t>(best - ratings.begin())].name);
}

QString EvidenceModel::ratings(std::size_t item) const {
    QStringList parts;
    const auto& ratings = kb_.evidence[item].ratings;
    for (std::size_t a = 0; a < ratings.size() && a < kb_.alternatives.size(); ++a)
        parts << tr("%1 %2").arg(QString::fromStdString(kb_.alternatives[a].name),
                                 QLocale().toString(ratings[a], 'g', 3));
    return parts.join(tr(" · "));
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const EvidenceItem& item = kb_.evidence[row];
    if (role == SortRole && index.column() == RatingsColumn) {
        const auto& r = item.ratings;
        return r.size() >= 2 ? r[0] - r[1] : 0.0;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return QString::fromStdString(item.id);
    case CriterionColumn:
        return QString::fromStdString(kb_.criteria[item.criterion].name);
    case FavoursColumn:
        return favours(row);
    case RatingsColumn:
        return ratings(row);
    case FigureColumn:
        return item.figure ? QString::fromStdString(item.figure->text) : QString();
    case SummaryColumn:
        return QString::fromStdString(item.summary);
    case SourceColumn:
        return QString::fromStdString(item.source.text());
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case CriterionColumn:
        return tr("Criterion");
    case FavoursColumn:
        return tr("Favours");
    case RatingsColumn:
        return tr("Ratings (0–10)");
    case FigureColumn:
        return tr("Figure");
    case SummaryColumn:
        return tr("What it says");
    case SourceColumn:
        return tr("Source and section");
    default:
        return {};
    }
}

} // namespace advisor::ui
