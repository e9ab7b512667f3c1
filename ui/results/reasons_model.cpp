#include "ui/results/reasons_model.h"

#include "core/kb/knowledge_base.h"
#include "core/model/explanations.h"
#include "ui/evidence/citation_text.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <cmath>

namespace advisor::ui {

ReasonsModel::ReasonsModel(const KnowledgeBase& kb, QObject* parent)
    : QAbstractTableModel(parent), kb_(kb) {}

void ReasonsModel::setReasons(std::vector<Reason> reasons, bool tied) {
    beginResetModel();
    reasons_ = std::move(reasons);
    tied_ = tied;
    endResetModel();
}

int ReasonsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(reasons_.size());
}

int ReasonsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reason& reason = reasons_[static_cast<std::size_t>(index.row())];
    const EvidenceItem& item = kb_.evidence[reason.evidence];
    if (role == EvidenceIdRole)
        return QString::fromStdString(item.id);
    if (role == OutsideArticleRole)
        return item.source.outsideArticle;
    if (role == Qt::ToolTipRole)
        return citationTooltip(item.source);
    if (role == Qt::TextAlignmentRole && index.column() == ImpactColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReasonColumn: {
        // The evidence's paraphrase is knowledge-base data; the sentence about the answers is
        // the product's and is translated.
        const QString summary = QString::fromStdString(kb_.evidence[reason.evidence].summary);
        const QString emphasis = phraseText(emphasisPhrase(kb_, reason));
        return emphasis.isEmpty() ? summary : summary + QLatin1Char(' ') + emphasis;
    }
    case FavoursColumn:
        return QString::fromStdString(kb_.alternatives[reason.favours].name);
    case ImpactColumn:
        // Signed so a reason that works against the recommendation is visibly one; from a tie
        // there is no recommendation, and the Favours column says which way it pulls.
        return localeNumber(tied_ ? std::abs(reason.impact) : reason.impact, 2);
    case SourceColumn:
        return item.source.outsideArticle
                   ? tr("%1: %2").arg(phraseText(outsideArticlePhrase()),
                                      QString::fromStdString(item.source.title))
                   : tr("%1, “%2”")
                         .arg(QString::fromStdString(item.source.title),
                              QString::fromStdString(item.source.section));
    default:
        return {};
    }
}

QVariant ReasonsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ReasonColumn:
        return tr("Reason");
    case FavoursColumn:
        return tr("Favours");
    case ImpactColumn:
        return tr("Margin points");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace advisor::ui
