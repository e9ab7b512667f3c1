#include "ui/evidence/evidence_model.h"

#include "core/kb/knowledge_base.h"
#include "core/model/explanations.h"
#include "ui/evidence/citation_text.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace advisor::ui {
namespace {

// internalId 0 marks a criterion row; an item row stores its criterion + 1.
constexpr quintptr kTopLevel = 0;

} // namespace

EvidenceModel::EvidenceModel(const KnowledgeBase& kb, QObject* parent)
    : QAbstractItemModel(parent), kb_(kb), items_(kb.criteria.size()), reasons_(kb.evidence.size()),
      measured_(kb.evidence.size()) {
    for (std::size_t e = 0; e < kb.evidence.size(); ++e)
        items_[kb.evidence[e].criterion].push_back(e);
}

void EvidenceModel::setEvaluation(const Evaluation& evaluation) {
    weights_ = evaluation.weights;
    std::fill(reasons_.begin(), reasons_.end(), std::nullopt);
    for (const Reason& reason : evaluation.reasons)
        reasons_[reason.evidence] = reason;
    std::fill(measured_.begin(), measured_.end(), QString());
    for (const MeasuredEvidence& m : evaluation.measured)
        measured_[m.evidence] = phraseText(measuredPhrase(m)) + QLatin1Char(' ') +
                                phraseText(measuredUsePhrase(m, localeNumberFormat()));
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex criterion = index(c, 0);
        if (const int n = rowCount(criterion); n > 0)
            emit dataChanged(index(0, 0, criterion), index(n - 1, 0, criterion));
    }
}

QModelIndex EvidenceModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column,
                       parent.isValid() ? static_cast<quintptr>(parent.row()) + 1 : kTopLevel);
}

QModelIndex EvidenceModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int EvidenceModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(items_.size());
    if (parent.internalId() == kTopLevel && parent.column() == 0)
        return static_cast<int>(items_[static_cast<std::size_t>(parent.row())].size());
    return 0;
}

int EvidenceModel::columnCount(const QModelIndex&) const {
    return 1;
}

QModelIndex EvidenceModel::indexOfEvidence(std::size_t evidence) const {
    if (evidence >= kb_.evidence.size())
        return {};
    const std::size_t c = kb_.evidence[evidence].criterion;
    const auto& row = items_[c];
    const auto it = std::find(row.begin(), row.end(), evidence);
    return index(static_cast<int>(it - row.begin()), 0, index(static_cast<int>(c), 0));
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return criterionData(static_cast<std::size_t>(index.row()), role);
    const auto& row = items_[index.internalId() - 1];
    return itemData(row[static_cast<std::size_t>(index.row())], role);
}

QVariant EvidenceModel::criterionData(std::size_t criterion, int role) const {
    const Criterion& c = kb_.criteria[criterion];
    switch (role) {
    case KindRole:
        return QVariant::fromValue(static_cast<int>(Kind::Criterion));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString::fromStdString(c.name);
    case SummaryRole:
    case Qt::ToolTipRole:
        return QString::fromStdString(c.description);
    case IdRole:
        return QString::fromStdString(c.id);
    case EffectRole:
        return weights_.size() > criterion
                   ? tr("weight now %1").arg(localeNumber(weights_[criterion], 2))
                   : QString();
    case SearchTextRole:
        return QString::fromStdString(c.name + ' ' + c.description);
    case KbOrderRole:
        return static_cast<int>(criterion);
    default:
        return {};
    }
}

QVariant EvidenceModel::itemData(std::size_t evidence, int role) const {
    const EvidenceItem& item = kb_.evidence[evidence];
    switch (role) {
    case KindRole:
        return QVariant::fromValue(static_cast<int>(Kind::Item));
    case Qt::DisplayRole:
    case SummaryRole:
        return QString::fromStdString(item.summary);
    case IdRole:
        return QString::fromStdString(item.id);
    case QuoteRole:
        return item.source.outsideArticle ? QString() : QString::fromStdString(item.source.quote);
    case CitationRole:
        return citationLine(item.source);
    case Qt::ToolTipRole:
        return citationTooltip(item.source);
    case OutsideArticleRole:
        return item.source.outsideArticle;
    case FigureRole:
        return item.figure ? QString::fromStdString(item.figure->text) : QString();
    case RatingsRole:
        return ratings(evidence);
    case FavoursRole:
        return favours(evidence);
    case AppliedByRole:
        return appliedBy(evidence);
    case ImpactRole:
        return reasons_[evidence] ? reasons_[evidence]->impact : 0.0;
    case EffectRole:
        return effect(evidence);
    case Qt::AccessibleTextRole: {
        QStringList parts{QString::fromStdString(item.summary)};
        if (!item.source.quote.empty())
            parts << tr("The article: “%1”").arg(QString::fromStdString(item.source.quote));
        parts << citationLine(item.source) << effect(evidence);
        return parts.join(QLatin1Char(' '));
    }
    case SearchTextRole:
        return QStringList{QString::fromStdString(item.summary),
                           QString::fromStdString(item.source.quote),
                           citationLine(item.source),
                           item.figure ? QString::fromStdString(item.figure->text) : QString(),
                           favours(evidence),
                           appliedBy(evidence),
                           QString::fromStdString(item.id)}
            .join(QLatin1Char('\n'));
    case KbOrderRole:
        return static_cast<int>(evidence);
    case MeasuredRole:
        return measured_[evidence];
    default:
        return {};
    }
}

QString EvidenceModel::favours(std::size_t evidence) const {
    const auto& ratings = kb_.evidence[evidence].ratings;
    if (ratings.empty())
        return {};
    const auto best = std::max_element(ratings.begin(), ratings.end());
    if (std::count(ratings.begin(), ratings.end(), *best) > 1)
        return tr("Even");
    return QString::fromStdString(
        kb_.alternatives[static_cast<std::size_t>(best - ratings.begin())].name);
}

QString EvidenceModel::ratings(std::size_t evidence) const {
    QStringList parts;
    const auto& ratings = kb_.evidence[evidence].ratings;
    for (std::size_t a = 0; a < ratings.size() && a < kb_.alternatives.size(); ++a)
        parts << tr("%1 %2").arg(QString::fromStdString(kb_.alternatives[a].name),
                                 QLocale().toString(ratings[a], 'g', 3));
    return parts.join(tr(" · "));
}

QString EvidenceModel::appliedBy(std::size_t evidence) const {
    const auto& reason = reasons_[evidence];
    if (!reason)
        return {};
    QStringList answers;
    for (const AnswerRef& ref : reason->emphasisedBy)
        answers << QString::fromStdString(kb_.questions[ref.question].options[ref.option].label);
    return answers.join(tr("; "));
}

QString EvidenceModel::effect(std::size_t evidence) const {
    const auto& reason = reasons_[evidence];
    if (!reason)
        return tr("Not applied by the current answers: it counts once an answer makes it fit "
                  "the project.");
    return tr("Moves today's margin by %1 points towards %2.")
        .arg(localeNumber(std::abs(reason->impact), 2),
             QString::fromStdString(kb_.alternatives[reason->favours].name));
}

} // namespace advisor::ui
