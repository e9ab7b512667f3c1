#include "ui/group/respondents_model.h"

#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "ui/decision_session.h"
#include "ui/locale_format.h"

#include <QFont>

namespace advisor::ui {

RespondentsModel::RespondentsModel(DecisionSession* session, QObject* parent)
    : QAbstractTableModel(parent), session_(session),
      rows_(static_cast<int>(session->answers().respondents.size())) {}

int RespondentsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}

int RespondentsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RespondentsModel::data(const QModelIndex& index, int role) const {
    const auto row = static_cast<std::size_t>(index.row());
    if (!index.isValid() || index.row() >= rows_ || row >= session_->answers().respondents.size())
        return {};
    const Respondent& r = session_->answers().respondents[row];
    const bool selected = session_->selectedRespondent() == row;
    if (role == Qt::FontRole && selected) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::EditRole) {
        if (index.column() == Name)
            return QString::fromStdString(r.name);
        if (index.column() == VotingWeight)
            return r.weight;
        return {};
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == VotingWeight || index.column() == Margin))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const KnowledgeBase& kb = session_->knowledgeBase();
    const auto& group = session_->evaluation().group;
    const RespondentResult* own =
        group && row < group->respondents.size() ? &group->respondents[row] : nullptr;
    switch (index.column()) {
    case Name:
        return selected && role == Qt::DisplayRole
                   ? tr("%1 (answering)").arg(QString::fromStdString(r.name))
                   : QString::fromStdString(r.name);
    case Role:
        return QString::fromStdString(r.role);
    case VotingWeight: {
        const QString weight =
            QString::fromStdString(formatVotingWeight(r.weight, localeNumberFormat()));
        return r.weight > 0.0 ? weight : tr("%1 (no vote)").arg(weight);
    }
    case OwnResult:
        if (!own)
            return {};
        return own->tied ? tr("Tie") : QString::fromStdString(kb.alternatives[own->winner].name);
    case Margin:
        if (!own)
            return {};
        return own->tied ? QStringLiteral("0") : localeNumber(own->margin, 2);
    default:
        return {};
    }
}

QVariant RespondentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case VotingWeight:
        return tr("Voting weight");
    case OwnResult:
        return tr("Own result");
    case Margin:
        return tr("Margin");
    default:
        return {};
    }
}

Qt::ItemFlags RespondentsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Name || index.column() == VotingWeight))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RespondentsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rows_)
        return false;
    const auto row = static_cast<std::size_t>(index.row());
    Status done = Ok{};
    if (index.column() == Name) {
        done = session_->renameRespondent(row, value.toString());
    } else if (index.column() == VotingWeight) {
        bool ok = false;
        const double weight = value.toDouble(&ok);
        if (!ok)
            return false;
        done = session_->setRespondentWeight(row, weight);
    } else {
        return false;
    }
    if (!done) {
        emit problem(QString::fromStdString(done.error().message));
        return false;
    }
    return true;
}

void RespondentsModel::refresh() {
    const int rows = static_cast<int>(session_->answers().respondents.size());
    if (rows != rows_) {
        beginResetModel();
        rows_ = rows;
        endResetModel();
        return;
    }
    if (rows_ > 0)
        emit dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
}

} // namespace advisor::ui
