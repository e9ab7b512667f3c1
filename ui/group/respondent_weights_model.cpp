#include "ui/group/respondent_weights_model.h"

#include "core/group/group_result.h"
#include "ui/decision_session.h"
#include "ui/locale_format.h"

#include <QFont>

namespace advisor::ui {

RespondentWeightsModel::RespondentWeightsModel(DecisionSession* session, QObject* parent)
    : QAbstractTableModel(parent), session_(session),
      rows_(1 + static_cast<int>(session->answers().respondents.size())) {}

int RespondentWeightsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}

int RespondentWeightsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(session_->knowledgeBase().criteria.size());
}

QVariant RespondentWeightsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Evaluation& ev = session_->evaluation();
    const auto c = static_cast<std::size_t>(index.column());
    const std::vector<double>* weights = nullptr;
    if (index.row() == 0)
        weights = &ev.weights;
    else if (ev.group && static_cast<std::size_t>(index.row() - 1) < ev.group->respondents.size())
        weights = &ev.group->respondents[static_cast<std::size_t>(index.row() - 1)].weights;
    if (!weights || c >= weights->size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1%").arg(localeNumber((*weights)[c] * 100.0, 0));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RespondentWeightsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        const auto& criteria = session_->knowledgeBase().criteria;
        return static_cast<std::size_t>(section) < criteria.size()
                   ? QString::fromStdString(criteria[static_cast<std::size_t>(section)].name)
                   : QVariant();
    }
    if (section == 0)
        return tr("The group");
    const auto& respondents = session_->answers().respondents;
    const auto r = static_cast<std::size_t>(section - 1);
    return r < respondents.size() ? QString::fromStdString(respondents[r].name) : QVariant();
}

void RespondentWeightsModel::refresh() {
    const int rows = 1 + static_cast<int>(session_->answers().respondents.size());
    if (rows != rows_) {
        beginResetModel();
        rows_ = rows;
        endResetModel();
        return;
    }
    emit dataChanged(index(0, 0), index(rows_ - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, rows_ - 1);
}

} // namespace advisor::ui
