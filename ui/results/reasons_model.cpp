#include "ui/results/reasons_model.h"

#include "core/kb/knowledge_base.h"
#include "core/model/explanations.h"
#include "core/model/situation_explanations.h"
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
    situation_.clear();
    tied_ = tied;
    endResetModel();
}

void ReasonsModel::setEvaluation(const Evaluation& evaluation) {
    beginResetModel();
    reasons_ = evaluation.reasons;
    situation_ = evaluation.situation.reasons;
    groupAnswers_ = evaluation.group != nullptr;
    tied_ = evaluation.recommendation.tied;
    endResetModel();
}

int ReasonsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(reasons_.size() + situation_.size());
}

QVariant ReasonsModel::situationData(const SituationReason& reason, int column, int role) const {
    const SituationFact& fact = kb_.situation.facts[reason.fact];
    if (role == EvidenceIdRole)
        return QString::fromStdString(fact.id);
    if (role == OutsideArticleRole || role == SituationRole)
        return true;
    if (role == Qt::ToolTipRole)
        return citationTooltip(fact.source);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((column == ImpactColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignTop);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ReasonColumn:
        return phraseText(situationReasonPhrase(kb_, reason, groupAnswers_));
    case FavoursColumn:
        return QString::fromStdString(kb_.alternatives[fact.favours].name);
    case ImpactColumn:
        return localeNumber(tied_ ? std::abs(reason.impact) : reason.impact, 2);
    case SourceColumn:
        return tr("%1: %2").arg(phraseText(outsideArticlePhrase()),
                                QString::fromStdString(fact.source.title));
    default:
        return {};
    }
}

int ReasonsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (row >= reasons_.size())
        return situationData(situation_[row - reasons_.size()], index.column(), role);
    if (role == SituationRole)
        return false;
    const Reason& reason = reasons_[row];
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
